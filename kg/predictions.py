"""What the built graph says about each article, as dicts in the gold format (FORMAT.md).

Read back from the RDF graph with SPARQL over the shape in docs/graph-model.md, not
from the extractor's Python objects, so a score measures what a user querying the
graph gets. Every fact carries its evidence sentence under "evidence" (an extra key
that scorers ignore), so misses and false facts can be shown with their text.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from rdflib import Graph, Literal

from kg.rdf.vocab import PREFIXES

ENTITY_QUERY = """
SELECT ?file ?e ?type ?label ?alt WHERE {
  ?fact prov:wasDerivedFrom ?a .
  ?a kg:sourceFile ?file .
  ?fact org:member|org:organization|kg:part|kg:whole|kg:subject|kg:reporter
        |kg:programme|kg:selector|kg:hostPlatform ?e .
  ?e a ?class ; rdfs:label ?label .
  VALUES (?class ?type) {
    (schema:Person "Person") (org:Organization "Organisation") (kg:Programme "Programme")
    (schema:Event "Event") (schema:Place "Place")
  }
  OPTIONAL { ?e skos:altLabel ?alt }
}
"""

ROLE_QUERY = """
SELECT ?file ?fact ?person ?role ?past ?org ?quote WHERE {
  ?fact a org:Membership ; org:member ?p ; kg:roleText ?role ; prov:wasDerivedFrom ?a .
  ?a kg:sourceFile ?file .
  ?p rdfs:label ?person .
  OPTIONAL { ?fact kg:isPast ?past }
  OPTIONAL { ?fact org:organization ?o . ?o rdfs:label ?org }
  OPTIONAL { ?fact kg:evidence/oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?quote }
}
"""

PART_QUERY = """
SELECT ?file ?fact ?part ?whole ?quote WHERE {
  ?fact a kg:SubOrganizationStatement ; kg:part ?p ; kg:whole ?w ; prov:wasDerivedFrom ?a .
  ?a kg:sourceFile ?file .
  ?p rdfs:label ?part . ?w rdfs:label ?whole .
  OPTIONAL { ?fact kg:evidence/oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?quote }
}
"""

METRIC_QUERY = """
SELECT ?file ?fact ?subject ?reporter ?value ?unit ?what ?period ?quote WHERE {
  ?fact a kg:MetricObservation ; schema:value ?value ; prov:wasDerivedFrom ?a .
  ?a kg:sourceFile ?file .
  OPTIONAL { ?fact kg:subject/rdfs:label ?subject }
  OPTIONAL { ?fact kg:reporter/rdfs:label ?reporter }
  OPTIONAL { ?fact schema:unitText ?unit }
  OPTIONAL { ?fact kg:measure ?what }
  OPTIONAL { ?fact kg:period ?period }
  OPTIONAL { ?fact kg:evidence/oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?quote }
}
"""

SELECTION_QUERY = """
SELECT ?file ?fact ?programme ?count ?criteria ?selector ?quote WHERE {
  ?fact a kg:Selection ; kg:programme/rdfs:label ?programme ; kg:firmCount ?count ; prov:wasDerivedFrom ?a .
  ?a kg:sourceFile ?file .
  OPTIONAL { ?fact kg:criteriaCount ?criteria }
  OPTIONAL { ?fact kg:selector/rdfs:label ?selector }
  OPTIONAL { ?fact kg:evidence/oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?quote }
}
"""


def _text(term) -> str | None:
    return None if term is None else str(term)


def _number(term) -> int | float | None:
    """A literal as a JSON number: integers stay integers, decimals keep their digits."""
    if term is None:
        return None
    value = term.toPython() if isinstance(term, Literal) else term
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return None
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def _rows(graph: Graph, query: str):
    return graph.query(query, initNs=PREFIXES)


def predictions_from_graph(graph: Graph) -> dict[str, dict]:
    """One gold-format dict per article (keyed by its source file), facts sorted."""
    docs: dict[str, dict] = defaultdict(_empty)
    entities: dict[str, dict[str, dict]] = defaultdict(dict)
    for row in _rows(graph, ENTITY_QUERY):
        entry = entities[str(row.file)].setdefault(
            str(row.e), {"name": str(row.label), "type": str(row.type), "aliases": []}
        )
        alt = _text(row.alt)
        if alt and alt not in entry["aliases"] and alt != entry["name"]:
            entry["aliases"].append(alt)

    roles: dict[tuple[str, str], dict] = {}
    for row in _rows(graph, ROLE_QUERY):
        if row.org is None:
            continue  # the gold format has no role without an organisation
        past = row.past is not None and bool(row.past.toPython())
        fact = {"person": str(row.person), "role": str(row.role), "org": str(row.org), "past": past}
        _keep(roles, str(row.file), fact, row.quote)
    parts: dict[tuple[str, str], dict] = {}
    for row in _rows(graph, PART_QUERY):
        _keep(parts, str(row.file), {"part": str(row.part), "whole": str(row.whole)}, row.quote)
    metrics: dict[tuple[str, str], dict] = {}
    for row in _rows(graph, METRIC_QUERY):
        fact = {
            "subject": _text(row.subject),
            "reporter": _text(row.reporter),
            "value": _number(row.value),
            "unit": _text(row.unit),
            "what": _text(row.what),
            "period": _text(row.period),
        }
        _keep(
            metrics, str(row.file), {k: v for k, v in fact.items() if v is not None}, row.quote, str(row.fact)
        )
    selections: dict[tuple[str, str], dict] = {}
    for row in _rows(graph, SELECTION_QUERY):
        fact = {
            "programme": str(row.programme),
            "selector": _text(row.selector),
            "count": _number(row["count"]),  # row.count is tuple.count
            "criteria": _number(row.criteria),
        }
        _keep(selections, str(row.file), fact, row.quote, str(row.fact))

    for kind, store in (("roles", roles), ("parts", parts), ("metrics", metrics), ("selections", selections)):
        for (file, _), fact in store.items():
            docs[file][kind].append(fact)
    for file, found in entities.items():
        docs[file]["entities"] = sorted(found.values(), key=lambda e: (e["type"], e["name"]))
        for entity in docs[file]["entities"]:
            entity["aliases"].sort()
    result = {}
    for file in sorted(docs):
        doc = docs[file]
        doc["document"] = file
        for kind in ("roles", "parts", "metrics", "selections"):
            doc[kind].sort(key=_sort_key)
        result[file] = {"document": file, **{k: v for k, v in doc.items() if k != "document"}}
    return result


def _empty() -> dict:
    return {"entities": [], "roles": [], "parts": [], "metrics": [], "selections": []}


def _keep(store: dict, file: str, fact: dict, quote, identity: str | None = None) -> None:
    """One prediction per distinct fact of an article (the first evidence sentence kept).

    Metrics and selections are distinct per graph node (two equal figures in two
    sentences are two observations); roles and parts per what they state.
    """
    key = (file, identity or repr(sorted(fact.items())))
    entry = store.get(key)
    evidence = _text(quote)
    if entry is None:
        store[key] = {**fact, **({"evidence": evidence} if evidence else {})}
    elif evidence and evidence < entry.get("evidence", evidence + "\uffff"):
        entry["evidence"] = evidence


def _sort_key(fact: dict) -> str:
    return repr(sorted((k, str(v)) for k, v in fact.items()))
