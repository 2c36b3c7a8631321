"""`kg query`: SPARQL over the built graph (a graph file, or an Oxigraph store for large graphs)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.build import DEFAULT_OUT, last_build_store
from kg.query import OUTPUT_FORMATS, QueryError, format_result, load_graph, query_text, run_query
from kg.store import StoreError, open_store, query_store


@click.command("query")
@click.argument("query")
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"Graph file to query [default: {DEFAULT_OUT / 'graph.ttl'}, or the Oxigraph store the last "
    f"`kg build --store oxigraph` into {DEFAULT_OUT}/ made].",
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
def query_command(query: str, graph_path: Path | None, store_path: Path | None, fmt: str) -> None:
    """Run a SPARQL query (inline text or a .rq file) over the graph.

    \b
    Examples:
      kg query queries/people_roles.rq
      kg query queries/metrics.rq --format csv > metrics.csv
      kg query 'SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }'
      kg query queries/org_metrics.rq --store big/oxigraph   # a store on disk: fast on large graphs

    The graph's prefixes (kg:, org:, schema:, prov:, oa:, skos:, rdfs:) are predeclared.
    """
    if graph_path is not None and store_path is not None:
        click.echo("error: give --graph or --store, not both", err=True)
        sys.exit(1)
    if graph_path is None and store_path is None:
        store_path = last_build_store(DEFAULT_OUT)
    try:
        sparql = query_text(query)
        if store_path is not None:
            result = query_store(open_store(store_path), sparql)
        else:
            result = run_query(load_graph(graph_path or DEFAULT_OUT / "graph.ttl"), sparql)
    except (QueryError, StoreError) as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo(format_result(result, fmt), nl=False)
