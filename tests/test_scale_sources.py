"""Input at scale: folders, glob patterns, JSON Lines corpora and standard input."""

import io
import json

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.corpus.sources import SourceItem, SourceProblem, iter_sources
from tests.conftest import run_kg

SCHEMA = "https://schema.org/"
ARTICLE_A = "Ông Lê Văn Hải, Giám đốc Công ty Cổ phần Minh Phát, cho biết doanh thu đạt 120 tỷ đồng.\n"
ARTICLE_B = "Bà Trần Thị Mai, Tổng giám đốc Tập đoàn Sao Việt, nói doanh nghiệp có 2.500 lao động.\n"


def _split(entries):
    entries = list(entries)
    items = [e for e in entries if isinstance(e, SourceItem)]
    problems = [str(e) for e in entries if isinstance(e, SourceProblem)]
    return items, problems


def test_folders_are_searched_recursively_for_articles_and_jsonl_corpora(tmp_path):
    (tmp_path / "2024" / "03").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "2024" / "03" / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    (tmp_path / "2024" / "more.jsonl").write_text(
        json.dumps({"id": "j1", "text": ARTICLE_B}), encoding="utf-8"
    )
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    items, problems = _split(iter_sources([tmp_path]))
    assert [i.doc_id for i in items] == ["b.md", "a.txt", "j1"]
    assert problems == []


def test_glob_patterns_expand_and_a_pattern_matching_nothing_is_named(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.md").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "two.md").write_text(ARTICLE_B, encoding="utf-8")
    (tmp_path / "three.txt").write_text(ARTICLE_B, encoding="utf-8")
    items, problems = _split(iter_sources([f"{tmp_path}/**/*.md", f"{tmp_path}/*.seg"]))
    assert sorted(i.doc_id for i in items) == ["one.md", "two.md"]
    assert problems == [f"{tmp_path}/*.seg: no file matches this pattern"]


def test_jsonl_lines_become_articles_and_a_bad_line_is_named_with_its_number(tmp_path):
    corpus = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "tin-1", "text": ARTICLE_A, "published": "2024-05-06", "title": "Minh Phát"}),
        '{"id": "tin-2", "text": "unterminated',
        "",
        json.dumps({"text": ARTICLE_B, "url": "https://example.vn/tin-3"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "tin-5", "body": ARTICLE_B}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items, problems = _split(iter_sources([corpus]))
    assert [i.doc_id for i in items] == ["tin-1", "news.jsonl#4"]
    assert dict(items[0].metadata) == {"published": "2024-05-06", "title": "Minh Phát"}
    assert [p.split(": ")[0] for p in problems] == [f"{corpus}:2", f"{corpus}:5", f"{corpus}:6"]
    assert "not valid JSON" in problems[0] and '"text"' in problems[2]


def test_stdin_is_one_article_or_a_jsonl_corpus():
    items, _ = _split(iter_sources(["-"], stdin=io.BytesIO(ARTICLE_A.encode("utf-8"))))
    assert [(i.doc_id, i.origin) for i in items] == [("stdin", "<stdin>")]
    jsonl = "\n".join(json.dumps({"id": n, "text": t}) for n, t in (("a", ARTICLE_A), ("b", ARTICLE_B)))
    items, _ = _split(iter_sources(["-"], stdin=io.BytesIO(jsonl.encode("utf-8"))))
    assert [i.doc_id for i in items] == ["a", "b"]


def test_an_id_used_twice_is_reported_and_the_first_kept(tmp_path):
    corpus = tmp_path / "dup.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": "same", "text": t}) for t in (ARTICLE_A, ARTICLE_B)), encoding="utf-8"
    )
    items, problems = _split(iter_sources([corpus]))
    assert [i.data for i in items] == [ARTICLE_A]
    assert problems == [f"{corpus}:2: article id 'same' is already used by {corpus}:1"]


def test_kg_build_reads_jsonl_with_metadata_and_reports_the_bad_line(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "bai-1", "text": ARTICLE_A, "published": "2023-11-02", "author": "Phóng viên"})
        + "\n{broken\n"
        + json.dumps({"id": "bai-2", "text": ARTICLE_B})
        + "\n",
        encoding="utf-8",
    )
    result = run_kg("build", str(corpus), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.returncode == 3, result.stderr
    assert f"{corpus}:2" in result.stderr
    assert "Read 2 article(s), skipped 1" in result.stdout
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    files = {str(o) for o in graph.objects(None, URIRef("https://example.org/kg/ontology#sourceFile"))}
    assert files == {"bai-1", "bai-2"}
    assert Literal("2023-11-02", datatype=XSD.date) in set(
        graph.objects(None, URIRef(SCHEMA + "datePublished"))
    )
    assert Literal("Phóng viên") in set(graph.objects(None, URIRef(SCHEMA + "author")))


def test_kg_build_reads_an_article_from_standard_input(tmp_path):
    result = run_kg("build", "-", "--out", str(tmp_path), "--no-cache", input=ARTICLE_A)
    assert result.returncode == 0, result.stderr
    assert "Read 1 article(s)" in result.stdout
    graph = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert {str(o) for o in graph.objects(None, URIRef("https://example.org/kg/ontology#sourceFile"))} == {
        "stdin"
    }


def test_a_glob_on_the_command_line_builds_the_matching_files(tmp_path):
    (tmp_path / "in").mkdir()
    for name, text in (("q1.md", ARTICLE_A), ("q2.md", ARTICLE_B), ("skip.txt", ARTICLE_B)):
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    result = run_kg("build", str(tmp_path / "in" / "q*.md"), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "Read 2 article(s)" in result.stdout
