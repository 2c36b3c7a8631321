"""Namespaces and the kg ontology terms, as objects (never glued strings).

Reused vocabularies first: W3C ORG for organisations and memberships, schema.org for
people, articles and observations, PROV-O and Web Annotation for evidence, SKOS for labels.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://example.org/kg/ontology#")
DEFAULT_BASE_IRI = "https://example.org/kg/id/"
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "kg": KG,
    "org": ORG,
    "schema": SCHEMA,
    "prov": PROV,
    "oa": OA,
    "skos": SKOS,
    "rdfs": RDFS,
    "rdf": RDF,
    "xsd": XSD,
    "owl": OWL,
    "dcterms": DCTERMS,
    "wd": WD,
}


def bind_prefixes(graph) -> None:
    """Declare our prefixes on a graph (replacing rdflib's defaults) so output is stable."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
