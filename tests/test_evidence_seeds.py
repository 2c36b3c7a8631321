"""Evidence of every fact in the seeds' graph: the offsets cut the quote out of the original
file exactly, for all three seeds (the word-segmented one too), and the shipped query lists it."""

import json

from rdflib.namespace import RDF

from kg.query import format_result, run_query
from tests.conftest import ROOT, SEEDS
from tests.test_evidence import FACT_CLASSES, evidence_rows, original_text


def test_every_fact_in_the_seeds_graph_quotes_the_original_file_exactly(seed_graph):
    rows = evidence_rows(seed_graph)
    for _, source, start, end, exact in rows:
        assert original_text(SEEDS / source)[start:end] == exact, (source, start, end)
    facts = {fact for cls in FACT_CLASSES for fact in seed_graph.subjects(RDF.type, cls)}
    assert {row[0] for row in rows} == facts, "a fact without evidence"
    # every seed gives facts, the word-segmented one too (its quotes keep the underscores)
    assert {row[1] for row in rows} == {p.name for p in SEEDS.glob("*.txt")}
    assert any("_" in row[4] for row in rows)


def test_facts_evidence_query_lists_each_fact_with_its_quote(seed_graph):
    query = (ROOT / "queries" / "facts_evidence.rq").read_text(encoding="utf-8")
    rows = json.loads(format_result(run_query(seed_graph, query), "json"))["results"]["bindings"]
    assert len(rows) == len(evidence_rows(seed_graph)) > 0
    for row in rows:
        text = original_text(SEEDS / row["article"]["value"])
        assert text[int(row["start"]["value"]) : int(row["end"]["value"])] == row["quote"]["value"]
