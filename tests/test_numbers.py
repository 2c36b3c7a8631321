"""The number parser on sentences written the way Vietnamese business news writes figures.

Every sentence here is invented (companies, people and numbers are made up). Each case says
which figures a reader sees in the sentence, as (value in base units, unit), in order; numbers
that are not figures (dates, years, ranks, codes, phone numbers, ages, durations) must not
appear among them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.corpus.normalise import fold_tones
from kg.extract import numbers
from kg.extract.numbers import (
    ENGLISH,
    UNSETTLED,
    VIETNAMESE,
    detect_convention,
    find_quantities,
    parse_number,
)


def figures(text: str, convention=None) -> list[tuple[Decimal, str]]:
    return [(q.value, q.unit_with_rate) for q in find_quantities(fold_tones(text), convention) if q.is_metric]


def kinds(text: str) -> list[str]:
    return [q.kind for q in find_quantities(fold_tones(text))]


D = Decimal

# --- decimal comma and scale words ---------------------------------------------------------------
DECIMAL_COMMA = [
    ("Doanh thu quý II của Công ty Hoàng Phát đạt 12,75 tỷ đồng.", [(D("12750000000"), "đồng")]),
    ("Kim ngạch xuất khẩu gạo sang Philippines đạt 1,08 tỷ USD.", [(D("1080000000"), "USD")]),
    ("Lợi nhuận trước thuế của Tập đoàn Sao Khuê đạt 3,4 nghìn tỷ đồng.", [(D("3400000000000"), "đồng")]),
    ("Giá trị giao dịch bình quân đạt 15,6 nghìn tỷ đồng mỗi phiên.", [(D("15600000000000"), "đồng")]),
    ("Vốn điều lệ của ngân hàng tăng lên 8,25 nghìn tỉ đồng.", [(D("8250000000000"), "đồng")]),
    ("Công ty Minh Long báo lãi 0,5 tỷ đồng trong quý đầu năm.", [(D("500000000"), "đồng")]),
    ("Sản lượng điện thương phẩm đạt 62,3 tỷ kWh.", [(D("62300000000"), "kWh")]),
    ("Tổng dư nợ tín dụng đạt 1,27 triệu tỷ đồng.", [(D("1270000000000000"), "đồng")]),
    ("Thu ngân sách từ dầu thô ước đạt 2,15 tỉ USD.", [(D("2150000000"), "USD")]),
    ("Xuất khẩu cà phê mang về 3,02 tỷ USD cho các doanh nghiệp.", [(D("3020000000"), "USD")]),
    ("Mỗi cổ phiếu được trả cổ tức 1,2 nghìn đồng.", [(D("1200"), "đồng")]),
    ("Giải ngân vốn đầu tư công đạt 45,5 nghìn tỷ đồng.", [(D("45500000000000"), "đồng")]),
    ("Tổng tài sản của Quỹ Đầu tư Bình Minh đạt 9,87 triệu USD.", [(D("9870000"), "USD")]),
    ("Kim ngạch nhập khẩu linh kiện điện tử đạt 7,125 tỷ USD.", [(D("7125000000"), "USD")]),
    ("Chi phí logistics chiếm 16,8% giá trị hàng hoá.", [(D("16.8"), "%")]),
    ("Tỷ lệ nợ xấu giảm còn 1,62%.", [(D("1.62"), "%")]),
    ("Giá vàng miếng tăng 0,75 triệu đồng mỗi lượng.", [(D("750000"), "đồng")]),
    ("Tổng mức đầu tư dự án là 4,6 tỉ USD.", [(D("4600000000"), "USD")]),
    ("Công suất nhà máy đạt 1,2 triệu tấn mỗi năm.", [(D("1200000"), "tấn")]),
    ("Diện tích gieo trồng đạt 7,1 triệu ha.", [(D("7100000"), "ha")]),
]

MORE = [
    ("Doanh thu 9 tháng đạt 1.200 tỷ đồng.", [(D("1200000000000"), "đồng")]),
    ("Ngày 1/7/2023, công ty có 250 nhân viên.", [(D("250"), "nhân viên")]),
    ("Lợi nhuận tăng 15,2% lên 3.256 tỷ đồng.", [(D("15.2"), "%"), (D("3256000000000"), "đồng")]),
    ("Hệ thống xử lý 1.000 tỷ đồng/năm.", [(D("1000000000000"), "đồng/năm")]),
    ("Ông Quang sinh năm 1975, có 3.000 lao động trong xưởng.", [(D("3000"), "lao động")]),
    ("Trung tâm thương mại rộng hơn 100.000 m2 sàn.", [(D("100000"), "m2")]),
    ("Theo Điều 5 Luật Đầu tư, doanh nghiệp phải nộp 2 tỷ đồng ký quỹ.", [(D("2000000000"), "đồng")]),
    ("Biên lợi nhuận khoảng 30-40%.", [(D("30"), "%")]),
    ("Nền tảng có 1.5 triệu người dùng.", [(D("1500000"), "người dùng")]),
    ("Nhà máy tuyển 3,000 lao động.", [(D("3000"), "lao động")]),
    ("Hotline 1900 6868 hỗ trợ khách hàng 24/7.", []),
]

# --- dot as thousands mark -----------------------------------------------------------------------
DOT_THOUSANDS = [
    (
        "Cuộc khảo sát của Hiệp hội Thương mại Phương Nam với 2.004 doanh nghiệp.",
        [(D("2004"), "doanh nghiệp")],
    ),
    ("Thị trường toàn cầu có quy mô 23.900 tỷ USD.", [(D("23900000000000"), "USD")]),
    ("Tổng doanh thu đạt 154.876 tỷ đồng trong ba năm.", [(D("154876000000000"), "đồng")]),
    ("Công ty Đại Thành có 12.500 công nhân tại ba nhà máy.", [(D("12500"), "công nhân")]),
    ("Giá trị sổ sách mỗi cổ phiếu khoảng 21.300 đồng.", [(D("21300"), "đồng")]),
    ("Thành phố hiện có khoảng 340.000 doanh nghiệp đang hoạt động.", [(D("340000"), "doanh nghiệp")]),
    ("Lượng khách quốc tế đạt 1.250.000 lượt.", [(D("1250000"), "lượt")]),
    ("Ngân hàng Phú Gia phát hành 150.000.000 cổ phiếu.", [(D("150000000"), "cổ phiếu")]),
    ("Thu nhập bình quân đầu người đạt 5.945 USD.", [(D("5945"), "USD")]),
    ("Doanh nghiệp nộp ngân sách 1.044 tỷ đồng.", [(D("1044000000000"), "đồng")]),
    ("Hợp tác xã thu mua 3.200 tấn vải thiều.", [(D("3200"), "tấn")]),
    ("Lương tối thiểu vùng I là 4.960.000 đồng/tháng.", [(D("4960000"), "đồng/tháng")]),
    ("Khu công nghiệp thu hút 11.700 lao động.", [(D("11700"), "lao động")]),
    ("Hãng bay vận chuyển 24.600 chuyến bay trong quý.", [(D("24600"), "chuyến bay")]),
    ("Có 36.000 cán bộ, nhân viên được sắp xếp lại.", [(D("36000"), "cán bộ")]),
]

# --- an English decimal point inside a Vietnamese article -----------------------------------------
ENGLISH_DECIMAL = [
    ("Số thành viên tăng từ 14.9 triệu lên 23.8 triệu.", [(D("14900000"), ""), (D("23800000"), "")]),
    ("Lượng người dùng đạt 14.9 triệu thành viên.", [(D("14900000"), "thành viên")]),
    ("Chỉ số PMI đạt 51.2 điểm trong tháng 5.", [(D("51.2"), "điểm")]),
    ("Doanh thu online tăng 3.5 lần so với năm trước.", [(D("3.5"), "lần")]),
    ("Giá dầu Brent lên 82.45 USD mỗi thùng.", [(D("82.45"), "USD")]),
    ("Thị phần của hãng đạt 12.7%.", [(D("12.7"), "%")]),
    ("Vốn hoá thị trường đạt 2.5 tỷ USD.", [(D("2500000000"), "USD")]),
    ("Tỷ giá trung tâm ở mức 23.65 nghìn đồng.", [(D("23650"), "đồng")]),
]

# --- mixed groupings ---------------------------------------------------------------------------
MIXED = [
    ("Khoản phải thu là 1.234.567,89 đồng.", [(D("1234567.89"), "đồng")]),
    ("Doanh thu công ty mẹ đạt 2.552.1 tỉ đồng.", [(D("2552100000000"), "đồng")]),
    ("Tổng vốn huy động đạt 12.345,5 tỷ đồng.", [(D("12345500000000"), "đồng")]),
    ("Giá trị hợp đồng là 1,234,567.5 USD.", [(D("1234567.5"), "USD")]),
    ("Dự án được cấp vốn 3.450,75 triệu đồng.", [(D("3450750000"), "đồng")]),
    ("Số dư tiền gửi đạt 98.765.432 đồng.", [(D("98765432"), "đồng")]),
]

# --- scale words --------------------------------------------------------------------------------
SCALES = [
    ("Sàn có 180 ngàn thành viên Việt Nam.", [(D("180000"), "thành viên")]),
    ("Ứng dụng đạt 350 nghìn lượt tải.", [(D("350000"), "lượt")]),
    ("Hơn 47 triệu nhà mua hàng đang dùng nền tảng.", [(D("47000000"), "nhà mua hàng")]),
    ("Ngân sách dành 7.000 tỉ cho hạ tầng đường sắt.", [(D("7000000000000"), "")]),
    ("Quỹ có 192,4 tỷ trong tài khoản.", [(D("192400000000"), "")]),
    ("Lãi ròng đạt 16 tỷ đồng.", [(D("16000000000"), "đồng")]),
    ("Sản lượng đạt 1,3 triệu tấn hàng hoá.", [(D("1300000"), "tấn")]),
    ("Vốn đăng ký mới đạt 38,6 nghìn tỷ đồng.", [(D("38600000000000"), "đồng")]),
    ("Hệ thống có 2,43 triệu lượt khách.", [(D("2430000"), "lượt khách")]),
    ("Kho chứa 45 vạn tấn xi măng.", [(D("450000"), "tấn")]),
    ("Doanh số đạt 120 ngàn tỷ đồng.", [(D("120000000000000"), "đồng")]),
    ("Hãng có 6 triệu là khách hàng thân thiết.", [(D("6000000"), "")]),
    ("Số thuê bao di động đạt 125 triệu thuê bao.", [(D("125000000"), "thuê bao")]),
    ("Giá nhà bình quân 45 triệu đồng/m2.", [(D("45000000"), "đồng/m2")]),
    ("Thu từ phí đạt 172,8 tỉ đồng.", [(D("172800000000"), "đồng")]),
]

# --- percentages ----------------------------------------------------------------------------------
PERCENTS = [
    ("GDP tăng 5,33 % so với cùng kỳ.", [(D("5.33"), "%")]),
    ("Lợi nhuận tăng bình quân 25%/năm.", [(D("25"), "%")]),
    ("Chủ đầu tư được định mức lãi 12 % / năm.", [(D("12"), "%")]),
    ("Tỷ lệ giải ngân đạt 87 phần trăm kế hoạch.", [(D("87"), "%")]),
    ("Doanh nghiệp sở hữu 100% vốn của công ty con.", [(D("100"), "%")]),
    ("Lãi suất cho vay giảm 0,5 điểm phần trăm.", [(D("0.5"), "điểm phần trăm")]),
    ("Xuất khẩu xơ sợi tăng 92,87%.", [(D("92.87"), "%")]),
    ("Thị phần bán lẻ trực tuyến là 5,8% và 39%.", [(D("5.8"), "%"), (D("39"), "%")]),
    ("Các kênh tăng lần lượt 7%, 3% và 6%.", [(D("7"), "%"), (D("3"), "%"), (D("6"), "%")]),
    ("Tỷ lệ lao động qua đào tạo đạt 26,7 %.", [(D("26.7"), "%")]),
    ("Chỉ số giá tiêu dùng tăng 3,52% so với tháng trước.", [(D("3.52"), "%")]),
    ("Cổ tức năm nay được chia với tỷ lệ 35% bằng cổ phiếu.", [(D("35"), "%")]),
]

# --- currencies ----------------------------------------------------------------------------------
CURRENCIES = [
    ("Dự án có tổng vốn 200 triệu USD.", [(D("200000000"), "USD")]),
    ("Thương vụ trị giá 1,1 tỷ đô la Mỹ.", [(D("1100000000"), "USD")]),
    ("Mỗi dự án chỉ chừng 2 triệu đô.", [(D("2000000"), "USD")]),
    ("Khoản vay 500 triệu VNĐ được giải ngân.", [(D("500000000"), "đồng")]),
    ("Doanh nghiệp nộp phạt 80 triệu VND.", [(D("80000000"), "đồng")]),
    ("Hợp đồng trị giá 45 triệu euro.", [(D("45000000"), "EUR")]),
    ("Nhà đầu tư Nhật rót 12 tỷ yên vào dự án.", [(D("12000000000"), "JPY")]),
    ("Kim ngạch thương mại đạt 3,5 tỷ nhân dân tệ.", [(D("3500000000"), "CNY")]),
    ("Giá thuê trung bình 25 USD/m2 mỗi tháng.", [(D("25"), "USD/m2")]),
    ("Giá trị sổ sách 18.000 đồng/cổ phiếu.", [(D("18000"), "đồng/cổ phiếu")]),
    ("Tổng vốn đầu tư đạt 4,2 triệu US$.", [(D("4200000"), "USD")]),
    ("Quỹ cam kết 300 triệu bảng Anh.", [(D("300000000"), "GBP")]),
]

# --- counted nouns ---------------------------------------------------------------------------------
COUNTED = [
    ("Tập đoàn có 13 nhà máy và 10 trang trại.", [(D("13"), "nhà máy"), (D("10"), "trang trại")]),
    ("Công ty Lộc Phát đang có 5 đại lý uỷ quyền.", [(D("5"), "đại lý")]),
    ("Sàn kết nối người mua từ hơn 190 quốc gia.", [(D("190"), "quốc gia")]),
    ("Hãng sản xuất hơn 200 chủng loại sản phẩm.", [(D("200"), "chủng loại sản phẩm")]),
    ("Công ty đã kết nối với hơn 3.000 khách hàng.", [(D("3000"), "khách hàng")]),
    ("Ngân hàng có 6 công ty thành viên.", [(D("6"), "công ty thành viên")]),
    ("Địa phương có 29 mặt hàng xuất khẩu chủ lực.", [(D("29"), "mặt hàng")]),
    ("Tổng công ty đưa 6 đoàn tàu mới vào khai thác.", [(D("6"), "đoàn tàu")]),
    ("Cục đã điều tra 4 vụ việc chống bán phá giá.", [(D("4"), "vụ việc")]),
    ("Trung tâm có 5 nhà kho và 1 xưởng chế biến.", [(D("5"), "nhà kho"), (D("1"), "xưởng chế biến")]),
    ("Sản phẩm đã có mặt tại 43 nước.", [(D("43"), "nước")]),
    ("Công ty có 20 công nhân, nay đã có 100 người.", [(D("20"), "công nhân"), (D("100"), "người")]),
    ("Ứng dụng có 50 triệu người truy cập mỗi tháng.", [(D("50000000"), "người truy cập")]),
    ("Ngân hàng mở thêm 3 chi nhánh ở miền Trung.", [(D("3"), "chi nhánh")]),
    ("Tập đoàn bán tối đa 43 triệu cổ phiếu.", [(D("43000000"), "cổ phiếu")]),
]

# --- measures ---------------------------------------------------------------------------------------
MEASURES = [
    ("Nhà đầu tư xin khoảng 7ha đất.", [(D("7"), "ha")]),
    ("Diện tích tối thiểu là 20 m2 / người.", [(D("20"), "m2/người")]),
    ("Tuyến đường dài 54,7 km.", [(D("54.7"), "km")]),
    ("Nhà máy điện mặt trời công suất 450 MW.", [(D("450"), "MW")]),
    ("Chỉ số minh bạch giảm từ 6,5 điểm xuống 6,1 điểm.", [(D("6.5"), "điểm"), (D("6.1"), "điểm")]),
    ("Cảng đón 1,2 triệu TEU trong năm.", [(D("1200000"), "TEU")]),
    ("Sản lượng khai thác đạt 350 nghìn thùng.", [(D("350000"), "thùng")]),
    ("Mỗi hộ được cấp 2,5 ha đất rừng.", [(D("2.5"), "ha")]),
    ("Xưởng xử lý 120 tấn rác mỗi ngày.", [(D("120"), "tấn")]),
    ("Kho lạnh rộng 15.000 m2.", [(D("15000"), "m2")]),
]

# --- ranges ----------------------------------------------------------------------------------------
RANGES = [
    ("Cổ tức dự kiến là 10% - 15%.", D("10"), D("15"), "%"),
    ("Tín dụng phấn đấu tăng khoảng 15 - 17%.", D("15"), D("17"), "%"),
    ("Xuất khẩu đạt 800 triệu - 1 tỉ USD / năm.", D("800000000"), D("1000000000"), "USD/năm"),
    ("Mỗi dự án chỉ 2-3 triệu đô.", D("2000000"), D("3000000"), "USD"),
    ("Chiều cao cây đạt 1,55 - 1,60 m.", D("1.55"), D("1.60"), "m"),
    ("Nhà máy cần 3.000-4.000 lao động.", D("3000"), D("4000"), "lao động"),
    ("Giá bán dao động 45 – 50 triệu đồng.", D("45000000"), D("50000000"), "đồng"),
    ("Lãi suất huy động ở mức 5,5-6%.", D("5.5"), D("6"), "%"),
]

# --- qualifiers --------------------------------------------------------------------------------------
QUALIFIERS = [
    ("Doanh nghiệp có hơn 500.000 thành viên.", "hơn"),
    ("Thị trường có trên 60 tỉ USD dự trữ.", "trên"),
    ("Tổng giá trị hàng hoá gần 12 tỷ USD.", "gần"),
    ("Công ty xin khoảng 7ha đất.", "khoảng"),
    ("Tỷ lệ nợ xấu ở dưới 1,5%.", "dưới"),
    ("Thuê bao có tới 6 triệu khách hàng.", "có tới"),
    ("Giá trị sổ sách đã thoái xấp xỉ 31% tổng vốn.", "xấp xỉ"),
    ("Quy mô mỗi dự án chỉ chừng 2 triệu USD.", "chừng"),
    ("Viettel mua thêm tối đa 43 triệu cổ phiếu.", "tối đa"),
    ("Lợi nhuận tăng ít nhất 20%.", "ít nhất"),
    ("Vốn điều lệ lên trên 38.600 tỷ đồng.", "trên"),
    ("Doanh thu vượt 3,1% chỉ tiêu.", "vượt"),
]

# --- multiples -------------------------------------------------------------------------------------
MULTIPLES = [
    ("Thị trường này gấp 6 lần thị trường bán lẻ.", [(D("6"), "lần")]),
    ("Năng suất lao động gấp 70 lần cả nước.", [(D("70"), "lần")]),
    ("Tần suất mua hàng khoảng 1,6 lần/tháng.", [(D("1.6"), "lần/tháng")]),
    ("Doanh thu tăng 2,5 lần so với năm trước.", [(D("2.5"), "lần")]),
    ("Xuất nhập khẩu bằng 1,9 lần GDP.", [(D("1.9"), "lần")]),
    ("Giá cổ phiếu gấp 3 lần giá trị sổ sách.", [(D("3"), "lần")]),
]

# --- numbers that are not figures ---------------------------------------------------------------------
NOT_FIGURES = [
    "Diễn đàn diễn ra chiều 31/10 ở TP HCM.",
    "Hội nghị khai mạc ngày 28/11 tại Hà Nội.",
    "Quyết định số 888/QĐ-TTg ngày 10/6/2014 phê duyệt đề án.",
    "Thông tư 187/TT-BTC của Bộ Tài chính có hiệu lực.",
    "Nghị định 15/2020/NĐ-CP quy định xử phạt.",
    "Năm thứ 8 bán hàng qua nền tảng này, công ty mở rộng ra châu Âu.",
    "Hãng đứng vị trí số 1 trong mảng bán lẻ.",
    "Doanh nghiệp lọt vào Top 10 thương hiệu mạnh.",
    "Công ty vươn lên xếp vị trí thứ 8 trong bảng.",
    "Hội nghị Tỉnh uỷ lần thứ 17 khoá X bàn về kinh tế.",
    "Trạm thu phí trên quốc lộ 91 bị phản đối.",
    "Văn phòng đặt tại tầng 12 toà nhà Sông Hồng.",
    "Liên hệ đường dây nóng 0903 123 456 để được hỗ trợ.",
    "Số tổng đài 028.3823.4567 hoạt động cả ngày.",
    "Người mua sắm online ở độ tuổi 18-29 chiếm đa số.",
    "Ông Lâm năm nay 52 tuổi.",
    "Dự án được triển khai từ năm 2010.",
    "Năm 2019 là năm đặc biệt với công ty.",
    "Giai đoạn 2014 - 2016 là thời kỳ tái cấu trúc.",
    "Sau 3 năm tái cấu trúc, tập đoàn ổn định.",
    "Thời gian thu phí kéo dài hơn 15 năm 9 tháng.",
    "Sau 90 ngày, cổ đông phải thanh toán cổ phần.",
    "Mô hình B2B và B2C đều phát triển mạnh.",
    "Đại dịch Covid-19 làm thay đổi thói quen mua sắm.",
    "Phiên họp bắt đầu lúc 8h30 sáng.",
    "Cuộc họp kết thúc lúc 14:30.",
    "Hơn 1/3 dân số tham gia mua sắm online.",
    "Buổi làm việc diễn ra sáng 9-8.",
    "Hội nghị tổng kết tổ chức ngày 20-1.",
    "Trạm T2 phải xả trạm từ ngày 25-5-2019.",
    "Giá xăng điều chỉnh vào tháng 8-2017.",
    "Kết quả kinh doanh quý 1-2017 chưa đạt.",
    "Sản phẩm đạt tiêu chuẩn công nghiệp 4.0.",
    "Dự án giai đoạn 2 sẽ khởi công.",
    "Văn bản được gửi tới UBND quận 12.",
]

# --- the article's own convention settles "1,500" -------------------------------------------------------
CONVENTION = [
    ("1,500", VIETNAMESE, False, D("1.5")),
    ("1,500", ENGLISH, False, D("1500")),
    ("1,500", UNSETTLED, True, D("1500")),
    ("1,500", UNSETTLED, False, D("1.5")),
    ("2.004", VIETNAMESE, True, D("2004")),
    ("2.004", ENGLISH, False, D("2.004")),
    ("44,65", VIETNAMESE, False, D("44.65")),
    ("14.9", VIETNAMESE, False, D("14.9")),
    ("0,5", UNSETTLED, False, D("0.5")),
    ("1.234.567", UNSETTLED, False, D("1234567")),
    ("1,234,567", UNSETTLED, False, D("1234567")),
    ("12", UNSETTLED, False, D("12")),
]


@pytest.mark.parametrize(
    "text, expected",
    MORE
    + DECIMAL_COMMA
    + DOT_THOUSANDS
    + ENGLISH_DECIMAL
    + MIXED
    + SCALES
    + PERCENTS
    + CURRENCIES
    + COUNTED
    + MEASURES
    + MULTIPLES,
)
def test_figures_in_news_sentences(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, low, high, unit", RANGES)
def test_ranges_give_both_ends(text, low, high, unit):
    [q] = [q for q in find_quantities(fold_tones(text)) if q.is_metric]
    assert (q.value, q.high, q.unit_with_rate) == (low, high, unit)


@pytest.mark.parametrize("text, qualifier", QUALIFIERS)
def test_qualifiers_are_kept_as_written(text, qualifier):
    [q] = [q for q in find_quantities(fold_tones(text)) if q.is_metric]
    assert q.qualifier == qualifier


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_dates_years_ranks_codes_phones_ages_durations_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("token, convention, integer_expected, value", CONVENTION)
def test_parse_number_follows_the_convention(token, convention, integer_expected, value):
    assert parse_number(token, convention, integer_expected) == value


def test_a_lone_1500_follows_the_article_that_writes_decimal_commas():
    article = "Doanh thu đạt 44,65 tỷ đồng. Công ty tuyển thêm 1,500 nhân sự."
    assert detect_convention(fold_tones(article)) == VIETNAMESE
    assert figures("Giá vàng tăng 1,500 triệu đồng.", detect_convention(article)) == [(D("1500000"), "đồng")]


def test_a_lone_1500_follows_the_article_that_groups_thousands_with_commas():
    article = "The fund holds 1,234,567 shares. Công ty có 1,500 nhân viên và doanh thu 2,500 triệu đồng."
    convention = detect_convention(article)
    assert convention == ENGLISH
    assert figures("doanh thu 2,500 triệu đồng", convention) == [(D("2500000000"), "đồng")]


def test_a_count_of_firms_cannot_be_fractional_when_the_article_is_silent():
    assert figures("Có 1,500 doanh nghiệp tham gia.") == [(D("1500"), "doanh nghiệp")]


def test_the_kinds_of_the_non_figures_are_named():
    assert kinds("Ngày 15/6, công ty đứng thứ 8, mã 888/QĐ-TTg, gọi 0903 123 456, năm 2019.") == [
        numbers.DATE,
        numbers.ORDINAL,
        numbers.CODE,
        numbers.PHONE,
        numbers.YEAR,
    ]


def test_a_fraction_counts_its_numerator_only():
    assert figures("Năm ngoái chỉ có 13/37 mặt hàng tăng đột biến.") == [(D("13"), "mặt hàng")]


def test_a_year_followed_by_a_counted_noun_is_a_count():
    assert figures("Công ty lọt vào danh sách 2000 công ty lớn nhất.") == [(D("2000"), "công ty")]


def test_values_never_carry_a_float_error():
    [q] = [q for q in find_quantities("đạt 0,1 tỷ đồng") if q.is_metric]
    assert str(q.value) == "100000000"


def test_spans_cover_the_number_and_its_unit():
    text = fold_tones("Kim ngạch đạt 44,65 tỷ USD, tăng 27,6%.")
    spans = [text[q.start : q.end] for q in find_quantities(text)]
    assert spans == ["44,65 tỷ USD", "27,6%"]
