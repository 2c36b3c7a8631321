# ruff: noqa: E501  (test sentences are kept one per line)
"""A title that names the kind of body it heads ("Cục trưởng", "Phó Tổng cục trưởng") and is
written without an organisation is held at the body of that kind the article named before it.
Every sentence is invented for these tests."""

from __future__ import annotations

from tests.article_helpers import role_facts


def test_a_deputy_director_general_signs_for_the_department_named_before():
    text = "Tổng cục Thuế vừa ban hành văn bản do Phó Tổng cục trưởng ông Nguyễn Văn Bình ký."
    assert set(role_facts(text)) == {("Nguyễn Văn Bình", "Phó Tổng cục trưởng", "Tổng cục Thuế", False)}


def test_the_longest_kind_wins_over_a_shorter_one_inside_it():
    text = (
        "Cục Hải quan Bình Dương và Tổng cục Thống kê cùng công bố số liệu. "
        "Phó Tổng cục trưởng Lê Văn Toàn cho biết số liệu đã được đối chiếu."
    )
    assert ("Lê Văn Toàn", "Phó Tổng cục trưởng", "Tổng cục Thống kê", False) in set(role_facts(text))


def test_a_department_head_named_in_a_later_sentence():
    text = "Cục Hải quan Bình Dương cho biết như vậy. Cục trưởng Trần Văn Nam nói kim ngạch tăng."
    assert set(role_facts(text)) == {("Trần Văn Nam", "Cục trưởng", "Cục Hải quan Bình Dương", False)}


def test_no_body_of_that_kind_named_leaves_the_organisation_open():
    text = "Công ty CP Thép Nam Hà cho biết như vậy. Ông Trần Văn Nam, Cục trưởng, nói kim ngạch tăng."
    assert set(role_facts(text)) == {("Trần Văn Nam", "Cục trưởng", None, False)}


def test_a_title_with_its_own_organisation_keeps_it():
    text = "Tổng cục Thuế cho biết như vậy. Ông Trần Văn Nam, Cục trưởng Cục Thuế Hà Nam, nói thu ngân sách tăng."
    assert ("Trần Văn Nam", "Cục trưởng", "Cục Thuế Hà Nam", False) in set(role_facts(text))
