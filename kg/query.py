"""Run SPARQL over a built graph and format the answer for people or programs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from kg.rdf.vocab import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    """A query or graph the user gave cannot be used; the message says why."""


def load_graph(path: Path) -> Graph:
    if not path.exists():
        raise QueryError(f"{path}: no such graph file (run `kg build` first, or pass --graph FILE)")
    graph = Graph()
    fmt = {".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml", ".trig": "trig"}.get(path.suffix, "turtle")
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
    try:
        return graph.query(sparql, initNs=PREFIXES)
    except Exception as error:
        raise QueryError(f"SPARQL error: {error}") from error


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


def format_table(names: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """A plain aligned table that reads well in a terminal and in a log."""

    def clip(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    clipped = [[clip(c) for c in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in clipped]) for i, n in enumerate(names)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in clipped]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
