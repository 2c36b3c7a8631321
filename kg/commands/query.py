"""`kg query`: SPARQL over the built graph."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.build import DEFAULT_OUT
from kg.query import OUTPUT_FORMATS, QueryError, format_result, load_graph, query_text, run_query


@click.command("query")
@click.argument("query")
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_OUT / "graph.ttl",
    show_default=True,
    help="Graph file to query.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(OUTPUT_FORMATS),
    default="table",
    show_default=True,
    help="Output: a readable table, or csv/tsv/json for other programs.",
)
def query_command(query: str, graph_path: Path, fmt: str) -> None:
    """Run a SPARQL query (inline text or a .rq file) over the graph.

    \b
    Examples:
      kg query queries/people_roles.rq
      kg query queries/metrics.rq --format csv > metrics.csv
      kg query 'SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }'

    The graph's prefixes (kg:, org:, schema:, prov:, oa:, skos:, rdfs:) are predeclared.
    """
    try:
        graph = load_graph(graph_path)
        result = run_query(graph, query_text(query))
    except QueryError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo(format_result(result, fmt), nl=False)
