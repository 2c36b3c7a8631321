"""Predictions are read back from the RDF graph (SPARQL), in the gold format."""

from __future__ import annotations

from decimal import Decimal

from kg.build import build_graph
from kg.model import (
    ORGANISATION,
    PERSON,
    PROGRAMME,
    Article,
    Entity,
    Evidence,
    MetricFact,
    PartFact,
    RoleFact,
    SelectionFact,
)
from kg.predictions import predictions_from_graph

TEXT = "Ông Lê Văn Khải, nguyên Giám đốc Công ty Sông Hồng (SH), cho biết."


def _article(doc_id: str, facts) -> Article:
    return Article(doc_id=doc_id, path=doc_id, original=TEXT, facts=list(facts))


def _evidence(doc_id: str) -> Evidence:
    return Evidence(doc_id=doc_id, quote=TEXT, start=0, end=len(TEXT), extractor="test", rule="test")


def _predictions():
    ev = _evidence("a.txt")
    person = Entity("Lê Văn Khải", PERSON)
    company = Entity("Công ty Sông Hồng", ORGANISATION, ("SH",))
    group = Entity("Tập đoàn Hồng Hà", ORGANISATION)
    facts = [
        RoleFact(person, "Giám đốc", company, ev, past=True, role_en="Director"),
        RoleFact(person, "Chuyên gia", None, ev),
        PartFact(company, group, ev),
        MetricFact(company, "doanh thu", Decimal("44650000000"), "USD", ev, period="2019-01/2019-09"),
        MetricFact(company, "tăng trưởng", Decimal("27.6"), "%", ev),
        SelectionFact(Entity("Chương trình Sao Vàng", PROGRAMME), 100, ev, selector=group, criteria=14),
    ]
    other = [RoleFact(Entity("Trần Thị Mai", PERSON), "Chủ tịch", group, _evidence("b.txt"))]
    graph = build_graph([_article("a.txt", facts), _article("b.txt", other)])
    return predictions_from_graph(graph)


def test_one_prediction_per_article_named_after_its_source_file():
    predictions = _predictions()
    assert sorted(predictions) == ["a.txt", "b.txt"]
    assert predictions["a.txt"]["document"] == "a.txt"
    assert [r["person"] for r in predictions["b.txt"]["roles"]] == ["Trần Thị Mai"]


def test_roles_keep_past_and_skip_roles_without_an_organisation():
    roles = _predictions()["a.txt"]["roles"]
    assert [(r["person"], r["role"], r["org"], r["past"]) for r in roles] == [
        ("Lê Văn Khải", "Giám đốc", "Công ty Sông Hồng", True)
    ]
    assert roles[0]["evidence"] == TEXT


def test_parts_metrics_and_selections_in_gold_shape():
    doc = _predictions()["a.txt"]
    assert [(p["part"], p["whole"]) for p in doc["parts"]] == [("Công ty Sông Hồng", "Tập đoàn Hồng Hà")]
    metrics = {(m["value"], m["unit"], m.get("period")) for m in doc["metrics"]}
    assert metrics == {(44650000000, "USD", "2019-01/2019-09"), (27.6, "%", None)}
    assert all(m["subject"] == "Công ty Sông Hồng" for m in doc["metrics"])
    [selection] = doc["selections"]
    assert (selection["programme"], selection["count"], selection["criteria"], selection["selector"]) == (
        "Chương trình Sao Vàng",
        100,
        14,
        "Tập đoàn Hồng Hà",
    )


def test_entities_carry_their_aliases_from_the_graph():
    entities = {e["name"]: e for e in _predictions()["a.txt"]["entities"]}
    assert entities["Công ty Sông Hồng"]["aliases"] == ["SH"]
    assert entities["Công ty Sông Hồng"]["type"] == "Organisation"
    assert entities["Lê Văn Khải"]["type"] == "Person"
