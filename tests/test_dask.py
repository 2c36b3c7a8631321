"""Extraction on a Dask cluster: a local dask.distributed cluster on loopback stands in for one."""

import os

import pytest

from benchmarks.corpus import generate
from tests.conftest import ROOT, run_kg

try:
    from distributed import LocalCluster
except ImportError:  # CI installs kg[test], which has Dask: missing there is a failure
    if os.environ.get("CI"):
        raise
    pytest.skip("dask[distributed] is not installed (pip install 'kg[cluster]')", allow_module_level=True)


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes on 127.0.0.1 that can import kg from this checkout."""
    previous = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), previous]))
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local:
        yield local.scheduler_address
    if previous is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = previous


def test_a_build_on_dask_is_byte_identical_to_a_local_one(cluster, tmp_path):
    generate(tmp_path / "corpus", 20)
    local = run_kg(
        "build", str(tmp_path / "corpus"), "--out", str(tmp_path / "local"), "--jobs", "1", "--no-cache"
    )
    assert local.returncode == 0, local.stderr
    remote = run_kg(
        "build",
        str(tmp_path / "corpus"),
        "--out",
        str(tmp_path / "dask"),
        "--scheduler",
        cluster,
        "--no-cache",
    )
    assert remote.returncode == 0, remote.stderr
    assert "Read 20 article(s) (extracted 20, 0 from the cache)" in remote.stdout
    assert (tmp_path / "dask" / "graph.ttl").read_bytes() == (tmp_path / "local" / "graph.ttl").read_bytes()


def test_jsonl_articles_travel_to_the_workers_as_text(cluster, tmp_path):
    corpus = tmp_path / "tin.jsonl"
    corpus.write_text(
        '{"id": "t1", "text": "Bà Phạm Thu Hà, Giám đốc Công ty Hòa Bình Xanh, cho biết lãi 12 tỷ đồng."}\n'
        "oops\n",
        encoding="utf-8",
    )
    result = run_kg(
        "build", str(corpus), "--out", str(tmp_path / "out"), "--scheduler", cluster, "--no-cache"
    )
    assert result.returncode == 3, result.stderr
    assert f"{corpus}:2" in result.stderr and "Read 1 article(s), skipped 1" in result.stdout


def test_an_unreachable_scheduler_is_an_error_that_names_it(tmp_path):
    from kg.distributed import ClusterError, dask_map

    with pytest.raises(ClusterError, match="tcp://127.0.0.1:9"):
        list(dask_map(len, [[1]], "tcp://127.0.0.1:9", timeout=2))
