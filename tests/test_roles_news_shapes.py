# ruff: noqa: E501  (test sentences are kept one per line)
"""Role and organisation shapes met in real word-segmented news that the earlier rules got
wrong: a list of holders each named after the title, a second head noun inside a company
name, a name that ends before an honorific or an adverb, a trade union's chairman, a board
after a title's fixed words, brands written with a lower-case syllable or a spaced hyphen, an appointment "đối với" the
holder, a region after a company's name, a brand before a verb, a currency code.
Every sentence is invented for these tests (people, companies and figures)."""

from __future__ import annotations

import pytest

from kg.extract.attribution import ArticleAttribution
from tests.article_helpers import context, role_facts


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return {(person, role, org) for person, role, org, _ in role_facts(text)}


CASES = [
    # a list of holders: each one is named after the title, none holds the next title
    (
        "Ông Hòa sở hữu lượng cổ phiếu trị giá 1 tỷ USD, cùng với Chủ tịch Sontra Lý Văn Bảo, Chủ tịch KVN Đặng Hữu Lộc và CEO Airmax Ngô Thị Yến.",
        {
            ("Lý Văn Bảo", "Chủ tịch", "Sontra"),
            ("Đặng Hữu Lộc", "Chủ tịch", "KVN"),
            ("Ngô Thị Yến", "CEO", "Airmax"),
        },
    ),
    # "CTCP Tập đoàn X": a legal form, then a second head noun, then the name
    (
        "Ông Lại Văn Tú là Chủ tịch HĐQT CTCP Tập đoàn Phú Lâm với vốn điều lệ 200 tỷ đồng.",
        {("Lại Văn Tú", "Chủ tịch HĐQT", "CTCP Tập đoàn Phú Lâm")},
    ),
    # an honorific and a lower-case adverb end the organisation's name
    (
        "Theo Chủ tịch HĐQT Tập đoàn KVN ông Đặng Hữu Lộc, hãng bay sẽ hoạt động từ năm sau.",
        {("Đặng Hữu Lộc", "Chủ tịch HĐQT", "Tập đoàn KVN")},
    ),
    (
        "Trước đó, ông Phan Quốc Dũng - Chủ tịch HĐQT Tập đoàn Sontra từng chia sẻ với báo giới.",
        {("Phan Quốc Dũng", "Chủ tịch HĐQT", "Tập đoàn Sontra")},
    ),
    (
        "Ông Lưu Văn Hậu – Phó Tổng giám đốc Nhà máy Cơ khí Quốc gia phụ trách, điều hành nhà máy kể từ ngày 15/9.",
        {("Lưu Văn Hậu", "Phó Tổng giám đốc", "Nhà máy Cơ khí Quốc gia")},
    ),
    # a trade union's chairman holds the post at the company that follows
    (
        "Ông Võ Văn Lực, Chủ tịch Công đoàn Công ty Cổ phần chăn nuôi Phú Hà cho biết sẽ báo cáo sự việc.",
        {("Võ Văn Lực", "Chủ tịch Công đoàn", "Công ty Cổ phần chăn nuôi Phú Hà")},
    ),
    # a board after the title's fixed words stays in the title
    (
        "Bà Trần Thị Hoa, Phó chủ tịch thường trực HĐQT Kanobank, cho biết ngân hàng sẽ tăng vốn.",
        {("Trần Thị Hoa", "Phó chủ tịch thường trực HĐQT", "Kanobank")},
    ),
    # a brand whose words begin with a capital syllable followed by a lower-case one
    (
        "Ông Vũ Minh Đức, Giám đốc tài chính Thế giới Thiết bị cũng đăng ký bán 8.000 cổ phiếu.",
        {("Vũ Minh Đức", "Giám đốc tài chính", "Thế giới Thiết bị")},
    ),
    (
        "Ông Vũ_Minh_Đức , Giám_đốc tài_chính Thế_giới Thiết_bị cũng đăng_ký bán 8.000 cổ_phiếu .",
        {("Vũ Minh Đức", "Giám đốc tài chính", "Thế giới Thiết bị")},
    ),
    # the central committee of the Youth Union, and a caption's credit after a dash
    (
        "Anh Lê Quang Hiếu - Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam - Ảnh: MINH TÚ.",
        {
            ("Lê Quang Hiếu", "Bí thư", "Trung ương Đoàn"),
            ("Lê Quang Hiếu", "Chủ tịch", "Hội Sinh viên Việt Nam"),
        },
    ),
]


def test_a_lone_syllable_with_a_verb_after_it_is_no_organisation():
    # "Sen" could be a word the lexicon lacks; nothing names a company here
    assert _roles("Ông Đỗ Văn An, Chủ tịch Sen cho biết công ty lãi lớn.") == {
        ("Đỗ Văn An", "Chủ tịch", None)
    }


def _subjects(text: str, sentence_index: int) -> list[str]:
    ctx = context(text)
    return [r.entity.name for r in ArticleAttribution.of(ctx).refs[sentence_index]]


def test_an_acronym_with_a_spaced_hyphen_is_one_brand():
    text = "Công ty CP Xây lắp Miền Đông (XLD) bán vốn tại XLD - IC. XLD - IC có vốn điều lệ 300 tỷ đồng, XLD nắm 51%."
    refs = _subjects(text, 1)
    assert refs[0] == "XLD - IC"
    assert "XLD - IC" not in refs[1:]


def test_a_company_whose_name_begins_like_a_person_keeps_its_second_head():
    text = "CTCP Tập đoàn Mai Lâm có vốn điều lệ 1.017 tỷ đồng, song đang lỗ lũy kế 800 tỷ đồng."
    assert _subjects(text, 0)[0] == "CTCP Tập đoàn Mai Lâm"


MORE_CASES = [
    # an appointment "đối với" the holder: the title's company is the one the article is about
    (
        "Tổng công ty Xây lắp Đông Hải báo lãi\nTổng công ty Xây lắp Đông Hải vừa trao quyết định bổ nhiệm Phó Tổng giám đốc đối với ông Lâm Văn Trí.",
        {("Lâm Văn Trí", "Phó Tổng giám đốc", "Tổng công ty Xây lắp Đông Hải")},
    ),
    # "miền Bắc" after a company's name is part of it
    (
        "Ông Hồ Văn Đạt, Chủ tịch HĐQT Tập đoàn Sao Việt và cũng là Chủ tịch Công ty cổ phần Sao Việt miền Bắc cho biết.",
        {
            ("Hồ Văn Đạt", "Chủ tịch HĐQT", "Tập đoàn Sao Việt"),
            ("Hồ Văn Đạt", "Chủ tịch", "Công ty cổ phần Sao Việt miền Bắc"),
        },
    ),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Năm 2023 Phú Đông Corp đạt doanh thu hơn 2.000 tỷ đồng.", "Phú Đông Corp"),
        ("Công ty Tasco đầu tư cải tạo một đoạn quốc lộ với 420 tỷ đồng.", "Công ty Tasco"),
    ],
)
def test_a_company_name_ends_where_it_should(text, name):
    assert _subjects(text, 0)[0] == name


def test_a_currency_code_is_no_organisation():
    text = "Giá cao su thế giới tăng từ 132,1 JPY/kg lên 191,8 JPY/kg, Công ty Cao su Đồng Phú cho biết."
    assert "JPY" not in _subjects(text, 0)


EVEN_MORE_CASES = [
    # "trở thành" links the holder to the title
    (
        "Ông Lương Văn Hải chính thức trở thành Tân Chủ tịch HĐQT Sontra Land.",
        {("Lương Văn Hải", "Chủ tịch HĐQT", "Sontra Land")},
    ),
    # a back reference to the group, then the holder after a dash
    (
        "Tập đoàn Hải Dương vừa công bố kết quả. Theo đó, Phó Chủ tịch HĐQT của tập đoàn – ông Đinh Văn Lộc vừa đăng ký mua 5 triệu cổ phiếu.",
        {("Đinh Văn Lộc", "Phó Chủ tịch HĐQT", "Tập đoàn Hải Dương")},
    ),
    # an assembly that appoints a minister is not the minister's organisation
    (
        "Quốc hội biểu quyết bầu ông Lê Minh Đạo làm Bộ trưởng.",
        {("Lê Minh Đạo", "Bộ trưởng", None)},
    ),
    # a company appointing its own officer is
    (
        "Công ty CP Thép Đông Á bổ nhiệm ông Lê Minh Đạo làm Tổng giám đốc.",
        {("Lê Minh Đạo", "Tổng giám đốc", "Công ty CP Thép Đông Á")},
    ),
    # "Nước giải khát" inside a company's name
    (
        "Ông Vũ Đình Thanh, Tổng giám đốc Tổng Công ty Cổ phần Bia - Rượu - Nước giải khát Hà Thành, cho biết.",
        {("Vũ Đình Thanh", "Tổng giám đốc", "Tổng Công ty Cổ phần Bia - Rượu - Nước giải khát Hà Thành")},
    ),
]


def test_a_market_index_is_no_organisation():
    text = "Chốt phiên, VN-Index giảm 0,25 điểm xuống 926,54 điểm, Công ty Chứng khoán Bảo Minh cho biết."
    assert all("Index" not in name for name in _subjects(text, 0))


@pytest.mark.parametrize(("text", "expected"), CASES + MORE_CASES + EVEN_MORE_CASES)
def test_roles_in_news_shapes(text, expected):
    assert _roles(text) == expected
