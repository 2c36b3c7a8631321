"""Run SPARQL over a built graph and format the answer for people or programs.

Read-only unless asked: a SPARQL UPDATE is refused without `allow_update`. Nothing a
query says may reach the network or other files (SERVICE, FROM, LOAD, USING are refused,
and the process that runs the query cannot open a connection). A query runs in a child
process that is killed at its deadline, so a runaway query really stops.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pyparsing import ParseException, ParseResults
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Result

from kg.rdf.serialise import graph_to_text, write_text_atomic
from kg.rdf.vocab import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")
DEFAULT_TIMEOUT = 60.0  # seconds

# graph file suffix → (rdflib parser, our serialiser name)
_GRAPH_FORMATS = {
    ".ttl": ("turtle", "ttl"),
    ".nt": ("nt", "nt"),
    ".jsonld": ("json-ld", "jsonld"),
    ".rdf": ("xml", "xml"),
    ".trig": ("trig", "trig"),
}


class QueryError(Exception):
    """A query or graph the user gave cannot be used; the message says why."""


class QueryRefused(QueryError):
    """The query would change the graph or reach outside it, and was not allowed to."""


class QueryTimeout(QueryError):
    """The query ran past its deadline and was stopped."""


# parse-tree nodes that would read from the network or other files
_OUTSIDE = {
    "ServiceGraphPattern": "SERVICE (a federated query) is refused: kg query never goes to the network",
    "DatasetClause": "FROM / FROM NAMED is refused: kg query reads only the --graph file",
    "UsingClause": "USING / USING NAMED is refused: kg query reads only the --graph file",
    "Load": "LOAD is refused: it would fetch a graph from a URL or a file; build one with kg build",
}


@dataclass(frozen=True)
class Sparql:
    text: str
    is_update: bool
    operations: tuple[str, ...]  # e.g. ("SelectQuery",) or ("InsertData", "Clear")


def _walk(node):
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (ParseResults, list, tuple)):
        for value in node:
            yield from _walk(value)


def classify(text: str, allow_update: bool = False) -> Sparql:
    """Parse `text` as a SPARQL query or update; refuse what is not allowed."""
    try:
        tree, is_update = parseQuery(text), False
    except ParseException as query_error:
        try:
            tree, is_update = parseUpdate(text), True
        except ParseException:
            raise QueryError(f"SPARQL error: {query_error}") from query_error
    nodes = list(_walk(tree))
    for node in nodes:
        if node.name in _OUTSIDE:
            raise QueryRefused(_OUTSIDE[node.name])
    if is_update:
        operations = tuple(n.name for n in tree["request"]) if "request" in tree else ()
        if not allow_update:
            raise QueryRefused(
                f"kg query is read-only: this is a SPARQL UPDATE ({', '.join(operations) or 'empty'}). "
                "Run it again with --allow-update to change the graph file."
            )
        return Sparql(text, True, operations)
    return Sparql(text, False, tuple(n.name for n in nodes if n.name.endswith("Query"))[:1])


def load_graph(path: Path) -> Graph:
    if not path.exists():
        raise QueryError(f"{path}: no such graph file (run `kg build` first, or pass --graph FILE)")
    graph = Graph()
    fmt = _GRAPH_FORMATS.get(path.suffix, ("turtle", "ttl"))[0]
    try:
        if fmt == "trig":  # a plain Graph would keep only the default graph of a dataset
            from kg.rdf.named_graphs import read_trig

            return read_trig(path)
        graph.parse(path, format=fmt, encoding="utf-8") if fmt != "json-ld" else graph.parse(path, format=fmt)
    except Exception as error:
        raise QueryError(f"{path}: cannot parse as {fmt}: {error}") from error
    return graph


def query_text(query_or_file: str) -> str:
    """The SPARQL text: the content of a .rq/.sparql file if one is named, else the argument itself."""
    candidate = Path(query_or_file)
    if candidate.suffix in (".rq", ".sparql") or (len(query_or_file) < 300 and "\n" not in query_or_file):
        try:
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8")
        except OSError:
            pass
        if candidate.suffix in (".rq", ".sparql"):
            raise QueryError(f"{candidate}: no such query file")
    return query_or_file


def run_query(graph: Graph, sparql: str) -> Result:
    """Answer a read-only query (an update or a SERVICE call is refused)."""
    classify(sparql)
    try:
        return graph.query(sparql, initNs=PREFIXES)
    except Exception as error:
        raise QueryError(f"SPARQL error: {error}") from error


def apply_update(graph: Graph, graph_path: Path, sparql: Sparql) -> str:
    """Run an allowed update and save the graph back to its file, atomically."""
    before = len(graph)
    try:
        graph.update(sparql.text, initNs=PREFIXES)
    except Exception as error:
        raise QueryError(f"SPARQL error: {error}") from error
    fmt = _GRAPH_FORMATS.get(graph_path.suffix, ("turtle", "ttl"))[1]
    write_text_atomic(graph_path, graph_to_text(graph, fmt))
    return f"Updated {graph_path}: {before} → {len(graph)} triples ({', '.join(sparql.operations)})."


def answer(graph_path: Path, text: str, fmt: str = "table", allow_update: bool = False) -> tuple[str, str]:
    """Load the graph and run `text` on it: (what to print on stdout, what to print on stderr)."""
    sparql = classify(text, allow_update)
    if graph_path.is_dir():  # an Oxigraph store (kg build --store oxigraph): fast on large graphs
        return _answer_from_store(graph_path, sparql, fmt), ""
    graph = load_graph(graph_path)
    if sparql.is_update:
        return "", apply_update(graph, graph_path, sparql)
    return format_result(run_query(graph, text), fmt), ""


def _answer_from_store(folder: Path, sparql: Sparql, fmt: str) -> str:
    from kg.store import StoreError, open_store, query_store

    if sparql.is_update:
        raise QueryRefused(f"{folder} is an Oxigraph store made by kg build: change the articles, rebuild")
    try:
        return format_result(query_store(open_store(folder), sparql.text), fmt)
    except StoreError as error:
        raise QueryError(str(error)) from error


def _no_network(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
        raise PermissionError(f"kg query does not use the network ({event} refused)")


def _answer_in_child(connection, graph_path: Path, text: str, fmt: str, allow_update: bool) -> None:
    sys.addaudithook(_no_network)
    try:
        connection.send(("done", answer(graph_path, text, fmt, allow_update)))
    except QueryError as error:
        connection.send(("error", str(error)))
    except Exception as error:  # report, never a traceback
        connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


def _graph_state(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def answer_with_deadline(
    graph_path: Path,
    text: str,
    fmt: str = "table",
    allow_update: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> tuple[str, str]:
    """`answer`, in a child process killed after `timeout` seconds (None or 0: no limit)."""
    sparql = classify(text, allow_update)  # refuse at once, before a process is started
    if not timeout:
        return answer(graph_path, text, fmt, allow_update)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    before = _graph_state(graph_path)
    child = context.Process(
        target=_answer_in_child, args=(sender, graph_path, text, fmt, allow_update), daemon=True
    )
    child.start()
    sender.close()
    try:
        message = receiver.recv() if receiver.poll(timeout) else None
    except EOFError:
        message = ("error", "the query process ended without an answer")
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if message is None:
        unchanged = f" {graph_path} was not changed." if _graph_state(graph_path) == before else ""
        raise QueryTimeout(
            f"{'update' if sparql.is_update else 'query'} stopped after {timeout:g} s (--timeout): "
            "it ran too long. Add a LIMIT, make its patterns more specific, or allow more time "
            f"with --timeout SECONDS (0: no limit).{unchanged if sparql.is_update else ''}"
        )
    status, payload = message
    if status == "error":
        raise QueryError(payload)
    return payload


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    return str(term)


def result_rows(result: Result) -> tuple[list[str], list[list[str]]]:
    if result.type == "ASK":
        return ["ask"], [[str(bool(result.askAnswer)).lower()]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], sorted(
            [[_cell(t) for t in triple] for triple in result.graph]
        )
    names = [str(v) for v in result.vars]
    return names, [[_cell(row[i]) for i in range(len(names))] for row in result]


def format_result(result: Result, fmt: str = "table") -> str:
    if fmt == "json" and result.type == "SELECT":
        return json.dumps(json.loads(result.serialize(format="json")), ensure_ascii=False, indent=2) + "\n"
    names, rows = result_rows(result)
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue()
    return format_table(names, rows)


def _visible(text: str) -> str:
    """Control and bidi characters as escapes: a literal cannot drive the terminal."""
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf") and c not in "\t\n" else c for c in text
    )


def format_table(names: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """A plain aligned table that reads well in a terminal and in a log."""

    def clip(text: str) -> str:
        text = " ".join(_visible(text).split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    clipped = [[clip(c) for c in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in clipped]) for i, n in enumerate(names)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in clipped]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
