"""`kg build`: articles in, graph.ttl and graph.html out."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from kg.build import DEFAULT_INPUT, DEFAULT_OUT, build, show_progress
from kg.cache import default_cache_dir
from kg.corpus.readers import DEFAULT_MAX_ARTICLE_MB
from kg.distributed import ClusterError
from kg.export import EXPORT_FORMATS
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.store import StoreError, parse_store

# Exit status (documented in README "Bad input"): 0 everything built; 3 built, but some
# inputs were skipped (each named on stderr); 1 nothing built or written; 2 wrong usage
# (click); 130 interrupted. Warnings (e.g. a file decoded from UTF-16) do not change it.
EXIT_SKIPPED = 3
EXIT_NOTHING = 1
EXIT_INTERRUPTED = 130

_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


def _check_base_iri(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Every entity IRI starts with this: it must be an http(s) IRI Turtle can write as is."""
    if not _IRI.fullmatch(value):
        raise click.BadParameter(
            'must be an absolute http(s) IRI without spaces or any of <>"{}|\\^`', ctx, param
        )
    return value


def _store_specs(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list:
    try:
        return [parse_store(value) for value in values]
    except StoreError as error:
        raise click.BadParameter(str(error), ctx, param) from error


@click.command("build")
@click.argument("paths", nargs=-1)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder for graph.ttl, graph.html and extra exports.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(EXPORT_FORMATS),
    help="Extra output besides Turtle (repeatable): nt, jsonld, trig, xml, graphml, neo4j.",
)
@click.option(
    "--base-iri",
    default=DEFAULT_BASE_IRI,
    show_default=True,
    callback=_check_base_iri,
    help="Base IRI for entities and facts.",
)
@click.option("--no-html", is_flag=True, help="Skip graph.html.")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL check of the graph (ontology/shapes.ttl).")
@click.option(
    "--max-article-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_MAX_ARTICLE_MB,
    show_default=True,
    help="Refuse (skip, with a message) any article larger than this many megabytes.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default="number of CPUs",
    help="Processes that extract articles in parallel (the output is the same for any number).",
)
@click.option("--no-cache", is_flag=True, help="Extract every article again and rewrite every output.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Cache of extracted articles [default: $KG_CACHE_DIR or ~/.cache/kg].",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="Extract on a Dask cluster (needs kg[cluster] here and on the workers).",
)
@click.option(
    "--store",
    "stores",
    multiple=True,
    callback=_store_specs,
    metavar="STORE",
    help="memory | oxigraph[:DIR] | sparql+http://HOST/PATH | gsp+http://HOST/PATH (repeatable: one "
    "local store, any number of remote ones). Default: memory, or oxigraph past 2000 articles.",
)
@click.option("--timings", is_flag=True, help="Print the seconds each stage took (on stderr).")
def build_command(
    paths: tuple[str, ...],
    out_dir: Path,
    formats: tuple[str, ...],
    base_iri: str,
    no_html: bool,
    no_validate: bool,
    max_article_mb: float,
    jobs: int,
    no_cache: bool,
    cache_dir: Path | None,
    scheduler: str | None,
    stores: list,
    timings: bool,
) -> None:
    """Read articles and write the knowledge graph.

    PATHS are files, folders (searched recursively for .txt .md .seg and .jsonl), glob patterns
    ('news/**/*.md'), JSON Lines corpora (one article a line: {"text": ..., "id": ...,
    "title"/"published"/"author"/"url": ...}) or - for standard input. Default: seeds/.

    \b
    Examples:
      kg build                          # seeds/ -> out/graph.ttl, out/graph.html
      kg build news/ extra.md --out build/
      kg build corpus/ --base-iri https://data.example.vn/kg/ --no-validate
      kg build corpus/ --format jsonld --format nt
      kg build --format graphml --format neo4j   # for Gephi/yEd and neo4j-admin import
      kg build 'archive/**/*.txt' corpus.jsonl --jobs 8
      cat corpus.jsonl | kg build - --store oxigraph      # then: kg query queries/people_roles.rq
      kg build corpus/ --scheduler tcp://10.0.0.5:8786 --store sparql+http://db:8890/sparql

    Extraction is cached by article content and extractor version: a rebuild of an unchanged
    corpus extracts nothing and rewrites nothing; --no-cache forces a full build.

    Exit status: 0 all inputs built; 3 built, but some inputs were skipped
    (each named on stderr); 1 nothing could be built; 130 interrupted.
    Outputs are replaced atomically: an interrupted build leaves out/ as it was.
    """
    inputs = list(paths) or [DEFAULT_INPUT]
    try:
        result = build(
            inputs,
            out_dir=out_dir,
            formats=formats,
            base_iri=base_iri,
            html=not no_html,
            validate=not no_validate,
            max_article_mb=max_article_mb,
            progress=show_progress(),
            jobs=jobs,
            cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
            scheduler=scheduler,
            stores=stores,
        )
    except (StoreError, ClusterError, ValueError) as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_NOTHING)
    except KeyboardInterrupt:
        click.echo(f"interrupted: the build did not finish; files in {out_dir} are whole.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except OSError as error:
        target = error.filename or out_dir
        click.echo(f"error: cannot write {target}: {error.strerror or error}", err=True)
        sys.exit(EXIT_NOTHING)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    for problem in result.problems:
        click.echo(f"skipped: {problem}", err=True)
    if not result.articles:
        click.echo("error: no article could be read; nothing was written.", err=True)
        sys.exit(EXIT_NOTHING)
    summary = result.summary
    click.echo(
        f"Read {len(result.articles)} article(s)"
        + (f", skipped {len(result.problems)}" if result.problems else "")
        + f" (extracted {result.extracted}, {result.cached} from the cache)"
    )
    entities = ", ".join(f"{n} {k.lower()}" for k, n in summary["entities"].items() if n)
    mentions = summary.get("mentions", 0)
    click.echo(f"Entities: {entities or 'none'}" + (f" (from {mentions} mentions)" if mentions else ""))
    facts = summary["facts"]
    click.echo(
        "Facts: "
        + ", ".join(f"{facts.get(k, 0)} {k}" for k in ("role", "part", "metric", "selection", "event"))
    )
    click.echo(f"Triples: {summary['triples']}")
    if result.validation is not None:
        _report_validation(result.validation, out_dir)
    for note in result.notes:
        click.echo(note)
    if result.up_to_date:
        click.echo(f"Up to date: nothing changed since the last build into {out_dir}")
    else:
        for path in result.written:
            click.echo(f"Wrote {path}")
    if timings:
        for stage, seconds in result.timings.items():
            click.echo(f"time {stage}: {seconds:.3f} s", err=True)
    if result.problems:
        sys.exit(EXIT_SKIPPED)


def _report_validation(results: list, out_dir: Path) -> None:
    from kg.validate import violations_only

    violations = violations_only(results)
    click.echo(f"SHACL validation: {len(violations)} violation{'s' if len(violations) != 1 else ''}")
    for violation in violations[:5]:
        click.echo(f"  {violation}", err=True)
    if len(violations) > 5:
        click.echo(f"  ... and {len(violations) - 5} more: kg validate {out_dir / 'graph.ttl'}", err=True)
