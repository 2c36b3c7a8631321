# ruff: noqa: E501  (test sentences are kept one per line)
"""Organisation hierarchy: "X thuộc Y", "X (Y)", "X - Y", "X của Y" for sub-units, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.article_helpers import part_facts

PARTS = [
    (
        "Cục Quản lý thị trường thuộc Bộ Công Thương vừa công bố kết quả kiểm tra 300 cửa hàng.",
        ("Cục Quản lý thị trường", "Bộ Công Thương"),
    ),
    (
        "Theo Cục Hàng không Việt Nam (Bộ Giao thông vận tải), số chuyến bay nội địa tăng 12%.",
        ("Cục Hàng không Việt Nam", "Bộ Giao thông vận tải"),
    ),
    (
        "Phòng Cảnh sát kinh tế - Công an tỉnh Nghệ An cho biết đã thu giữ 2 tấn hàng giả.",
        ("Phòng Cảnh sát kinh tế", "Công an tỉnh Nghệ An"),
    ),
    (
        "Viện Kinh tế và Chính sách trực thuộc Trường Đại học Kinh tế Phú Xuân công bố báo cáo thường niên.",
        ("Viện Kinh tế và Chính sách", "Trường Đại học Kinh tế Phú Xuân"),
    ),
    (
        "Trung tâm Thông tin công nghiệp và thương mại (Bộ Công Thương) dự báo giá phân bón sẽ giảm.",
        ("Trung tâm Thông tin công nghiệp và thương mại", "Bộ Công Thương"),
    ),
    (
        "Vụ Tài chính ngân hàng của Bộ Tài chính cho biết đã lấy ý kiến các tổ chức tín dụng.",
        ("Vụ Tài chính ngân hàng", "Bộ Tài chính"),
    ),
    (
        "Chi nhánh Đà Nẵng của Ngân hàng TMCP Hải Phong ghi nhận dư nợ tăng 20%.",
        ("Chi nhánh Đà Nẵng", "Ngân hàng TMCP Hải Phong"),
    ),
    (
        "Nhà máy Sữa Tây Ninh của Công ty cổ phần Sữa Đồng Xanh chính thức đi vào hoạt động.",
        ("Nhà máy Sữa Tây Ninh", "Công ty cổ phần Sữa Đồng Xanh"),
    ),
    (
        "Tổng cục Thuế trực thuộc Bộ Tài chính đã ban hành hướng dẫn mới về hóa đơn điện tử.",
        ("Tổng cục Thuế", "Bộ Tài chính"),
    ),
    (
        "Công ty TNHH Điện tử Sao Việt, đơn vị thành viên của Tập đoàn Công nghệ Lạc Hồng, vừa khánh thành nhà máy.",
        ("Công ty TNHH Điện tử Sao Việt", "Tập đoàn Công nghệ Lạc Hồng"),
    ),
    (
        "Ban Quản lý dự án 85 (Bộ Giao thông vận tải) cho biết tuyến tránh sẽ thông xe vào tháng 12.",
        ("Ban Quản lý dự án 85", "Bộ Giao thông vận tải"),
    ),
    (
        "Học viện Chính sách và Phát triển thuộc Bộ Kế hoạch và Đầu tư tuyển 800 sinh viên.",
        ("Học viện Chính sách và Phát triển", "Bộ Kế hoạch và Đầu tư"),
    ),
    (
        "Bệnh viện Đa khoa Phú An - Sở Y tế Bình Dương đưa vào sử dụng khu điều trị mới.",
        ("Bệnh viện Đa khoa Phú An", "Sở Y tế Bình Dương"),
    ),
    (
        "Cục Thống kê tỉnh Thanh Hóa (thuộc Tổng cục Thống kê) cho biết chỉ số sản xuất công nghiệp tăng 9%.",
        ("Cục Thống kê tỉnh Thanh Hóa", "Tổng cục Thống kê"),
    ),
    (
        "Trường Cao đẳng Công nghệ Hòa Phú - Tổng công ty Cơ khí Xây dựng Hà Thành khai giảng khóa mới.",
        ("Trường Cao đẳng Công nghệ Hòa Phú", "Tổng công ty Cơ khí Xây dựng Hà Thành"),
    ),
    (
        "Cục_Xuất_nhập_khẩu thuộc Bộ Công_Thương vừa cảnh_báo về rủi_ro gian_lận thương_mại .",
        ("Cục Xuất nhập khẩu", "Bộ Công Thương"),
    ),
    (
        "Công ty Cảng Phước An là công ty con của Tổng công ty Hàng hải Miền Nam.",
        ("Công ty Cảng Phước An", "Tổng công ty Hàng hải Miền Nam"),
    ),
]

NOT_PARTS = [
    "Tổng công ty Đường sắt Nam Bắc (VNRB) cho biết doanh thu tăng 8%.",
    "Công ty Sao Mai và Công ty Bình Minh đã ký thỏa thuận hợp tác.",
    "Bộ Tài chính cho biết, Tổng cục Hải quan đã thu 300 nghìn tỷ đồng.",
    "Ngân hàng TMCP Hải Phong (HPBank) dự kiến chia cổ tức 12%.",
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_part_of(text, expected):
    assert part_facts(text) == {expected}


@pytest.mark.parametrize("text", NOT_PARTS)
def test_no_part_of(text):
    assert part_facts(text) == set()


def test_part_of_resolves_acronyms_of_the_article():
    text = (
        "Tổng công ty Đường sắt Nam Bắc (VNRB) vừa họp tổng kết. "
        "Ban Quản lý dự án đường sắt thuộc VNRB cho biết dự án đã hoàn thành 80%."
    )
    assert part_facts(text) == {("Ban Quản lý dự án đường sắt", "Tổng công ty Đường sắt Nam Bắc")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tập đoàn Thép Sông Hồng vừa công bố kết quả kinh doanh quý I. "
            "Công ty Cổ phần Thép Sông Hồng Cam Ranh, đơn vị thành viên của tập đoàn, sản xuất 1,5 triệu tấn thép.",
            {("Công ty Cổ phần Thép Sông Hồng Cam Ranh", "Tập đoàn Thép Sông Hồng")},
        ),
        (
            "Theo Tổng công ty Lương thực Cửu Long, sản lượng gạo năm nay tăng. "
            "Nhà máy Xay xát Tân An trực thuộc tổng công ty đã xuất 20.000 tấn gạo.",
            {("Nhà máy Xay xát Tân An", "Tổng công ty Lương thực Cửu Long")},
        ),
    ],
)
def test_part_of_a_back_reference_is_the_organisation_the_article_named(text, expected):
    assert part_facts(text) == expected


def test_back_reference_without_a_named_organisation_of_that_kind_is_no_part():
    text = "Ngân hàng TMCP Hải Phong dự kiến chia cổ tức 12%. Công ty Cổ phần Chứng khoán Hải Phong, công ty con của tập đoàn, tăng vốn."
    assert part_facts(text) == set()


def test_family_has_at_least_fifteen_sentences():
    assert len(PARTS) >= 15
