# ruff: noqa: E501  (test sentences are kept one per line)
"""A title followed by a back reference ("Giám đốc công ty", "Chủ tịch hiệp hội") names the
organisation the article named with that head noun, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.article_helpers import role_facts

CASES = [
    (
        "Công ty TNHH Cà phê Núi Xanh vừa ký hợp đồng lớn. Ông Rơ Mah Thuần, Giám đốc công ty, cho biết năm nay sẽ tăng sản lượng.",
        {("Rơ Mah Thuần", "Giám đốc", "Công ty TNHH Cà phê Núi Xanh", False)},
    ),
    (
        "Hiệp hội Thủy sản Nam Bộ vừa họp. Bà Trần Thị Kim Ngân, Chủ tịch hiệp hội, lưu ý chi phí vận tải tăng.",
        {("Trần Thị Kim Ngân", "Chủ tịch", "Hiệp hội Thủy sản Nam Bộ", False)},
    ),
    (
        "Tập đoàn Kim Long họp đại hội cổ đông. Ông Hồ Sĩ Bình thôi giữ chức Phó Tổng giám đốc tập đoàn để làm việc khác.",
        {("Hồ Sĩ Bình", "Phó Tổng giám đốc", "Tập đoàn Kim Long", True)},
    ),
    (
        # from another paragraph: the company the article names most, not a subsidiary named once
        "Công ty CP Thép Bảo An báo lãi quý III. Công ty CP Thép Bảo An tăng sản lượng 20%.\n\nCông ty TNHH Tôn Bảo An Phú Mỹ vẫn lỗ.\n\nCổ phiếu tăng 22%. Ông Phạm Đình Toàn, Chủ tịch HĐQT công ty, vừa mua thêm cổ phiếu.",
        {("Phạm Đình Toàn", "Chủ tịch HĐQT", "Công ty CP Thép Bảo An", False)},
    ),
    (
        # within one paragraph: the company just named
        "Công ty CP Thủy sản Hậu Phát dẫn đầu. Công ty CP Thủy sản Hậu Phát có 3 nhà máy.\n\nMột gương mặt khác là Công ty TNHH Điện gió Bạc Hải. Theo ông Thạch Sô Phol, Phó Tổng giám đốc công ty, các nhà máy đã phát 390 triệu kWh.",
        {("Thạch Sô Phol", "Phó Tổng giám đốc", "Công ty TNHH Điện gió Bạc Hải", False)},
    ),
]

NOT_ROLES = [
    # no company of that kind named before: no organisation to refer to
    "Ông Rơ Mah Thuần, Giám đốc công ty, cho biết năm nay sẽ tăng sản lượng.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_title_with_a_back_reference_names_the_article_organisation(text, expected):
    assert role_facts(text) == expected


@pytest.mark.parametrize("text", NOT_ROLES)
def test_a_back_reference_with_nothing_to_refer_to_gives_no_organisation(text):
    assert all(org is None for _, _, org, _ in role_facts(text))


NEW_POSTS = [
    (
        "Tổng công ty Cao su Tây Sơn họp. UBND tỉnh Kon Tum bổ nhiệm ông Võ Thành Khiêm, Tổng giám đốc Tổng công ty Cao su Tây Sơn, giữ chức Chủ tịch Hội đồng thành viên tổng công ty, thay ông Lương Đức Thắng nghỉ hưu.",
        {
            ("Võ Thành Khiêm", "Tổng giám đốc", "Tổng công ty Cao su Tây Sơn", False),
            ("Võ Thành Khiêm", "Chủ tịch Hội đồng thành viên", "Tổng công ty Cao su Tây Sơn", False),
        },
    ),
    (
        "Tập đoàn Kim Long họp. Ông Hồ Sĩ Bình thôi giữ chức Phó Tổng giám đốc tập đoàn để làm Chủ tịch Hội đồng quản trị Tổng công ty Logistics Kim Long.",
        {
            ("Hồ Sĩ Bình", "Phó Tổng giám đốc", "Tập đoàn Kim Long", True),
            ("Hồ Sĩ Bình", "Chủ tịch Hội đồng quản trị", "Tổng công ty Logistics Kim Long", False),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEW_POSTS)
def test_a_new_post_after_the_one_held_is_a_role_of_the_same_person(text, expected):
    assert role_facts(text) == expected


def test_a_new_post_never_borrows_the_organisation_of_the_post_before():
    text = "Tập đoàn Phú An bổ nhiệm ông Đỗ Quang Huy, Giám đốc Công ty TNHH Năng lượng Phú An, kiêm nhiệm chức Phó Tổng giám đốc phụ trách năng lượng."
    facts = role_facts(text)
    assert ("Đỗ Quang Huy", "Giám đốc", "Công ty TNHH Năng lượng Phú An", False) in facts
    assert not any(
        org == "Công ty TNHH Năng lượng Phú An" and role != "Giám đốc" for _, role, org, _ in facts
    )
