"""The Oxigraph store: same graph as rdflib, on disk, and what `kg query` answers from."""

import json

import pyoxigraph as ox
import pytest
from rdflib import Graph

from benchmarks.corpus import generate
from kg import build as kg_build
from kg.rdf.vocab import KG
from kg.store import GRAPH_STORE, MEMORY, OXIGRAPH, SPARQL_UPDATE, StoreError, StoreSpec, parse_store
from tests.conftest import ROOT, run_kg

# facts_evidence.rq takes rdflib close to a minute even on a few articles: checked on its own below
QUERIES = sorted(p for p in (ROOT / "queries").glob("*.rq") if p.name != "facts_evidence.rq")


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """One corpus built twice: rdflib in memory, and an Oxigraph store."""
    base = tmp_path_factory.mktemp("store")
    generate(base / "corpus", 8)
    for store in ("memory", "oxigraph"):
        result = run_kg(
            "build", str(base / "corpus"), "--out", str(base / store), "--store", store, "--no-cache"
        )
        assert result.returncode == 0, result.stderr
    return base


def _canonical(path):
    """The graph's triples as Oxigraph keeps them (it stores values: xsd:nonNegativeInteger
    becomes xsd:integer, 4.50 becomes 4.5), so two serialisations can be compared."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return {str(q) for q in store}


def test_parse_store_specs():
    assert parse_store("memory") == StoreSpec(MEMORY)
    assert parse_store("oxigraph") == StoreSpec(OXIGRAPH)
    assert parse_store("oxigraph:/data/kg") == StoreSpec(OXIGRAPH, "/data/kg")
    assert parse_store("sparql+http://127.0.0.1:8890/sparql") == StoreSpec(
        SPARQL_UPDATE, "http://127.0.0.1:8890/sparql"
    )
    assert parse_store("gsp+https://db.example.vn/store") == StoreSpec(
        GRAPH_STORE, "https://db.example.vn/store"
    )
    for bad in ("postgres://x", "sparql+ftp://x/y", "graphdb"):
        with pytest.raises(StoreError):
            parse_store(bad)


def test_oxigraph_build_writes_the_same_graph_as_rdflib(builds):
    store_dir = builds / "oxigraph" / "oxigraph"
    assert (store_dir / "kg-store.json").is_file()
    memory = _canonical(builds / "memory" / "graph.ttl")
    assert len(memory) > 16
    assert _canonical(builds / "oxigraph" / "graph.ttl") == memory
    assert (builds / "oxigraph" / "graph.html").is_file()


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.name)
def test_kg_query_on_the_store_answers_like_the_graph_file(builds, query):
    on_file = run_kg("query", str(query), "--graph", str(builds / "memory" / "graph.ttl"), "--format", "csv")
    on_store = run_kg(
        "query", str(query), "--store", str(builds / "oxigraph" / "oxigraph"), "--format", "csv"
    )
    assert on_file.returncode == 0 and on_store.returncode == 0, on_store.stderr
    assert on_store.stdout.splitlines()[0] == on_file.stdout.splitlines()[0]
    assert len(on_store.stdout.splitlines()) == len(on_file.stdout.splitlines())


def test_every_fact_with_its_evidence_comes_back_from_the_store(builds):
    graph = Graph().parse(builds / "memory" / "graph.ttl", format="turtle")
    evidence = set(graph.subject_objects(KG.evidence))
    store = builds / "oxigraph" / "oxigraph"
    result = run_kg(
        "query", str(ROOT / "queries" / "facts_evidence.rq"), "--store", str(store), "--format", "csv"
    )
    assert result.returncode == 0, result.stderr
    assert evidence and len(result.stdout.splitlines()) - 1 == len(evidence)


def test_kg_query_finds_the_store_of_the_last_build_in_out(builds, tmp_path):
    result = run_kg(
        "build", str(builds / "corpus"), "--store", "oxigraph", "--no-cache", "--no-html", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "out" / "kg-build.json").read_text(encoding="utf-8"))["store"] == "oxigraph"
    (tmp_path / "out" / "graph.ttl").unlink()  # the answer can only come from the store now
    answer = run_kg("query", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }", cwd=tmp_path)
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.splitlines()[2].strip() == "8"


def test_a_folder_that_is_not_a_kg_store_is_left_alone(builds, tmp_path):
    precious = tmp_path / "data"
    precious.mkdir()
    (precious / "thesis.txt").write_text("không được xoá", encoding="utf-8")
    result = run_kg(
        "build", str(builds / "corpus"), "--out", str(tmp_path / "out"), "--store", f"oxigraph:{precious}"
    )
    assert result.returncode == 1
    assert "not a kg Oxigraph store" in result.stderr
    assert [p.name for p in precious.iterdir()] == ["thesis.txt"]


def test_a_bad_query_on_the_store_is_an_error(builds):
    result = run_kg("query", "SELECT ?x WHERE { ?x", "--store", str(builds / "oxigraph" / "oxigraph"))
    assert result.returncode == 1 and result.stderr.startswith("error: SPARQL error")


def test_a_large_corpus_gets_an_oxigraph_store_by_itself(builds, tmp_path, monkeypatch):
    monkeypatch.setattr(kg_build, "AUTO_OXIGRAPH_ARTICLES", 4)
    result = kg_build.build([builds / "corpus"], out_dir=tmp_path, html=False)
    assert (tmp_path / "oxigraph" / "kg-store.json").is_file()
    assert any("building an Oxigraph store" in note for note in result.notes)
    assert kg_build.last_build_store(tmp_path) == tmp_path / "oxigraph"


@pytest.mark.parametrize("store", [MEMORY, OXIGRAPH])
def test_a_graph_too_large_to_draw_is_written_not_drawn_nor_validated(builds, tmp_path, monkeypatch, store):
    monkeypatch.setattr(kg_build, "HTML_MAX_TRIPLES", 100)
    out = tmp_path / "out"
    (out).mkdir()
    (out / "graph.html").write_text("an older drawing", encoding="utf-8")
    result = kg_build.build([builds / "corpus"], out_dir=out, stores=[StoreSpec(store)])
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) == result.summary["triples"] > 100
    assert not (out / "graph.html").exists()  # a drawing of an older graph would mislead
    assert any(note.startswith("graph.html not drawn for a graph of") for note in result.notes)
    assert result.validation is None and any("SHACL validation skipped" in note for note in result.notes)


def _triples_as_written(path):
    """Every triple statement in a Turtle file, repeats included."""
    return [str(t) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


def test_the_oxigraph_builds_turtle_states_every_triple_once_as_the_store_holds_it(builds):
    written = _triples_as_written(builds / "oxigraph" / "graph.ttl")
    assert len(written) == len(set(written))  # roles, memberOf and events recur across facts
    store = ox.Store.read_only(str(builds / "oxigraph" / "oxigraph"))
    assert {str(q.triple) for q in store} == set(_canonical_quads(written))


def _canonical_quads(triples):
    store = ox.Store()
    store.load(input="\n".join(f"{t} ." for t in triples), format=ox.RdfFormat.N_TRIPLES)
    return [str(q.triple) for q in store]


def test_a_fact_node_met_twice_adds_only_what_is_new(tmp_path):
    """Two facts with one IRI (same sentence, same statement) merge as in rdflib, and the Turtle
    streamed from an Oxigraph build still names each triple once."""
    from decimal import Decimal

    from kg.model import ORGANISATION, Article, Entity, Evidence, MetricFact

    text = "Công ty Sông Hồng báo doanh thu 12 tỷ đồng."
    company = Entity("Công ty Sông Hồng", ORGANISATION)
    facts = [
        MetricFact(
            company, "doanh thu", Decimal(12e9), "VND", Evidence("a.txt", text, 0, len(text), "t", rule)
        )
        for rule in ("first-rule", "second-rule")
    ]
    article = Article(doc_id="a.txt", path="a.txt", original=text, facts=facts)
    memory = kg_build.build_graph([article])
    target = tmp_path / "graph.ttl"
    graph = kg_build.build_graph([article], store=StoreSpec(OXIGRAPH), turtle=target)
    graph.write_files({target: "ttl"})
    written = _triples_as_written(target)
    assert len(written) == len(set(written))
    assert _canonical(target) == {str(q) for q in _canonical_graph(memory)}
    assert sum('"first-rule"' in t or '"second-rule"' in t for t in written) == 2


def _canonical_graph(graph):
    store = ox.Store()
    store.load(input=graph.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)
    return store


def test_a_build_that_fails_while_mapping_leaves_the_last_graph_and_store(builds, tmp_path, monkeypatch):
    out = tmp_path / "out"
    kg_build.build([builds / "corpus"], out_dir=out, html=False, stores=[StoreSpec(OXIGRAPH)])
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (builds / "corpus" / "zz_new.txt").write_text("Công ty Hồng Lam báo lãi 5 tỷ đồng.\n", encoding="utf-8")

    def broken(self, fact):
        raise RuntimeError("mapping broke")

    monkeypatch.setattr(kg_build.GraphMapper, "add_fact", broken)
    try:
        with pytest.raises(RuntimeError, match="mapping broke"):
            kg_build.build([builds / "corpus"], out_dir=out, html=False, stores=[StoreSpec(OXIGRAPH)])
    finally:
        (builds / "corpus" / "zz_new.txt").unlink()
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # no temporaries
    assert {p.name for p in out.iterdir() if p.is_dir()} == {"oxigraph"}
    assert (
        len(ox.Store.read_only(str(out / "oxigraph")))
        == json.loads((out / "oxigraph" / "kg-store.json").read_text(encoding="utf-8"))["triples"]
    )


def test_outputs_get_the_permissions_of_any_new_file(builds, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    expected = plain.stat().st_mode & 0o777  # 0644 under the usual umask; mkstemp would give 0600
    for store in ("memory", "oxigraph"):
        for name in ("graph.ttl", "kg-build.json"):
            assert (builds / store / name).stat().st_mode & 0o777 == expected, (store, name)
