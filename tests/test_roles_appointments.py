# ruff: noqa: E501  (test sentences are kept one per line)
"""Appointments ("bổ nhiệm ông A làm ..."), copulas, and organisation boundaries in role phrases."""

from __future__ import annotations

import pytest

from tests.article_helpers import role_facts

CASES = [
    (
        "Hội đồng quản trị Công ty cổ phần Đầu tư Thế Kỷ Mới vừa bổ nhiệm ông Hoàng Gia Bảo làm Tổng giám đốc từ ngày 1/7.",
        {("Hoàng Gia Bảo", "Tổng giám đốc", "Công ty cổ phần Đầu tư Thế Kỷ Mới", False)},
    ),
    (
        "Đại hội cổ đông Tập đoàn Khoáng sản Tây Bắc đã bầu bà Vương Thị Yến làm Chủ tịch HĐQT nhiệm kỳ 2023 - 2028.",
        {("Vương Thị Yến", "Chủ tịch HĐQT", "Tập đoàn Khoáng sản Tây Bắc", False)},
    ),
    (
        "Bà Hà Thị Thanh, Giám đốc Marketing, Unilon Việt Nam, nói rằng người tiêu dùng thắt chặt chi tiêu.",
        {("Hà Thị Thanh", "Giám đốc Marketing", "Unilon Việt Nam", False)},
    ),
    (
        "Ông Jean-Pierre Martin, Tổng giám đốc khu vực châu Á - Thái Bình Dương của Eiffel Energy, cho biết nhu cầu LNG tăng.",
        {("Jean-Pierre Martin", "Tổng giám đốc khu vực châu Á - Thái Bình Dương", "Eiffel Energy", False)},
    ),
    (
        "Theo ông Lê Minh, Trưởng phòng Kinh doanh Công ty Gạch Đồng Tâm Xanh, giá gạch đã tăng 8%.",
        {("Lê Minh", "Trưởng phòng Kinh doanh", "Công ty Gạch Đồng Tâm Xanh", False)},
    ),
    (
        "Ông John Smith, Giám đốc điều hành (CEO) của Beta Robotics, cho biết nhà máy sẽ mở vào năm sau.",
        {("John Smith", "Giám đốc điều hành", "Beta Robotics", False)},
    ),
    (
        "Ông Nguyễn Văn Bình, Trưởng Ban Kinh tế Trung ương, chủ trì hội nghị.",
        {("Nguyễn Văn Bình", "Trưởng Ban", "Ban Kinh tế Trung ương", False)},
    ),
    (
        "Ông Đỗ Thành Nam, 45 tuổi, Giám đốc Công ty TNHH May mặc Phú Khang, cho biết đơn hàng đã giảm 30%.",
        {("Đỗ Thành Nam", "Giám đốc", "Công ty TNHH May mặc Phú Khang", False)},
    ),
    (
        "Ông Trần Quang (phải), Giám đốc Công ty Cà phê Buôn Hồ, giới thiệu sản phẩm với khách hàng.",
        {("Trần Quang", "Giám đốc", "Công ty Cà phê Buôn Hồ", False)},
    ),
    (
        "PGS.TS Trần Đình Thiện, nguyên Viện trưởng Viện Kinh tế Đông Á, cho rằng cần cải cách mạnh hơn.",
        {("Trần Đình Thiện", "Viện trưởng", "Viện Kinh tế Đông Á", True)},
    ),
    (
        "Chủ tịch HĐQT kiêm CEO Tập đoàn Công nghệ Hòa Lạc Trương Gia Hưng cho biết công ty tuyển 5.000 kỹ sư.",
        {
            ("Trương Gia Hưng", "Chủ tịch HĐQT", "Tập đoàn Công nghệ Hòa Lạc", False),
            ("Trương Gia Hưng", "CEO", "Tập đoàn Công nghệ Hòa Lạc", False),
        },
    ),
    (
        "Ông Lê Phước Vũ, người sáng lập và là Chủ tịch Tập đoàn Thép Hoa Mai, cho biết giá thép giảm.",
        {
            ("Lê Phước Vũ", "Người sáng lập", "Tập đoàn Thép Hoa Mai", False),
            ("Lê Phước Vũ", "Chủ tịch", "Tập đoàn Thép Hoa Mai", False),
        },
    ),
    (
        "Bà Phan Thị Hòa hiện giữ chức vụ Phó Tổng giám đốc Công ty cổ phần Dược Hậu Giang Xanh.",
        {("Phan Thị Hòa", "Phó Tổng giám đốc", "Công ty cổ phần Dược Hậu Giang Xanh", False)},
    ),
    (
        "Ông Mai Hữu Tín từng giữ chức vụ Chủ tịch Công ty Địa ốc Tân Phú.",
        {("Mai Hữu Tín", "Chủ tịch", "Công ty Địa ốc Tân Phú", True)},
    ),
    (
        "Ông Nguyễn Quốc Việt - Tổng Giám đốc Tổng Công ty Thép Sông Gianh Xanh khẳng định giá thép sẽ giảm.",
        {("Nguyễn Quốc Việt", "Tổng Giám đốc", "Tổng Công ty Thép Sông Gianh Xanh", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_role(text, expected):
    assert {f for f in role_facts(text) if f[2]} == {(p, r, o, past) for p, r, o, past in expected}


def test_an_appointment_without_an_organisation_before_it_has_none():
    facts = role_facts("Ông Trần Văn Khoa được bổ nhiệm làm Giám đốc từ tháng 5.")
    assert {f[2] for f in facts} <= {None}


def test_acronym_after_a_role_organisation_is_learned_for_later_mentions():
    text = (
        "Ông Lâm Quốc Duy, Chủ tịch HĐQT Thế Giới Máy Tính (TGMT), cho biết. "
        "Bà Vũ Hồng Nhung, Giám đốc tài chính TGMT, cho biết lợi nhuận tăng 8%."
    )
    orgs = {f[2] for f in role_facts(text)}
    assert orgs == {"Thế Giới Máy Tính"}

