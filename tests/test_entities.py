# ruff: noqa: E501  (test sentences are kept one per line)
"""People (honorific + name) and organisations (head nouns, brands, domains, acronym aliases),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import entities
from kg.extract.coref import article_entities
from kg.model import Entity
from tests.article_helpers import context, sentence

HONORIFIC_PEOPLE = [
    ("Ông Phạm Quang Vinh cho biết nhà máy mới sẽ chạy thử vào tháng 10.", ["Phạm Quang Vinh"]),
    ("Theo bà Trịnh Thu Hà, giá thuê kho đã tăng 15%.", ["Trịnh Thu Hà"]),
    ("Anh Lê Minh Khoa mở xưởng gỗ từ năm 2015.", ["Lê Minh Khoa"]),
    ("Chị Đỗ Ngọc Ánh bán hàng qua mạng được ba năm.", ["Đỗ Ngọc Ánh"]),
    ("TS. Nguyễn Đức Thành nhận định tăng trưởng quý III sẽ chậm lại.", ["Nguyễn Đức Thành"]),
    ("PGS.TS. Bùi Quang Tuyến cho rằng thị trường vốn cần thêm sản phẩm.", ["Bùi Quang Tuyến"]),
    ("GS.TS. Đinh Hữu Phước trình bày tham luận về chuyển đổi số.", ["Đinh Hữu Phước"]),
    ("ThS. Lương Thị Mỹ Dung cho biết khảo sát gồm 1.200 doanh nghiệp.", ["Lương Thị Mỹ Dung"]),
    ("Ông Michael Tan và bà Sarah Jenkins cùng tham dự buổi ký kết.", ["Michael Tan", "Sarah Jenkins"]),
    ("Mr. David Brown nói công ty sẽ tăng đơn hàng từ Việt Nam.", ["David Brown"]),
    ("Ông Kim Jong-soo cho biết tập đoàn sẽ đầu tư thêm 200 triệu USD.", ["Kim Jong-soo"]),
    ("Theo ông Hà Sĩ Nguyên (Quảng Bình), nông dân cần hỗ trợ vốn.", ["Hà Sĩ Nguyên"]),
    ("ông Vũ Tiến Lộc nói tại hội thảo sáng 12/5.", ["Vũ Tiến Lộc"]),
    ("Bà Ngọc và ông Tuấn đều là cổ đông sáng lập.", ["Ngọc", "Tuấn"]),
    ("Hợp đồng hết hạn nên ngưngÔng Lê Văn Nhân cho biết sẽ không gia hạn.", ["Lê Văn Nhân"]),
    ("Ông_Phan_Văn_Hùng cho_biết doanh_thu tăng 20 % so với cùng kỳ năm_ngoái và lợi_nhuận tăng 15 % nhờ giá nguyên_liệu giảm mạnh .", ["Phan Văn Hùng"]),
]

NOT_PEOPLE = [
    "Cửa hàng nằm trên đường Nguyễn Thị Minh Khai, quận 3.",
    "Anh và Mỹ là hai thị trường xuất khẩu lớn nhất của công ty.",
    "Bà con tiểu thương phấn khởi vì giá thuê sạp giảm.",
    "Ông bà ta có câu buôn có bạn, bán có phường.",
]

ORGANISATIONS = [
    ("Bộ Tài chính vừa trình dự thảo luật thuế mới.", ["Bộ Tài chính"]),
    ("Số liệu của Tổng cục Thống kê cho thấy xuất khẩu tăng 10%.", ["Tổng cục Thống kê"]),
    ("Cục Quản lý cạnh tranh đã mở cuộc điều tra.", ["Cục Quản lý cạnh tranh"]),
    ("Vụ Thị trường trong nước đề xuất giảm phí chợ.", ["Vụ Thị trường trong nước"]),
    ("Sở Kế hoạch và Đầu tư Hà Nội cấp phép cho 300 doanh nghiệp.", ["Sở Kế hoạch và Đầu tư Hà Nội"]),
    ("Ủy ban Chứng khoán Nhà nước xử phạt hai công ty niêm yết.", ["Ủy ban Chứng khoán Nhà nước"]),
    ("Công ty cổ phần Thép Phương Nam báo lãi 200 tỷ đồng.", ["Công ty cổ phần Thép Phương Nam"]),
    ("Tập đoàn Sông Đà Xanh khởi công dự án thủy điện.", ["Tập đoàn Sông Đà Xanh"]),
    ("Tổng công ty Lương thực Miền Bắc ký hợp đồng bán 50.000 tấn gạo.", ["Tổng công ty Lương thực Miền Bắc"]),
    ("Ngân hàng TMCP Đông Dương Xanh giảm lãi suất cho vay 0,5 điểm.", ["Ngân hàng TMCP Đông Dương Xanh"]),
    ("Hiệp hội Chè Tây Bắc đề nghị hỗ trợ xây dựng thương hiệu.", ["Hiệp hội Chè Tây Bắc"]),
    ("Viện Nghiên cứu Kinh tế Mê Kông công bố báo cáo triển vọng.", ["Viện Nghiên cứu Kinh tế Mê Kông"]),
    ("Trường Đại học Công nghệ Phú Xuân ký kết với 20 doanh nghiệp.", ["Trường Đại học Công nghệ Phú Xuân"]),
    ("Quỹ Đầu tư Hướng Dương rót 10 triệu USD vào startup nông nghiệp.", ["Quỹ Đầu tư Hướng Dương"]),
    ("Sao Nam JSC và Minh Long Group ký biên bản ghi nhớ.", ["Sao Nam JSC", "Minh Long Group"]),
    ("Doanh thu của Tiemkiem.vn tăng gấp ba trong năm 2022.", ["Tiemkiem.vn"]),
    ("Hiệp hội ôtô Đồng Tháp kiến nghị giảm phí đường bộ.", ["Hiệp hội ôtô Đồng Tháp"]),
    ("UBND tỉnh Hà Tĩnh phê duyệt quy hoạch khu kinh tế.", ["UBND tỉnh Hà Tĩnh"]),
    ("Khách hàng của công ty cổ phần Sữa Đồng Xanh tăng mạnh.", ["Công ty cổ phần Sữa Đồng Xanh"]),
    ("Cục Hàng không Việt Nam cấp phép bay cho hai hãng mới.", ["Cục Hàng không Việt Nam"]),
]


@pytest.mark.parametrize(("text", "names"), HONORIFIC_PEOPLE)
def test_people_with_honorifics(text, names):
    assert [m.entity.name for m in entities.people(sentence(text))] == names


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_people(text):
    assert entities.people(sentence(text)) == []


@pytest.mark.parametrize(("text", "names"), ORGANISATIONS)
def test_organisations(text, names):
    assert [m.entity.name for m in entities.organisations(sentence(text))] == names


def test_organisation_name_stops_before_a_person_after_it():
    found = entities.organisations(sentence("Chủ tịch UBND tỉnh Quảng Nam Lương Văn Tài yêu cầu báo cáo."))
    assert [m.entity.name for m in found] == ["UBND tỉnh Quảng Nam"]


def test_dash_inside_a_name_is_kept_but_a_dash_before_a_title_is_not():
    found = entities.organisations(sentence("Công ty Vận tải Bắc - Nam Xanh - Đại diện phía Việt Nam ký hợp đồng."))
    assert [m.entity.name for m in found] == ["Công ty Vận tải Bắc - Nam Xanh"]


def test_acronym_in_parentheses_becomes_an_alias():
    text = (
        "Ngân hàng TMCP Ngoại thương Phú Sơn (PSBank) vừa công bố kết quả kinh doanh. "
        "Tổng giám đốc PSBank, ông Lê Hoàng Tú, cho biết lợi nhuận tăng 20%."
    )
    ctx = context(text)
    registry = article_entities(ctx)
    resolved = registry.resolve_org(Entity("PSBank", "Organisation"))
    assert resolved.name == "Ngân hàng TMCP Ngoại thương Phú Sơn"
    assert "PSBank" in resolved.aliases


def test_acronym_with_a_stock_code_becomes_an_alias():
    text = "Ngân hàng TMCP Quân Nam (QNB - mã: QNB) tổ chức đại hội cổ đông. QNB đặt kế hoạch lãi 5.000 tỷ đồng."
    registry = article_entities(context(text))
    assert registry.resolve_org(Entity("QNB", "Organisation")).name == "Ngân hàng TMCP Quân Nam"


def test_head_plus_acronym_resolves_to_the_full_name():
    text = "Tập đoàn Bưu chính Viễn thông Phương Nam (PNPT) công bố lợi nhuận. Tập đoàn PNPT đã thoái vốn khỏi 5 công ty."
    registry = article_entities(context(text))
    assert registry.resolve_org(Entity("Tập đoàn PNPT", "Organisation")).name == (
        "Tập đoàn Bưu chính Viễn thông Phương Nam"
    )


def test_short_form_without_its_place_resolves_to_the_one_with_it():
    text = "UBND TP. Cần Thơ họp với doanh nghiệp. Phó chủ tịch UBND TP, ông Trần Văn Lâm, cho biết sẽ giảm thủ tục."
    registry = article_entities(context(text))
    assert registry.resolve_org(Entity("UBND TP", "Organisation")).name == "UBND TP. Cần Thơ"


def test_families_have_at_least_fifteen_sentences():
    assert len(HONORIFIC_PEOPLE) >= 15 and len(ORGANISATIONS) >= 15
