"""Facts → triples → Turtle: round-trips, determinism, a second parser, and the shipped queries."""

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

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
from kg.query import format_result, run_query
from kg.rdf.mapping import facts_to_graph
from kg.rdf.serialise import graph_to_text

QUERIES = Path(__file__).resolve().parents[1] / "queries"
TEXT = "Ông Lê Văn Hải, Phó Tổng giám đốc Công ty Minh Phát, cho biết doanh thu đạt 1,2 tỷ USD."


def _article() -> Article:
    ev = Evidence("tin.txt", TEXT, 0, len(TEXT), "test", "hand-made")
    person, org = Entity("Lê Văn Hải", PERSON), Entity("Công ty Minh Phát", ORGANISATION)
    ministry = Entity("Bộ Công Thương", ORGANISATION)
    article = Article("tin.txt", "tin.txt", TEXT, title="Tin mẫu", published="2024-01-02")
    article.facts = [
        RoleFact(person, "Phó Tổng giám đốc", org, ev, role_en="Deputy General Director"),
        PartFact(org, ministry, ev),
        MetricFact(org, "doanh thu", Decimal("1.2E+9"), "USD", ev, period="2023", change="increase"),
        SelectionFact(
            Entity("Chương trình Xuất khẩu Xanh", PROGRAMME), 50, ev, selector=ministry, criteria=7
        ),
    ]
    return article


def test_turtle_round_trip_gives_the_same_graph():
    graph = facts_to_graph([_article()])
    parsed = Graph().parse(data=graph_to_text(graph), format="turtle")
    assert isomorphic(graph, parsed)


def test_same_facts_give_byte_identical_turtle():
    assert graph_to_text(facts_to_graph([_article()])) == graph_to_text(facts_to_graph([_article()]))


def test_turtle_declares_prefixes_and_writes_decimals_plainly():
    text = graph_to_text(facts_to_graph([_article()]))
    assert "@prefix org: <http://www.w3.org/ns/org#>" in text
    assert "schema:value 1200000000.0" in text


def test_second_parser_pyoxigraph_reads_our_turtle():
    pyoxigraph = pytest.importorskip("pyoxigraph", reason="pyoxigraph is in the [test] extra")
    graph = facts_to_graph([_article()])
    store = pyoxigraph.Store()
    store.load(graph_to_text(graph).encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(graph)


def _rows(graph: Graph, name: str) -> list[dict]:
    import json

    result = run_query(graph, (QUERIES / name).read_text(encoding="utf-8"))
    return json.loads(format_result(result, "json"))["results"]["bindings"]


def test_people_roles_query_answers_who_holds_what_where():
    rows = _rows(facts_to_graph([_article()]), "people_roles.rq")
    assert [
        (r["person"]["value"], r["role"]["value"], r["organisation"]["value"], r["role_en"]["value"])
        for r in rows
    ] == [("Lê Văn Hải", "Phó Tổng giám đốc", "Công ty Minh Phát", "Deputy General Director")]


def test_metrics_programmes_and_evidence_queries():
    graph = facts_to_graph([_article()])
    metric = _rows(graph, "org_metrics.rq")[0]
    assert (metric["organisation"]["value"], metric["value"]["value"], metric["unit"]["value"]) == (
        "Công ty Minh Phát",
        "1200000000.0",
        "USD",
    )
    programme = _rows(graph, "programmes.rq")[0]
    assert (programme["firms"]["value"], programme["criteria"]["value"], programme["selector"]["value"]) == (
        "50",
        "7",
        "Bộ Công Thương",
    )
    evidence = _rows(graph, "facts_evidence.rq")
    assert {r["kind"]["value"] for r in evidence} == {
        "Membership",
        "SubOrganizationStatement",
        "MetricObservation",
        "Selection",
    }
    assert all(r["quote"]["value"] == TEXT for r in evidence)


def test_table_output_is_readable():
    graph = facts_to_graph([_article()])
    table = format_result(
        run_query(graph, (QUERIES / "people_roles.rq").read_text(encoding="utf-8")), "table"
    )
    assert table.splitlines()[0].split() == ["person", "role", "role_en", "organisation", "past"]
    assert "Lê Văn Hải" in table and "(1 row)" in table
