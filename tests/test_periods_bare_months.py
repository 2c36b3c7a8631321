"""'9 tháng' after what is measured is the first nine months of the year, as business news
writes it; a length of time ('kỳ hạn 6 tháng', '3 tháng tới') is not (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from kg.extract.periods import find_periods


def isos(text: str, year: int | None = 2024) -> list[str]:
    return [p.iso for p in find_periods(text, year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khối lượng xuất khẩu 9 tháng đạt 7,1 triệu tấn.", ["2024-01/2024-09"]),
        ("Lũy kế 9 tháng năm 2023, công ty lãi 210 tỷ đồng.", ["2023-01/2023-09"]),
        ("Sau 6 tháng, doanh thu đạt 500 tỷ đồng.", ["2024-01/2024-06"]),
        ("9 tháng đầu năm 2024, kim ngạch đạt 4 tỷ USD.", ["2024-01/2024-09"]),
    ],
)
def test_bare_months_are_the_first_months_of_the_year(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lãi suất tiền gửi kỳ hạn 6 tháng tăng lên 4,5%.",
        "Trong 3 tháng tới, công ty sẽ mở 20 cửa hàng.",
        "Sáu tháng qua, ngân hàng tăng trưởng tín dụng 8%.",
        "Dự án mất gần 6 tháng để hoàn thành.",
        "Lãi suất tiền gửi 12 tháng là 5%.",
    ],
)
def test_a_length_of_time_is_no_period(text):
    assert isos(text) == []


def test_without_a_year_from_the_article_there_is_no_period():
    assert isos("Khối lượng xuất khẩu 9 tháng đạt 7,1 triệu tấn.", year=None) == []


def test_a_plan_range_does_not_set_the_article_year_but_a_full_date_does():
    from kg.extract.periods import context_year

    text = (
        "Nghị quyết có hiệu lực từ ngày 1/10/2024. Đây là bước chuẩn bị cho giai đoạn tái cấu trúc "
        "2025-2027. Theo báo cáo tài chính quý II, công ty lãi 96 tỷ đồng."
    )
    assert context_year(text) == 2024
    assert isos("Theo báo cáo tài chính quý II, công ty lãi 96 tỷ đồng.", context_year(text)) == [
        "2024-04/2024-06"
    ]
