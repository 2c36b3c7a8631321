"""A build killed with SIGKILL (kill -9) leaves the previous out/ byte for byte, shows no
half-written output, and the next build works as if nothing had happened."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_kg

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _visible(snapshot: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in snapshot.items() if not name.startswith(".")}


def _first_build(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus / "a_seeds")
    out = tmp_path / "out"
    first = run_kg("build", str(corpus), "--out", str(out), "--format", "nt")
    assert first.returncode == 0, first.stderr
    return corpus, out, _snapshot(out)


def _rebuild_gives_the_same_output(corpus: Path, out: Path, before: dict[str, bytes]) -> None:
    again = run_kg("build", str(corpus), "--out", str(out), "--format", "nt")
    assert again.returncode == 0, again.stderr
    assert _snapshot(out) == before, "rebuild after the crash differs, or left temporary files"


def test_kill_9_in_the_middle_of_a_large_build(tmp_path):
    corpus, out, before = _first_build(tmp_path)
    big = tmp_path / "big"
    big.mkdir()
    nonce = uuid.uuid4().hex  # fresh text, so no cache can make this build quick
    sentence = (
        f"Công ty Cổ phần Thái Bình Dương {nonce[:6]} báo lãi 1.250 tỷ đồng, tăng 12% so với cùng kỳ. "
        "Ông Đinh Công Vũ, Tổng giám đốc công ty, cho biết sẽ mở thêm ba nhà máy.\n"
    )
    for i in range(800):
        (big / f"b{i:04d}.txt").write_text(f"Tin số {i} {nonce}\n\n" + sentence * 300, encoding="utf-8")

    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), str(big), "--out", str(out), "--format", "nt"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: workers, if any, die with it
    )
    time.sleep(2.0)  # mid-run: the build of ~45 MB takes far longer (not asserted, only waited on)
    assert process.poll() is None, "the build finished before it could be killed: make the corpus bigger"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL

    assert _visible(_snapshot(out)) == _visible(before)
    _rebuild_gives_the_same_output(corpus, out, before)


# Kill the build at an exact point of writing: when the first temporary output file has
# been written but not synced ("fsync"), and when all are written and the first rename is
# about to happen ("replace"). The interpreter's own writes do not go through these.
_KILL_AT = """
import os, signal, sys
point = sys.argv.pop(1)
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
setattr(os, point, die)
from kg.cli import main
sys.argv[0] = "kg"
main()
"""


@pytest.mark.parametrize("point", ["fsync", "replace"])
def test_kill_9_while_writing_the_outputs(tmp_path, point):
    corpus, out, before = _first_build(tmp_path)
    (corpus / "b_new.txt").write_text(
        "Ngân hàng Thương mại Phương Nam báo lãi 3.100 tỷ đồng trong năm 2023.\n", encoding="utf-8"
    )
    killed = subprocess.run(
        [sys.executable, "-c", _KILL_AT, point, "build", str(corpus), "--out", str(out), "--format", "nt"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        timeout=600,
    )
    assert killed.returncode == -signal.SIGKILL
    after = _snapshot(out)
    assert _visible(after) == _visible(before)  # every output as the previous build left it
    leftovers = set(after) - set(before)
    assert leftovers and all(name.startswith(".graph.") and name.endswith(".tmp") for name in leftovers), (
        "the kill did not happen while writing"
    )

    # the next build removes what the killed one left and writes the new outputs
    result = run_kg("build", str(corpus), "--out", str(out), "--format", "nt")
    assert result.returncode == 0, result.stderr
    now = _snapshot(out)
    assert set(now) == set(before) and now["graph.ttl"] != before["graph.ttl"]
    assert "b_new.txt" in now["graph.ttl"].decode("utf-8")
