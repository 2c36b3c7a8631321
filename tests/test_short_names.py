# ruff: noqa: E501  (test sentences are kept one per line)
"""A company named in full once and then by the words after its legal form ("Tân Phú" after
"Công ty CP Nhựa Tân Phú") is the same company, on sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

from kg.extract.coref import article_entities
from tests.article_helpers import context, role_facts
from tests.test_metrics_generalise import by_value, extract

TWO_COMPANIES = (
    "Công ty CP Nhựa Tân Phú (mã TPP) và Công ty CP Thép Đông Á cùng công bố báo cáo quý III. "
    "Công ty CP Thép Đông Á lãi 50 tỷ đồng. "
    "Trong khi đó, Tân Phú đạt doanh thu 1.250 tỷ đồng, tăng 18% so với cùng kỳ."
)


def test_a_short_name_is_the_subject_of_its_figures():
    facts = extract(TWO_COMPANIES)
    revenue = by_value(facts, "1250000000000")
    assert revenue.subject.name == "Công ty CP Nhựa Tân Phú"
    assert revenue.what == "doanh thu"  # the short name is the clause subject, not what is measured
    assert by_value(facts, "50000000000").subject.name == "Công ty CP Thép Đông Á"


def test_a_short_name_after_a_title_is_the_full_company():
    text = "Công ty CP Nhựa Tân Phú báo lãi. Ông Phạm Minh Khôi, Tổng giám đốc Tân Phú, cho biết công ty sẽ mở nhà máy mới."
    assert role_facts(text) == {("Phạm Minh Khôi", "Tổng giám đốc", "Công ty CP Nhựa Tân Phú", False)}


def test_a_short_name_two_companies_share_stands_for_neither():
    text = "Công ty CP Nhựa Tân Phú và Công ty TNHH Bao bì Tân Phú cùng tham gia hội chợ."
    short = article_entities(context(text)).short_org_names
    assert short["Nhựa Tân Phú"] == "Công ty CP Nhựa Tân Phú"
    assert "Tân Phú" not in short


def test_a_ministry_is_not_shortened():
    # "Công Thương" alone is a sector, not the ministry: only companies get short names
    text = "Bộ Công Thương cho biết ngành Công Thương đạt tăng trưởng 8% trong năm 2024."
    fact = by_value(extract(text), "8")
    assert fact.value == Decimal("8")
    assert [e for e in (fact.subject, fact.reporter) if e is not None and e.name == "Công Thương"] == []


def test_a_province_named_as_subject_is_its_peoples_committee_when_the_article_names_it():
    text = (
        "Tây Ninh: GRDP 6 tháng năm 2024 tăng 7,5%. "
        "Theo báo cáo của UBND tỉnh Tây Ninh, thu ngân sách đạt 6.000 tỷ đồng."
    )
    growth = by_value(extract(text), "7.5")
    assert growth.subject.name == "UBND tỉnh Tây Ninh"


def test_a_province_without_its_committee_in_the_article_stays_a_place():
    growth = by_value(extract("Tây Ninh: GRDP 6 tháng năm 2024 tăng 7,5%."), "7.5")
    assert growth.subject is None or growth.subject.name != "UBND tỉnh Tây Ninh"
