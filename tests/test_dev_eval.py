"""The scores the issue asks for: on the seeds, and on the shared dev set when it is present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.eval_pipeline import run_eval
from tests.conftest import ROOT, SEEDS

SHARED = Path(os.environ.get("KG_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared"))
DEV = SHARED / "eval" / "dev"


def test_seed_roles_and_parts():
    report = run_eval(ROOT / "tests" / "gold", SEEDS).report
    assert report.kinds["roles"].f1 >= 0.95
    assert report.kinds["parts"].f1 == 1.0


@pytest.mark.skipif(
    not DEV.is_dir(), reason=f"dev set not found at {DEV} (set KG_SHARED_DIR to the shared folder)"
)
def test_dev_roles():
    report = run_eval(DEV).report
    assert report.kinds["roles"].f1 >= 0.85
