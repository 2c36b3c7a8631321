"""The command line as a user meets it: `kg build`, `kg query`, help text."""

from rdflib import Graph

from tests.conftest import ROOT, SEEDS, run_kg


def test_build_on_seeds_writes_turtle_and_html_and_summarises(seed_build):
    assert (seed_build / "graph.ttl").stat().st_size > 0
    html = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html and "vis.Network" in html
    import re

    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']?(https?:)?//", html), (
        "graph.html loads a remote file"
    )


def test_build_prints_a_summary(tmp_path):
    result = run_kg("build", str(SEEDS), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Read 3 article(s)" in result.stdout
    assert "Triples:" in result.stdout and f"Wrote {tmp_path / 'graph.ttl'}" in result.stdout


def test_build_without_arguments_reads_seeds_into_out(tmp_path):
    import shutil

    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = run_kg("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "graph.ttl").exists() and (tmp_path / "out" / "graph.html").exists()


def test_two_builds_give_byte_identical_turtle(tmp_path, seed_build):
    result = run_kg("build", str(SEEDS), "--out", str(tmp_path))
    assert result.returncode == 0
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()


def test_extra_formats_load_as_the_same_graph(tmp_path):
    result = run_kg("build", str(SEEDS), "--out", str(tmp_path), "--format", "nt", "--format", "jsonld")
    assert result.returncode == 0, result.stderr
    ttl = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert len(Graph().parse(tmp_path / "graph.nt", format="nt")) == len(ttl)
    assert len(Graph().parse(tmp_path / "graph.jsonld", format="json-ld")) == len(ttl)


def test_bad_file_is_named_and_the_rest_still_builds(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Ông Lê Văn Hải, Giám đốc Công ty Minh Phát, nói.", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    result = run_kg("build", str(corpus), "--out", str(tmp_path / "out"))
    assert result.returncode == 3
    assert "empty.txt" in result.stderr and "empty" in result.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_nothing_readable_fails_and_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_kg("build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert not (tmp_path / "out").exists()


def test_query_formats(seed_build):
    graph = str(seed_build / "graph.ttl")
    sparql = "SELECT ?a ?file WHERE { ?a a schema:NewsArticle ; kg:sourceFile ?file } ORDER BY ?file"
    table = run_kg("query", sparql, "--graph", graph)
    assert table.returncode == 0, table.stderr
    assert "000_d53137713d114baf.txt" in table.stdout and "(3 rows)" in table.stdout
    csv_out = run_kg("query", sparql, "--graph", graph, "--format", "csv").stdout.splitlines()
    assert csv_out[0] == "a,file" and len(csv_out) == 4
    tsv_out = run_kg("query", sparql, "--graph", graph, "--format", "tsv").stdout.splitlines()
    assert tsv_out[0] == "a\tfile"
    assert '"bindings"' in run_kg("query", sparql, "--graph", graph, "--format", "json").stdout


def test_query_reads_rq_files_and_reports_errors(seed_build):
    graph = str(seed_build / "graph.ttl")
    ok = run_kg("query", str(ROOT / "queries" / "people_roles.rq"), "--graph", graph)
    assert ok.returncode == 0 and ok.stdout.startswith("person")
    bad = run_kg("query", "SELECT WHERE {", "--graph", graph)
    assert bad.returncode == 1 and "SPARQL error" in bad.stderr
    missing = run_kg("query", "nope.rq", "--graph", graph)
    assert missing.returncode == 1 and "nope.rq" in missing.stderr
    no_graph = run_kg("query", "SELECT * WHERE {?s ?p ?o}", "--graph", "absent.ttl")
    assert no_graph.returncode == 1 and "kg build" in no_graph.stderr


def test_help_shows_examples():
    for args in (["--help"], ["build", "--help"], ["query", "--help"]):
        result = run_kg(*args)
        assert result.returncode == 0 and "Examples:" in result.stdout
