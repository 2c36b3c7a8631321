"""SHACL: the seeds' graph conforms to ontology/shapes.ttl, and a broken graph is caught
with a message a user can act on (which node, which property, what is wrong)."""

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.model import (
    ORGANISATION,
    PERSON,
    PROGRAMME,
    Article,
    Entity,
    Evidence,
    MetricFact,
    RoleFact,
    SelectionFact,
)
from kg.rdf.mapping import facts_to_graph
from kg.rdf.serialise import graph_to_text
from kg.rdf.vocab import KG, OA, ORG, SCHEMA
from kg.validate import validate_graph, violations_only
from tests.conftest import SEEDS, run_kg

TEXT = "Ông Đỗ Quang Vinh, Giám đốc Công ty Minh Khang, cho biết năm 2023 lãi 5 tỷ đồng."


def _graph() -> Graph:
    ev = Evidence("tin.txt", TEXT, 0, len(TEXT), "test", "hand-made", 0.7)
    company = Entity("Công ty Minh Khang", ORGANISATION)
    article = Article("tin.txt", "tin.txt", TEXT, published="2024-01-02")
    article.facts = [
        RoleFact(Entity("Đỗ Quang Vinh", PERSON), "Giám đốc", company, ev),
        MetricFact(company, "lợi nhuận", Decimal(5e9), "VND", ev, period="2023", change="increase"),
        SelectionFact(Entity("Chương trình Hàng Việt Xanh", PROGRAMME), 30, ev, selector=company, criteria=6),
    ]
    return facts_to_graph([article])


def test_seeds_graph_has_no_violations(seed_graph):
    assert violations_only(validate_graph(seed_graph)) == []


def test_hand_made_graph_conforms():
    assert violations_only(validate_graph(_graph())) == []


def _one(graph: Graph, cls):
    return next(graph.subjects(RDF.type, cls))


def _break_label(g):
    g.remove((_one(g, SCHEMA.Person), RDFS.label, None))


def _break_member(g):
    g.remove((_one(g, ORG.Membership), ORG.member, None))


def _break_offsets(g):
    position = _one(g, OA.TextPositionSelector)
    g.set(
        (position, OA.end, Literal(g.value(position, OA.end).toPython() + 4, datatype=XSD.nonNegativeInteger))
    )


def _break_confidence(g):
    g.set((_one(g, ORG.Membership), KG.confidence, Literal("1.5", datatype=XSD.decimal)))


def _break_count(g):
    g.set((_one(g, KG.Selection), KG.firmCount, Literal("ba mươi")))


def _break_period(g):
    g.set((_one(g, KG.MetricObservation), KG.period, Literal("năm ngoái")))


def _break_evidence(g):
    g.remove((_one(g, KG.MetricObservation), KG.evidence, None))


def _break_source(g):
    other = URIRef("https://example.org/kg/id/article/khac")
    g.add((other, RDF.type, SCHEMA.NewsArticle))
    g.add((other, KG.sourceFile, Literal("khac.txt")))
    g.set((g.value(_one(g, ORG.Membership), KG.evidence), OA.hasSource, other))


def _break_selector(g):
    evidence = g.value(_one(g, ORG.Membership), KG.evidence)
    quote = next(s for s in g.objects(evidence, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in g)
    g.remove((evidence, OA.hasSelector, quote))


@pytest.mark.parametrize(
    "breaker, focus, path, words",
    [
        (_break_label, "schema:Person", "rdfs:label", "Vietnamese label"),
        (_break_member, "org:Membership from tin.txt", "org:member", "exactly one member"),
        (_break_offsets, "evidence of org:Membership", "oa:hasSelector", "offsets span"),
        (_break_confidence, "org:Membership from tin.txt", "kg:confidence", "between 0 and 1"),
        (_break_count, "kg:Selection from tin.txt", "kg:firmCount", "xsd:integer"),
        (_break_period, "kg:MetricObservation from tin.txt", "kg:period", "ISO 8601"),
        (_break_evidence, "kg:MetricObservation from tin.txt", "kg:evidence", "exactly one evidence node"),
        (_break_source, "org:Membership from tin.txt", "kg:evidence/oa:hasSource", "another article"),
        (_break_selector, "evidence of org:Membership", "oa:hasSelector/oa:exact", "exactly one quote"),
    ],
)
def test_broken_graph_is_caught_with_a_readable_message(breaker, focus, path, words):
    graph = _graph()
    breaker(graph)
    violations = violations_only(validate_graph(graph))
    assert any(
        v.focus_label.startswith(focus) and v.path == path and words in v.message for v in violations
    ), [str(v) for v in violations]


def test_violation_names_the_entity_by_its_label():
    graph = _graph()
    person = _one(graph, SCHEMA.Person)
    graph.add((person, ORG.memberOf, Literal("Công ty Minh Khang")))  # a literal, not the organisation
    (violation,) = violations_only(validate_graph(graph))
    assert str(violation).startswith("Đỗ Quang Vinh (schema:Person) — org:memberOf: ")


def test_kg_validate_exit_status_and_report(tmp_path):
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    good.write_text(graph_to_text(_graph()), encoding="utf-8")
    broken = _graph()
    _break_member(broken)
    _break_label(broken)
    bad.write_text(graph_to_text(broken), encoding="utf-8")

    ok = run_kg("validate", str(good))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "0 violations" in ok.stdout

    failed = run_kg("validate", str(bad))
    assert failed.returncode == 1
    assert "2 violations:" in failed.stdout
    assert "org:member: a membership has exactly one member" in failed.stdout

    missing = run_kg("validate", str(tmp_path / "nowhere.ttl"))
    assert missing.returncode == 2 and "no such graph file" in missing.stderr


def test_build_validates_by_default_and_can_skip_it(tmp_path):
    built = run_kg("build", str(SEEDS), "--out", str(tmp_path / "a"), "--no-html")
    assert built.returncode == 0, built.stderr
    assert "SHACL validation: 0 violations" in built.stdout
    skipped = run_kg("build", str(SEEDS), "--out", str(tmp_path / "b"), "--no-html", "--no-validate")
    assert skipped.returncode == 0 and "SHACL" not in skipped.stdout
