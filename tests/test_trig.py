"""TriG: one named graph per article, so a user can drop or replace one article's facts."""

from decimal import Decimal

from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF

from kg.model import ORGANISATION, PERSON, Article, Entity, Evidence, MetricFact, PartFact, RoleFact
from kg.query import load_graph
from kg.rdf.mapping import facts_to_graph
from kg.rdf.serialise import graph_to_text
from kg.rdf.vocab import KG, ORG, SCHEMA
from kg.validate import validate_graph
from tests.conftest import SEEDS, run_kg

TEXT = "Ông Đỗ Quang Vinh, Giám đốc Công ty Minh Khang thuộc Tổng công ty Sông Lam, cho biết lãi 5 tỷ đồng."


def _article(doc: str) -> Article:
    ev = Evidence(doc, TEXT, 0, len(TEXT), "test", "hand-made")
    company, parent = (
        Entity("Công ty Minh Khang", ORGANISATION),
        Entity("Tổng công ty Sông Lam", ORGANISATION),
    )
    article = Article(doc, doc, TEXT, published="2024-03-0" + doc[0])
    article.facts = [
        RoleFact(Entity("Đỗ Quang Vinh", PERSON), "Giám đốc", company, ev),
        PartFact(company, parent, ev),
        MetricFact(company, "lợi nhuận", Decimal(5), "tỷ đồng", ev),
    ]
    return article


def _dataset(text: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=text, format="trig")
    return dataset


def _named(dataset: Dataset) -> dict:
    return {g.identifier: g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID}


def test_one_named_graph_per_article_named_by_the_article_iri():
    graph = facts_to_graph([_article("1.txt"), _article("2.txt")])
    named = _named(_dataset(graph_to_text(graph, "trig")))
    articles = set(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    assert set(named) == articles
    for iri, part in named.items():
        # the article's own facts, each with its evidence, and nothing from the other article
        facts = set(part.subjects(RDF.type, ORG.Membership)) | set(
            part.subjects(RDF.type, KG.MetricObservation)
        )
        assert len(facts) == 2 and all(part.value(f, KG.evidence) is not None for f in facts)
        assert {o for _, o in part.subject_objects(KG.sourceFile)} == {graph.value(iri, KG.sourceFile)}


def test_trig_holds_exactly_the_turtle_graph():
    graph = facts_to_graph([_article("1.txt"), _article("2.txt")])
    union = Graph()
    for quad in _dataset(graph_to_text(graph, "trig")).quads((None, None, None, None)):
        union.add(quad[:3])
    assert isomorphic(union, graph)


def test_dropping_one_article_leaves_the_others_whole_and_valid():
    graph = facts_to_graph([_article("1.txt"), _article("2.txt")])
    dataset = _dataset(graph_to_text(graph, "trig"))
    dropped, kept = sorted(_named(dataset))
    dataset.remove_graph(dataset.graph(dropped))
    rest = Graph()
    for quad in dataset.quads((None, None, None, None)):
        rest.add(quad[:3])
    assert not [v for v in validate_graph(rest) if v.severity == "Violation"]
    # shared entities are still there for the kept article; its shortcut links too
    assert len(set(rest.subjects(RDF.type, ORG.Membership))) == 1
    assert len(list(rest.triples((None, ORG.memberOf, None)))) == 1
    assert len(list(rest.triples((None, ORG.subOrganizationOf, None)))) == 1
    assert (dropped, RDF.type, SCHEMA.NewsArticle) not in rest


def test_same_graph_gives_byte_identical_trig():
    first = graph_to_text(facts_to_graph([_article("1.txt"), _article("2.txt")]), "trig")
    again = graph_to_text(facts_to_graph([_article("2.txt"), _article("1.txt")]), "trig")
    assert first == again


def test_build_writes_trig_that_query_reads_whole(tmp_path):
    result = run_kg("build", str(SEEDS), "--out", str(tmp_path), "--format", "trig", "--no-html")
    assert result.returncode == 0, result.stderr
    dataset = _dataset((tmp_path / "graph.trig").read_text(encoding="utf-8"))
    assert len(_named(dataset)) == 3
    assert len(load_graph(tmp_path / "graph.trig")) == len(load_graph(tmp_path / "graph.ttl"))
