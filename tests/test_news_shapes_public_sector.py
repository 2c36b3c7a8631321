# ruff: noqa: E501  (test sentences are kept one per line)
"""Shapes met in real news about ministries, city governments, state companies and the stock
market: a ministry named by its field after the minister's title, a post addressed rather
than held, a photo credit after a caption, a state company described in lower case before
its acronym, counted infrastructure, and index points. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from kg.extract import metrics
from kg.model import MetricFact
from tests.article_helpers import context, role_facts


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return {(person, role, org) for person, role, org, _ in role_facts(text)}


def _metrics(text: str) -> list[MetricFact]:
    return [f for f in metrics.extract(context(text)) if isinstance(f, MetricFact)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the minister's title names the ministry by its field; a two-word name follows
        (
            "Thứ trưởng Giao thông Lê Hòa cho rằng cần cơ chế đặc thù.",
            {("Lê Hòa", "Thứ trưởng", "Bộ Giao thông")},
        ),
        (
            "Bộ trưởng Kế hoạch và Đầu tư Trần Minh Khôi phát biểu tại hội nghị.",
            {("Trần Minh Khôi", "Bộ trưởng", "Bộ Kế hoạch và Đầu tư")},
        ),
        (
            "Bộ trưởng Bộ Tài chính Đào Văn Lực cho biết thu ngân sách tăng.",
            {("Đào Văn Lực", "Bộ trưởng", "Bộ Tài chính")},
        ),
        # the post is addressed: the speaker after the comma does not hold it
        ("Đối với Giám đốc Sở Giao thông Vận tải, ông Phan Văn Quý yêu cầu kéo giảm ùn tắc.", set()),
        (
            "Giám đốc Sở Giao thông Vận tải, ông Phan Văn Quý cho biết sẽ kéo giảm ùn tắc.",
            {("Phan Văn Quý", "Giám đốc", "Sở Giao thông Vận tải")},
        ),
        # a photo credit after a dash, with or without a colon, is not part of the name
        (
            "PGS.TS Hà Văn Thịnh, Giám đốc Học viện Cán bộ TP - Ảnh TẤN LỘC.",
            {("Hà Văn Thịnh", "Giám đốc", "Học viện Cán bộ TP")},
        ),
        # court news: a defendant named with a lower-case title after a dash
        (
            "Tòa thẩm vấn bị cáo Đỗ Thị Lan - tổng giám đốc Công ty Hòa Phong, bị xét xử về tội đánh bạc.",
            {("Đỗ Thị Lan", "Tổng giám đốc", "Công ty Hòa Phong")},
        ),
        # lower-case words describing a state company up to its acronym are its name
        (
            "Ông Lý Quốc Bảo, Tổng giám đốc Tổng công ty đầu tư và phát triển cảng biển Miền Trung (CPM), cho biết.",
            {("Lý Quốc Bảo", "Tổng giám đốc", "Tổng công ty đầu tư và phát triển cảng biển Miền Trung")},
        ),
    ],
)
def test_roles_in_public_sector_shapes(text, expected):
    assert _roles(text) == expected


def test_a_verb_before_a_bracket_ends_no_lower_case_company_name():
    assert _roles("Ông Lý Quốc Bảo, Chủ tịch Tổng công ty cho biết (TTXVN) sẽ tăng vốn.") == {
        ("Lý Quốc Bảo", "Chủ tịch", None)
    }


def test_a_photographer_credited_in_capitals_is_no_organisation():
    text = (
        "Ông Hà cho rằng nên tăng mục tiêu tăng trưởng lên 8,4% vì thành phố còn nhiều dư địa - Ảnh TẤN LỘC."
    )
    assert all(f.subject is None or "LỘC" not in f.subject.name for f in _metrics(text))


def test_counted_lanes_and_stations_are_figures_of_the_company():
    text = "Công ty TNHH Thu phí Bắc Hà đã lắp đặt được 23 trạm / 90 làn thu phí không dừng."
    found = {(f.subject.name, int(f.value), f.unit) for f in _metrics(text)}
    assert found == {("Công ty TNHH Thu phí Bắc Hà", 23, "trạm"), ("Công ty TNHH Thu phí Bắc Hà", 90, "làn")}


def test_index_points_are_the_exchanges_not_the_company_named_nearby():
    text = "Công ty Chứng khoán Sao Bắc nhận định, phiên hôm qua VN-Index tăng 16 điểm lên 1.045 điểm."
    found = {(f.subject.name, f.value) for f in _metrics(text)}
    assert {subject for subject, _ in found} == {"Sở Giao dịch Chứng khoán TP. HCM"}
    assert {int(v) for _, v in found} == {16, 1045}


def test_a_stock_index_written_without_index_is_no_company():
    text = "Rổ VN30 có 20 mã tăng giá, trong khi Công ty Thép Hòa Lâm báo lãi 50 tỷ đồng."
    assert all(f.subject is None or f.subject.name != "VN30" for f in _metrics(text))


def test_the_city_committee_written_without_its_city_is_the_one_the_article_names():
    text = (
        "Chủ tịch UBND TP Hải Phòng Lê Văn Quân phát biểu tại kỳ họp.\n\n"
        "Chiều 6/12, Chủ tịch UBND thành phố Lê Văn Quân nói về tình hình kinh tế."
    )
    assert _roles(text) == {("Lê Văn Quân", "Chủ tịch", "UBND TP Hải Phòng")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Hoàng Văn Lâm, Chủ tịch Đà Nẵng cho biết cảng sẽ khởi công.",
            ("Hoàng Văn Lâm", "Chủ tịch", "UBND TP Đà Nẵng"),
        ),
        (
            "Phó chủ tịch Long An Trịnh Văn Quế cho biết.",
            ("Trịnh Văn Quế", "Phó chủ tịch", "UBND tỉnh Long An"),
        ),
        ("Chủ tịch TP HCM Đỗ Văn Tài phát biểu.", ("Đỗ Văn Tài", "Chủ tịch", "UBND TP HCM")),
    ],
)
def test_a_chairman_of_a_bare_province_chairs_its_peoples_committee(text, expected):
    assert _roles(text) == {expected}


def test_a_chairman_of_a_country_is_no_provincial_committee():
    assert all(
        org is None or "UBND" not in org
        for _, _, org in _roles("Chủ tịch Trung Quốc Tập Cận Bình thăm Việt Nam.")
    )


def test_a_party_committee_in_the_lead_does_not_take_the_citys_figures():
    text = (
        "Hải Phòng siết kỷ luật cán bộ\n\n"
        "Ông Trần Văn Lực yêu cầu cán bộ nâng cao chất lượng, sẽ báo cáo Thành ủy những trường hợp không hoàn thành nhiệm vụ.\n\n"
        "Chiều 2/8, Chủ tịch UBND TP Hải Phòng Trần Văn Lực giao nhiệm vụ cho các sở ngành.\n\n"
        "Trong 7 tháng đầu năm, lực lượng chức năng đã kiểm tra 88 cửa hàng."
    )
    assert [(f.subject.name, int(f.value)) for f in _metrics(text)] == [("UBND TP Hải Phòng", 88)]


def test_a_ministry_written_with_a_lower_case_head_is_still_the_ministry():
    assert _roles("Ông Lê Quang Vinh, Thứ trưởng bộ Tài chính cho biết thu ngân sách tăng.") == {
        ("Lê Quang Vinh", "Thứ trưởng", "Bộ Tài chính")
    }
    text = "Thống kê mới nhất của bộ NN & PTNT cho thấy 10 tháng đầu năm, cả nước xuất siêu gần 7 tỷ USD."
    assert [(f.reporter.name, int(f.value)) for f in _metrics(text)] == [("Bộ NN & PTNT", 7_000_000_000)]


def test_a_lower_case_part_is_no_ministry():
    roles = _roles("Ông Lê Quang Vinh, Trưởng bộ phận Tài chính của công ty cho biết.")
    assert all(org != "Bộ Tài chính" for _, _, org in roles)
