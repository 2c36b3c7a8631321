"""The progress bar: shown to a person at a terminal, never in CI or in a redirected log."""

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

from benchmarks.corpus import generate
from tests.conftest import ROOT, run_kg


def _run_on_a_terminal(args, env):
    """Run kg with stderr on a pseudo-terminal, as in an interactive shell; return what it showed."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column window
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closed: kg has exited
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=300)
    os.close(controller)
    return process.returncode, shown.decode("utf-8", "replace")


def test_a_terminal_shows_progress_and_ci_does_not(tmp_path):
    generate(tmp_path / "corpus", 30)
    args = ["build", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1"]
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"PYTHONPATH": str(ROOT)}
    code, shown = _run_on_a_terminal(args, env)
    assert code == 0
    assert "/30 [" in shown and "article/s" in shown
    code, shown = _run_on_a_terminal(args, env | {"CI": "true"})
    assert code == 0 and "/30 [" not in shown


def test_a_redirected_build_log_has_no_progress_bar(tmp_path):
    generate(tmp_path / "corpus", 12)
    result = run_kg("build", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.returncode == 0
    assert "/12 [" not in result.stderr and "\r" not in result.stderr
