"""Comparing SPARQL answers from different engines by value (not collected by pytest).

Engines spell the same literal differently (Virtuoso writes xsd:boolean false as "0", a decimal
1250.0 as "1250"); two answers are the same when every row holds the same terms by value.
"""

from __future__ import annotations

import json
from decimal import Decimal

from rdflib import BNode, Literal, URIRef

from kg.rdf.vocab import PREFIXES

PREFIX_LINES = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())


def term_from_json(binding: dict | None):
    """One cell of application/sparql-results+json as an rdflib term."""
    if binding is None:
        return None
    kind = binding["type"]
    if kind == "uri":
        return URIRef(binding["value"])
    if kind == "bnode":
        return BNode(binding["value"])
    return Literal(binding["value"], lang=binding.get("xml:lang"), datatype=binding.get("datatype"))


def rows_from_json(text: str) -> tuple[list[str], list[tuple]]:
    data = json.loads(text)
    names = data["head"]["vars"]
    return names, [tuple(term_from_json(b.get(n)) for n in names) for b in data["results"]["bindings"]]


def comparable(term):
    """A key that is equal for equal values: typed literals by value, strings with their language."""
    if term is None:
        return ("unbound",)
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            value = value.normalize()
        elif isinstance(value, Literal):  # rdflib could not convert it
            value = str(value)
        return (
            "literal",
            str(value) if not isinstance(value, (bool, int, Decimal)) else value,
            term.language,
        )
    if isinstance(term, BNode):
        return ("bnode",)
    return ("iri", str(term))


def same_answers(rows):
    return sorted((tuple(comparable(c) for c in row) for row in rows), key=repr)
