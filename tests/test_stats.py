"""`kg stats`: entities and facts by type, articles by date, the most connected entities."""

import json
from decimal import Decimal

from kg.model import ORGANISATION, PERSON, Article, Entity, Evidence, MetricFact, PartFact, RoleFact
from kg.rdf.mapping import facts_to_graph
from kg.rdf.serialise import graph_to_text
from kg.stats import format_stats, graph_stats
from tests.conftest import run_kg


def _corpus():
    company, group = Entity("Công ty Minh Khang", ORGANISATION), Entity("Tập đoàn Sông Lam", ORGANISATION)
    articles = []
    for doc, date, who in (("a.txt", "2024-03-01", "Đỗ Quang Vinh"), ("b.txt", "2024-03-01", "Lê Thu Hà")):
        ev = Evidence(doc, "Câu mẫu.", 0, 8, "test", "hand-made")
        article = Article(doc, doc, "Câu mẫu.", published=date)
        article.facts = [
            RoleFact(Entity(who, PERSON), "Giám đốc", company, ev),
            MetricFact(company, "doanh thu", Decimal(7), "tỷ đồng", ev),
        ]
        articles.append(article)
    undated = Article("c.txt", "c.txt", "Câu mẫu.")
    undated.facts = [PartFact(company, group, Evidence("c.txt", "Câu mẫu.", 0, 8, "test", "hand-made"))]
    return [*articles, undated]


def test_counts_by_type_and_articles_by_date():
    stats = graph_stats(facts_to_graph(_corpus()))
    assert stats.entities["Person"] == 2 and stats.entities["Organisation"] == 2
    assert stats.facts == {"role": 2, "part": 1, "metric": 2, "selection": 0, "event": 0}
    assert stats.articles == 3
    assert stats.articles_by_date == {"2024-03-01": 2, "unknown": 1}


def test_most_connected_entity_comes_first():
    stats = graph_stats(facts_to_graph(_corpus()), top=3)
    first = stats.most_connected[0]
    assert (first.label, first.type, first.articles) == ("Công ty Minh Khang", "Organisation", 3)
    assert len(stats.most_connected) == 3
    text = format_stats(stats)
    assert "Most connected entities" in text and "Công ty Minh Khang" in text


def test_kg_stats_command_text_and_json(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text(graph_to_text(facts_to_graph(_corpus())), encoding="utf-8")
    text = run_kg("stats", str(path))
    assert text.returncode == 0, text.stderr
    assert "Articles: 3" in text.stdout and "2 role, 1 part, 2 metric, 0 selection, 0 event" in text.stdout
    data = json.loads(run_kg("stats", str(path), "--format", "json", "--top", "1").stdout)
    assert data["most_connected"][0]["label"] == "Công ty Minh Khang" and len(data["most_connected"]) == 1
    missing = run_kg("stats", str(tmp_path / "none.ttl"))
    assert missing.returncode == 1 and "no such graph file" in missing.stderr
