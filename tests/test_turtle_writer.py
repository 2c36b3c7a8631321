"""The Turtle writer: a fixed, readable order, and the same graph when read back."""

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from kg.rdf.serialise import turtle_text
from kg.rdf.vocab import KG, SCHEMA, bind_prefixes

BASE = "https://example.org/kg/id/"


def _graph(triples) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for triple in triples:
        graph.add(triple)
    return graph


def _sample() -> list:
    b, a = URIRef(BASE + "org/b"), URIRef(BASE + "org/a")
    quote = URIRef(BASE + "metric/1/evidence#quote")
    return [
        (b, RDFS.label, Literal("Công ty Bình Minh", lang="vi")),
        (b, RDF.type, SCHEMA.Organization),
        (a, RDFS.label, Literal('Hãng "A"\nxuống dòng\u2028và tách', lang="vi")),
        (a, RDF.type, SCHEMA.Organization),
        (quote, KG.rule, Literal("x")),
    ]


def test_turtle_reads_back_as_the_same_graph():
    graph = _graph(_sample())
    assert isomorphic(Graph().parse(data=turtle_text(graph), format="turtle"), graph)


def test_subjects_are_in_order_each_with_its_type_first_and_a_blank_line_between():
    text = turtle_text(_graph(_sample()))
    blocks = text.split("\n\n")
    assert all(line.startswith("@prefix ") for line in blocks[0].splitlines())
    subjects = [block.split(" ", 1)[0] for block in blocks[1:]]
    assert subjects == sorted(subjects) and len(subjects) == 3
    assert blocks[1].startswith(f"<{BASE}metric/1/evidence#quote> kg:rule")
    assert blocks[2].startswith(f"<{BASE}org/a> a schema:Organization ;")


def test_the_same_triples_added_in_any_order_give_the_same_bytes():
    triples = _sample()
    assert turtle_text(_graph(triples)).encode("utf-8") == turtle_text(_graph(triples[::-1])).encode("utf-8")


def test_prefix_declarations_are_sorted():
    lines = turtle_text(_graph(_sample())).splitlines()
    prefixes = [line.split()[1] for line in lines if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes) and "kg:" in prefixes
