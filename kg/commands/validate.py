"""`kg validate`: check a graph against the SHACL shapes and say what is wrong."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.build import DEFAULT_OUT
from kg.query import QueryError, load_graph
from kg.validate import SHAPES_PATH, format_report, load_shapes, validate_graph, violations_only

EXIT_VIOLATIONS = 1
EXIT_UNREADABLE = 2


@click.command("validate")
@click.argument("graph_path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--shapes",
    "shapes_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=SHAPES_PATH,
    show_default=True,
    help="SHACL shapes to check against.",
)
def validate_command(graph_path: Path | None, shapes_path: Path) -> None:
    """Check GRAPH (default: out/graph.ttl; .ttl, .nt, .jsonld, .rdf or .trig) against SHACL shapes.

    \b
    Examples:
      kg validate                       # out/graph.ttl against ontology/shapes.ttl
      kg validate build/graph.trig
      kg validate mine.ttl --shapes my-shapes.ttl

    Each problem is printed as: the node (its label), the property, what is wrong.
    Exit status: 0 the graph conforms; 1 it has violations; 2 a file cannot be read.
    """
    path = graph_path or DEFAULT_OUT / "graph.ttl"
    try:
        graph = load_graph(path)
        shapes = load_shapes(shapes_path)
    except QueryError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    except Exception as error:  # shapes that are not Turtle
        click.echo(f"error: {shapes_path}: cannot read the shapes: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    results = validate_graph(graph, shapes)
    click.echo(f"{path}: {len(graph)} triples checked against {shapes_path.name}")
    click.echo(format_report(results), nl=False)
    if violations_only(results):
        sys.exit(EXIT_VIOLATIONS)
