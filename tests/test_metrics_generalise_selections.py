"""Awards and lists select firms; co-organisers are not the subject of a figure (invented news)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.corpus.normalise import normalise
from kg.extract import metrics, programmes
from kg.extract.context import ArticleContext
from kg.model import Article, MetricFact, SelectionFact


def context(text: str) -> ArticleContext:
    article = Article(doc_id="bai.txt", path="bai.txt", original=text)
    return ArticleContext(article, normalise(text))


def selections(text: str) -> list[SelectionFact]:
    return [f for f in programmes.extract(context(text)) if isinstance(f, SelectionFact)]


def metric(text: str, value: str) -> MetricFact:
    [fact] = [f for f in metrics.extract(context(text)) if f.value == Decimal(value)]
    return fact


# -- 4. awards, honours and published lists are selections ------------------------------------

AWARD_CASES = [
    (
        "Hiệp hội Doanh nghiệp tỉnh Long An trao giải cho 28 doanh nghiệp xuất khẩu xuất sắc "
        "tại Giải thưởng Doanh nghiệp Xuất khẩu Tiêu biểu 2024.",
        28,
        "Giải thưởng Doanh nghiệp Xuất khẩu Tiêu biểu 2024",
        "Hiệp hội Doanh nghiệp tỉnh Long An",
    ),
    (
        "Tối 12/9, Bộ Công Thương vinh danh 50 thương hiệu nông sản tại Chương trình Nông sản Vàng Việt Nam.",
        50,
        "Chương trình Nông sản Vàng Việt Nam",
        "Bộ Công Thương",
    ),
    (
        "Ban tổ chức đã công bố danh sách 100 doanh ngiệp đạt Top 100 Doanh nghiệp Bền vững, "
        "do Hội đồng Doanh nghiệp Xanh tổ chức.",
        100,
        "Top 100 Doanh nghiệp Bền vững",
        "Hội đồng Doanh nghiệp Xanh",
    ),
    (
        "Chương trình Thương hiệu Mạnh Miền Trung năm nay tôn vinh 36 doanh nghiệp, "
        "do Hiệp hội Thương mại Đà Nẵng tổ chức.",
        36,
        "Chương trình Thương hiệu Mạnh Miền Trung",
        "Hiệp hội Thương mại Đà Nẵng",
    ),
    (
        "Liên đoàn Thương mại Cần Thơ trao chứng nhận cho 42 sản phẩm đạt danh hiệu "
        '"Sản phẩm Công nghiệp Nông thôn Tiêu biểu".',
        42,
        "Sản phẩm Công nghiệp Nông thôn Tiêu biểu",
        "Liên đoàn Thương mại Cần Thơ",
    ),
    (
        "Hội Doanh nhân trẻ tỉnh Quảng Ninh khen thưởng 15 doanh nghệp khởi nghiệp "
        "tại Giải thưởng Sao Biển 2025.",
        15,
        "Giải thưởng Sao Biển 2025",
        "Hội Doanh nhân trẻ tỉnh Quảng Ninh",
    ),
]


@pytest.mark.parametrize(("text", "count", "programme", "selector"), AWARD_CASES)
def test_an_award_to_n_firms_is_a_selection(text, count, programme, selector):
    [fact] = selections(text)
    assert fact.count == count
    assert fact.programme.name == programme
    assert fact.selector is not None and fact.selector.name == selector


def test_an_award_with_no_named_programme_is_no_selection():
    assert selections("Tỉnh Đồng Nai khen thưởng 12 doanh nghiệp vì đóng góp cho địa phương.") == []


# -- 5. a co-organiser is not the subject ------------------------------------------------------

PARTNER_CASES = [
    (
        "Hội chợ Nông sản Tây Bắc do Hiệp hội Doanh nghiệp Sơn La phối hợp với Bộ Công Thương tổ chức, "
        "với gần 1.000 doanh nghiệp tham gia.",
        "1000",
        "Hiệp hội Doanh nghiệp Sơn La",
    ),
    (
        "Hiệp hội Doanh nghiệp Sơn La cùng với Bộ Công Thương và Tập đoàn Bưu chính Tây Bắc "
        "tổ chức hội chợ với gần 1.000 doanh nghiệp tham gia.",
        "1000",
        "Hiệp hội Doanh nghiệp Sơn La",
    ),
    (
        "Được sự hỗ trợ của Bộ Công Thương, hội chợ do Hiệp hội Doanh nghiệp Sơn La tổ chức "
        "thu hút gần 1.000 doanh nghiệp.",
        "1000",
        "Hiệp hội Doanh nghiệp Sơn La",
    ),
    (
        "Diễn đàn do Hội Doanh nhân trẻ Hải Phòng chủ trì, phối hợp với Ngân hàng Thương mại "
        "Cổ phần Đông Hải, có 120 doanh nghiệp tham dự.",
        "120",
        "Hội Doanh nhân trẻ Hải Phòng",
    ),
    (
        "Với sự tài trợ của Tập đoàn Điện lực Miền Nam, triển lãm do Sở Công Thương tỉnh Trà Vinh tổ chức "
        "đón 85 doanh nghiệp.",
        "85",
        "Sở Công Thương tỉnh Trà Vinh",
    ),
    (
        "Bộ Công Thương đẩy mạnh xúc tiến thương mại nông sản. "
        "Tuần hàng Trái cây Miền Tây do Hiệp hội Rau quả Tiền Giang phối hợp với Bộ Công Thương tổ chức, "
        "với 240 doanh nghiệp tham gia.",
        "240",
        "Hiệp hội Rau quả Tiền Giang",
    ),
    (
        "Ngân hàng Thương mại Cổ phần Nam Sơn tài trợ nhiều sự kiện cho doanh nghiệp nhỏ. "
        "Hội nghị kết nối do Hội Doanh nghiệp Quận Ba Đình cùng Ngân hàng Thương mại Cổ phần Nam Sơn "
        "tổ chức, thu hút 310 doanh nghiệp.",
        "310",
        "Hội Doanh nghiệp Quận Ba Đình",
    ),
]


@pytest.mark.parametrize(("text", "value", "organiser"), PARTNER_CASES)
def test_the_main_organiser_not_the_partner_owns_the_figure(text, value, organiser):
    fact = metric(text, value)
    assert fact.subject is not None and fact.subject.name == organiser
