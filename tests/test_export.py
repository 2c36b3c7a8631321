"""Exports other tools import: JSON-LD with a context, TriG, N-Triples, GraphML, Neo4j CSV;
from `kg build --format` and from `kg export`, the same bytes every time."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export import EXPORT_FORMATS, render
from kg.export.neo4j import NODE_LABELS, REL_TYPES
from kg.rdf.serialise import graph_to_text
from kg.viz import to_networkx
from tests.conftest import SEEDS, run_kg
from tests.viz_sample import sample_graph


@pytest.fixture(scope="module")
def sample_ttl(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "graph.ttl"
    path.write_text(graph_to_text(sample_graph(), "ttl"), encoding="utf-8")
    return path


def test_build_writes_every_requested_format(tmp_path):
    args = ["build", str(SEEDS), "--out", str(tmp_path)]
    for fmt in ("nt", "jsonld", "trig", "graphml", "neo4j"):
        args += ["--format", fmt]
    result = run_kg(*args)
    assert result.returncode == 0, result.stderr
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig", "graph.graphml", "graph.html",
                 "neo4j/nodes.csv", "neo4j/relationships.csv"):  # fmt: skip
        assert (tmp_path / name).stat().st_size > 0, name
        assert f"Wrote {tmp_path / name}" in result.stdout


def test_jsonld_has_our_context_and_is_the_same_graph():
    graph = sample_graph()
    document = json.loads(render(graph, "jsonld")["graph.jsonld"])
    context = document["@context"]
    assert context["org"] == "http://www.w3.org/ns/org#" and context["schema"] == "https://schema.org/"
    people = [n for n in document["@graph"] if n.get("@type") == "schema:Person"]
    assert {p["rdfs:label"]["@value"] for p in people} == {"Trần Thị Lan", "Phạm Văn Đức"}
    assert isomorphic(Graph().parse(data=json.dumps(document), format="json-ld"), graph)


def test_trig_and_ntriples_are_the_same_graph():
    graph = sample_graph()
    dataset = Dataset()
    dataset.parse(data=render(graph, "trig")["graph.trig"], format="trig")
    union = Graph()
    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    assert isomorphic(union, graph)  # the named graphs per article plus the default graph
    assert isomorphic(Graph().parse(data=render(graph, "nt")["graph.nt"], format="nt"), graph)


def test_graphml_carries_labels_and_types_for_gephi_and_yed(tmp_path):
    graph = sample_graph()
    path = tmp_path / "graph.graphml"
    path.write_text(render(graph, "graphml")["graph.graphml"], encoding="utf-8")
    ET.parse(path)  # well-formed XML
    keys = ET.parse(path).getroot().findall("{http://graphml.graphdrawing.org/xmlns}key")
    assert len({k.get("id") for k in keys}) == len(keys), "GraphML key ids must be unique"
    loaded = nx.read_graphml(path)
    view = to_networkx(graph)
    assert loaded.number_of_nodes() == view.number_of_nodes()
    assert loaded.number_of_edges() == view.number_of_edges()
    person = next(d for _n, d in loaded.nodes(data=True) if d["label"] == "Trần Thị Lan")
    assert person["type"] == "person" and person["type_en"] == "Person"
    metric = next(d for _n, d in loaded.nodes(data=True) if d["type"] == "metric")
    assert metric["value"] == 1250.0 and metric["unit"] == "tỷ đồng"
    edge = next(
        d for _u, _v, d in loaded.edges(data=True) if d["relation"] == "member" and "Lan" in d["quote"]
    )
    assert edge["label"] == "Tổng giám đốc" and edge["label_en"] == "Chief Executive Officer"


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_neo4j_csv_follows_the_admin_import_layout():
    files = render(sample_graph(), "neo4j")
    nodes, rels = _rows(files["neo4j/nodes.csv"]), _rows(files["neo4j/relationships.csv"])
    assert list(nodes[0])[:3] == ["iri:ID", "name", ":LABEL"]
    assert list(rels[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = [n["iri:ID"] for n in nodes]
    assert len(ids) == len(set(ids))
    assert {n[":LABEL"] for n in nodes} <= set(NODE_LABELS.values())
    assert {"Person", "Organisation", "Role", "Programme", "Metric", "Article"} <= {
        n[":LABEL"] for n in nodes
    }
    for rel in rels:
        assert rel[":START_ID"] in ids and rel[":END_ID"] in ids
        assert rel[":TYPE"] in REL_TYPES.values() and rel["past:boolean"] in ("true", "false")
    for text in files.values():
        assert all(line.count('"') % 2 == 0 for line in text.splitlines()), "a field spans two lines"
    metric = next(n for n in nodes if n[":LABEL"] == "Metric")
    assert float(metric["value:double"]) == 1250.0
    member = next(r for r in rels if r[":TYPE"] == "MEMBER_OF" and "Lan" in r["quote"])
    assert member["label"] == "Tổng giám đốc"


def test_neo4j_csv_keeps_a_quote_with_commas_quotes_and_newlines_on_one_line():
    from kg.export.neo4j import _cell, _csv

    text = _csv(["a"], [[_cell('Ông "Ba" nói,\nrồi đi')]])
    assert text == 'a\n"Ông ""Ba"" nói, rồi đi"\n'


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_kg_export_writes_each_format_beside_the_graph(sample_ttl, fmt):
    result = run_kg("export", str(sample_ttl), "--format", fmt)
    assert result.returncode == 0, result.stderr
    for name, text in render(Graph().parse(sample_ttl, format="turtle"), fmt).items():
        path = sample_ttl.parent / name
        if fmt == "xml":  # rdflib's RDF/XML orders namespaces as it likes: compare the graphs
            assert isomorphic(Graph().parse(path, format="xml"), Graph().parse(data=text, format="xml"))
        else:
            assert path.read_text(encoding="utf-8") == text  # same bytes as the build writes
        assert f"Wrote {path}" in result.stdout


def test_kg_export_to_a_named_file_and_folder(sample_ttl, tmp_path):
    result = run_kg("export", str(sample_ttl), "--format", "jsonld", "--out", str(tmp_path / "kg.jsonld"))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "kg.jsonld").read_text(encoding="utf-8"))["@context"]
    result = run_kg("export", str(sample_ttl), "--format", "neo4j", "--out", str(tmp_path / "n4j"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "n4j").iterdir()) == ["nodes.csv", "relationships.csv"]


def test_kg_export_names_a_missing_graph(tmp_path):
    result = run_kg("export", str(tmp_path / "nope.ttl"), "--format", "graphml")
    assert result.returncode == 1 and "nope.ttl" in result.stderr


@pytest.mark.parametrize("fmt", ["jsonld", "trig", "graphml", "neo4j"])
def test_exports_are_byte_identical_across_builds(fmt):
    assert render(sample_graph(), fmt) == render(sample_graph(), fmt)


def test_kg_query_and_export_read_trig_back(tmp_path):
    graph = sample_graph()
    trig = tmp_path / "graph.trig"
    trig.write_text(render(graph, "trig")["graph.trig"], encoding="utf-8")
    people = "SELECT ?p WHERE { ?p a schema:Person }"
    result = run_kg("query", people, "--graph", str(trig), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + 2  # header and the two people
    result = run_kg("export", str(trig), "--format", "nt", "--out", str(tmp_path / "back.nt"))
    assert result.returncode == 0, result.stderr
    assert isomorphic(Graph().parse(tmp_path / "back.nt", format="nt"), graph)
