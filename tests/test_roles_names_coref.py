# ruff: noqa: E501  (test sentences are kept one per line)
"""Names written right after a title (no honorific), and short later mentions resolved to the
full person of the same article ("bà Hương", "ông Thomas", a bare "Ông cho biết")."""

from __future__ import annotations

import pytest

from kg.extract.coref import article_entities
from tests.article_helpers import context, role_facts

# A person named after a title: (text, person, role, organisation)
NAMES_AFTER_TITLES = [
    ("Thủ tướng Đặng Minh Khôi yêu cầu các bộ cắt giảm thủ tục.", "Đặng Minh Khôi", "Thủ tướng", "Chính phủ"),
    ("Phó Thủ tướng Lưu Quang Hà chủ trì cuộc họp về giá điện.", "Lưu Quang Hà", "Phó Thủ tướng", "Chính phủ"),
    ("Thống đốc Trịnh Văn Lộc cho biết tỷ giá sẽ ổn định.", "Trịnh Văn Lộc", "Thống đốc", "Ngân hàng Nhà nước"),
    ("Bộ trưởng Bộ Y tế Phan Thu Hằng ký quyết định công bố hết dịch.", "Phan Thu Hằng", "Bộ trưởng", "Bộ Y tế"),
    ("Chủ tịch Tập đoàn Hòa Khánh Trần Văn Long nói về kế hoạch niêm yết.", "Trần Văn Long", "Chủ tịch", "Tập đoàn Hòa Khánh"),
    ("Giám đốc Sở Xây dựng Đà Nẵng Tô Văn Hùng cho biết giá nhà đã tăng.", "Tô Văn Hùng", "Giám đốc", "Sở Xây dựng Đà Nẵng"),
    ("Phó giám đốc Công an tỉnh Lạng Sơn Vy Văn Cường thông tin về vụ buôn lậu.", "Vy Văn Cường", "Phó giám đốc", "Công an tỉnh Lạng Sơn"),
    ("Cục trưởng Cục Chăn nuôi Dương Tất Thắng cho biết đàn lợn đã phục hồi.", "Dương Tất Thắng", "Cục trưởng", "Cục Chăn nuôi"),
    ("Tổng giám đốc Vinaship Đông Á Nguyễn Đình Chung cho biết giá cước giảm.", "Nguyễn Đình Chung", "Tổng giám đốc", "Vinaship Đông Á"),
    ("Chủ tịch HĐQT Công ty cổ phần Nhựa Tiền Phong Xanh Đặng Quốc Dũng cho biết.", "Đặng Quốc Dũng", "Chủ tịch HĐQT", "Công ty cổ phần Nhựa Tiền Phong Xanh"),
    ("Phó chủ tịch UBND huyện Cần Giờ Lê Minh Dũng kiểm tra công trình.", "Lê Minh Dũng", "Phó chủ tịch", "UBND huyện Cần Giờ"),
    ("Giám đốc Ngân hàng Nhà nước chi nhánh Nghệ An Nguyễn Đình Hòa cho biết dư nợ tăng.", "Nguyễn Đình Hòa", "Giám đốc", "Ngân hàng Nhà nước chi nhánh Nghệ An"),
    ("Ông Peter Olsen sang Việt Nam từ năm 2015. Giám đốc Quốc gia Lumina Việt Nam Peter Olsen cho biết công ty tuyển thêm 100 người.", "Peter Olsen", "Giám đốc Quốc gia", "Lumina Việt Nam"),
    ("Bà Helen Cho đến Hà Nội tuần trước. Tổng giám đốc Brightway Asia Helen Cho gặp lãnh đạo thành phố.", "Helen Cho", "Tổng giám đốc", "Brightway Asia"),
    ("Viện trưởng Viện Kinh tế Hải Phong Huỳnh Thế Du cho rằng cần giảm chi phí vốn.", "Huỳnh Thế Du", "Viện trưởng", "Viện Kinh tế Hải Phong"),
    ("Đại biểu Quốc hội Lò Thị Mai (Sơn La) phát biểu tại phiên thảo luận về ngân sách.", "Lò Thị Mai", "Đại biểu", "Quốc hội"),
    ("Bí thư Thành ủy Trần Lưu Quang đề nghị doanh nghiệp mạnh dạn đầu tư.", "Trần Lưu Quang", "Bí thư", "Thành ủy"),
    ("Giám_đốc Sở Công_Thương Hà_Tĩnh Nguyễn_Văn_Hiếu cho_biết kim_ngạch xuất_khẩu tăng 9 % trong năm qua .", "Nguyễn Văn Hiếu", "Giám đốc", "Sở Công Thương Hà Tĩnh"),
]

# Short mentions: (text, sentence index, the full names of the people mentioned in that sentence)
SHORT_MENTIONS = [
    ("Bà Nguyễn Thị Thanh Hương phát biểu khai mạc. Theo bà Hương, doanh nghiệp cần thêm vốn.", 1, ["Nguyễn Thị Thanh Hương"]),
    ("Ông Thomas Berger có mặt tại lễ ký. Ông Thomas cho biết nhà máy sẽ tuyển 500 người.", 1, ["Thomas Berger"]),
    ("Ông Lạc Văn Tâm vừa nhậm chức. Ông cho biết sẽ ưu tiên xuất khẩu.", 1, ["Lạc Văn Tâm"]),
    ("Ông Vũ Minh Hải và bà Đỗ Thu Trang dự họp. Bà nhấn mạnh vai trò của phụ nữ khởi nghiệp.", 1, ["Đỗ Thu Trang"]),
    ("Ông Lê Văn Nam đến trước. Ông Trần Hoài Nam đến sau. Ông Nam phát biểu đầu tiên.", 2, ["Trần Hoài Nam"]),
    ("Theo ông Khải, thị trường sẽ phục hồi. Ông Phạm Văn Khải là chuyên gia tài chính.", 0, ["Phạm Văn Khải"]),
    ("Bà Lâm Tuyết Nhi mở cửa hàng đầu tiên năm 2010. Lâm Tuyết Nhi cho rằng chất lượng quyết định tất cả.", 1, ["Lâm Tuyết Nhi"]),
    ("Ông_Vũ_Đức_Thịnh là người đầu_tiên phát_biểu tại hội_nghị sáng_nay . Ông Thịnh cho_biết công_ty sẽ mở thêm 3 chi_nhánh trong năm tới .", 1, ["Vũ Đức Thịnh"]),
    ("Ông Trịnh Bảo Quốc dẫn đoàn doanh nghiệp sang Nhật. Ông Quốc nói đã ký được 12 hợp đồng.", 1, ["Trịnh Bảo Quốc"]),
    ("Anh Lê Đăng Khoa mở xưởng gỗ ở Bình Dương. Theo anh Khoa, đơn hàng đã kín đến tháng 6.", 1, ["Lê Đăng Khoa"]),
    ("Ông Đặng Minh Tuấn trả lời báo chí. Ông Minh Tuấn khẳng định không tăng giá.", 1, ["Đặng Minh Tuấn"]),
    ("Bà Catherine Dubois đến từ Lyon. Bà Catherine cho rằng thị trường Việt Nam rất tiềm năng.", 1, ["Catherine Dubois"]),
    ("Ông Hồ Văn Bảy và ông Trương Minh Tú cùng ký. Ông Tú nói hợp đồng trị giá 5 triệu USD.", 1, ["Trương Minh Tú"]),
    ("Chị Mai Ngọc Trâm bán hàng qua mạng. Chị Trâm cho biết mỗi ngày có 200 đơn.", 1, ["Mai Ngọc Trâm"]),
    ("Bà Huỳnh Kim Oanh nói về kế hoạch. Sau đó, bà Oanh trả lời câu hỏi của cổ đông.", 1, ["Huỳnh Kim Oanh"]),
    ("Ông Phan Thanh Liêm phát biểu. Ông bà ta có câu buôn có bạn, bán có phường.", 1, []),
]

# Roles read from short mentions come out under the full name
ROLES_FROM_SHORT_MENTIONS = [
    (
        "Ông Đinh Quang Hào phát biểu tại hội nghị. Ông Hào, Giám đốc Công ty cổ phần Thép Tây Đô, cho biết sản lượng tăng.",
        {("Đinh Quang Hào", "Giám đốc", "Công ty cổ phần Thép Tây Đô", False)},
    ),
    (
        "Ông Tăng Minh Phát dẫn đầu đoàn doanh nghiệp. Ông là Tổng giám đốc Công ty Dược Hòa Thịnh từ năm 2019.",
        {("Tăng Minh Phát", "Tổng giám đốc", "Công ty Dược Hòa Thịnh", False)},
    ),
    (
        "Bà Kiều Thanh Mai tham gia hội đồng từ tháng 5. Bà từng giữ chức Phó giám đốc Sở Tài chính Tây Ninh.",
        {("Kiều Thanh Mai", "Phó giám đốc", "Sở Tài chính Tây Ninh", True)},
    ),
    (
        "Tổng giám đốc Ngân hàng TMCP Hòa Sơn Võ Thanh Tùng cho biết lãi quý I tăng. Ông Tùng cũng là Phó chủ tịch Hiệp hội Ngân hàng Miền Nam.",
        {
            ("Võ Thanh Tùng", "Tổng giám đốc", "Ngân hàng TMCP Hòa Sơn", False),
            ("Võ Thanh Tùng", "Phó chủ tịch", "Hiệp hội Ngân hàng Miền Nam", False),
        },
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "org"), NAMES_AFTER_TITLES)
def test_person_named_after_a_title(text, person, role, org):
    assert (person, role, org, False) in role_facts(text)


@pytest.mark.parametrize(("text", "index", "names"), SHORT_MENTIONS)
def test_short_mentions_resolve_to_the_full_name(text, index, names):
    ctx = context(text)
    registry = article_entities(ctx)
    assert [m.entity.name for m in registry.people_in(ctx.sentences[index])] == names


@pytest.mark.parametrize(("text", "expected"), ROLES_FROM_SHORT_MENTIONS)
def test_roles_of_short_mentions_use_the_full_name(text, expected):
    assert {f for f in role_facts(text) if f[2]} == expected


def test_two_word_run_after_an_organisation_is_not_a_person():
    # "Kim Sơn" ends the company's name; two words are not enough to read a name
    text = "Giám đốc Công ty Chứng khoán Kim Sơn cho biết thanh khoản tăng."
    assert role_facts(text) == set()


def test_a_place_after_an_organisation_is_not_a_person():
    text = "Chủ tịch UBND tỉnh Hà Giang cho biết tỉnh đón 2 triệu khách."
    assert role_facts(text) == set()


def test_families_have_at_least_fifteen_sentences():
    assert len(NAMES_AFTER_TITLES) >= 15 and len(SHORT_MENTIONS) >= 15


def test_a_company_named_like_a_person_keeps_its_name():
    text = "Ông Hà Văn Tú, Giám đốc Công ty Phạm Gia Phát, cho biết doanh thu tăng."
    assert role_facts(text) == {("Hà Văn Tú", "Giám đốc", "Công ty Phạm Gia Phát", False)}
    assert role_facts("Giám đốc Công ty Phạm Gia Phát cho biết doanh thu tăng.") == set()

