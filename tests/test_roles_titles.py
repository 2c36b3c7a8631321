"""Titles: modifiers, tails, the role text kept, and the English label from the lexicon."""

from __future__ import annotations

import pytest

from kg.extract.titles import english_label, titles
from tests.article_helpers import role_facts, sentence

LABELS = [
    ("Phó Tổng giám đốc", "Deputy General Director"),
    ("Tổng giám đốc", "General Director"),
    ("Phó chủ tịch", "Vice Chairman"),
    ("Quyền Cục trưởng", "Acting Director General"),
    ("Phó Thủ tướng", "Deputy Prime Minister"),
    ("Chủ tịch Hội đồng quản trị", "Chairman of the Board of Directors"),
    ("Giám đốc Quốc gia", "Country Director"),
    ("Phó chủ tịch thường trực", "Standing Vice Chairman"),
    ("Giám đốc bộ phận B2B", "Director, B2B division"),
    ("Giám đốc khu vực Bắc Mỹ", "Regional Director, Bắc Mỹ"),
    ("Kế toán trưởng", "Chief Accountant"),
    ("CEO", "Chief Executive Officer"),
]


@pytest.mark.parametrize(("role", "english"), LABELS)
def test_english_label(role, english):
    assert english_label(role) == english


def test_former_modifier_is_dropped_from_the_role_and_marks_it_past():
    [title] = titles(sentence("nguyên Phó Tổng giám đốc"))
    assert (title.role, title.past, title.english) == ("Phó Tổng giám đốc", True, "Deputy General Director")


def test_acting_modifier_stays_in_the_role():
    facts = role_facts("Ông Lê Hữu Phước, Quyền Cục trưởng Cục Quản lý giá, cho biết giá điện chưa tăng.")
    assert facts == {("Lê Hữu Phước", "Quyền Cục trưởng", "Cục Quản lý giá", False)}


def test_role_never_includes_the_organisation():
    facts = role_facts("Bà Đinh Thị Nga, Phó cục trưởng Cục Thương mại điện tử Đông Nam, cho biết.")
    assert {f[1] for f in facts} == {"Phó cục trưởng"}


def test_government_committee_is_the_organisation_not_part_of_the_title():
    facts = role_facts("Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành chủ trì hội nghị.")
    assert facts == {("Lâm Minh Thành", "Chủ tịch", "UBND tỉnh Kiên Giang", False)}


def test_unknown_words_after_a_title_are_not_taken_without_an_organisation():
    # "mới" (new) is not part of the title
    facts = role_facts("Ông Tạ Văn Long, Giám đốc mới của Công ty Sao Kim, nhận nhiệm vụ hôm qua.")
    assert {f[1] for f in facts} == {"Giám đốc"}
