"""Two equal figures of one sentence stay two observations in the graph (invented news)."""

from __future__ import annotations

from rdflib import RDF

from kg.corpus.normalise import normalise
from kg.extract import metrics
from kg.extract.context import ArticleContext
from kg.model import Article
from kg.rdf.mapping import facts_to_graph
from kg.rdf.serialise import graph_to_text
from kg.rdf.vocab import KG

TEXT = (
    "Theo Sở Nông nghiệp tỉnh Đồng Tháp, diện tích lúa vụ đông xuân tăng 5%, "
    "còn diện tích xoài tăng 5% so với cùng kỳ năm 2023."
)


def _article() -> Article:
    article = Article("dt.txt", "dt.txt", TEXT, published="2024-03-01")
    article.facts = list(metrics.extract(ArticleContext(article, normalise(TEXT))))
    return article


def test_equal_figures_of_one_sentence_are_two_observations():
    article = _article()
    fives = [f for f in article.facts if f.unit == "%" and f.value == 5]
    assert len(fives) == 2
    graph = facts_to_graph([article])
    assert len(set(graph.subjects(RDF.type, KG.MetricObservation))) == 2


def test_the_turtle_stays_byte_identical_across_builds():
    assert graph_to_text(facts_to_graph([_article()])) == graph_to_text(facts_to_graph([_article()]))


def test_figures_that_say_the_same_at_two_places_keep_two_iris():
    from decimal import Decimal

    from kg.model import ORGANISATION, Entity, Evidence, MetricFact

    text = "Công ty Gạch men Thạch Bàn cho biết doanh thu tăng 5% ở miền Bắc và 5% ở miền Nam."
    ev = Evidence("tb.txt", text, 0, len(text), "metrics", "percent")
    org = Entity("Công ty Gạch men Thạch Bàn", ORGANISATION)
    article = Article("tb.txt", "tb.txt", text)
    article.facts = [
        MetricFact(org, "doanh thu", Decimal(5), "%", ev, start=text.index("5%")),
        MetricFact(org, "doanh thu", Decimal(5), "%", ev, start=text.rindex("5%")),
    ]
    graph = facts_to_graph([article])
    assert len(set(graph.subjects(RDF.type, KG.MetricObservation))) == 2
