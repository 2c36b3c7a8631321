# ruff: noqa: E501  (test sentences are kept one per line)
"""Role shapes met in real news about appointments at banks and listed companies: a post taken
"vào ghế" or left "từ nhiệm", a post held "khi đó" or "(thời điểm làm …)", a birth year between the holder and the title, a back reference
to the bank an article is about after other banks were named, and a person whose middle name is
a head noun ("Trường"). Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.article_helpers import role_facts


def _roles(text: str) -> set[tuple[str, str, str | None, bool]]:
    return set(role_facts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngân hàng TMCP Sao Việt (SVB) bổ nhiệm bà Lâm Thị Hạnh vào ghế Tổng giám đốc SVB.",
            {("Lâm Thị Hạnh", "Tổng giám đốc", "Ngân hàng TMCP Sao Việt", False)},
        ),
        (
            "Bà Lâm Thị Hạnh - sinh năm 1972, vừa từ nhiệm vị trí Tổng giám đốc Tập đoàn Đông Hà.",
            {("Lâm Thị Hạnh", "Tổng giám đốc", "Tập đoàn Đông Hà", True)},
        ),
        (
            "Giao dịch lớn thuộc về ông Lê Trường Sơn - Thành viên HĐQT Công ty CP Nông sản Tây Nguyên.",
            {("Lê Trường Sơn", "Thành viên HĐQT", "Công ty CP Nông sản Tây Nguyên", False)},
        ),
        (
            "Năm 2012, bà Vũ Thị Hoa, (thời điểm làm Giám đốc Công ty TNHH Yên Bình) đã ký văn bản gửi Bộ Tài chính.",
            {("Vũ Thị Hoa", "Giám đốc", "Công ty TNHH Yên Bình", True)},
        ),
        (
            "Ông Lê Văn Tám, khi đó là Phó Giám đốc Sở Tài chính tỉnh Nam Định, đã ký quyết định.",
            {("Lê Văn Tám", "Phó Giám đốc", "Sở Tài chính tỉnh Nam Định", True)},
        ),
    ],
)
def test_appointment_shapes(text, expected):
    assert _roles(text) == expected


def test_a_school_after_a_one_word_name_is_still_a_school():
    text = "Ông Hùng Trường Đại học Bách khoa cho biết."
    assert not any(person.endswith("Trường") for person, *_ in _roles(text))


def test_the_bank_an_article_is_about_is_the_one_its_short_name_keeps_mentioning():
    text = (
        "SVB có Tổng giám đốc mới\n"
        "Ngân hàng TMCP Sao Việt (SVB) vừa bổ nhiệm bà Lâm Thị Hạnh.\n"
        "Bà Hạnh từng giữ nhiều chức vụ tại ngân hàng TMCP Biển Đông (BDB), ngân hàng BDB Miền Nam và ngân hàng BDB.\n"
        "Trước khi về SVB, bà Hạnh điều hành mảng bán lẻ của SVB Capital.\n"
        "Tân Tổng giám đốc SVB cũng là thành viên một hiệp hội nghề nghiệp.\n"
        "Về việc bổ nhiệm bà Lâm Thị Hạnh vào ghế Tổng giám đốc ngân hàng, Chủ tịch HĐQT SVB – ông Phạm Quốc Khải cho biết."
    )
    roles = {(p, r, o) for p, r, o, _ in _roles(text)}
    assert ("Lâm Thị Hạnh", "Tổng giám đốc", "Ngân hàng TMCP Sao Việt") in roles
    assert ("Phạm Quốc Khải", "Chủ tịch HĐQT", "Ngân hàng TMCP Sao Việt") in roles
    assert all(o != "Ngân hàng TMCP Biển Đông" for _, _, o in roles)
