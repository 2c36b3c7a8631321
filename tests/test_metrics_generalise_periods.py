"""Periods hold beyond their sentence, and relative years count from the article's year (invented news)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.corpus.normalise import normalise
from kg.extract import metrics
from kg.extract.context import ArticleContext
from kg.model import Article, MetricFact


def extract(text: str, published: str | None = None) -> list[MetricFact]:
    article = Article(doc_id="bai.txt", path="bai.txt", original=text, published=published)
    return list(metrics.extract(ArticleContext(article, normalise(text))))


def period_of(facts: list[MetricFact], value: str) -> str | None:
    [fact] = [f for f in facts if f.value == Decimal(value)]
    return fact.period


# -- 2. a stated period carries to the following sentences of its paragraph -------------------

CARRY_CASES = [
    (
        "Theo Sở Tài chính tỉnh Sóc Trăng, quý I/2020, tổng thu ngân sách đạt 1.420 tỷ đồng. "
        "Trong đó, thu nội địa đạt 1.180 tỷ đồng.",
        "1180000000000",
        "2020-01/2020-03",
    ),
    (
        "Tổng công ty Lương thực Cửu Long cho biết 7 tháng đầu năm 2023, doanh thu đạt 9.600 tỷ đồng. "
        "Tổng lợi nhuận toàn tổng công ty đạt 215 tỷ đồng.",
        "215000000000",
        "2023-01/2023-07",
    ),
    (
        "Năm 2022, Công ty Cổ phần Cơ khí Tân Phú đạt doanh thu 640 tỷ đồng. "
        "Riêng mảng xuất khẩu mang về 38 triệu USD.",
        "38000000",
        "2022",
    ),
    (
        "Theo Cục Thống kê tỉnh Phú Yên, 6 tháng đầu năm 2021, vốn đầu tư thực hiện đạt 5.300 tỷ đồng. "
        "Cụ thể, vốn ngân sách nhà nước đạt 1.900 tỷ đồng. Ngoài ra, vốn dân cư đạt 2.750 tỷ đồng.",
        "2750000000000",
        "2021-01/2021-06",
    ),
    (
        "Hợp tác xã Chè Tân Cương báo cáo tháng 9/2024 sản lượng chè búp đạt 120 tấn. "
        "Doanh thu từ chè đạt 14 tỷ đồng.",
        "14000000000",
        "2024-09",
    ),
]


@pytest.mark.parametrize(("text", "value", "period"), CARRY_CASES)
def test_a_period_carries_to_the_next_sentence_of_its_paragraph(text, value, period):
    assert period_of(extract(text), value) == period


def test_a_new_period_replaces_the_carried_one():
    facts = extract(
        "Theo Sở Công Thương tỉnh Bắc Giang, quý I/2022, kim ngạch xuất khẩu đạt 2,1 tỷ USD. "
        "Năm 2021, kim ngạch cả năm đạt 7,6 tỷ USD. Trong đó, hàng điện tử đạt 5,2 tỷ USD."
    )
    assert period_of(facts, "7600000000") == "2021"
    assert period_of(facts, "5200000000") == "2021"


def test_a_number_of_past_months_is_a_duration_not_last_month():
    facts = extract(
        "Theo Sở Công Thương tỉnh Hà Nam, trong 10 tháng qua doanh thu đạt 900 tỷ đồng.", "2025-03-04"
    )
    assert period_of(facts, "900000000000") != "2025-02"


def test_a_period_does_not_cross_into_a_new_paragraph():
    facts = extract(
        "Theo Sở Công Thương tỉnh Bắc Giang, quý I/2022, kim ngạch xuất khẩu đạt 2,1 tỷ USD.\n\n"
        "Sở cũng cho biết tỉnh có 48 dự án mới."
    )
    assert period_of(facts, "48") is None


def test_a_lead_in_sentence_frames_the_next_paragraph():
    facts = extract(
        "Theo Tổng công ty Cấp nước Sông Đà, trong quý II/2019, nhiều chỉ tiêu không đạt kế hoạch.\n"
        "Sản lượng nước thương phẩm đạt 31 triệu m3, bằng 92% kế hoạch."
    )
    assert period_of(facts, "92") == "2019-04/2019-06"


# -- 3. relative periods count from the article's year ---------------------------------------

RELATIVE_CASES = [
    (
        "Công ty Cổ phần Sữa Ba Vì cho biết quý I năm nay doanh thu đạt 820 tỷ đồng, "
        "tăng 12% so với năm 2024.",
        None,
        "820000000000",
        "2025-01/2025-03",
    ),
    (
        "Theo Hiệp hội Cà phê Tây Nguyên, năm nay xuất khẩu cà phê đạt 5,1 tỷ USD, cao hơn so với năm 2023.",
        None,
        "5100000000",
        "2024",
    ),
    (
        "Công ty Thủy sản Vĩnh Hưng cho biết năm ngoái (2022) doanh thu đạt 1.300 tỷ đồng. "
        "Năm nay, công ty đặt kế hoạch doanh thu 1.500 tỷ đồng.",
        None,
        "1500000000000",
        "2023",
    ),
    (
        "Tập đoàn Bán lẻ Phương Nam cho biết năm ngoái lợi nhuận đạt 410 tỷ đồng.",
        "2026-02-11",
        "410000000000",
        "2025",
    ),
    (
        "Theo Sở Du lịch tỉnh Ninh Thuận, quý II năm nay tỉnh đón 1,2 triệu lượt khách, "
        "tăng 18% so với năm 2023.",
        None,
        "18",
        "2024-04/2024-06",
    ),
]


RELATIVE_CASES += [
    (
        "Theo Sở Công Thương tỉnh Hà Nam, tháng trước kim ngạch xuất khẩu đạt 410 triệu USD.",
        "2025-03-04",
        "410000000",
        "2025-02",
    ),
    (
        "Công ty Cổ phần Xi măng Hồng Lĩnh cho biết tháng này tiêu thụ đạt 95.000 tấn.",
        "2024-01-20",
        "95000",
        "2024-01",
    ),
    (
        "Công ty Cổ phần Xi măng Hồng Lĩnh cho biết tháng trước tiêu thụ đạt 88.000 tấn.",
        "2024-01-20",
        "88000",
        "2023-12",
    ),
]


@pytest.mark.parametrize(("text", "published", "value", "period"), RELATIVE_CASES)
def test_relative_periods_count_from_the_articles_year(text, published, value, period):
    assert period_of(extract(text, published), value) == period
