"""Our Turtle in other people's tools: rapper (raptor2) parses it, pyoxigraph and a real
Virtuoso server load it and answer the queries in queries/ exactly as `kg query` does."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.rdf.serialise import graph_to_text
from tests.conftest import ROOT, run_kg
from tests.external_tools import require_program
from tests.sparql_results import PREFIX_LINES, rows_from_json, same_answers
from tests.viz_sample import sample_graph

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def graphs(seed_build, tmp_path_factory) -> dict[str, Path]:
    """The seeds' graph as `kg build` wrote it, and an invented graph that has every fact kind."""
    folder = tmp_path_factory.mktemp("interop")
    sample = folder / "sample.ttl"
    sample.write_text(graph_to_text(sample_graph(), "ttl"), encoding="utf-8")
    return {"seeds": seed_build / "graph.ttl", "sample": sample}


def kg_query_rows(graph_file: Path, query: Path):
    result = run_kg("query", str(query), "--graph", str(graph_file), "--format", "json")
    assert result.returncode == 0, result.stderr
    return rows_from_json(result.stdout)


def test_query_files_exist():
    assert len(QUERIES) >= 3


@pytest.mark.parametrize("which", ["seeds", "sample"])
@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "trig"])
def test_rapper_reads_our_files_as_the_same_graph(graphs, which, fmt, tmp_path):
    rapper = require_program("rapper")
    ours = Graph().parse(graphs[which], format="turtle")
    suffix = {"turtle": "ttl", "ntriples": "nt", "trig": "trig"}[fmt]
    path = tmp_path / f"graph.{suffix}"
    path.write_text(graph_to_text(ours, suffix), encoding="utf-8")
    done = subprocess.run(
        [rapper, "-q", "-i", fmt, "-o", "ntriples", str(path)], capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stderr.decode("utf-8", "replace").strip() == "", "rapper warned about our file"
    theirs = Graph().parse(data=done.stdout.decode("utf-8"), format="nt")
    assert len(theirs) == len(ours) > 0
    assert isomorphic(theirs, ours)


@pytest.mark.parametrize("which", ["seeds", "sample"])
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_pyoxigraph_answers_our_queries_like_kg_query(graphs, which, query):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(graphs[which]), format=pyoxigraph.RdfFormat.TURTLE)
    names, expected = kg_query_rows(graphs[which], query)
    solutions = store.query(PREFIX_LINES + query.read_text(encoding="utf-8"))
    assert [v.value for v in solutions.variables] == names
    rows = [tuple(_ox_term(solution[name]) for name in names) for solution in solutions]
    assert same_answers(rows) == same_answers(expected)
    if which == "sample":
        assert expected, f"{query.name} found nothing in a graph that has every fact kind"


def _ox_term(term):
    import pyoxigraph
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    return Literal(term.value, lang=term.language, datatype=None if term.language else term.datatype.value)
