"""Incremental builds: an unchanged corpus extracts nothing; one new article extracts one."""

import shutil

import pytest

from benchmarks.corpus import generate
from kg import cache as kg_cache
from tests.conftest import run_kg


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    generate(folder, 12)
    return folder


def _build(corpus, out, cache_dir, *extra):
    result = run_kg(
        "build", str(corpus), "--out", str(out), "--cache-dir", str(cache_dir), "--jobs", "1", *extra
    )
    assert result.returncode == 0, result.stderr
    return result


def test_rebuilding_an_unchanged_corpus_extracts_nothing_and_rewrites_nothing(corpus, tmp_path):
    out, cache_dir = tmp_path / "out", tmp_path / "cache"
    first = _build(corpus, out, cache_dir)
    assert "(extracted 12, 0 from the cache)" in first.stdout
    stamp = (out / "graph.ttl").stat().st_mtime_ns
    second = _build(corpus, out, cache_dir)
    assert "(extracted 0, 12 from the cache)" in second.stdout
    assert "Up to date" in second.stdout
    assert (out / "graph.ttl").stat().st_mtime_ns == stamp
    assert second.stdout.splitlines()[1:4] == first.stdout.splitlines()[1:4]  # same entities, facts, triples


def test_adding_one_article_extracts_one_and_gives_the_same_graph_as_a_full_build(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    _build(corpus, tmp_path / "out", cache_dir)
    generate(tmp_path / "more", 13)
    shutil.copy(tmp_path / "more" / "00012.txt", corpus / "00012.txt")
    incremental = _build(corpus, tmp_path / "out", cache_dir)
    assert "Read 13 article(s) (extracted 1, 12 from the cache)" in incremental.stdout
    full = _build(corpus, tmp_path / "full", cache_dir, "--no-cache")
    assert "(extracted 13, 0 from the cache)" in full.stdout
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "full" / "graph.ttl").read_bytes()


def test_an_edited_article_is_extracted_again(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    _build(corpus, tmp_path / "out", cache_dir)
    path = corpus / "00003.txt"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nÔng Đỗ Văn Nam là Giám đốc Công ty Thành Đạt.\n",
        encoding="utf-8",
    )
    assert "(extracted 1, 11 from the cache)" in _build(corpus, tmp_path / "out", cache_dir).stdout


def test_new_options_or_a_deleted_output_rebuild_the_graph_from_the_cache(corpus, tmp_path):
    out, cache_dir = tmp_path / "out", tmp_path / "cache"
    _build(corpus, out, cache_dir)
    other_base = _build(corpus, out, cache_dir, "--base-iri", "https://kg.example.vn/id/")
    assert "Up to date" not in other_base.stdout and "(extracted 0, 12 from the cache)" in other_base.stdout
    assert "https://kg.example.vn/id/" in (out / "graph.ttl").read_text(encoding="utf-8")
    (out / "graph.ttl").unlink()
    again = _build(corpus, out, cache_dir, "--base-iri", "https://kg.example.vn/id/")
    assert "Up to date" not in again.stdout and (out / "graph.ttl").exists()


def test_a_damaged_cache_entry_is_extracted_again(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    _build(corpus, tmp_path / "out", cache_dir)
    entry = sorted(cache_dir.rglob("*.pickle"))[0]
    entry.write_bytes(b"not a pickle")
    result = _build(corpus, tmp_path / "out2", cache_dir)
    assert "(extracted 1, 11 from the cache)" in result.stdout


def test_no_cache_extracts_everything(corpus, tmp_path):
    cache_dir = tmp_path / "cache"
    _build(corpus, tmp_path / "out", cache_dir)
    assert (
        "(extracted 12, 0 from the cache)" in _build(corpus, tmp_path / "out", cache_dir, "--no-cache").stdout
    )


def test_the_extractor_version_follows_the_lexicon_and_the_rules(tmp_path, monkeypatch):
    for folder in ("kg/extract", "kg/corpus", "kg/nlp", "ontology/lexicon"):
        shutil.copytree(kg_cache.PROJECT_DIR / folder, tmp_path / folder)
    for name in ("kg/model.py", "kg/lexicon.py"):
        shutil.copy(kg_cache.PROJECT_DIR / name, tmp_path / name)
    monkeypatch.setattr(kg_cache, "PROJECT_DIR", tmp_path)
    version = kg_cache._hash_files(kg_cache.EXTRACTOR_SOURCES, kg_cache.CACHE_FORMAT)
    assert version == kg_cache.extractor_version()  # the copy is the same code
    titles = tmp_path / "ontology" / "lexicon" / "titles.tsv"
    titles.write_text(titles.read_text(encoding="utf-8") + "Trưởng ban\tHead of Board\n", encoding="utf-8")
    after_lexicon = kg_cache._hash_files(kg_cache.EXTRACTOR_SOURCES, kg_cache.CACHE_FORMAT)
    assert after_lexicon != version
    rule = tmp_path / "kg" / "extract" / "__init__.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# a changed rule\n", encoding="utf-8")
    assert kg_cache._hash_files(kg_cache.EXTRACTOR_SOURCES, kg_cache.CACHE_FORMAT) != after_lexicon


def test_only_the_latest_extractor_versions_are_kept(tmp_path):
    from kg.build import extract_article
    from kg.corpus.sources import SourceItem

    item = SourceItem(doc_id="a.txt", origin="a.txt", data="Ông Lê Văn Hải là Giám đốc Công ty Minh Phát.")
    for number in range(5):
        version = f"{number:016x}"
        cache = kg_cache.ExtractionCache(tmp_path, version=version)
        cache.put(kg_cache.item_key(item, version), extract_article(item))
    kept = sorted(p.name for p in (tmp_path / "extract").iterdir())
    assert kept == [f"{n:016x}" for n in (2, 3, 4)]
    assert kg_cache.ExtractionCache(tmp_path, version=f"{4:016x}").get(kg_cache.item_key(item, f"{4:016x}"))
