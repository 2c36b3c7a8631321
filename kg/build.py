"""The build pipeline: sources → articles with facts → RDF graph → output files (and stores).

Kept apart from the CLI so other programs (eval, benchmarks, tests) call it directly.
An input that cannot be read or processed is reported by name and skipped; the rest builds.

Extraction is the part that scales out: `extract_article` reads and extracts ONE article and is a
plain top-level function, so it runs the same in this process, in a pool of processes (`jobs`),
or on a Dask cluster (`scheduler`). Results are put back in input order, so every way of running
gives byte-identical output. Outcomes are cached by content and extractor version (kg/cache.py),
and a build whose inputs, options and code are all unchanged rewrites nothing.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.cache import ExtractionCache, code_version, extractor_version, item_key
from kg.corpus.readers import DEFAULT_MAX_ARTICLE_MB, ReadError, decode_with_notes, read_text_article
from kg.corpus.sources import SourceItem, SourceProblem, iter_sources
from kg.export import render
from kg.extract import extract_facts
from kg.extract.context import ArticleContext
from kg.model import Article
from kg.rdf.mapping import GraphMapper
from kg.rdf.serialise import write_text_atomic, write_texts_atomic
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.resolve import Resolution, resolve
from kg.store import (
    MEMORY,
    OXIGRAPH,
    OXIGRAPH_FORMATS,
    OXIGRAPH_SUFFIXES,
    OxigraphGraph,
    StoreError,
    StoreSpec,
    is_kg_store,
    push_graph,
)

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("out")
MANIFEST = "kg-build.json"  # what the last build in an output folder was made from
AUTO_OXIGRAPH_ARTICLES = 2000  # past this many articles, `--store auto` builds an Oxigraph store
HTML_MAX_TRIPLES = 200_000  # graph.html is drawn only for graphs a browser can lay out
_PARALLEL_MIN = 8  # fewer articles to extract than this: a process pool costs more than it saves


@dataclass
class ArticleOutcome:
    """What reading and extracting one article gave: the article, or the reason it was skipped."""

    doc_id: str
    origin: str
    article: Article | None
    warnings: list[str] = field(default_factory=list)
    problem: str | None = None
    version: str = ""  # extractor version of the process that made it
    cacheable: bool = True  # an extractor crash is not remembered: it may be fixed by a retry


@dataclass
class BuildResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # inputs skipped, with the reason
    warnings: list[str] = field(default_factory=list)  # read, but something was off
    graph: Graph | OxigraphGraph | None = None
    written: list[Path] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # cache key of every article read, in order
    extracted: int = 0  # articles extracted in this build
    cached: int = 0  # articles whose extraction came from the cache
    up_to_date: bool = False  # nothing changed since the last build into this folder
    summary: dict = field(default_factory=dict)  # article, fact, entity and triple counts
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    notes: list[str] = field(default_factory=list)  # things the user should know (store chosen...)
    resolution: Resolution | None = None  # which mentions became which node
    validation: list | None = None  # SHACL results (kg.validate.Violation); None: not validated

    @property
    def fact_counts(self) -> Counter:
        return Counter(type(f).__name__.removesuffix("Fact").lower() for a in self.articles for f in a.facts)

    @property
    def entity_count(self) -> int:
        from kg.rdf.queries import count_entities

        return count_entities(self.graph) if self.graph is not None else 0


# -- one article: read + extract (runs in any process or on any machine) ------------------------
def extract_article(item: SourceItem) -> ArticleOutcome:
    """Read one source item and extract its facts. Top-level and picklable on purpose."""
    version = extractor_version()
    try:
        text = item.data if isinstance(item.data, str) else decode_with_notes(Path(item.origin), item.data)
        read = read_text_article(item.doc_id, text, {"path": item.origin, **dict(item.metadata)})
    except ReadError as error:
        return ArticleOutcome(item.doc_id, item.origin, None, problem=str(error), version=version)
    try:
        read.article.facts = extract_facts(ArticleContext(read.article, read.text))
    except Exception as error:  # an extractor bug must not lose the whole corpus
        problem = f"{item.origin}: extraction failed ({type(error).__name__}: {error})"
        return ArticleOutcome(item.doc_id, item.origin, None, read.warnings, problem, version, False)
    return ArticleOutcome(item.doc_id, item.origin, read.article, read.warnings, version=version)


def extract_batch(items: list[SourceItem]) -> list[ArticleOutcome]:
    return [extract_article(item) for item in items]


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _batch_size(count: int, workers: int) -> int:
    return max(1, min(32, count // (workers * 8) or 1))


def _pool_context():
    # fork: workers start at once with kg already imported (spawn re-imports it in every worker)
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else None)


def run_extraction(
    items: list[SourceItem], jobs: int = 1, scheduler: str | None = None
) -> Iterator[ArticleOutcome]:
    """Outcomes of `extract_article` for `items`, in order: here, in `jobs` processes, or on Dask."""
    if scheduler:
        from kg.distributed import dask_map

        for batch in dask_map(extract_batch, _batches(items, _batch_size(len(items), 4)), scheduler):
            yield from batch
    elif jobs <= 1 or len(items) < _PARALLEL_MIN:
        for item in items:
            yield extract_article(item)
    else:
        with _pool_context().Pool(processes=jobs) as pool:
            for batch in pool.imap(extract_batch, _batches(items, _batch_size(len(items), jobs))):
                yield from batch


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(
        total=total, unit="article", disable=not enabled, file=sys.stderr, dynamic_ncols=True, leave=False
    )


def show_progress() -> bool:
    """A progress bar only for a person watching: stderr is a terminal and this is not CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def collect_sources(
    paths: Iterable, stdin=None, max_article_mb: float | None = DEFAULT_MAX_ARTICLE_MB
) -> tuple[list[SourceItem], list[str]]:
    items, problems = [], []
    for entry in iter_sources(paths, stdin=stdin, max_mb=max_article_mb):
        (problems.append(str(entry)) if isinstance(entry, SourceProblem) else items.append(entry))
    return items, problems


def read_and_extract(
    paths: Iterable[Path | str],
    progress: bool = False,
    jobs: int = 1,
    cache: ExtractionCache | None = None,
    scheduler: str | None = None,
    stdin=None,
    sources: tuple[list[SourceItem], list[str]] | None = None,
    max_article_mb: float | None = DEFAULT_MAX_ARTICLE_MB,
) -> BuildResult:
    """Read every article the inputs name and extract its facts (cached ones are not extracted)."""
    result = BuildResult()
    items, problems = sources if sources is not None else collect_sources(paths, stdin, max_article_mb)
    result.problems.extend(problems)
    version = extractor_version()
    result.keys = [item_key(item, version) for item in items]
    outcomes: list[ArticleOutcome | None] = [cache.get(k) if cache else None for k in result.keys]
    todo = [i for i, outcome in enumerate(outcomes) if outcome is None]
    result.cached = len(items) - len(todo)
    with _progress_bar(len(items), progress and bool(todo)) as bar:
        bar.update(result.cached)
        for index, outcome in zip(todo, run_extraction([items[i] for i in todo], jobs, scheduler)):
            if outcome.version != version:
                from kg.distributed import ClusterError

                raise ClusterError(
                    f"a worker runs another kg (extractor version {outcome.version}, here {version}): "
                    "install the same kg on every worker"
                )
            outcomes[index] = outcome
            if cache is not None and outcome.cacheable:
                cache.put(result.keys[index], outcome)
            bar.update()
    result.extracted = len(todo)
    for outcome in outcomes:
        result.warnings.extend(outcome.warnings)
        if outcome.problem:
            result.problems.append(outcome.problem)
        else:
            result.articles.append(outcome.article)
    return result


# -- the graph ----------------------------------------------------------------------------------
def build_graph(
    articles: Iterable[Article],
    base_iri: str = DEFAULT_BASE_IRI,
    resolution: Resolution | None = None,
    store: StoreSpec | None = None,
    turtle: Path | None = None,
) -> Graph | OxigraphGraph:
    """Facts → triples, into rdflib in memory or into an Oxigraph store (still to be committed).

    With an Oxigraph store and `turtle`, the Turtle file for that path is written while mapping
    (OxigraphGraph.stream_turtle) and put in place by `write_outputs`."""
    graph = None
    if store is not None and store.kind == OXIGRAPH:
        graph = OxigraphGraph(Path(store.location) if store.location else None)
    mapper = GraphMapper(graph=graph, base_iri=base_iri, resolution=resolution)
    try:
        if graph is not None and turtle is not None:
            graph.stream_turtle(mapper.mapping_steps(articles), turtle)
            return graph
        return mapper.add_articles(articles)
    except BaseException:
        if isinstance(graph, OxigraphGraph):
            graph.abandon()
        raise


def _small_copy(graph: Graph | OxigraphGraph) -> Graph | None:
    """The graph as rdflib, for the outputs only rdflib code writes; None when too large for it."""
    if isinstance(graph, Graph):
        return graph
    if len(graph) > HTML_MAX_TRIPLES:
        return None
    return Graph().parse(data=graph.serialise("nt").decode("utf-8"), format="nt")


def write_outputs(
    graph: Graph | OxigraphGraph, out_dir: Path, formats: Iterable[str] = ("ttl",), html: bool = True
) -> tuple[list[Path], list[str]]:
    """Write graph.<suffix> for each format (Turtle always) and graph.html, each atomically.

    An Oxigraph store writes its own formats straight from disk; formats that need rdflib
    (TriG per article, GraphML, neo4j CSV) and graph.html are made from an rdflib copy when the
    graph is small enough, and otherwise skipped with a note (returned with the paths written).
    """
    formats = list(dict.fromkeys(["ttl", *formats]))
    written: list[Path] = []
    notes: list[str] = []
    texts: dict[Path, str] = {}
    native = {f for f in formats if isinstance(graph, OxigraphGraph) and f in OXIGRAPH_FORMATS}
    rest = [f for f in formats if f not in native]
    wanted_html = html
    if html and len(graph) > HTML_MAX_TRIPLES:  # whatever the store: no browser lays this out
        html = False
        notes.append(
            f"graph.html not drawn for a graph of {len(graph)} triples (more than {HTML_MAX_TRIPLES}); "
            "query the graph with `kg query` instead"
        )
    small = _small_copy(graph) if rest or html else None
    if small is None and (rest or html):
        skipped = [*rest, *(["graph.html"] if html else [])]
        notes.append(
            f"not written for a graph of {len(graph)} triples (more than {HTML_MAX_TRIPLES}): "
            + ", ".join(skipped)
            + "; query the graph with `kg query` instead"
        )
    if small is not None:
        for fmt in rest:
            for name, text in render(small, fmt).items():
                texts[out_dir / name] = text
        if html:
            from kg.viz import graph_html

            texts[out_dir / "graph.html"] = graph_html(small)
    if native:
        written += graph.write_files({out_dir / f"graph{OXIGRAPH_SUFFIXES[f]}": f for f in native})
    # everything is rendered before anything is written: a failure leaves out/ as it was
    write_texts_atomic(texts)
    written.extend(texts)
    if wanted_html and out_dir / "graph.html" not in written:
        (out_dir / "graph.html").unlink(missing_ok=True)  # a drawing of an older graph would mislead
    return written, notes


def graph_summary(result: BuildResult) -> dict:
    from kg.rdf.queries import entity_counts

    return {
        "articles": len(result.articles),
        "mentions": result.resolution.mention_count if result.resolution else 0,
        "facts": dict(sorted(result.fact_counts.items())),
        "entities": entity_counts(result.graph),
        "triples": len(result.graph),
    }


# -- the last build, to skip an unchanged one ---------------------------------------------------
def _fingerprint(result: BuildResult, settings: dict) -> str:
    digest = hashlib.sha256(json.dumps({"code": code_version(), **settings}, sort_keys=True).encode("utf-8"))
    for part in (*result.keys, "\0problems", *result.problems):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _file_stamp(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _previous_build(out_dir: Path, fingerprint: str) -> dict | None:
    """The manifest of the last build in out_dir if it had this fingerprint and its outputs are intact."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("fingerprint") != fingerprint:
            return None
        for name, stamp in manifest["outputs"].items():
            if _file_stamp(out_dir / name) != stamp:
                return None
        store = manifest.get("store")
        if store and not is_kg_store(out_dir / store):
            return None
        return manifest
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_manifest(out_dir: Path, fingerprint: str, result: BuildResult, store: str | None) -> None:
    if store is not None and Path(store).resolve().parent == out_dir.resolve():
        store = Path(store).name  # inside the output folder: recorded relative to it, so it moves along
    manifest = {
        "fingerprint": fingerprint,
        "outputs": {p.name: _file_stamp(p) for p in result.written},
        "store": store,
        "summary": result.summary,
        "warnings": result.warnings,
    }
    write_text_atomic(out_dir / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")


def last_build_store(out_dir: Path) -> Path | None:
    """The Oxigraph store the last build into out_dir made, if any (for `kg query`)."""
    try:
        store = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8")).get("store")
    except (OSError, ValueError, AttributeError):
        return None
    return out_dir / store if store and is_kg_store(out_dir / store) else None


def choose_store(stores: Iterable[StoreSpec], article_count: int, out_dir: Path) -> StoreSpec:
    """The local store: the one asked for, else memory, or Oxigraph past AUTO_OXIGRAPH_ARTICLES."""
    local = [s for s in stores if not s.is_remote]
    if len(local) > 1:
        raise ValueError("give at most one local --store (memory or oxigraph[:DIR])")
    if local:
        spec = local[0]
    else:
        spec = StoreSpec(OXIGRAPH if article_count > AUTO_OXIGRAPH_ARTICLES else MEMORY)
    if spec.kind == OXIGRAPH and not spec.location:
        spec = StoreSpec(OXIGRAPH, str(out_dir / "oxigraph"))
    return spec


def build(
    paths: Iterable[Path | str] = (DEFAULT_INPUT,),
    out_dir: Path = DEFAULT_OUT,
    formats: Iterable[str] = ("ttl",),
    base_iri: str = DEFAULT_BASE_IRI,
    html: bool = True,
    progress: bool = False,
    jobs: int = 1,
    cache_dir: Path | None = None,
    scheduler: str | None = None,
    stores: Iterable[StoreSpec] = (),
    stdin=None,
    validate: bool = True,
    max_article_mb: float | None = DEFAULT_MAX_ARTICLE_MB,
) -> BuildResult:
    """Build the graph of `paths` into out_dir. `cache_dir=None` turns all caching off."""
    clock = time.perf_counter()
    stores = list(stores)
    formats = list(dict.fromkeys(["ttl", *formats]))
    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    sources = collect_sources(paths, stdin, max_article_mb)
    local = choose_store(stores, len(sources[0]), out_dir)
    result = read_and_extract(paths, progress, jobs, cache, scheduler, sources=sources)
    if local.kind == OXIGRAPH and not any(s.kind == OXIGRAPH for s in stores):
        result.notes.append(
            f"{len(sources[0])} articles: building an Oxigraph store in {local.location} "
            "(--store memory keeps the graph in rdflib)"
        )
    result.timings["extract"] = time.perf_counter() - clock
    settings = {
        "base_iri": base_iri,
        "formats": formats,
        "html": html,
        "store": [local.kind, local.location],
        "validate": validate,
    }
    fingerprint = _fingerprint(result, settings)
    previous = _previous_build(out_dir, fingerprint) if cache is not None else None
    if previous is not None and result.articles:
        result.up_to_date, result.summary = True, previous["summary"]
        result.written = [out_dir / name for name in previous["outputs"]]
    elif result.articles:
        clock = time.perf_counter()
        result.resolution = resolve(result.articles)
        result.graph = build_graph(
            result.articles, base_iri, result.resolution, store=local, turtle=out_dir / "graph.ttl"
        )
        result.timings["resolve+map"] = time.perf_counter() - clock
        clock = time.perf_counter()
        if isinstance(result.graph, OxigraphGraph):
            result.graph.commit()
        result.written, notes = write_outputs(result.graph, out_dir, formats, html=html)
        result.notes.extend(notes)
        result.timings["write"] = time.perf_counter() - clock
        if validate:
            clock = time.perf_counter()
            _validate(result)
            result.timings["validate"] = time.perf_counter() - clock
        result.summary = graph_summary(result)
        _write_manifest(out_dir, fingerprint, result, local.location if local.kind == OXIGRAPH else None)
    for remote in (s for s in stores if s.is_remote):
        if result.graph is None and result.articles:  # up to date here, but the remote wants the graph
            result.graph = _reload(out_dir, local)
        if result.graph is not None:
            clock = time.perf_counter()
            try:
                sent = push_graph(result.graph, remote, base_iri)
            except StoreError as error:
                raise StoreError(f"{error} (the local outputs in {out_dir} were written)") from error
            result.timings[f"push {remote.kind}"] = time.perf_counter() - clock
            result.notes.append(f"Pushed {sent} triples to {remote.location} (graph <{base_iri}>)")
    return result


def _validate(result: BuildResult) -> None:
    """SHACL (ontology/shapes.ttl) on graphs pyshacl can hold; a large store is noted, not checked."""
    from kg.validate import validate_graph

    graph = _small_copy(result.graph) if len(result.graph) <= HTML_MAX_TRIPLES else None
    if graph is None:
        result.notes.append(
            f"SHACL validation skipped for a graph of {len(result.graph)} triples (more than "
            f"{HTML_MAX_TRIPLES}); `kg validate` checks a smaller build"
        )
        return
    result.validation = validate_graph(graph)


def _reload(out_dir: Path, local: StoreSpec) -> Graph | OxigraphGraph:
    """The graph of an up-to-date build, read back to push it somewhere."""
    if local.kind == OXIGRAPH:
        graph = OxigraphGraph()
        graph.store.bulk_load(path=str(out_dir / "graph.ttl"), format=None)
        return graph
    return Graph().parse(out_dir / "graph.ttl", format="turtle")
