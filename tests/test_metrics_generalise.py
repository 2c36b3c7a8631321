"""Metric rules that must hold beyond the articles they were written on (invented news).

Common-noun abbreviations (KH, NSNN, …) are never the organisation a figure belongs to, and
the measured-thing phrase is a clean noun phrase, never "so với dự toán và".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.corpus.normalise import normalise
from kg.extract import metrics, numbers
from kg.extract.context import ArticleContext
from kg.model import Article, MetricFact


def extract(text: str, published: str | None = None) -> list[MetricFact]:
    article = Article(doc_id="bai.txt", path="bai.txt", original=text, published=published)
    return list(metrics.extract(ArticleContext(article, normalise(text))))


def by_value(facts: list[MetricFact], value: str) -> MetricFact:
    [fact] = [f for f in facts if f.value == Decimal(value)]
    return fact


def who(fact: MetricFact) -> set[str]:
    return {e.name for e in (fact.subject, fact.reporter) if e is not None}


# -- 1. abbreviations of common nouns are not organisations ------------------------------------

ABBREVIATION_CASES = [
    (
        "Công ty Cổ phần Nhựa Phú Lâm cho biết doanh thu 8 tháng đạt 960 tỷ đồng, "
        "vượt 12% so KH 8 tháng và bằng 78% KH năm.",
        "78",
        "Công ty Cổ phần Nhựa Phú Lâm",
        "KH",
    ),
    (
        "Sở Tài chính tỉnh Kon Tum vừa công bố số liệu quý III. "
        "Tổng chi NSNN trên địa bàn đạt 2.145 tỷ đồng, bằng 64% dự toán.",
        "2145000000000",
        "Sở Tài chính tỉnh Kon Tum",
        "NSNN",
    ),
    (
        "Công ty Phát triển Hạ tầng Đông Hải cho hay DTT năm nay ước đạt 410 tỷ đồng.",
        "410000000000",
        "Công ty Phát triển Hạ tầng Đông Hải",
        "DTT",
    ),
    (
        "Tập đoàn Dệt may Sông Hồng báo cáo thuế TNDN phải nộp đạt 96 tỷ đồng trong năm 2024.",
        "96000000000",
        "Tập đoàn Dệt may Sông Hồng",
        "TNDN",
    ),
    (
        "Theo Cục Thuế tỉnh Nghệ An, thu ngân sách tăng 7,9%. "
        "Riêng số thuế GTGT hoàn cho doanh nghiệp đạt 1.830 tỷ đồng.",
        "1830000000000",
        "Cục Thuế tỉnh Nghệ An",
        "GTGT",
    ),
    (
        "Ngân hàng Thương mại Cổ phần Bắc Hà cho biết LNST đạt 2.870 tỷ đồng, "
        "vượt 9% KHKD cả năm.",
        "2870000000000",
        "Ngân hàng Thương mại Cổ phần Bắc Hà",
        "LNST",
    ),
]


@pytest.mark.parametrize(("text", "value", "org", "abbreviation"), ABBREVIATION_CASES)
def test_a_common_noun_abbreviation_is_neither_subject_nor_reporter(text, value, org, abbreviation):
    fact = by_value(extract(text), value)
    assert abbreviation not in who(fact)
    assert org in who(fact)


def test_an_abbreviation_does_not_become_the_source_of_the_next_sentence():
    facts = extract(
        "Theo Kho bạc Nhà nước tỉnh Quảng Trị, tổng thu NSNN 6 tháng đạt 1.530 tỷ đồng. "
        "Chi đầu tư phát triển đạt 720 tỷ đồng."
    )
    fact = by_value(facts, "720000000000")
    assert "NSNN" not in who(fact)
    assert "Kho bạc Nhà nước tỉnh Quảng Trị" in who(fact)


# -- 6. the measured thing is a clean noun phrase ---------------------------------------------

DECIMAL_CASES = [
    ("Theo Sở Kế hoạch và Đầu tư tỉnh Cà Mau, tổng chi đạt 3.100 tỷ đồng, bằng 30, 8% dự toán.", "30.8"),
    ("Công ty Điện lực Bến Tre cho biết sản lượng điện thương phẩm tăng 12, 4% so với cùng kỳ.", "12.4"),
    ("Theo Hiệp hội Gỗ Bình Định, giá trị xuất khẩu gỗ chiếm 45, 6% tổng kim ngạch của tỉnh.", "45.6"),
    ("Tổng công ty Vận tải Thủy Miền Tây cho biết sản lượng hàng hóa giảm 3, 5% trong quý II.", "3.5"),
    ("Theo Cục Thống kê tỉnh Lào Cai, tỷ lệ hộ nghèo giảm còn 9, 7% vào cuối năm.", "9.7"),
]


@pytest.mark.parametrize(("text", "value"), DECIMAL_CASES)
def test_a_decimal_comma_typed_with_a_space_is_one_figure(text, value):
    percents = [f for f in extract(text) if f.unit == "%"]
    assert [f.value for f in percents] == [Decimal(value)]


def test_a_list_of_percentages_stays_a_list():
    qs = [q for q in numbers.find_quantities("tăng lần lượt 5, 6 và 7% so với năm trước") if q.is_metric]
    assert [q.value for q in qs] == [Decimal(7)]  # only the last carries the sign; no 5,6 is invented


WHAT_CASES = [
    (
        "Theo Sở Tài chính tỉnh Gia Lai, tổng chi ngân sách đạt 5.210 tỷ đồng, "
        "bằng 41,2% so với dự toán và tăng 6,3% so với cùng kỳ.",
        "6.3",
    ),
    (
        "Công ty Cổ phần Cảng Cái Mép Xanh cho biết sản lượng hàng container đạt 1,4 triệu TEU, "
        "vượt 11% so KH năm và tăng 8% so với năm trước.",
        "11",
    ),
    (
        "Theo Sở Công Thương tỉnh Tây Ninh, doanh thu bán lẻ đạt 32.500 tỷ đồng, "
        "bằng 102% so với định mức và tăng 9,4% so với cùng kỳ năm trước.",
        "9.4",
    ),
    (
        "Tập đoàn Cao su Đông Sơn báo lãi trước thuế 1.050 tỷ đồng, tăng 17% so với dự báo và "
        "vượt 5% so với bình quân ngành.",
        "5",
    ),
    (
        "Theo Cục Hải sản miền Trung, sản lượng khai thác đạt 320.000 tấn, vượt 6% so KH và tăng 4%.",
        "4",
    ),
]


@pytest.mark.parametrize(("text", "value"), WHAT_CASES)
def test_the_measured_thing_has_no_comparison_or_dangling_word(text, value):
    what = by_value(extract(text), value).what
    words = what.split()
    assert words, what
    assert not {"so", "và", "với"} & {words[0], words[-1]}
    assert "so" not in words
    assert not (len(words[-1]) == 1 and words[-1].isalpha())


def test_a_broken_figure_leaves_no_stray_letter():
    facts = extract("Theo Cục Hải sản miền Trung, sản lượng khai thác đạt 320.000 tấn và tăng 4 à.")
    assert all(not f.what.endswith(" à") for f in facts)


# -- the owner of a figure is its subject, not part of what is measured -------------------------

OWNER_CASES = [
    # (sentence, value, subject, what)
    (
        "Năm 2023, kim ngạch xuất khẩu của Tập đoàn Dệt may Sông Lam giảm 8% xuống còn 4,2 tỷ USD.",
        "4200000000",
        "Tập đoàn Dệt may Sông Lam",
        "kim ngạch xuất khẩu",
    ),
    (
        "Doanh thu của Công ty Cổ phần Sữa Ánh Dương trong năm 2022 đạt 3.500 tỷ đồng.",
        "3500000000000",
        "Công ty Cổ phần Sữa Ánh Dương",
        "Doanh thu",
    ),
    (
        "Số thành viên trên Sendora.com tăng 40% so với năm trước.",
        "40",
        "Sendora.com",
        "Số thành viên",
    ),
    (
        "Chi nhánh Hà Nội của Ngân hàng Phương Nam ghi nhận lợi nhuận trước thuế 320 tỷ đồng trong năm 2022.",
        "320000000000",
        "Chi nhánh Hà Nội",
        "lợi nhuận trước thuế",
    ),
    (
        "Tập đoàn Thép Sông Hồng công bố kết quả quý I. Lợi nhuận sau thuế của tập đoàn đạt 2.900 tỷ đồng.",
        "2900000000000",
        "Tập đoàn Thép Sông Hồng",
        "Lợi nhuận sau thuế",
    ),
]


@pytest.mark.parametrize("sentence, value, subject, what", OWNER_CASES)
def test_owner_is_the_subject_and_not_in_what_is_measured(sentence, value, subject, what):
    fact = by_value(extract(sentence), value)
    assert subject in who(fact)
    assert fact.what == what


def test_a_place_that_owns_the_figure_is_left_out_of_what_is_measured():
    # "Lâm Viên" begins like a person's name (Lâm is a surname): the organisation keeps it
    text = "Theo Tập đoàn Lâm Viên, thị phần cà phê hòa tan của tỉnh Lâm Đồng chiếm khoảng 30% năm 2023."
    fact = by_value(extract(text), "30")
    assert fact.what == "thị phần cà phê hòa tan"
    assert who(fact) == {"Lâm Đồng", "Tập đoàn Lâm Viên"}


def test_figure_restated_from_the_title_keeps_the_full_name_of_the_body():
    text = (
        "Hanvico Hải Vân lãi ròng 150 tỷ đồng\n\n"
        "Công ty Cổ phần Cà phê Hải Vân vừa công bố lãi ròng năm 2023 đạt 150 tỷ đồng, gấp đôi năm trước."
    )
    fact = by_value(extract(text), "150000000000")
    assert fact.subject.name == "Công ty Cổ phần Cà phê Hải Vân"


def test_a_back_referenced_subject_and_its_verb_are_not_what_is_measured():
    text = (
        "Công ty Cổ phần Thủy sản Cửu Long cho biết doanh thu tháng 10 đạt 860 tỷ đồng. "
        "Trước đó, doanh nghiệp này đã ghi nhận lợi nhuận 1.200 tỷ đồng."
    )
    assert by_value(extract(text), "1200000000000").what == "lợi nhuận"
