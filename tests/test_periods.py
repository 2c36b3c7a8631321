"""Periods in news text become ISO 8601 dates and intervals (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from kg.corpus.normalise import fold_tones
from kg.extract.periods import comparisons, context_year, find_periods, shift_years


def isos(text: str, year: int | None = 2019) -> list[str]:
    return [p.iso for p in find_periods(fold_tones(text), year)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Số thành viên tháng 11/2011 đạt 23 triệu.", ["2011-11"]),
        ("Doanh thu tháng 8-2017 giảm mạnh.", ["2017-08"]),
        ("Giá thép tháng 3 năm 2022 tăng.", ["2022-03"]),
        ("Khảo sát được công bố vào 9/2020.", ["2020-09"]),
        ("Doanh thu năm 2010 đạt 5 tỷ đồng.", ["2010"]),
        ("Đến cuối năm 2011, sàn có 180 ngàn thành viên.", ["2011"]),
        ("9 tháng đầu năm, kim ngạch đạt 44,65 tỷ USD.", ["2019-01/2019-09"]),
        ("6 tháng đầu năm 2023, người mua tăng 55%.", ["2023-01/2023-06"]),
        ("5 tháng đầu năm 2019 doanh thu đạt 76,3 tỉ đồng.", ["2019-01/2019-05"]),
        ("3 tháng cuối năm 2020 lợi nhuận phục hồi.", ["2020-10/2020-12"]),
        ("Nhà cung ứng tăng 24% trong nửa đầu năm nay.", ["2019-01/2019-06"]),
        ("Kinh tế phục hồi trong quý III.", ["2019-07/2019-09"]),
        ("Quý 4/2020, công ty có lãi.", ["2020-10/2020-12"]),
        ("Trong quý 1-2017, nhiều chỉ tiêu không đạt.", ["2017-01/2017-03"]),
        ("Quý II năm 2021 doanh thu tăng.", ["2021-04/2021-06"]),
        ("Trong 3 năm liền (2014 - 2016), lợi nhuận đều tăng.", ["2014/2016"]),
        ("Lợi nhuận giai đoạn 2011 - 2015 đạt 12.240 tỷ đồng.", ["2011/2015"]),
        ("Doanh số từ năm 2016 đến cuối năm 2018 đều tăng.", ["2016/2018"]),
        ("Chỉ tiêu nhiệm kỳ 2015-2020 đã hoàn thành.", ["2015/2020"]),
        ("Diễn đàn diễn ra chiều 31/10 ở TP HCM.", ["2019-10-31"]),
        ("Quyết định ban hành ngày 10/6/2014.", ["2014-06-10"]),
        ("Hội nghị tổ chức sáng 30-3.", ["2019-03-30"]),
        ("Năm nay doanh nghiệp đặt mục tiêu lãi lớn.", ["2019"]),
        ("Lượng khách giảm so với năm ngoái.", ["2018"]),
    ],
)
def test_periods_are_normalised_to_iso(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nhà máy cần 3-5 người vận hành.",
        "Chỉ có 13/37 mặt hàng tăng đột biến.",
        "Công ty lọt vào danh sách 2000 công ty lớn nhất.",
        "Tỷ lệ nợ xấu ở mức 2,5%.",
    ],
)
def test_counts_ranges_and_fractions_are_not_periods(text):
    assert isos(text) == []


def test_without_a_year_in_context_relative_periods_are_left_out():
    assert isos("9 tháng đầu năm, kim ngạch tăng.", year=None) == []
    assert isos("Quý III tăng trưởng mạnh.", year=None) == []


def test_the_context_year_comes_from_the_publication_date_first():
    assert context_year("Năm 2010 doanh thu thấp.", "2019-11-01") == 2019


def test_the_context_year_follows_the_same_period_of_the_year_before():
    assert context_year("Đầu tư tăng 20% so với cùng kỳ 2018, vượt mục tiêu năm 2020.") == 2019


def test_the_context_year_is_the_year_the_article_names_most():
    assert context_year("Năm 2023 có nhiều đơn hàng. Từ năm 1999 đến nay... Năm 2023 tăng 55%.") == 2023


@pytest.mark.parametrize(
    "text, expected",
    [
        ("tăng 27,6% so với cùng kỳ 2018", ["cùng kỳ 2018"]),
        ("tăng 60% so với năm 2010", ["năm 2010"]),
        ("tăng 24% so với cùng kỳ năm ngoái", ["cùng kỳ năm ngoái"]),
        ("bằng 87% kế hoạch và bằng 89,2% cùng kỳ năm trước", ["cùng kỳ năm trước"]),
        ("vượt 3,1% so với chỉ tiêu Bộ giao", ["chỉ tiêu Bộ giao"]),
        ("so với 2015 giảm 12%", ["2015"]),
        ("GDP tăng 5,33% so với cùng kỳ.", ["cùng kỳ"]),
    ],
)
def test_what_figures_are_compared_with(text, expected):
    assert [c.text for c in comparisons(fold_tones(text))] == expected


def test_the_same_period_a_year_before():
    assert shift_years("2019-01/2019-09", -1) == "2018-01/2018-09"
    assert shift_years("2023-07", -1) == "2022-07"
