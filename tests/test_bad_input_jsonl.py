"""A JSON Lines corpus with bad lines: each bad line is named (file:line) with the reason, the
other lines are built, and the exit status says something was skipped."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from kg.rdf.vocab import KG
from tests.conftest import run_kg

pytest.importorskip(
    "kg.corpus.sources", reason="JSON Lines input (kg/corpus/sources.py) is not on this branch yet"
)


def test_a_jsonl_corpus_with_bad_lines_builds_the_good_ones(tmp_path):
    good = [
        {"id": "tin-1", "text": "Công ty Cổ phần Sao Bắc báo lãi 40 tỷ đồng trong quý I."},
        {
            "id": "tin-2",
            "text": "Ngân hàng Thương mại Đông Hải tăng vốn thêm 500 tỷ đồng.",
            "author": "Báo Mẫu",
        },
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(
        json.dumps(good[0], ensure_ascii=False).encode("utf-8")
        + b"\n"
        + b'{"id": "tin-hong", "text": "Doanh thu t\xc4ng m\xe1nh"\n'  # cut short, and not UTF-8
        + b'["a list", "not an object"]\n'
        + b'{"id": "tin-rong", "title": "no text"}\n'
        + json.dumps(good[1], ensure_ascii=False).encode("utf-8")
        + b"\n"
    )
    out = tmp_path / "out"
    result = run_kg("build", str(corpus), "--out", str(out))
    assert result.returncode == 3, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert [line.split(": ", 2)[1] for line in skipped] == [f"{corpus}:2", f"{corpus}:3", f"{corpus}:4"]
    assert "Read 2 article(s), skipped 3" in result.stdout
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert {str(o) for o in graph.objects(None, KG.sourceFile)} == {"tin-1", "tin-2"}
