"""GraphML for Gephi, yEd and Cytoscape: the same nodes and edges as graph.html.

Every node has `label` (as written, Vietnamese), `type` and `type_en`, `iri`; every edge has
`label` (vi), `label_en`, `relation`, and the evidence `quote` and `articles`. Gephi uses
`label` as the node label; in yEd, map it with Edit → Properties Mapper.
"""

from __future__ import annotations

import io

import networkx as nx
from rdflib import Graph

from kg.viz.view import KINDS, to_networkx


def _flat(text: str) -> str:
    return " ".join(str(text).split())


def network_for_export(graph: Graph) -> nx.MultiDiGraph:
    """The display view with only plain string/bool attributes (what GraphML can carry)."""
    view = to_networkx(graph)
    flat = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        attrs = {
            "label": data["label"],
            "type": data["kind"],
            "type_vi": KINDS[data["kind"]][0],
            "type_en": KINDS[data["kind"]][1],
            "iri": node,
            "articles": ";".join(data["articles"]),
        }
        aliases = [value for name, value in data["details"] if name == "alias"]
        if aliases:
            attrs["aliases"] = ";".join(aliases)
        for name, value in data["details"]:
            if name != "alias":
                attrs[name] = value
        if data["value"] is not None:
            attrs["value"] = float(data["value"])  # a number Gephi can size or colour by
        flat.add_node(node, **attrs)
    for source, target, data in view.edges(data=True):
        quotes = [e["quote"] for e in data["evidence"] if e["quote"]]
        flat.add_edge(
            source,
            target,
            label=data["label"],
            label_en=data["label_en"],
            relation=data["relation"],
            past=bool(data["past"]),
            quote=_flat(quotes[0]) if quotes else "",
            articles=";".join(data["articles"]),
        )
    return flat


def graphml_text(graph: Graph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(
        network_for_export(graph), buffer, encoding="utf-8", prettyprint=True, named_key_ids=False
    )
    return buffer.getvalue().decode("utf-8")
