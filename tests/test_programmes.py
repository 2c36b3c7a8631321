"""Programmes that select firms, and rankings, read from invented news sentences."""

from __future__ import annotations

from kg.corpus.normalise import normalise
from kg.extract import programmes
from kg.extract.context import ArticleContext
from kg.model import Article, SelectionFact


def extract(text: str) -> list[SelectionFact]:
    article = Article(doc_id="bai.txt", path="bai.txt", original=text)
    return list(programmes.extract(ArticleContext(article, normalise(text))))


def test_an_agency_selects_firms_for_a_national_pavilion_on_a_platform_with_criteria():
    [fact] = extract(
        "Nền tảng Shopra là sàn bán sỉ lớn. Nhiều nhà cung ứng Việt tăng bán hàng trên Shopra. "
        "Ông Phan Minh Đức, Cục trưởng Cục Công nghiệp địa phương (Bộ Công Thương) cho biết, "
        "cơ quan này sẽ chọn 60 doanh nghiệp để tham gia gian hàng quốc gia - Vietnam Craft Hall, "
        "trên nền tảng thương mại điện tử này. "
        "Các doanh nghiệp sẽ được chọn dựa trên 9 tiêu chí, trong đó sản phẩm phải có mã vạch, "
        "chứng nhận chất lượng và năng lực giao hàng quốc tế."
    )
    assert fact.programme.name == "Vietnam Craft Hall"
    assert "gian hàng quốc gia" in fact.programme.aliases
    assert (fact.count, fact.criteria) == (60, 9)
    assert fact.selector.name == "Cục Công nghiệp địa phương"
    assert fact.host.name == "Shopra"
    assert fact.criteria_list == (
        "sản phẩm phải có mã vạch",
        "chứng nhận chất lượng",
        "năng lực giao hàng quốc tế",
    )


def test_a_named_ranking_with_its_criteria_a_few_sentences_later():
    [fact] = extract(
        "Ngày 3/5, tạp chí kinh tế Asiaweek đã công bố danh sách 500 doanh nghiệp tăng trưởng nhanh "
        "của châu Á (FAST 500). Danh sách năm nay có nhiều doanh nghiệp Việt. "
        "Asiaweek đã phân tích 1.200 công ty dựa trên 3 tiêu chí: tốc độ tăng trưởng, quy mô doanh thu "
        "và hiệu quả vốn."
    )
    assert fact.programme.name == "FAST 500"
    assert (fact.count, fact.criteria) == (500, 3)
    assert fact.selector.name == "Asiaweek"
    assert fact.criteria_list == ("tốc độ tăng trưởng", "quy mô doanh thu", "hiệu quả vốn")


def test_a_list_ranked_by_a_named_agent():
    [fact] = extract(
        "Công ty Mai Linh Food lọt vào danh sách 100 thương hiệu mạnh nhất do báo Đầu tư Nay bình chọn."
    )
    assert fact.programme.name == "danh sách 100 thương hiệu mạnh nhất"
    assert fact.count == 100 and fact.criteria is None
    assert fact.selector.name == "báo Đầu tư Nay"


def test_a_top_list_written_with_the_number_glued():
    [fact] = extract(
        "Hãng nằm trong TOP20 doanh nghiệp bền vững nhất do Hội đồng Doanh nghiệp Xanh đánh giá."
    )
    assert fact.programme.name == "TOP20 doanh nghiệp bền vững nhất"
    assert fact.count == 20
    assert fact.selector.name == "Hội đồng Doanh nghiệp Xanh"


def test_a_top_list_without_anyone_who_ranks_it_is_not_a_programme():
    assert extract("Công ty Thành Đạt lọt top 10 doanh nghiệp xuất sắc nhất khu vực.") == []


def test_choosing_without_a_programme_to_join_is_not_a_programme():
    assert extract("Hội đồng đã chọn 12 doanh nghiệp xuất sắc.") == []


def test_firms_chosen_as_achieving_a_named_programme_on_criteria():
    [fact] = extract(
        "Năm nay, Bộ Nông nghiệp đã lựa chọn 85 doanh nghiệp đạt Nông sản Vàng Quốc gia dựa trên 7 tiêu chí."
    )
    assert (fact.programme.name, fact.count, fact.criteria) == ("Nông sản Vàng Quốc gia", 85, 7)
    assert fact.selector.name == "Bộ Nông nghiệp"


def test_firms_chosen_as_achieving_a_threshold_are_no_programme():
    assert extract("Hiệp hội đã chọn 50 doanh nghiệp đạt doanh thu trên 100 tỷ đồng để khen thưởng.") == []
