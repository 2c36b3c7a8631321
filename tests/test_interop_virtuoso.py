"""A real Virtuoso server (Debian's virtuoso-opensource), started here on loopback, bulk-loads our
Turtle and answers the queries in queries/ with the same rows as `kg query`."""

from __future__ import annotations

import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.rdf.serialise import graph_to_text
from tests.conftest import ROOT, run_kg
from tests.external_tools import free_port, require_program
from tests.sparql_results import PREFIX_LINES, rows_from_json, same_answers
from tests.viz_sample import sample_graph

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
GRAPH_IRI = "https://example.org/kg/test/{}"
START_TIMEOUT = 90  # seconds; it starts in about 4 here
INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {data}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


class Virtuoso:
    def __init__(self, workdir: Path):
        self.virtuoso = require_program("virtuoso-t")
        self.isql_program = require_program("isql-vt")
        self.db, self.data = workdir / "db", workdir / "data"
        self.db.mkdir()
        self.data.mkdir()
        self.sql_port, self.http_port = free_port(), free_port()
        self.ini = workdir / "virtuoso.ini"
        self.ini.write_text(
            INI.format(db=self.db, data=self.data, sql_port=self.sql_port, http_port=self.http_port),
            encoding="utf-8",
        )
        self.process: subprocess.Popen | None = None

    def isql(self, sql: str, timeout: float = 120) -> str:
        done = subprocess.run(
            [self.isql_program, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
            capture_output=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        out = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
        if done.returncode != 0 or "*** Error" in out:
            raise RuntimeError(f"isql failed ({done.returncode}): {out[-2000:]}")
        return out

    def start(self) -> None:
        log = open(self.db / "stdout.log", "wb")  # noqa: SIM115 (closed with the process)
        self.process = subprocess.Popen(
            [self.virtuoso, "+foreground", "+configfile", str(self.ini)],
            cwd=self.db,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited: {self.log_tail()}")
            try:
                self.isql("select 1;", timeout=10)
                if self._http_ok():
                    return
            except (RuntimeError, subprocess.TimeoutExpired):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"virtuoso-t did not answer within {START_TIMEOUT}s: {self.log_tail()}")

    def _http_ok(self) -> bool:
        try:
            return bool(self.sparql("ASK { ?s ?p ?o }", None))
        except OSError:
            return False

    def log_tail(self) -> str:
        log = self.db / "virtuoso.log"
        return log.read_text(encoding="utf-8", errors="replace")[-2000:] if log.exists() else "(no log)"

    def bulk_load(self, turtle: Path, graph_iri: str) -> None:
        """ld_dir + rdf_loader_run: Virtuoso's bulk loader, reading the file itself."""
        target = self.data / turtle.name
        target.write_bytes(turtle.read_bytes())
        self.isql(f"ld_dir('{self.data}', '{turtle.name}', '{graph_iri}');")
        self.isql("rdf_loader_run();")
        status = self.isql(f"select ll_state, ll_error from DB.DBA.load_list where ll_file = '{target}';")
        state_row = [line.split() for line in status.splitlines() if line.strip().startswith("2 ")]
        assert state_row and state_row[0][1:] == ["NULL"], f"bulk load of {turtle.name} failed: {status}"

    def sparql(self, query: str, graph_iri: str | None) -> str:
        params = {"query": query}
        if graph_iri:
            params["default-graph-uri"] = graph_iri
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.http_port}/sparql?" + urllib.parse.urlencode(params),
            headers={"Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.read().decode("utf-8")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.isql("shutdown;", timeout=30)
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def virtuoso(seed_build, tmp_path_factory):
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    sample = tmp_path_factory.mktemp("virtuoso-input") / "sample.ttl"
    sample.write_text(graph_to_text(sample_graph(), "ttl"), encoding="utf-8")
    server.start()
    try:
        server.bulk_load(seed_build / "graph.ttl", GRAPH_IRI.format("seeds"))
        server.bulk_load(sample, GRAPH_IRI.format("sample"))
        yield server, {"seeds": seed_build / "graph.ttl", "sample": sample}
    finally:
        server.stop()


@pytest.mark.parametrize("which", ["seeds", "sample"])
def test_virtuoso_loads_every_triple(virtuoso, which):
    from rdflib import Graph

    server, files = virtuoso
    count_json = server.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", GRAPH_IRI.format(which))
    _, rows = rows_from_json(count_json)
    assert int(rows[0][0]) == len(Graph().parse(files[which], format="turtle")) > 0


@pytest.mark.parametrize("which", ["seeds", "sample"])
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_virtuoso_answers_our_queries_like_kg_query(virtuoso, which, query):
    server, files = virtuoso
    expected_names, expected = rows_from_json(_kg_query_json(files[which], query))
    names, rows = rows_from_json(
        server.sparql(PREFIX_LINES + query.read_text(encoding="utf-8"), GRAPH_IRI.format(which))
    )
    assert names == expected_names
    assert same_answers(rows) == same_answers(expected)
    if which == "sample":
        assert rows, f"{query.name} found nothing in a graph that has every fact kind"


def _kg_query_json(graph_file: Path, query: Path) -> str:
    result = run_kg("query", str(query), "--graph", str(graph_file), "--format", "json")
    assert result.returncode == 0, result.stderr
    return result.stdout
