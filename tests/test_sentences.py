import pytest

from kg.nlp.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sàn Lazada.vn và Tiki.vn ghi nhận đơn hàng tăng mạnh trong quý.",
        "Theo VnExpress.net, doanh thu đạt 14.9 triệu USD trong năm.",
        "Thương hiệu M.i.i.n Eyelash và K.o.o Studio đều bán qua mạng.",
        "Hội chợ diễn ra tại TP.HCM từ 31/10 đến 2.11.2023 với 1.250 gian hàng.",
        "Hội thảo ở TP. HCM thu hút nhiều doanh nghiệp tham dự.",
        "PGS.TS. Nguyễn Văn Bình nhận định thị trường sẽ hồi phục.",
        "Lãi suất giảm còn 5,5% và tỷ giá ở mức 24.350 đồng.",
        "Ông A. Smith, Giám đốc khu vực, cho biết kế hoạch mới.",
    ],
)
def test_protected_dots_do_not_split(text):
    assert sentences(text) == [text]


def test_splits_at_sentence_ends_and_lines():
    text = 'Doanh thu tăng 12%. Lợi nhuận giảm nhẹ! Vì sao? "Do chi phí", ông nói.\nDòng mới không dấu chấm'
    assert sentences(text) == [
        "Doanh thu tăng 12%.",
        "Lợi nhuận giảm nhẹ!",
        "Vì sao?",
        '"Do chi phí", ông nói.',
        "Dòng mới không dấu chấm",
    ]


def test_quote_closing_after_period_stays_with_its_sentence():
    text = 'Bà Lan nói: "Chúng tôi sẽ mở rộng." Sau đó bà rời hội nghị.'
    assert sentences(text) == ['Bà Lan nói: "Chúng tôi sẽ mở rộng."', "Sau đó bà rời hội nghị."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kết quả kinh doanh quý I. Lợi nhuận tăng 5%.", ["Kết quả kinh doanh quý I.", "Lợi nhuận tăng 5%."]),
        (
            "Dự án hoàn thành giai đoạn I. Sang năm làm tiếp.",
            ["Dự án hoàn thành giai đoạn I.", "Sang năm làm tiếp."],
        ),
        ("Ông Trần Văn A. Ông B cũng đến.", ["Ông Trần Văn A. Ông B cũng đến."]),  # an initial, not a numeral
    ],
)
def test_a_roman_numeral_after_quarter_or_stage_ends_a_sentence(text, expected):
    assert sentences(text) == expected
