"""`kg build`: articles in, graph.ttl and graph.html out."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from kg.build import DEFAULT_INPUT, DEFAULT_OUT, build
from kg.corpus.readers import DEFAULT_MAX_ARTICLE_MB
from kg.export import EXPORT_FORMATS
from kg.rdf.queries import entity_counts
from kg.rdf.vocab import DEFAULT_BASE_IRI

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


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
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
    help="Refuse (skip, with a message) any article file larger than this many megabytes.",
)
def build_command(
    paths: tuple[Path, ...],
    out_dir: Path,
    formats: tuple[str, ...],
    base_iri: str,
    no_html: bool,
    no_validate: bool,
    max_article_mb: float,
) -> None:
    """Read articles (files or folders; default: seeds/) and write the knowledge graph.

    \b
    Examples:
      kg build                          # seeds/ -> out/graph.ttl, out/graph.html
      kg build news/ extra.md --out build/
      kg build corpus/ --base-iri https://data.example.vn/kg/ --no-validate
      kg build corpus/ --format jsonld --format nt
      kg build --format graphml --format neo4j   # for Gephi/yEd and neo4j-admin import

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
        )
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
    counts = entity_counts(result.graph)
    facts = result.fact_counts
    click.echo(
        f"Read {len(result.articles)} article(s)"
        + (f", skipped {len(result.problems)}" if result.problems else "")
    )
    entities = ", ".join(f"{n} {k.lower()}" for k, n in counts.items() if n)
    mentions = result.resolution.mention_count if result.resolution else 0
    click.echo(f"Entities: {entities or 'none'}" + (f" (from {mentions} mentions)" if mentions else ""))
    click.echo(
        "Facts: "
        + ", ".join(f"{facts.get(k, 0)} {k}" for k in ("role", "part", "metric", "selection", "event"))
    )
    click.echo(f"Triples: {len(result.graph)}")
    if result.validation is not None:
        _report_validation(result.validation, out_dir)
    for path in result.written:
        click.echo(f"Wrote {path}")
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
