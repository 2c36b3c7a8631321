"""`kg eval`: score the graph built from the gold's articles against the gold files."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.eval_pipeline import GoldError, format_details, format_scores, run_eval, write_predictions

EXIT_GOLD_ERROR = 1  # the gold folder or a gold file cannot be used (nothing scored)


@click.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder holding the articles the gold files name (default: the gold folder itself).",
)
@click.option(
    "--predictions",
    "predictions_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write what was scored, one gold-format JSON per article, read from the built graph.",
)
@click.option("--details/--no-details", default=True, show_default=True, help="List misses and false facts.")
def eval_command(
    gold_dir: Path, corpus_dir: Path | None, predictions_dir: Path | None, details: bool
) -> None:
    """Build the articles named by the gold files in GOLD_DIR and score the graph.

    Prints precision, recall and F1 per fact kind (roles, parts, metrics,
    selections), micro-averaged over them, the looser affiliation score (person and
    organisation of a role), and how often matched facts agree on past, unit, period
    and selector; then each article's misses and false facts with their sentences.
    Matching rules: shared/eval/FORMAT.md and kg/evaluate.py.

    \b
    Examples:
      kg eval tests/gold --corpus seeds
      kg eval ../shared/eval/dev --predictions out/predictions

    Exit status: 0 when scored (whatever the scores; articles that are missing or
    unreadable are named on stderr and their gold facts count as missed);
    1 when GOLD_DIR has no usable gold files; 2 for a usage error.
    """
    try:
        run = run_eval(gold_dir, corpus_dir)
    except GoldError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_GOLD_ERROR)
    for problem in run.problems:
        click.echo(f"warning: {problem}", err=True)
    click.echo(f"{len(run.golds)} gold articles scored\n")
    click.echo(format_scores(run.report), nl=False)
    if details:
        text = format_details(run)
        if text:
            click.echo("\nmisses and false facts:")
            click.echo(text, nl=False)
    if predictions_dir is not None:
        written = write_predictions(run, predictions_dir)
        click.echo(f"\nwrote {len(written)} prediction files to {predictions_dir}")
