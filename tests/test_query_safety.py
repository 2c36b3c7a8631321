"""`kg query` is read-only unless told otherwise, never leaves the graph file, and stops a
runaway query at --timeout."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef

from kg.query import QueryError, QueryRefused, classify, format_table
from tests.conftest import ROOT, run_kg

EX = "http://example.com/"
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture()
def graph_file(tmp_path):
    """A graph of 300 triples: small to load, far too big for a four-way cross product."""
    graph = Graph()
    for i in range(300):
        graph.add((URIRef(f"{EX}firm/{i}"), URIRef(f"{EX}revenue"), Literal(i)))
    path = tmp_path / "graph.ttl"
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    return path


def test_an_update_is_refused_by_default_and_the_graph_file_is_untouched(graph_file):
    before = graph_file.read_bytes()
    result = run_kg("query", f'INSERT DATA {{ <{EX}a> <{EX}b> "c" }}', "--graph", str(graph_file))
    assert result.returncode == 1
    assert "kg query is read-only: this is a SPARQL UPDATE (InsertData)" in result.stderr
    assert "--allow-update" in result.stderr
    assert graph_file.read_bytes() == before


def test_allow_update_changes_the_graph_file_and_says_so(graph_file):
    insert = run_kg(
        "query", f'INSERT DATA {{ <{EX}a> <{EX}b> "c" }}', "--graph", str(graph_file), "--allow-update"
    )
    assert insert.returncode == 0, insert.stderr
    assert f"Updated {graph_file}: 300 → 301 triples (InsertData)." in insert.stderr
    assert (URIRef(f"{EX}a"), URIRef(f"{EX}b"), Literal("c")) in Graph().parse(graph_file)

    delete = run_kg(
        "query",
        f"DELETE WHERE {{ ?firm <{EX}revenue> ?v }}",
        "--graph",
        str(graph_file),
        "--allow-update",
    )
    assert delete.returncode == 0, delete.stderr
    assert len(Graph().parse(graph_file)) == 1
    assert not list(graph_file.parent.glob(".*.tmp"))


@pytest.mark.parametrize(
    "sparql, reason",
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <http://127.0.0.1:9/g.ttl> WHERE { ?s ?p ?o }", "FROM / FROM NAMED"),
        ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM / FROM NAMED"),
        ("LOAD <file:///etc/passwd>", "LOAD is refused"),
        ("DELETE { ?s ?p ?o } USING <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }", "USING"),
    ],
)
def test_nothing_outside_the_graph_file_is_reached_even_with_allow_update(graph_file, sparql, reason):
    before = graph_file.read_bytes()
    result = run_kg("query", sparql, "--graph", str(graph_file), "--allow-update")
    assert result.returncode == 1
    assert f"error: {reason}" in result.stderr
    assert graph_file.read_bytes() == before


def test_a_runaway_query_is_stopped_at_the_timeout(graph_file):
    result = run_kg("query", CROSS_PRODUCT, "--graph", str(graph_file), "--timeout", "1")
    assert result.returncode == 124
    assert "error: query stopped after 1 s (--timeout): it ran too long." in result.stderr
    assert result.stdout == ""


def test_a_runaway_update_is_stopped_and_the_graph_file_left_as_it_was(graph_file):
    before = graph_file.read_bytes()
    update = f"INSERT {{ ?a <{EX}pair> ?d }} WHERE {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }}"
    result = run_kg("query", update, "--graph", str(graph_file), "--allow-update", "--timeout", "1")
    assert result.returncode == 124
    assert "update stopped after 1 s (--timeout)" in result.stderr and "was not changed" in result.stderr
    assert graph_file.read_bytes() == before


def test_timeout_zero_means_no_limit_and_answers_are_unchanged(graph_file):
    sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}revenue> ?v }}"
    limited = run_kg("query", sparql, "--graph", str(graph_file), "--format", "csv")
    unlimited = run_kg("query", sparql, "--graph", str(graph_file), "--format", "csv", "--timeout", "0")
    assert limited.returncode == unlimited.returncode == 0
    assert limited.stdout == unlimited.stdout == "n\n300\n"


def test_the_query_process_cannot_open_a_connection():
    code = (
        "import sys, socket\n"
        "from kg.query import _no_network\n"
        "sys.addaudithook(_no_network)\n"
        "for attempt in (lambda: socket.create_connection(('localhost', 9), timeout=1),\n"
        "                lambda: socket.socket().connect(('127.0.0.1', 9))):\n"
        "    try:\n"
        "        attempt()\n"
        "    except PermissionError as error:\n"
        "        print('refused:', error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert result.stdout.splitlines() == [
        "refused: kg query does not use the network (socket.getaddrinfo refused)",
        "refused: kg query does not use the network (socket.connect refused)",
    ]


@pytest.mark.parametrize(
    "sparql, is_update",
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ("ASK { ?s ?p ?o }", False),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", False),
        ("DESCRIBE <http://example.com/a>", False),
        ("PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b 1 }", True),
        ("CLEAR ALL", True),
        ("DROP SILENT GRAPH <http://e/g>", True),
    ],
)
def test_queries_and_updates_are_told_apart(sparql, is_update):
    if is_update:
        with pytest.raises(QueryRefused):
            classify(sparql)
    assert classify(sparql, allow_update=True).is_update is is_update


def test_a_syntax_error_is_reported_as_such():
    with pytest.raises(QueryError) as error:
        classify("SELECT WHERE {")
    assert str(error.value).startswith("SPARQL error:") and not isinstance(error.value, QueryRefused)


def test_table_output_cannot_drive_the_terminal():
    table = format_table(["name"], [["Công ty \x1b[2J\x1b]0;pwned\x07 An \u202eBình"]])
    assert "\x1b" not in table and "\x07" not in table and "\u202e" not in table
    assert "\\u001b[2J" in table and "\\u202e" in table
