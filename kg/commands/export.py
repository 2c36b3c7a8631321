"""`kg export`: a built graph in another format (RDF, GraphML, Neo4j CSV)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.build import DEFAULT_OUT
from kg.export import EXPORT_FORMATS, render
from kg.query import QueryError, load_graph
from kg.rdf.serialise import write_text_atomic


@click.command("export")
@click.argument(
    "graph_path",
    metavar="GRAPH",
    required=False,
    default=str(DEFAULT_OUT / "graph.ttl"),
    type=click.Path(dir_okay=False, path_type=Path),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="graphml",
    show_default=True,
    help="ttl, nt, jsonld (with a @context), trig, xml, graphml (Gephi/yEd), "
    "neo4j (CSV for neo4j-admin import).",
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Output file (a folder for neo4j). Default: beside GRAPH, e.g. out/graph.graphml, out/neo4j/.",
)
def export_command(graph_path: Path, fmt: str, out_path: Path | None) -> None:
    """Write the graph in GRAPH (default: out/graph.ttl) in another format.

    \b
    Examples:
      kg export --format graphml                     # out/graph.ttl -> out/graph.graphml
      kg export out/graph.ttl --format jsonld --out graph.jsonld
      kg export --format neo4j --out neo4j/          # nodes.csv + relationships.csv
      neo4j-admin database import full --nodes=neo4j/nodes.csv \\
          --relationships=neo4j/relationships.csv kg
    """
    try:
        graph = load_graph(graph_path)
    except QueryError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    files = render(graph, fmt)
    if out_path is None:
        targets = {graph_path.parent / name: text for name, text in files.items()}
    elif fmt == "neo4j" or out_path.is_dir():
        targets = {out_path / Path(name).name: text for name, text in files.items()}
    else:
        (text,) = files.values()
        targets = {out_path: text}
    for path, text in targets.items():
        write_text_atomic(path, text)
        click.echo(f"Wrote {path}")
