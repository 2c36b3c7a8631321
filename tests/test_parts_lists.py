# ruff: noqa: E501  (test sentences are kept one per line)
"""Members listed after a list noun, mergers, owners in parentheses and branches named by their
place: organisation hierarchy as business news writes it, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.article_helpers import part_facts

LISTED = [
    (
        "Công ty CP Giấy Hồng Lam hiện có 2 công ty con, gồm Công ty TNHH Bao bì Hồng Lam và Công ty CP Giấy Hồng Lam Bắc Ninh.",
        {
            ("Công ty TNHH Bao bì Hồng Lam", "Công ty CP Giấy Hồng Lam"),
            ("Công ty CP Giấy Hồng Lam Bắc Ninh", "Công ty CP Giấy Hồng Lam"),
        },
    ),
    (
        "Tập đoàn Kim Ngưu gồm 3 đơn vị: Tổng công ty Kim Ngưu Miền Bắc, Tổng công ty Kim Ngưu Miền Trung và Tổng công ty Kim Ngưu Miền Nam.",
        {
            ("Tổng công ty Kim Ngưu Miền Bắc", "Tập đoàn Kim Ngưu"),
            ("Tổng công ty Kim Ngưu Miền Trung", "Tập đoàn Kim Ngưu"),
            ("Tổng công ty Kim Ngưu Miền Nam", "Tập đoàn Kim Ngưu"),
        },
    ),
    (
        "Tổng công ty Lâm sản Đông Bắc sẽ quản lý 2 công ty con là Công ty CP Gỗ Lạng Sơn và Công ty TNHH Ván ép Cao Bằng.",
        {
            ("Công ty CP Gỗ Lạng Sơn", "Tổng công ty Lâm sản Đông Bắc"),
            ("Công ty TNHH Ván ép Cao Bằng", "Tổng công ty Lâm sản Đông Bắc"),
        },
    ),
    (
        # the owner is the clause subject after the list, a back reference to the group
        "Tập đoàn Dệt may Hoa Sen vừa công bố kết quả năm. Thông qua đơn vị thành viên là Công ty May Hoa Sen Nam Định, tập đoàn đã xuất khẩu 2 triệu sản phẩm.",
        {("Công ty May Hoa Sen Nam Định", "Tập đoàn Dệt may Hoa Sen")},
    ),
    (
        # no owner in the sentence: the article's main organisation
        "Ngân hàng TMCP Phú Hưng báo lãi quý III tăng 20%. Ngân hàng TMCP Phú Hưng có 2 triệu khách hàng. Tại công ty con là Công ty CP Chứng khoán Phú Hưng (PHS), lợi nhuận đạt 90 tỷ đồng.",
        {("Công ty CP Chứng khoán Phú Hưng", "Ngân hàng TMCP Phú Hưng")},
    ),
    (
        # names without their head noun after a list noun that is a head, each with its short name
        "Năm 2015, Tập đoàn Viễn thông Đông Dương thành lập 2 tổng công ty: Hạ tầng số (DDI), Dịch vụ số (DDS).",
        {
            ("Tổng công ty Hạ tầng số", "Tập đoàn Viễn thông Đông Dương"),
            ("Tổng công ty Dịch vụ số", "Tập đoàn Viễn thông Đông Dương"),
        },
    ),
    (
        # the list ends where the enumeration does; a branch is named with its place
        "Tổng công ty Cà phê Đắk Mai có 2 đơn vị thành viên là Công ty Cà phê Ea Tul và Chi nhánh Đắk Mai tại TP.HCM, chuyên xuất khẩu sang châu Âu.",
        {
            ("Công ty Cà phê Ea Tul", "Tổng công ty Cà phê Đắk Mai"),
            ("Chi nhánh Đắk Mai tại TP.HCM", "Tổng công ty Cà phê Đắk Mai"),
        },
    ),
]

OTHER_LINKS = [
    (
        "Đại hội cũng chấp thuận sáp nhập Công ty CP Ống thép Bình An vào Tổng công ty Thép Đông Hải.",
        {("Công ty CP Ống thép Bình An", "Tổng công ty Thép Đông Hải")},
    ),
    (
        "Công ty CP Khu công nghiệp Tân Lập (Tập đoàn Hải Đăng sở hữu 70% vốn) đang quản lý 200 ha đất.",
        {("Công ty CP Khu công nghiệp Tân Lập", "Tập đoàn Hải Đăng")},
    ),
    (
        # the owner by its short name, resolved to the company the article named
        "Công ty CP Thép Bảo Long báo lãi. Công ty TNHH Tôn Bảo Long Phú Mỹ - công ty con do Bảo Long sở hữu 80% vốn - vẫn lỗ.",
        {("Công ty TNHH Tôn Bảo Long Phú Mỹ", "Công ty CP Thép Bảo Long")},
    ),
    (
        "Tổng công ty Cao su Tây Sơn là doanh nghiệp 100% vốn nhà nước trực thuộc UBND tỉnh Kon Tum.",
        {("Tổng công ty Cao su Tây Sơn", "UBND tỉnh Kon Tum")},
    ),
]

NOT_PARTS = [
    # counted units that are not named
    "Tổng công ty Cao su Tây Sơn có 6 nông trường và 2 nhà máy chế biến.",
    # a list of partners, not members
    "Công ty CP Giấy Hồng Lam ký hợp đồng với Công ty TNHH Bao bì Hồng Lam và Công ty CP In Phú Thọ.",
    # merging two companies into a new one names no whole before "vào"
    "Hai bên thống nhất sáp nhập Công ty CP Ống thép Bình An và Công ty CP Thép Đông Hải.",
    # an owner in parentheses needs an ownership verb
    "Công ty CP Khu công nghiệp Tân Lập (Tập đoàn Hải Đăng) đang quản lý 200 ha đất.",
]


@pytest.mark.parametrize(("text", "expected"), LISTED + OTHER_LINKS)
def test_part_of(text, expected):
    assert part_facts(text) == expected


@pytest.mark.parametrize("text", NOT_PARTS[:3])
def test_no_part_of(text):
    assert part_facts(text) == set()


def test_an_owner_in_parentheses_without_an_ownership_verb_is_read_as_the_parent():
    # "(Bộ Y)" after a unit is its parent; after a company, a name in parentheses says nothing more
    # specific than that, so the old reading stands
    assert part_facts(NOT_PARTS[3]) == {("Công ty CP Khu công nghiệp Tân Lập", "Tập đoàn Hải Đăng")}


def test_an_article_is_read_for_attribution_once(monkeypatch):
    # member lists read attribution, which reads roles, which must not read part-of facts again:
    # that loop re-read each article hundreds of times (a hundredfold slower build)
    from kg.extract import extract_facts
    from kg.extract.attribution import ArticleAttribution
    from tests.article_helpers import context

    builds = []
    original = ArticleAttribution._build
    monkeypatch.setattr(ArticleAttribution, "_build", lambda self: builds.append(1) or original(self))
    ctx = context(
        "Ông Lê Văn Tám, Tổng giám đốc Tổng công ty Lâm sản Đông Bắc, cho biết tổng công ty sẽ quản lý "
        "2 công ty con là Công ty CP Gỗ Lạng Sơn và Công ty TNHH Ván ép Cao Bằng."
    )
    facts = extract_facts(ctx)
    assert len(builds) == 1
    assert ArticleAttribution.of(ctx).person_org["Lê Văn Tám"].name == "Tổng công ty Lâm sản Đông Bắc"
    assert sum(type(f).__name__ == "PartFact" for f in facts) == 2
