"""The `kg` command line: thin click commands over importable functions."""

from __future__ import annotations

import click

from kg import __version__
from kg.commands.build import build_command
from kg.commands.eval import eval_command
from kg.commands.export import export_command
from kg.commands.query import query_command
from kg.commands.stats import stats_command
from kg.commands.validate import validate_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph from Vietnamese business news.

    \b
    Examples:
      kg build                              # seeds/ -> out/graph.ttl + out/graph.html
      kg build articles/ --out out/
      kg query queries/people_roles.rq      # who holds which role where
      kg export --format graphml            # for Gephi / yEd; also neo4j, jsonld, trig, nt
    """


main.add_command(build_command)
main.add_command(query_command)
main.add_command(eval_command)
main.add_command(validate_command)
main.add_command(stats_command)
main.add_command(export_command)
