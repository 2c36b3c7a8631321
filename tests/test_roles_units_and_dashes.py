# ruff: noqa: E501  (test sentences are kept one per line)
"""Dashes and abbreviations in role phrases: two titles joined by a dash ("Phó Chủ tịch - Tổng thư
ký"), a division joined to its organisation by a dash ("Giám đốc Khối Bán lẻ - Ngân hàng X"), and
"Q." for an acting post. A dash after an organisation describes the organisation, not its officer.
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from tests.article_helpers import role_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Ba, Phó Chủ tịch - Tổng thư ký Hiệp hội Dệt may Việt Nam cho biết.",
            {
                ("Lê Văn Ba", "Phó Chủ tịch", "Hiệp hội Dệt may Việt Nam", False),
                ("Lê Văn Ba", "Tổng thư ký", "Hiệp hội Dệt may Việt Nam", False),
            },
        ),
        (
            "Ông Lê Văn Nam, Giám đốc Khối Bán lẻ - Ngân hàng TMCP Sông Lam cho biết.",
            {("Lê Văn Nam", "Giám đốc Khối Bán lẻ", "Ngân hàng TMCP Sông Lam", False)},
        ),
        (
            "Ông Lê Văn Nam, Giám đốc Khối Bán lẻ của Ngân hàng TMCP Sông Lam cho biết.",
            {("Lê Văn Nam", "Giám đốc Khối Bán lẻ", "Ngân hàng TMCP Sông Lam", False)},
        ),
        (
            "Theo ông Phạm Văn Tùng - Q. Tổng giám đốc Tổng công ty Sông Mây, tiến độ đang chậm.",
            {("Phạm Văn Tùng", "Q. Tổng giám đốc", "Tổng công ty Sông Mây", False)},
        ),
    ],
)
def test_role_phrases_with_dashes_and_abbreviations(text, expected):
    assert role_facts(text) == expected


def test_a_dash_after_the_organisation_does_not_start_a_second_title():
    text = "Ông Trần Văn Hải, Phó Tổng giám đốc, Công ty CP Sao Mai - Đại diện của Tập đoàn Kim Long tại Việt Nam cho biết."
    assert {role for _, role, _, _ in role_facts(text)} == {"Phó Tổng giám đốc"}


def test_a_district_abbreviation_is_no_acting_title():
    text = "Chủ tịch UBND Q. Bình Thạnh Trần Văn An cho biết."
    assert role_facts(text) == {("Trần Văn An", "Chủ tịch", "UBND Q. Bình Thạnh", False)}
