"""Every output format in one registry: RDF serialisations plus network files for other tools.

`render(graph, fmt)` returns {file name relative to the output folder: text}; `kg build --format`
and `kg export` both write what it returns (as UTF-8, atomically).
"""

from __future__ import annotations

from rdflib import Graph

from kg.rdf.serialise import RDF_FORMATS, graph_to_text

# --format name → what it writes (for help texts); the RDF ones come from kg.rdf.serialise
NETWORK_FORMATS = {
    "graphml": "graph.graphml (Gephi, yEd, Cytoscape: labels and types as attributes)",
    "neo4j": "neo4j/nodes.csv + neo4j/relationships.csv (neo4j-admin database import)",
}
EXPORT_FORMATS = sorted([*RDF_FORMATS, *NETWORK_FORMATS])


def render(graph: Graph, fmt: str) -> dict[str, str]:
    if fmt in RDF_FORMATS:
        return {f"graph{RDF_FORMATS[fmt][1]}": graph_to_text(graph, fmt)}
    if fmt == "graphml":
        from kg.export.graphml import graphml_text

        return {"graph.graphml": graphml_text(graph)}
    if fmt == "neo4j":
        from kg.export.neo4j import neo4j_csv

        return {f"neo4j/{name}": text for name, text in neo4j_csv(graph).items()}
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
