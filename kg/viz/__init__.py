"""The interactive view: RDF graph → networkx view (view.py) → pyvis page (page.py).

`graph_html(graph)` returns the page as text; the caller writes it as UTF-8.
"""

from __future__ import annotations

from kg.viz.page import LARGE_GRAPH, NODE_STYLE, build_network, graph_html
from kg.viz.view import KINDS, RELATIONS, to_networkx

__all__ = ["KINDS", "LARGE_GRAPH", "NODE_STYLE", "RELATIONS", "build_network", "graph_html", "to_networkx"]
