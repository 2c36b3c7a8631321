# ruff: noqa: E501  (test sentences are kept one per line)
"""Several roles of one person ("kiêm", "đồng thời") and former roles (nguyên, cựu, từng giữ chức,
year ranges, "khi đó"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.article_helpers import role_facts

MULTIPLE_ROLES = [
    (
        "Ông Lê Quốc Bình, Chủ tịch Hội đồng quản trị kiêm Tổng giám đốc Công ty cổ phần Sữa Đồng Xanh, cho biết sản lượng tăng 15%.",
        {
            ("Lê Quốc Bình", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Sữa Đồng Xanh"),
            ("Lê Quốc Bình", "Tổng giám đốc", "Công ty cổ phần Sữa Đồng Xanh"),
        },
    ),
    (
        "Bà Trần Tú Anh, Phó chủ tịch Tập đoàn Delta Foods, kiêm Giám đốc tài chính Delta Foods Việt Nam, cho biết biên lợi nhuận đã cải thiện.",
        {
            ("Trần Tú Anh", "Phó chủ tịch", "Tập đoàn Delta Foods"),
            ("Trần Tú Anh", "Giám đốc tài chính", "Delta Foods Việt Nam"),
        },
    ),
    (
        "Ông Hoàng Đức Anh - Giám đốc kiêm Chủ tịch Công ty TNHH Cơ khí Tân Tiến - cho biết xưởng mới đã vận hành.",
        {
            ("Hoàng Đức Anh", "Giám đốc", "Công ty TNHH Cơ khí Tân Tiến"),
            ("Hoàng Đức Anh", "Chủ tịch", "Công ty TNHH Cơ khí Tân Tiến"),
        },
    ),
    (
        "Bà Nguyễn Thùy Dương, Tổng giám đốc, đồng thời là Phó chủ tịch Hội đồng quản trị Công ty cổ phần Bất động sản Hòa Lạc, chia sẻ kế hoạch năm nay.",
        {
            ("Nguyễn Thùy Dương", "Tổng giám đốc", "Công ty cổ phần Bất động sản Hòa Lạc"),
            ("Nguyễn Thùy Dương", "Phó chủ tịch Hội đồng quản trị", "Công ty cổ phần Bất động sản Hòa Lạc"),
        },
    ),
    (
        "Ông Simon Lee, Chủ tịch kiêm Giám đốc điều hành Orchid Pay, cho biết ví điện tử có 3 triệu người dùng.",
        {
            ("Simon Lee", "Chủ tịch", "Orchid Pay"),
            ("Simon Lee", "Giám đốc điều hành", "Orchid Pay"),
        },
    ),
    (
        "Bà Hồ Thị Kim Ngân, Phó Tổng giám đốc thường trực kiêm Giám đốc khối Bán lẻ Ngân hàng TMCP Bắc Hà Xanh, cho biết dư nợ thẻ tăng mạnh.",
        {
            ("Hồ Thị Kim Ngân", "Phó Tổng giám đốc thường trực", "Ngân hàng TMCP Bắc Hà Xanh"),
            ("Hồ Thị Kim Ngân", "Giám đốc khối Bán lẻ", "Ngân hàng TMCP Bắc Hà Xanh"),
        },
    ),
    (
        "Ông Đoàn Văn Sáng, Chủ tịch Hội đồng quản trị Công ty cổ phần Gạch men Phú Thịnh và Chủ tịch Hiệp hội Vật liệu xây dựng tỉnh Vĩnh Phúc, cho rằng giá khí đốt là gánh nặng.",
        {
            ("Đoàn Văn Sáng", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Gạch men Phú Thịnh"),
            ("Đoàn Văn Sáng", "Chủ tịch", "Hiệp hội Vật liệu xây dựng tỉnh Vĩnh Phúc"),
        },
    ),
    (
        "Ông Triệu Quang Minh, Tổng giám đốc Tập đoàn Năng lượng Sóc Sơn, đồng thời là Chủ tịch Công ty Điện gió Ninh Hải, cho biết dự án sẽ phát điện vào quý IV.",
        {
            ("Triệu Quang Minh", "Tổng giám đốc", "Tập đoàn Năng lượng Sóc Sơn"),
            ("Triệu Quang Minh", "Chủ tịch", "Công ty Điện gió Ninh Hải"),
        },
    ),
    (
        "Ông Tô Hải Đăng - Phó chủ tịch kiêm Tổng giám đốc Công ty Chứng khoán Thiên Long cho biết lợi nhuận quý II đạt 120 tỷ đồng.",
        {
            ("Tô Hải Đăng", "Phó chủ tịch", "Công ty Chứng khoán Thiên Long"),
            ("Tô Hải Đăng", "Tổng giám đốc", "Công ty Chứng khoán Thiên Long"),
        },
    ),
    (
        "Bà Lam Uyên Phương, Chủ tịch Hội đồng quản trị, kiêm Giám đốc điều hành Công ty cổ phần Dệt may Sông Hương Xanh, cho biết đơn hàng Mỹ phục hồi.",
        {
            ("Lam Uyên Phương", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Dệt may Sông Hương Xanh"),
            ("Lam Uyên Phương", "Giám đốc điều hành", "Công ty cổ phần Dệt may Sông Hương Xanh"),
        },
    ),
    (
        "Ông Ôn Hữu Nghĩa, Giám đốc Công ty Thủy lợi Bắc Đuống, kiêm Phó chủ tịch Hội Thủy lợi Bắc Ninh, cho biết mực nước đã hạ.",
        {
            ("Ôn Hữu Nghĩa", "Giám đốc", "Công ty Thủy lợi Bắc Đuống"),
            ("Ôn Hữu Nghĩa", "Phó chủ tịch", "Hội Thủy lợi Bắc Ninh"),
        },
    ),
    (
        "Ông Francis Dubois, Chủ tịch Phòng Thương mại Pháp tại Việt Nam, kiêm Tổng giám đốc Lumen Industries Asia, nhận định môi trường đầu tư cải thiện.",
        {
            ("Francis Dubois", "Chủ tịch", "Phòng Thương mại Pháp"),
            ("Francis Dubois", "Tổng giám đốc", "Lumen Industries Asia"),
        },
    ),
    (
        "Ông Cao Minh Trí, Phó tổng giám đốc kiêm Giám đốc tài chính Tập đoàn Bảo hiểm Hùng Vương, cho biết doanh thu phí tăng 18%.",
        {
            ("Cao Minh Trí", "Phó tổng giám đốc", "Tập đoàn Bảo hiểm Hùng Vương"),
            ("Cao Minh Trí", "Giám đốc tài chính", "Tập đoàn Bảo hiểm Hùng Vương"),
        },
    ),
    (
        "Ông_Lý_Hoàng_Phúc , Chủ_tịch Hội_đồng_quản_trị kiêm Tổng_giám_đốc Công_ty cổ_phần Thủy_sản Năm_Căn , cho_biết giá tôm đã tăng trở_lại .",
        {
            ("Lý Hoàng Phúc", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Thủy sản Năm Căn"),
            ("Lý Hoàng Phúc", "Tổng giám đốc", "Công ty cổ phần Thủy sản Năm Căn"),
        },
    ),
    (
        "Bà Phó Ngọc Hà, Giám đốc Sở Du lịch Khánh Hòa, kiêm Phó trưởng ban Quản lý Vịnh Nha Trang, cho biết lượng khách tăng 30%.",
        {
            ("Phó Ngọc Hà", "Giám đốc", "Sở Du lịch Khánh Hòa"),
            ("Phó Ngọc Hà", "Phó trưởng ban", "Ban Quản lý Vịnh Nha Trang"),
        },
    ),
    (
        "Ông Thái Bá Lộc, Chủ tịch Hội đồng thành viên kiêm Tổng giám đốc Tổng công ty Lương thực Miền Tây, khẳng định đủ gạo cho xuất khẩu.",
        {
            ("Thái Bá Lộc", "Chủ tịch Hội đồng thành viên", "Tổng công ty Lương thực Miền Tây"),
            ("Thái Bá Lộc", "Tổng giám đốc", "Tổng công ty Lương thực Miền Tây"),
        },
    ),
]

PAST_ROLES = [
    (
        "Ông Lục Văn Phúc, nguyên Phó Chủ tịch UBND tỉnh Cao Bằng, cho biết tỉnh từng kêu gọi đầu tư vào cửa khẩu.",
        {("Lục Văn Phúc", "Phó Chủ tịch", "UBND tỉnh Cao Bằng", True)},
    ),
    (
        "Bà Đỗ Thị Hạnh, cựu Tổng giám đốc Công ty cổ phần May Hưng Yên Xanh, cho rằng ngành may cần đổi mới công nghệ.",
        {("Đỗ Thị Hạnh", "Tổng giám đốc", "Công ty cổ phần May Hưng Yên Xanh", True)},
    ),
    (
        "Ông Hoàng Khắc Minh từng giữ chức Phó tổng giám đốc Tổng công ty Bưu điện Miền Bắc trước khi nghỉ hưu.",
        {("Hoàng Khắc Minh", "Phó tổng giám đốc", "Tổng công ty Bưu điện Miền Bắc", True)},
    ),
    (
        "Ông Lý Thành Đạt, người từng là Giám đốc Sở Tài chính Sóc Trăng, nói về bài học quản lý ngân sách.",
        {("Lý Thành Đạt", "Giám đốc", "Sở Tài chính Sóc Trăng", True)},
    ),
    (
        "Theo ông Tống Văn Hòa, nguyên Vụ trưởng Vụ Kế hoạch, việc phân bổ vốn cần công khai hơn.",
        {("Tống Văn Hòa", "Vụ trưởng", "Vụ Kế hoạch", True)},
    ),
    (
        "Bà Jennifer Wu, cựu Giám đốc điều hành Pacific Rim Ventures, vừa gia nhập một quỹ đầu tư mới.",
        {("Jennifer Wu", "Giám đốc điều hành", "Pacific Rim Ventures", True)},
    ),
    (
        "Ông Đặng Văn Thái, Chủ tịch Hội đồng quản trị Công ty cổ phần Vận tải biển Đông Hải (2012-2018), cho biết đội tàu khi đó có 12 chiếc.",
        {("Đặng Văn Thái", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Vận tải biển Đông Hải", True)},
    ),
    (
        "Ông Khúc Minh Tuấn, Tổng giám đốc Công ty Bao bì Sông Lam giai đoạn 2010 - 2016, kể về lần tái cấu trúc đầu tiên.",
        {("Khúc Minh Tuấn", "Tổng giám đốc", "Công ty Bao bì Sông Lam", True)},
    ),
    (
        "Ông Hồ Quang Trung - nguyên Cục trưởng Cục Thuế TP. Hà Nội - cho biết số thu từ thương mại điện tử còn thấp.",
        {("Hồ Quang Trung", "Cục trưởng", "Cục Thuế TP. Hà Nội", True)},
    ),
    (
        "Bà Lưu Thanh Hằng từng giữ vị trí Giám đốc marketing của Oranta Cosmetics trước khi thành lập công ty riêng.",
        {("Lưu Thanh Hằng", "Giám đốc marketing", "Oranta Cosmetics", True)},
    ),
    (
        "Ông Trương Văn Bảy, nguyên Phó cục trưởng Cục Hải quan Đồng Nai, nhận định gian lận xuất xứ ngày càng tinh vi.",
        {("Trương Văn Bảy", "Phó cục trưởng", "Cục Hải quan Đồng Nai", True)},
    ),
    (
        "Ông Nghiêm Đức Toản, cựu Phó thống đốc Ngân hàng Nhà nước, cho rằng lãi suất khó giảm thêm.",
        {("Nghiêm Đức Toản", "Phó thống đốc", "Ngân hàng Nhà nước", True)},
    ),
    (
        "Bà Lê Hồng Nhung, Giám đốc Sở Kế hoạch và Đầu tư Hậu Giang khi đó, cho biết dự án đã được phê duyệt.",
        {("Lê Hồng Nhung", "Giám đốc", "Sở Kế hoạch và Đầu tư Hậu Giang", True)},
    ),
    (
        "Ông Bạch Văn Hùng đã thôi giữ chức Chủ tịch Hội đồng quản trị Công ty cổ phần Khoáng sản Lào Cai Xanh từ tháng 3.",
        {("Bạch Văn Hùng", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Khoáng sản Lào Cai Xanh", True)},
    ),
    (
        "Ông Quan Minh Nhật, nguyên Thứ trưởng Bộ Giao thông vận tải, hiện là Chủ tịch Hội đồng quản trị Công ty cổ phần Cầu đường Bắc Sơn, cho biết công ty trúng thầu ba gói.",
        {
            ("Quan Minh Nhật", "Thứ trưởng", "Bộ Giao thông vận tải", True),
            ("Quan Minh Nhật", "Chủ tịch Hội đồng quản trị", "Công ty cổ phần Cầu đường Bắc Sơn", False),
        },
    ),
    (
        "Ông_Kiều_Minh_Sang , nguyên Giám_đốc Sở Công_Thương Long_An , cho_biết tỉnh từng đề_xuất lập trung_tâm logistics .",
        {("Kiều Minh Sang", "Giám đốc", "Sở Công Thương Long An", True)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLE_ROLES)
def test_several_roles_of_one_person(text, expected):
    assert {f for f in role_facts(text) if f[2]} == {(*e, False) for e in expected}


@pytest.mark.parametrize(("text", "expected"), PAST_ROLES)
def test_former_roles_are_past(text, expected):
    assert {f for f in role_facts(text) if f[2]} == expected


def test_current_role_is_not_past():
    text = "Ông Vũ Đình Khang, Giám đốc Công ty TNHH Cơ điện Sao Sáng, cho biết công ty tuyển 50 thợ."
    assert role_facts(text) == {("Vũ Đình Khang", "Giám đốc", "Công ty TNHH Cơ điện Sao Sáng", False)}


def test_a_current_term_range_is_not_past():
    text = "Ông Vũ Đình Khang, Chủ tịch Hiệp hội Cơ khí Hải Dương nhiệm kỳ 2021-2026, cho biết hội có 300 hội viên."
    assert {f[3] for f in role_facts(text)} == {False}


def test_families_have_at_least_fifteen_sentences():
    assert len(MULTIPLE_ROLES) >= 15 and len(PAST_ROLES) >= 15
