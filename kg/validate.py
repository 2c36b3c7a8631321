"""Check a graph against ontology/shapes.ttl (SHACL, with pySHACL) and say what is wrong
in words: which node (its label), which property, and the shape's message.

One rule SHACL Core cannot state — a quote is exactly as long as its offsets span — is
checked here with one SPARQL query over the whole graph (pySHACL would run a SHACL-SPARQL
constraint once per node, tens of milliseconds each).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF, RDFS, SH, SKOS

from kg.rdf.vocab import KG, OA, SCHEMA, bind_prefixes

SHAPES_PATH = Path(__file__).resolve().parents[1] / "ontology" / "shapes.ttl"


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result, ready to print."""

    focus_label: str  # what a user recognises: the entity's label, or the fact and its article
    path: str  # property, as a prefixed name
    message: str
    focus: str  # the node's IRI
    value: str = ""
    severity: str = "Violation"

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.focus_label} — {self.path}: {self.message}{value}"


@cache
def load_shapes(path: Path = SHAPES_PATH) -> Graph:
    return Graph().parse(path, format="turtle", encoding="utf-8")


def validate_graph(graph: Graph, shapes: Graph | None = None) -> list[Violation]:
    """Every SHACL result of `graph` (violations and warnings), sorted; empty when it conforms."""
    from pyshacl import validate

    _, report, _ = validate(
        graph,
        shacl_graph=shapes if shapes is not None else load_shapes(),
        inference="none",
        allow_warnings=True,
    )
    bind_prefixes(report)
    results = _offset_results(graph)
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        severity = report.value(result, SH.resultSeverity)
        message = report.value(result, SH.resultMessage)
        results.append(
            Violation(
                focus_label=describe(graph, focus),
                path=_path_text(report, path),
                message=str(message) if message is not None else "does not conform",
                focus=str(focus),
                value="" if value == focus else _value_text(graph, value),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            )
        )
    return sorted(set(results))


OFFSET_QUERY = """
SELECT ?evidence ?length ?span WHERE {
  ?evidence oa:hasSelector ?quote , ?position .
  ?quote oa:exact ?exact .
  ?position oa:start ?start ; oa:end ?end .
  BIND (STRLEN(?exact) AS ?length)
  BIND (?end - ?start AS ?span)
  FILTER (?length != ?span)
}
"""


def _offset_results(graph: Graph) -> list[Violation]:
    """Evidence whose quote is not as long as its offsets say: the offsets cannot cut it out."""
    return [
        Violation(
            focus_label=describe(graph, row.evidence),
            path="oa:hasSelector",
            message=f"the quote is {row.length} characters long but its offsets span {row.span}",
            focus=str(row.evidence),
        )
        for row in graph.query(OFFSET_QUERY, initNs={"oa": OA})
    ]


def violations_only(results: list[Violation]) -> list[Violation]:
    return [r for r in results if r.severity == "Violation"]


def _short(graph: Graph, term) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # an IRI no prefix covers
            return f"<{term}>"
    return str(term)


def _path_text(report: Graph, path) -> str:
    """A SHACL path as SPARQL writes it: `kg:evidence/oa:hasSource`, `^org:member`."""
    if path is None:
        return "(node)"
    if isinstance(path, BNode):
        inverse = report.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _path_text(report, inverse)
        if report.value(path, RDF.first) is not None:
            return "/".join(_path_text(report, step) for step in Collection(report, path))
    return _short(report, path)


def _value_text(graph: Graph, value) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal):
        return repr(str(value)) if len(str(value)) <= 60 else repr(str(value)[:57] + "...")
    return describe(graph, value)


def describe(graph: Graph, node) -> str:
    """A node as a user knows it: "Công ty X (org)", "Membership from tin.txt", else its IRI."""
    for prop in (RDFS.label, SKOS.prefLabel, KG.sourceFile):
        label = graph.value(node, prop)
        if label is not None:
            kind = graph.value(node, RDF.type)
            return f"{label} ({_short(graph, kind)})" if kind is not None else str(label)
    fact = graph.value(predicate=KG.evidence, object=node)
    if fact is not None:
        return f"evidence of {describe(graph, fact)}"
    evidence = graph.value(predicate=OA.hasSelector, object=node)
    if evidence is not None:
        return f"selector <{node}> of {describe(graph, evidence)}"
    kind = graph.value(node, RDF.type)
    article = graph.value(node, PROV.wasDerivedFrom)
    source = graph.value(article, KG.sourceFile) if article is not None else None
    if kind is not None and source is not None:
        return f"{_short(graph, kind)} from {source} <{node}>"
    if kind == SCHEMA.NewsArticle or kind is None:
        return f"<{node}>"
    return f"{_short(graph, kind)} <{node}>"


def format_report(results: list[Violation]) -> str:
    """Readable report: one line per result, grouped by severity, with a count."""
    if not results:
        return "The graph conforms to the shapes: 0 violations.\n"
    lines = []
    for severity in ("Violation", "Warning", "Info"):
        group = [r for r in results if r.severity == severity]
        if group:
            lines.append(f"{len(group)} {severity.lower()}{'s' if len(group) != 1 else ''}:")
            lines.extend(f"  {r}" for r in group)
    return "\n".join(lines) + "\n"
