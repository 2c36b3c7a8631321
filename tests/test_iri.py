"""IRIs: readable ASCII slugs from Vietnamese names, collision-safe, under the base IRI the
user sets, and the same for an entity across rebuilds and when articles are added."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.model import ORGANISATION, PERSON, Article, Entity, Evidence, MetricFact, RoleFact
from kg.rdf.mapping import facts_to_graph
from kg.rdf.vocab import ORG, SCHEMA
from kg.resolve import entity_slug, slugify
from tests.conftest import run_kg


def _article(doc, *facts):
    a = Article(doc, doc, "Câu mẫu.")
    a.facts = list(facts)
    return a


def _ev(doc, start=0):
    return Evidence(doc, "Câu mẫu.", start, start + 8, "test", "hand-made")


def _role(doc, who, where, start=0):
    return RoleFact(Entity(who, PERSON), "Giám đốc", Entity(where, ORGANISATION), _ev(doc, start))


def _metric(doc, where, start=0):
    return MetricFact(Entity(where, ORGANISATION), "doanh thu", Decimal(3), "tỷ đồng", _ev(doc, start))


def _entity_iris(graph: Graph) -> dict[str, URIRef]:
    return {
        str(graph.value(node, RDFS.label)): node
        for cls in (SCHEMA.Person, ORG.Organization)
        for node in graph.subjects(RDF.type, cls)
    }


def test_slugs_are_readable_ascii_with_d_for_dj():
    assert slugify("Đặng Thị Hòa") == "dang-thi-hoa"
    assert slugify("Công ty Đường sắt Đông Dương") == "cong-ty-duong-sat-dong-duong"
    assert entity_slug("Minh Khang").startswith("minh-khang")


def test_names_that_differ_only_by_diacritics_get_different_iris():
    assert entity_slug("Hòa Bình") != entity_slug("Hoa Binh")
    assert entity_slug("Công ty Hoà Bình") == entity_slug("Công ty Hòa Bình")  # same name, two tone styles


@given(st.text(min_size=1, max_size=40))
def test_every_slug_is_url_safe_ascii(name):
    slug = entity_slug(name)
    assert slug and slug.isascii() and all(ch.isalnum() or ch == "-" for ch in slug)


def test_entity_iris_are_ascii_and_under_the_base_iri():
    base = "https://data.example.vn/tin-kinh-te/"
    graph = facts_to_graph(
        [_article("a.txt", _role("a.txt", "Đỗ Quang Vinh", "Công ty Đông Á"))], base_iri=base
    )
    for iri in _entity_iris(graph).values():
        assert str(iri).startswith(base) and str(iri).isascii()
    assert str(_entity_iris(graph)["Công ty Đông Á"]).startswith(base + "org/dong-a")


def test_iris_stay_the_same_when_articles_are_added():
    a = _article(
        "a.txt", _role("a.txt", "Đỗ Quang Vinh", "Công ty Minh Khang"), _metric("a.txt", "Bộ Kinh tế Số", 9)
    )
    b = _article("b.txt", _role("b.txt", "Lê Thu Hà", "Quỹ Hải Đăng"))
    before = _entity_iris(facts_to_graph([a, b]))
    # more articles: another spelling of a known company, a namesake elsewhere, the same person again
    c = _article(
        "c.txt",
        _role("c.txt", "Đỗ Quang Vinh", "Minh Khang JSC"),
        _metric("c.txt", "Tập đoàn Minh Khang", 9),
        _role("c.txt", "Lê Thu Hà", "Công ty Sao Bắc", 20),
    )
    after_graph = facts_to_graph([c, a, b])
    after = _entity_iris(after_graph)
    for label, iri in before.items():
        assert iri in set(after_graph.subjects(RDFS.label, None)), label
    assert after["Đỗ Quang Vinh"] == before["Đỗ Quang Vinh"]
    assert len(list(after_graph.subjects(RDF.type, SCHEMA.Person))) == 3  # the namesake is someone else


def test_base_iri_option_of_kg_build(tmp_path):
    corpus = tmp_path / "tin"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bộ Kinh tế Số công bố số liệu mới trong tháng 5.", encoding="utf-8")
    result = run_kg(
        "build", str(corpus), "--out", str(tmp_path / "out"), "--base-iri", "https://kg.example.vn/id"
    )
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    article = next(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    assert str(article).startswith("https://kg.example.vn/id/article/")
