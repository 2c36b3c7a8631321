"""Small questions the build summary asks of a graph."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDF

from kg.rdf.mapping import ENTITY_CLASSES


def entity_counts(graph: Graph) -> dict[str, int]:
    """Entities by type name (Person, Organisation, ...)."""
    return {name: len(set(graph.subjects(RDF.type, cls))) for name, cls in ENTITY_CLASSES.items()}


def count_entities(graph: Graph) -> int:
    return sum(entity_counts(graph).values())
