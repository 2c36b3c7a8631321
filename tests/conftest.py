"""Shared fixtures: the project root, the seeds, and one built graph per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def run_kg(*args: str, cwd: Path = ROOT, env: dict | None = None, input: str | None = None):
    """Run the kg command line as a user would, in a subprocess."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=input,
        timeout=600,
    )


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """`kg build` on the seeds, once: returns the output folder."""
    out = tmp_path_factory.mktemp("seed-out")
    result = run_kg("build", str(SEEDS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    from rdflib import Graph

    return Graph().parse(seed_build / "graph.ttl", format="turtle")
