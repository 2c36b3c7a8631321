"""`kg stats`: what a built graph holds."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.build import DEFAULT_OUT
from kg.query import QueryError, load_graph
from kg.stats import format_stats, graph_stats, stats_json


@click.command("stats")
@click.argument("graph_path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--top", default=10, show_default=True, type=click.IntRange(0), help="How many entities to rank."
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output."
)
def stats_command(graph_path: Path | None, top: int, fmt: str) -> None:
    """Counts of entities and facts by type, articles by date, and the most connected entities.

    \b
    Examples:
      kg stats                          # out/graph.ttl
      kg stats build/graph.trig --top 20
      kg stats --format json > stats.json
    """
    try:
        graph = load_graph(graph_path or DEFAULT_OUT / "graph.ttl")
    except QueryError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    stats = graph_stats(graph, top=top)
    click.echo(stats_json(stats) if fmt == "json" else format_stats(stats), nl=False)
