"""Scores on the invented articles of tests/invented (see its README): a regression guard on
news the extractors were not first written for."""

from __future__ import annotations

from kg.eval_pipeline import run_eval
from tests.conftest import ROOT

INVENTED = ROOT / "tests" / "invented"


def test_invented_articles_keep_their_scores():
    report = run_eval(INVENTED).report
    assert report.kinds["parts"].f1 >= 0.9  # member lists, mergers, owners in parentheses
    assert report.kinds["roles"].f1 >= 0.8
    assert report.kinds["metrics"].f1 >= 0.88
    assert report.kinds["selections"].f1 >= 0.7
