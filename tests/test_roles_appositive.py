# ruff: noqa: E501  (test sentences are kept one per line)
"""Person–role–organisation in the four appositive orders, on sentences written for these tests
(invented people and companies, in the style of Vietnamese business news)."""

from __future__ import annotations

import pytest

from tests.article_helpers import role_facts

# "PERSON, ROLE ORG"
PERSON_COMMA_ROLE = [
    (
        "Ông Phạm Quang Vinh, Tổng giám đốc Công ty cổ phần Thép Phương Nam, cho biết doanh thu quý I tăng 12%.",
        ("Phạm Quang Vinh", "Tổng giám đốc", "Công ty cổ phần Thép Phương Nam"),
    ),
    (
        "Theo bà Trịnh Thu Hà, Phó giám đốc Sở Công Thương Bình Định, sản lượng hạt điều xuất khẩu đạt 45.000 tấn.",
        ("Trịnh Thu Hà", "Phó giám đốc", "Sở Công Thương Bình Định"),
    ),
    (
        "Bà Đoàn Mỹ Linh, Giám đốc tài chính Tập đoàn Hưng Thịnh Phát, khẳng định kế hoạch lợi nhuận là khả thi.",
        ("Đoàn Mỹ Linh", "Giám đốc tài chính", "Tập đoàn Hưng Thịnh Phát"),
    ),
    (
        "Ông Lâm Gia Bảo, Chủ tịch Hội đồng quản trị Ngân hàng TMCP Phương Đông Mới, vừa công bố kế hoạch tăng vốn.",
        ("Lâm Gia Bảo", "Chủ tịch Hội đồng quản trị", "Ngân hàng TMCP Phương Đông Mới"),
    ),
    (
        "Phát biểu tại hội thảo, ông Kiều Văn Toàn, Vụ trưởng Vụ Thị trường trong nước, nhận định sức mua đang phục hồi.",
        ("Kiều Văn Toàn", "Vụ trưởng", "Vụ Thị trường trong nước"),
    ),
    (
        "PGS.TS. Hoàng Minh Đức, Viện trưởng Viện Nghiên cứu Kinh tế Mê Kông, cho rằng lạm phát sẽ được kiểm soát.",
        ("Hoàng Minh Đức", "Viện trưởng", "Viện Nghiên cứu Kinh tế Mê Kông"),
    ),
    (
        "Ông Michael Tan, Giám đốc điều hành Sunrise Logistics Group, chia sẻ công ty sẽ mở thêm hai kho lạnh tại Long An.",
        ("Michael Tan", "Giám đốc điều hành", "Sunrise Logistics Group"),
    ),
    (
        "Bà Sarah Jenkins, Phó chủ tịch phụ trách thị trường châu Á của Northwind Foods, đánh giá cao tiềm năng của Việt Nam.",
        ("Sarah Jenkins", "Phó chủ tịch phụ trách thị trường châu Á", "Northwind Foods"),
    ),
    (
        "Ông Nguyễn Hữu Tài, Cục trưởng Cục Quản lý giá, cho biết giá xăng dầu sẽ được điều chỉnh vào chiều nay.",
        ("Nguyễn Hữu Tài", "Cục trưởng", "Cục Quản lý giá"),
    ),
    (
        "Chị Vương Thảo Nguyên, nhà sáng lập Công ty TNHH Mộc Lam, nói rằng cửa hàng thứ 50 sẽ khai trương vào tháng 9.",
        ("Vương Thảo Nguyên", "Nhà sáng lập", "Công ty TNHH Mộc Lam"),
    ),
    (
        "Ông Trần_Quốc_Khánh , Giám_đốc Sở Tài_nguyên và Môi_trường Quảng_Ngãi , cho_biết tỉnh đã thu_hồi 120 ha đất .",
        ("Trần Quốc Khánh", "Giám đốc", "Sở Tài nguyên và Môi trường Quảng Ngãi"),
    ),
    (
        "TS. Đặng Hoài Nam, Kinh tế trưởng Công ty Chứng khoán Bảo Tín, dự báo tín dụng cả năm tăng khoảng 14%.",
        ("Đặng Hoài Nam", "Kinh tế trưởng", "Công ty Chứng khoán Bảo Tín"),
    ),
    (
        "Ông Hồ Sĩ Lương, Chủ tịch UBND tỉnh Hà Tĩnh, đề nghị các nhà đầu tư sớm hoàn thành dự án.",
        ("Hồ Sĩ Lương", "Chủ tịch", "UBND tỉnh Hà Tĩnh"),
    ),
    (
        "Bà Mai Thanh Trúc, Trưởng đại diện Quỹ Đầu tư Hướng Dương tại Việt Nam, cho biết quỹ sẽ giải ngân 30 triệu USD.",
        ("Mai Thanh Trúc", "Trưởng đại diện", "Quỹ Đầu tư Hướng Dương"),
    ),
    (
        "Ông Tạ Quang Huy, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn, cho biết xuất khẩu rau quả tăng mạnh.",
        ("Tạ Quang Huy", "Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ),
    (
        "Ông Bùi Đình Phong, Giám đốc Quốc gia Công ty Vexora Việt Nam, cho hay thị trường phần mềm đang chững lại.",
        ("Bùi Đình Phong", "Giám đốc Quốc gia", "Công ty Vexora Việt Nam"),
    ),
    (
        "ông Ngô Thanh Sơn, phó tổng giám đốc Tổng công ty Vận tải Thuỷ Miền Nam, cho biết đội tàu đã kín lịch.",
        ("Ngô Thanh Sơn", "Phó tổng giám đốc", "Tổng công ty Vận tải Thuỷ Miền Nam"),
    ),
]

# "PERSON - ROLE (của) ORG"
PERSON_DASH_ROLE = [
    (
        "Ông Đỗ Minh Trí - Giám đốc khối khách hàng doanh nghiệp của Ngân hàng TMCP Sài Gòn Phương Nam cho biết "
        "dư nợ đã tăng 9%.",
        ("Đỗ Minh Trí", "Giám đốc khối khách hàng doanh nghiệp", "Ngân hàng TMCP Sài Gòn Phương Nam"),
    ),
    (
        "Bà Phan Thị Thu Trang - Trưởng phòng Kinh doanh của Công ty Cổ phần Dược phẩm An Khang - chia sẻ "
        "đơn hàng tăng gấp đôi.",
        ("Phan Thị Thu Trang", "Trưởng phòng Kinh doanh", "Công ty Cổ phần Dược phẩm An Khang"),
    ),
    (
        "Ông Kenji Watanabe – Tổng giám đốc của Hanoi Precision Parts cho rằng chi phí logistics vẫn cao.",
        ("Kenji Watanabe", "Tổng giám đốc", "Hanoi Precision Parts"),
    ),
    (
        "Bà Lý Ngọc Hân - Giám đốc marketing của Công ty TNHH Thực phẩm Sao Khuê nói doanh số online chiếm 40%.",
        ("Lý Ngọc Hân", "Giám đốc marketing", "Công ty TNHH Thực phẩm Sao Khuê"),
    ),
    (
        "Ông Châu Minh Khải - Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Đồng Nai - đề xuất giảm tiền thuê đất.",
        ("Châu Minh Khải", "Chủ tịch", "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Đồng Nai"),
    ),
    (
        "Ông Hà Quang Đạo - Phó cục trưởng Cục Xuất nhập khẩu - cho biết kim ngạch gạo đạt 2,1 tỷ USD.",
        ("Hà Quang Đạo", "Phó cục trưởng", "Cục Xuất nhập khẩu"),
    ),
    (
        "Bà Lưu Khánh Vy – Giám đốc điều hành của Zentech Solutions – cho hay công ty sẽ niêm yết vào năm sau.",
        ("Lưu Khánh Vy", "Giám đốc điều hành", "Zentech Solutions"),
    ),
    (
        "Ông Lã Văn Thắng - Phó tổng giám đốc của Tổng công ty Điện lực miền Trung cho biết phụ tải tăng 11%.",
        ("Lã Văn Thắng", "Phó tổng giám đốc", "Tổng công ty Điện lực miền Trung"),
    ),
    (
        "Ông Đinh Tiến Lộc - Giám đốc Trung tâm Xúc tiến Đầu tư tỉnh Bình Phước cho biết tỉnh đón 12 dự án mới.",
        ("Đinh Tiến Lộc", "Giám đốc", "Trung tâm Xúc tiến Đầu tư tỉnh Bình Phước"),
    ),
    (
        "Bà Angela Park - Giám đốc khu vực Đông Nam Á của Brightleaf Capital cho biết quỹ ưu tiên nông nghiệp.",
        ("Angela Park", "Giám đốc khu vực Đông Nam Á", "Brightleaf Capital"),
    ),
    (
        "Ông Giang Hoài Nam - Kế toán trưởng của Công ty cổ phần Nhựa Bình Minh Xanh xác nhận khoản lãi 80 tỷ đồng.",
        ("Giang Hoài Nam", "Kế toán trưởng", "Công ty cổ phần Nhựa Bình Minh Xanh"),
    ),
    (
        "Bà Quách Tuyết Mai - Phó chủ tịch thường trực Hội Doanh nhân trẻ TP. HCM cho biết hội có 2.000 hội viên.",
        ("Quách Tuyết Mai", "Phó chủ tịch thường trực", "Hội Doanh nhân trẻ TP. HCM"),
    ),
    (
        "Anh Tạ Minh Tuấn - đồng sáng lập Fintro.vn - kể lại những ngày đầu gọi vốn.",
        ("Tạ Minh Tuấn", "Đồng sáng lập", "Fintro.vn"),
    ),
    (
        "Ông Ninh Văn Hải – Giám đốc Chi nhánh Ngân hàng Phát triển Việt Nam tại Hải Phòng cho biết đã giải ngân 500 tỷ.",
        ("Ninh Văn Hải", "Giám đốc", "Chi nhánh Ngân hàng Phát triển Việt Nam tại Hải Phòng"),  # a branch is named by its place
    ),
    (
        "Ông Âu Dương Khang - Trưởng nhóm phân tích của Công ty Chứng khoán Kim Sơn nhận định thị trường sẽ hồi phục.",
        ("Âu Dương Khang", "Trưởng nhóm phân tích", "Công ty Chứng khoán Kim Sơn"),
    ),
]

# "ROLE ORG PERSON" (no honorific, or the person after a comma)
ROLE_ORG_PERSON = [
    (
        "Tổng giám đốc Công ty cổ phần Xi măng Hạ Long Xanh Nguyễn Thế Dũng cho biết nhà máy chạy hết công suất.",
        ("Nguyễn Thế Dũng", "Tổng giám đốc", "Công ty cổ phần Xi măng Hạ Long Xanh"),
    ),
    (
        "Thứ trưởng Bộ Tài chính Võ Thành Hưng khẳng định ngân sách đã bố trí đủ vốn đối ứng.",
        ("Võ Thành Hưng", "Thứ trưởng", "Bộ Tài chính"),
    ),
    (
        "Giám đốc Sở Y tế Cần Thơ Huỳnh Minh Trí cho biết thành phố đã tiêm đủ hai mũi cho người lớn.",
        ("Huỳnh Minh Trí", "Giám đốc", "Sở Y tế Cần Thơ"),
    ),
    (
        "Chủ tịch UBND tỉnh Quảng Nam Lương Văn Tài yêu cầu đẩy nhanh giải phóng mặt bằng.",
        ("Lương Văn Tài", "Chủ tịch", "UBND tỉnh Quảng Nam"),
    ),
    (
        "Phó thống đốc Ngân hàng Nhà nước Đào Minh Quân cho biết lãi suất điều hành được giữ nguyên.",
        ("Đào Minh Quân", "Phó thống đốc", "Ngân hàng Nhà nước"),
    ),
    (
        "Tổng cục trưởng Tổng cục Thống kê Cao Thị Hồng Vân công bố GDP quý II tăng 6,2%.",
        ("Cao Thị Hồng Vân", "Tổng cục trưởng", "Tổng cục Thống kê"),
    ),
    (
        "Chủ tịch Hiệp hội Chè Tây Bắc Hoàng Văn Lợi đề nghị hỗ trợ vùng nguyên liệu.",
        ("Hoàng Văn Lợi", "Chủ tịch", "Hiệp hội Chè Tây Bắc"),
    ),
    (
        "Tổng giám đốc Sao Bắc Đẩu Group Phùng Quốc Anh nhận định nhu cầu thép sẽ tăng trở lại.",
        ("Phùng Quốc Anh", "Tổng giám đốc", "Sao Bắc Đẩu Group"),
    ),
    (
        "Giám đốc điều hành Veltrix Asia, ông Daniel Koh, cho biết công ty tuyển thêm 300 kỹ sư.",
        ("Daniel Koh", "Giám đốc điều hành", "Veltrix Asia"),
    ),
    (
        "Cục trưởng Cục Quản lý cạnh tranh, bà Ngô Thanh Huyền, nhấn mạnh yêu cầu minh bạch giá.",
        ("Ngô Thanh Huyền", "Cục trưởng", "Cục Quản lý cạnh tranh"),
    ),
    (
        "Theo Viện trưởng Viện Chiến lược phát triển Kiều Minh Tâm, tăng trưởng cần dựa vào năng suất.",
        ("Kiều Minh Tâm", "Viện trưởng", "Viện Chiến lược phát triển"),
    ),
    (
        "Bộ trưởng Bộ Kế hoạch và Đầu tư Trương Đức Hiển đã ký quyết định thành lập tổ công tác.",
        ("Trương Đức Hiển", "Bộ trưởng", "Bộ Kế hoạch và Đầu tư"),
    ),
    (
        "Hiệu trưởng Trường Đại học Kinh tế Phú Xuân Từ Minh Khôi cho biết trường tuyển 3.000 sinh viên.",
        ("Từ Minh Khôi", "Hiệu trưởng", "Trường Đại học Kinh tế Phú Xuân"),
    ),
    (
        "Phó chủ tịch thường trực UBND TP. Cần Thơ Đinh Văn Khởi chủ trì hội nghị xúc tiến đầu tư.",
        ("Đinh Văn Khởi", "Phó chủ tịch thường trực", "UBND TP. Cần Thơ"),
    ),
    (
        "Bí thư Tỉnh ủy Bắc Ninh Lại Xuân Trường đề nghị doanh nghiệp FDI tăng tỷ lệ nội địa hóa.",
        ("Lại Xuân Trường", "Bí thư", "Tỉnh ủy Bắc Ninh"),
    ),
    (
        "Tổng_giám_đốc Tập_đoàn Dệt_may Hồng_Lĩnh Trịnh_Hữu_Nghĩa cho_biết đơn_hàng đã kín đến quý III .",
        ("Trịnh Hữu Nghĩa", "Tổng giám đốc", "Tập đoàn Dệt may Hồng Lĩnh"),
    ),
]

# "PERSON (ROLE ORG)"
PERSON_PAREN_ROLE = [
    (
        "Ông Trần Gia Huy (Giám đốc Công ty TNHH Gỗ An Phát) cho biết đơn hàng đã kín đến cuối năm.",
        ("Trần Gia Huy", "Giám đốc", "Công ty TNHH Gỗ An Phát"),
    ),
    (
        "Bà Vũ Ngọc Bích (Phó tổng giám đốc Tập đoàn Thủy sản Cà Mau Xanh) nhận định giá tôm sẽ tăng.",
        ("Vũ Ngọc Bích", "Phó tổng giám đốc", "Tập đoàn Thủy sản Cà Mau Xanh"),
    ),
    (
        "Ông Hứa Đức Toàn (Trưởng phòng Quản lý thương mại, Sở Công Thương Tiền Giang) cho biết có 12 chợ mới.",
        ("Hứa Đức Toàn", "Trưởng phòng Quản lý thương mại", "Sở Công Thương Tiền Giang"),
    ),
    (
        "Bà Elena Novak (Giám đốc tài chính Baltic Agro) cho rằng chi phí vốn đã giảm.",
        ("Elena Novak", "Giám đốc tài chính", "Baltic Agro"),
    ),
    (
        "Ông Kha Minh Luân (Cục trưởng Cục Hàng hải) cho biết sản lượng hàng qua cảng tăng 8%.",
        ("Kha Minh Luân", "Cục trưởng", "Cục Hàng hải"),
    ),
    (
        "Ông Đàm Quang Vũ (Viện trưởng Viện Kinh tế Xây dựng) cho biết giá vật liệu đã hạ nhiệt.",
        ("Đàm Quang Vũ", "Viện trưởng", "Viện Kinh tế Xây dựng"),
    ),
    (
        "TS. Tăng Văn Nghĩa (Trưởng khoa Tài chính, Trường Đại học Ngân hàng Gia Định) phân tích rủi ro nợ xấu.",
        ("Tăng Văn Nghĩa", "Trưởng khoa Tài chính", "Trường Đại học Ngân hàng Gia Định"),
    ),
    (
        "Ông Rahul Mehta (Phó chủ tịch Tata Metals Asia) cho biết tập đoàn tìm đối tác tại Việt Nam.",
        ("Rahul Mehta", "Phó chủ tịch", "Tata Metals Asia"),
    ),
    (
        "Bà Chu Thị Lan (Giám đốc Ngân hàng Chính sách xã hội tỉnh Yên Bái) cho biết đã cho vay 9.000 hộ.",
        ("Chu Thị Lan", "Giám đốc", "Ngân hàng Chính sách xã hội tỉnh Yên Bái"),
    ),
    (
        "Ông Mạc Đăng Khoa (Tổng thư ký Hiệp hội Thép Việt) khẳng định nguồn cung phôi thép ổn định.",
        ("Mạc Đăng Khoa", "Tổng thư ký", "Hiệp hội Thép Việt"),
    ),
    (
        "Ông Thân Văn Lực (Chánh văn phòng Bộ Xây dựng) cho hay bộ đã nhận 40 kiến nghị.",
        ("Thân Văn Lực", "Chánh văn phòng", "Bộ Xây dựng"),
    ),
    (
        "Bà Diệp Bảo Ngọc (Trưởng đại diện Quỹ Phát triển Nông nghiệp Á Châu tại Hà Nội) cho biết quỹ giải ngân "
        "thêm 5 triệu USD.",
        ("Diệp Bảo Ngọc", "Trưởng đại diện", "Quỹ Phát triển Nông nghiệp Á Châu"),
    ),
    (
        "Ông Yên Thế Hào (Phó vụ trưởng Vụ Pháp chế, Bộ Công Thương) giải thích quy định mới.",
        ("Yên Thế Hào", "Phó vụ trưởng", "Vụ Pháp chế"),
    ),
    (
        "Bà Olivia Grant (Giám đốc Quốc gia Harborline Việt Nam) cho biết hãng mở thêm tuyến tới Đà Nẵng.",
        ("Olivia Grant", "Giám đốc Quốc gia", "Harborline Việt Nam"),
    ),
    (
        "Ông Bế Văn Hùng (Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Cao Bằng) cho biết tỉnh trồng "
        "thêm 500 ha hồi.",
        ("Bế Văn Hùng", "Phó giám đốc", "Sở Nông nghiệp và Phát triển nông thôn Cao Bằng"),
    ),
]


def _current(expected: tuple[str, str, str]) -> tuple:
    return (*expected, False)


@pytest.mark.parametrize(("text", "expected"), PERSON_COMMA_ROLE)
def test_person_comma_role_organisation(text, expected):
    assert {f for f in role_facts(text) if f[2]} == {_current(expected)}


@pytest.mark.parametrize(("text", "expected"), PERSON_DASH_ROLE)
def test_person_dash_role_of_organisation(text, expected):
    assert {f for f in role_facts(text) if f[2]} == {_current(expected)}


@pytest.mark.parametrize(("text", "expected"), ROLE_ORG_PERSON)
def test_role_organisation_then_person(text, expected):
    assert {f for f in role_facts(text) if f[2]} == {_current(expected)}


@pytest.mark.parametrize(("text", "expected"), PERSON_PAREN_ROLE)
def test_person_then_role_in_parentheses(text, expected):
    assert {f for f in role_facts(text) if f[2]} == {_current(expected)}


def test_each_family_has_at_least_fifteen_sentences():
    for family in (PERSON_COMMA_ROLE, PERSON_DASH_ROLE, ROLE_ORG_PERSON, PERSON_PAREN_ROLE):
        assert len(family) >= 15


def test_a_person_who_only_speaks_gets_no_role():
    text = "Ông Hoàng Văn Minh cho biết, Giám đốc các doanh nghiệp đều đồng tình với đề xuất."
    assert role_facts(text) == set()


def test_a_title_in_plain_prose_is_not_a_role():
    text = "Các giám đốc doanh nghiệp cho rằng chi phí vốn vẫn cao."
    assert role_facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tổng giám đốc Công ty Cổ phần Thủy sản Cửu Long là bà Trương Thị Lệ Thu.",
            ("Trương Thị Lệ Thu", "Tổng giám đốc", "Công ty Cổ phần Thủy sản Cửu Long"),
        ),
        (
            "Chủ tịch Hội đồng quản trị Ngân hàng TMCP Phương Đông Mới hiện là ông Lâm Gia Bảo.",
            ("Lâm Gia Bảo", "Chủ tịch Hội đồng quản trị", "Ngân hàng TMCP Phương Đông Mới"),
        ),
    ],
)
def test_role_organisation_is_person(text, expected):
    assert {f for f in role_facts(text) if f[2]} == {_current(expected)}
