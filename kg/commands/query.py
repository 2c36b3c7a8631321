"""`kg query`: SPARQL over the built graph."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.build import DEFAULT_OUT, last_build_store
from kg.query import (
    DEFAULT_TIMEOUT,
    OUTPUT_FORMATS,
    QueryError,
    QueryTimeout,
    answer_with_deadline,
    query_text,
)

EXIT_ERROR = 1  # bad query, missing graph, or refused (an update without --allow-update, SERVICE, ...)
EXIT_TIMEOUT = 124  # stopped at --timeout, as timeout(1) does


@click.command("query")
@click.argument("query")
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"Graph file to query [default: {DEFAULT_OUT / 'graph.ttl'}, or the Oxigraph store that the "
    f"last `kg build` into {DEFAULT_OUT}/ made].",
)
@click.option(
    "--store",
    "store_path",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Oxigraph store folder to query (made by `kg build --store oxigraph:DIR`).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(OUTPUT_FORMATS),
    default="table",
    show_default=True,
    help="Output: a readable table, or csv/tsv/json for other programs.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Stop the query after this many seconds (0: no limit).",
)
@click.option(
    "--allow-update",
    is_flag=True,
    help="Allow SPARQL UPDATE (INSERT, DELETE, CLEAR ...); the graph file is rewritten atomically.",
)
def query_command(
    query: str, graph_path: Path | None, store_path: Path | None, fmt: str, timeout: float, allow_update: bool
) -> None:
    """Run a SPARQL query (inline text or a .rq file) over the graph.

    \b
    Examples:
      kg query queries/people_roles.rq
      kg query queries/metrics.rq --format csv > metrics.csv
      kg query 'SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }'
      kg query 'INSERT DATA { ... }' --allow-update
      kg query queries/org_metrics.rq --store big/oxigraph   # a store on disk: fast on large graphs

    The graph's prefixes (kg:, org:, schema:, prov:, oa:, skos:, rdfs:) are predeclared.
    Read-only by default: an UPDATE is refused unless --allow-update. SERVICE, FROM,
    USING and LOAD are always refused (no network, no other files). Exit status: 0 answered;
    1 error or refused; 124 stopped at --timeout.
    """
    if graph_path is not None and store_path is not None:
        click.echo("error: give --graph or --store, not both", err=True)
        sys.exit(EXIT_ERROR)
    if store_path is not None and not store_path.is_dir():
        click.echo(
            f"error: {store_path}: no such store (build one with `kg build --store oxigraph:DIR`)", err=True
        )
        sys.exit(EXIT_ERROR)
    if graph_path is None:
        graph_path = store_path or last_build_store(DEFAULT_OUT) or DEFAULT_OUT / "graph.ttl"
    try:
        stdout, stderr = answer_with_deadline(
            graph_path, query_text(query), fmt, allow_update=allow_update, timeout=timeout
        )
    except QueryTimeout as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_TIMEOUT)
    except QueryError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_ERROR)
    if stderr:
        click.echo(stderr, err=True)
    click.echo(stdout, nl=False)
