"""Figures in articles become MetricFacts: value, unit, what, period, change, who (invented news)."""

from __future__ import annotations

from decimal import Decimal

from kg.corpus.normalise import normalise
from kg.extract import metrics
from kg.extract.context import ArticleContext
from kg.model import PLACE, Article, MetricFact


def extract(text: str, published: str | None = None) -> list[MetricFact]:
    article = Article(doc_id="bai.txt", path="bai.txt", original=text, published=published)
    return list(metrics.extract(ArticleContext(article, normalise(text))))


def names(entity) -> set[str]:
    return {entity.name, *entity.aliases} if entity is not None else set()


def by_value(facts: list[MetricFact], value: str) -> MetricFact:
    [fact] = [f for f in facts if f.value == Decimal(value)]
    return fact


def test_a_figure_reported_by_a_statistics_office_for_nine_months():
    facts = extract(
        "Thực tế, số liệu của Tổng cục Thống kê cho thấy xuất khẩu nông sản vẫn tốt. "
        "9 tháng đầu năm, kim ngạch xuất khẩu rau quả đạt 3,25 tỷ USD, tăng 12,4% so với cùng kỳ 2021.",
        published="2022-10-05",
    )
    money = by_value(facts, "3250000000")
    assert money.unit == "USD"
    assert money.period == "2022-01/2022-09"
    assert "Tổng cục Thống kê" in names(money.reporter)
    growth = by_value(facts, "12.4")
    assert (growth.unit, growth.change, growth.compared_to) == ("%", "increase", "cùng kỳ 2021")
    assert "Tổng cục Thống kê" in names(growth.reporter)


def test_the_subject_of_the_clause_owns_the_figure():
    facts = extract("Công ty Cổ phần Hưng Thịnh đạt doanh thu 1.250 tỷ đồng trong năm 2021.")
    fact = by_value(facts, "1250000000000")
    assert fact.subject.name == "Công ty Cổ phần Hưng Thịnh"
    assert fact.period == "2021"
    assert "doanh thu" in fact.what


def test_theo_names_the_reporter():
    facts = extract(
        "Theo ghi nhận của Lazbuy.vn, số người bán trên sàn đã đạt con số 95 ngàn vào cuối năm 2020."
    )
    fact = by_value(facts, "95000")
    assert "Lazbuy.vn" in names(fact.reporter) | names(fact.subject)
    assert fact.unit == "người bán"
    assert fact.period == "2020"


def test_a_person_who_states_a_figure_reports_it_for_the_organisation_they_work_for():
    facts = extract(
        "Bà Đặng Thu Hà, Tổng giám đốc Vexa JSC chia sẻ, công ty đã xuất khẩu sang hơn 25 quốc gia. "
        "Theo bà Hà, doanh thu năm 2022 đạt 310 tỷ đồng."
    )
    countries = by_value(facts, "25")
    assert countries.unit == "quốc gia"
    assert countries.qualifier == "hơn"
    assert "Vexa JSC" in names(countries.subject) | names(countries.reporter)
    revenue = by_value(facts, "310000000000")
    assert "Vexa JSC" in names(revenue.reporter)
    assert revenue.period == "2022"


def test_from_one_value_up_to_another_gives_two_observations_and_the_change():
    facts = extract(
        "Số thành viên trên Shopvina tăng 45% so với năm 2019, từ 2.2 triệu thành viên tháng 6/2019 "
        "lên 3.19 triệu thành viên tháng 6/2020."
    )
    first, second = by_value(facts, "2200000"), by_value(facts, "3190000")
    assert (first.period, second.period) == ("2019-06", "2020-06")
    assert second.change == "increase"
    assert second.compared_to.startswith("2.2 triệu")
    assert by_value(facts, "45").compared_to == "năm 2019"


def test_a_decrease_is_stated():
    facts = extract("Doanh thu của Công ty Vận tải Hoà Bình năm 2021 giảm 8,5% so với năm 2020.")
    fact = by_value(facts, "8.5")
    assert fact.change == "decrease"
    assert fact.period == "2021"


def test_years_dates_ranks_codes_and_durations_are_never_figures():
    facts = extract(
        "Ngày 15/6/2021, theo Quyết định số 125/QĐ-UBND, Công ty Điện lực Tây Nguyên đứng thứ 3 "
        "trong Top 10 doanh nghiệp; sau 5 năm tái cơ cấu, năm thứ 2 liên tiếp công ty có lãi. "
        "Liên hệ 0905 222 333."
    )
    assert facts == []


def test_a_figure_with_no_organisation_anywhere_is_not_kept():
    assert (
        extract("Thị trường bán lẻ toàn cầu đang có quy mô 25.000 tỷ USD, gấp 5 lần thị trường bán buôn.")
        == []
    )


def test_an_anecdote_about_an_unnamed_firm_is_not_a_figure_of_anyone():
    facts = extract(
        "Công ty Cổ phần Nam Việt có 1.200 lao động. "
        "Một doanh nghiệp của Hàn Quốc dự kiến đầu tư 300 triệu USD vào tỉnh."
    )
    assert [f.value for f in facts] == [Decimal("1200")]


def test_back_references_resolve_to_the_organisation_named_before():
    facts = extract(
        "Ông Lê Văn Tùng, Cục trưởng Cục Quản lý thị trường tỉnh Hòa Bình cho biết, "
        "cơ quan này đã xử lý 320 vụ việc trong năm 2022."
    )
    fact = by_value(facts, "320")
    assert fact.unit == "vụ việc"
    assert "Cục Quản lý thị trường tỉnh Hòa Bình" in names(fact.subject) | names(fact.reporter)


def test_a_figure_in_brackets_after_a_name_belongs_to_that_name():
    facts = extract(
        "Theo thống kê của DataViet, tăng trưởng doanh số online của Bachhoa24 năm 2021 là 48,2%, "
        "cao hơn cả Tiki Mart (31,5%)."
    )
    assert by_value(facts, "48.2").subject.name == "Bachhoa24"
    assert by_value(facts, "31.5").subject.name == "Tiki Mart"
    assert by_value(facts, "31.5").reporter.name == "DataViet"


def test_a_place_can_be_what_a_figure_is_about():
    facts = extract(
        "Theo Bộ Tài chính, trong bối cảnh khó khăn thì Việt Nam đang phải xử lý thêm 9 vụ kiện thương mại."
    )
    fact = by_value(facts, "9")
    assert fact.subject.name == "Việt Nam" and fact.subject.type == PLACE
    assert fact.reporter.name == "Bộ Tài chính"


def test_a_figure_repeated_in_the_title_and_the_body_is_kept_once():
    facts = extract(
        "Thép Đông Á lãi 215 tỉ đồng\n"
        "Năm 2022, Công ty Thép Đông Á đạt lợi nhuận sau thuế 215 tỉ đồng, tăng 9% so với năm 2021."
    )
    assert [f.value for f in facts].count(Decimal("215000000000")) == 1
    assert by_value(facts, "215000000000").period == "2022"


def test_the_same_value_for_two_different_things_is_kept_twice():
    facts = extract(
        "Theo khảo sát của Hiệp hội Bán lẻ Sao Việt, 41% người mua sắm là nhân viên văn phòng. "
        "Trong đó, có 41% thực hiện thanh toán qua ví điện tử."
    )
    assert [f.value for f in facts].count(Decimal("41")) == 2


def test_infographic_captions_do_not_double_a_figure():
    facts = extract("35% Số nhà bán trên ChoViet.vn tăng 35% so với năm 2021.")
    assert [f.value for f in facts].count(Decimal("35")) == 1


def test_evidence_quotes_the_original_file():
    text = (
        "Năm_nay , Công_ty Hưng_Long đạt doanh_thu 12,5 tỷ đồng , tăng 10 % so với năm_ngoái . "
        "Ông Trần_Văn_Hải , Giám_đốc Công_ty Hưng_Long cho_biết công_ty sẽ mở_rộng sản_xuất ."
    )
    article = Article(doc_id="seg.txt", path="seg.txt", original=text)
    [fact, *_] = list(metrics.extract(ArticleContext(article, normalise(text))))
    assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    assert fact.evidence.extractor == "metrics"


def test_growth_query_lists_who_reports_growth_by_how_much_for_which_period():
    from pathlib import Path

    from kg.query import run_query
    from kg.rdf.mapping import facts_to_graph

    text = (
        "Theo số liệu của Tổng cục Thống kê, 6 tháng đầu năm 2022, xuất khẩu thủy sản đạt 5,6 tỷ USD, "
        "tăng 34,9% so với cùng kỳ năm ngoái. Công ty Cổ phần Sao Biển có 2.300 lao động."
    )
    article = Article(doc_id="tin.txt", path="tin.txt", original=text)
    article.facts = list(metrics.extract(ArticleContext(article, normalise(text))))
    query = (Path(__file__).resolve().parents[1] / "queries" / "growth.rq").read_text(encoding="utf-8")
    rows = list(run_query(facts_to_graph([article]), query))
    assert len(rows) == 1
    row = rows[0]
    assert str(row.reporter) == "Tổng cục Thống kê"
    assert (str(row.change), Decimal(str(row.value)), str(row.unit)) == ("increase", Decimal("34.9"), "%")
    assert str(row.period) == "2022-01/2022-06"
    assert str(row.comparedTo).startswith("cùng kỳ năm ngoái")


def test_a_range_keeps_both_ends():
    facts = extract("Ngân hàng Phương Đông dự kiến chia cổ tức năm 2023 ở mức 12% - 15%.")
    fact = by_value(facts, "12")
    assert (fact.value_max, fact.unit, fact.period) == (Decimal("15"), "%", "2023")
