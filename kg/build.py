"""The build pipeline: files → articles with facts → RDF graph → output files.

Kept apart from the CLI so other programs (eval, benchmarks, tests) call it directly.
A file that cannot be read or processed is reported by name and skipped; the rest builds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.corpus import ReadError, find_article_files, read_article
from kg.corpus.readers import DEFAULT_MAX_ARTICLE_MB
from kg.export import render
from kg.extract import extract_facts
from kg.extract.context import ArticleContext
from kg.model import Article
from kg.rdf.mapping import GraphMapper
from kg.rdf.serialise import write_texts_atomic
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.resolve import Resolution, resolve

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("out")


@dataclass
class BuildResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # inputs skipped, with the reason
    warnings: list[str] = field(default_factory=list)  # read, but something was off
    graph: Graph | None = None
    written: list[Path] = field(default_factory=list)
    resolution: Resolution | None = None  # which mentions became which node
    validation: list | None = None  # SHACL results (kg.validate.Violation); None: not validated

    @property
    def fact_counts(self) -> Counter:
        return Counter(type(f).__name__.removesuffix("Fact").lower() for a in self.articles for f in a.facts)

    @property
    def entity_count(self) -> int:
        from kg.rdf.queries import count_entities

        return count_entities(self.graph) if self.graph is not None else 0


def _unique_doc_ids(paths: list[Path]) -> dict[Path, str]:
    """Article ids are file names; clashing names (same name, two folders) get their folder too."""
    names = Counter(p.name for p in paths)
    return {p: (p.name if names[p.name] == 1 else "/".join(p.parts[-2:])) for p in paths}


def read_and_extract(
    paths: Iterable[Path],
    progress: Callable[[Path], None] | None = None,
    max_article_mb: float | None = DEFAULT_MAX_ARTICLE_MB,
) -> BuildResult:
    """Read every article file under `paths` and extract its facts."""
    result = BuildResult()
    files, missing = find_article_files(list(paths))
    result.problems.extend(missing)
    for path, doc_id in _unique_doc_ids(files).items():
        if progress:
            progress(path)
        try:
            read = read_article(path, doc_id=doc_id, max_mb=max_article_mb)
        except ReadError as error:
            result.problems.append(str(error))
            continue
        result.warnings.extend(read.warnings)
        try:
            read.article.facts = extract_facts(ArticleContext(read.article, read.text))
        except Exception as error:  # an extractor bug must not lose the whole corpus
            result.problems.append(f"{path}: extraction failed ({type(error).__name__}: {error})")
            continue
        result.articles.append(read.article)
    return result


def build_graph(
    articles: Iterable[Article], base_iri: str = DEFAULT_BASE_IRI, resolution: Resolution | None = None
) -> Graph:
    return GraphMapper(base_iri=base_iri, resolution=resolution).add_articles(articles)


def write_outputs(
    graph: Graph, out_dir: Path, formats: Iterable[str] = ("ttl",), html: bool = True
) -> list[Path]:
    """Write graph.<suffix> for each format (Turtle always) and graph.html, each atomically."""
    written = []
    texts: dict[Path, str] = {}
    for fmt in dict.fromkeys(["ttl", *formats]):
        for name, text in render(graph, fmt).items():
            texts[out_dir / name] = text
    if html:
        from kg.viz import graph_html

        texts[out_dir / "graph.html"] = graph_html(graph)
    # everything is rendered before anything is written: a failure leaves out/ as it was
    write_texts_atomic(texts)
    written.extend(texts)
    return written


def build(
    paths: Iterable[Path] = (DEFAULT_INPUT,),
    out_dir: Path = DEFAULT_OUT,
    formats: Iterable[str] = ("ttl",),
    base_iri: str = DEFAULT_BASE_IRI,
    html: bool = True,
    progress: Callable[[Path], None] | None = None,
    validate: bool = True,
    max_article_mb: float | None = DEFAULT_MAX_ARTICLE_MB,
) -> BuildResult:
    result = read_and_extract(paths, progress=progress, max_article_mb=max_article_mb)
    result.resolution = resolve(result.articles)
    result.graph = build_graph(result.articles, base_iri=base_iri, resolution=result.resolution)
    if validate and result.articles:
        from kg.validate import validate_graph

        result.validation = validate_graph(result.graph)
    if result.articles:
        result.written = write_outputs(result.graph, out_dir, formats, html=html)
    return result
