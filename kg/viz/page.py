"""The graph view → one self-contained HTML page (pyvis network, our own page around it).

pyvis builds the network (Network.add_node/add_edge, options through set_options, data through
get_network_data). Its page template is NOT used: it links Bootstrap from a CDN even "in_line",
writes in the locale's encoding, and its tooltip popup assigns titles with innerHTML. Our template
(templates/graph.html) inlines the vis-network script and style that pyvis ships, adds the legend,
search box and filters, and is returned as text for the caller to write as UTF-8.

Escaping: HTML text goes through kg.escape.escape_html (the `h` filter and the tooltip builders),
data for the inline script through kg.escape.script_json (the `js` filter). Canvas labels are
plain text drawn by vis-network, never parsed as HTML.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from pyvis.network import Network
from rdflib import Graph

from kg.escape import escape_html, script_json
from kg.viz.tooltips import edge_tooltip, node_tooltip
from kg.viz.view import KINDS, RELATIONS, article_info, to_networkx

# kind → (colour, vis-network shape). Shapes with the label below, so size can follow degree.
NODE_STYLE = {
    "person": ("#D55E00", "dot"),
    "organisation": ("#0072B2", "square"),
    "role": ("#E69F00", "triangleDown"),
    "programme": ("#009E73", "diamond"),
    "metric": ("#CC79A7", "triangle"),
    "article": ("#7F7F7F", "hexagon"),
    "event": ("#56B4E9", "star"),
    "place": ("#B8A800", "dot"),
}
EDGE_COLOUR = {"mentions": "#c8c8c8", "holds": "#e8c07a"}
LARGE_GRAPH = 1000  # nodes; above this the layout is computed here and physics stays off
LABEL_MAX = 48
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_TEMPLATES = Path(__file__).parent / "templates"


def _short(text: str, limit: int = LABEL_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def node_size(degree: int) -> float:
    """Radius in pixels: grows with the square root of the degree, so hubs stand out but fit."""
    return round(10 + 5 * math.sqrt(degree), 1)


def _options(large: bool) -> dict:
    return {
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "smooth": False if large else {"enabled": True, "type": "dynamic"},
            "color": {"inherit": False},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "navigationButtons": False,
        },
        "layout": {"improvedLayout": not large, "randomSeed": 7},
        "physics": {
            "enabled": not large,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 25, "fit": True},
        },
    }


def _positions(view: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """A force layout computed once (networkx, fixed seed), scaled to screen pixels."""
    simple = nx.Graph()
    simple.add_nodes_from(view.nodes)
    simple.add_edges_from((u, v) for u, v in view.edges() if u != v)
    layout = nx.spring_layout(simple, seed=7, iterations=30)
    scale = 60 * math.sqrt(len(view))
    return {n: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for n, (x, y) in layout.items()}


def _links(view: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str]]:
    """The node's facts, for its tooltip: outgoing first, article mentions left out."""
    out = [
        ("→", view.nodes[v]["label"], d["label"])
        for _u, v, d in view.out_edges(node, data=True)
        if d["relation"] != "mentions"
    ]
    into = [
        ("←", view.nodes[u]["label"], d["label"])
        for u, _v, d in view.in_edges(node, data=True)
        if d["relation"] != "mentions"
    ]
    return out + into


def build_network(graph: Graph) -> tuple[Network, nx.MultiDiGraph, bool]:
    """The pyvis Network for `graph`, with tooltips, styles and (large graphs) fixed positions."""
    view = to_networkx(graph)
    articles = article_info(graph)
    large = view.number_of_nodes() > LARGE_GRAPH
    positions = _positions(view) if large else {}
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for node, data in view.nodes(data=True):
        colour, shape = NODE_STYLE[data["kind"]]
        extra = {"x": positions[node][0], "y": positions[node][1]} if large else {}
        net.add_node(
            node,
            label=_short(data["label"]) or node,
            title=node_tooltip(data, articles, _links(view, node)),
            color=colour,
            shape=shape,
            size=node_size(view.degree(node)),
            kind=data["kind"],
            articles=data["articles"],
            fullLabel=data["label"],
            **extra,
        )
    for index, (source, target, data) in enumerate(view.edges(data=True)):
        relation = data["relation"]
        net.add_edge(
            source,
            target,
            id=f"e{index}",
            label=_short(data["label"], 40) if relation != "mentions" else "",
            title=edge_tooltip(data, view.nodes[source]["label"], view.nodes[target]["label"], articles),
            color=EDGE_COLOUR.get(relation, "#5b6770"),
            dashes=relation == "mentions" or data["past"],
            width=1 if relation == "mentions" else 1.6,
            relation=relation,
            labelEn=data["label_en"],
            articles=data["articles"],
        )
    net.set_options(script_json(_options(large)))
    return net, view, large


@cache
def _asset(name: str) -> str:
    return (_VIS_DIR / name).read_text(encoding="utf-8")


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(_TEMPLATES), encoding="utf-8"),
        autoescape=False,  # explicit: every value goes through |h or |js below
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["h"] = escape_html
    env.filters["js"] = script_json
    return env


def graph_html(graph: Graph, title: str = "Đồ thị tri thức · Knowledge graph") -> str:
    """The page for `graph`: every script and style inline, every article string escaped."""
    net, view, large = build_network(graph)
    nodes, edges, _heading, _height, _width, _options_json = net.get_network_data()
    counts = {kind: 0 for kind in KINDS}
    for _node, kind in view.nodes(data="kind"):
        counts[kind] += 1
    legend = [
        {
            "kind": kind,
            "vi": vi,
            "en": en,
            "colour": NODE_STYLE[kind][0],
            "shape": NODE_STYLE[kind][1],
            "count": counts[kind],
        }
        for kind, (vi, en) in KINDS.items()
        if counts[kind] or kind in ("person", "organisation", "role", "programme", "metric", "article")
    ]
    articles = [
        {"id": iri, "title": info["title"] or info["file"] or iri, "date": info["date"]}
        for iri, info in sorted(article_info(graph).items(), key=lambda item: (item[1]["file"], item[0]))
    ]
    names = sorted({data["label"] for _n, data in view.nodes(data=True) if data["kind"] != "metric"})
    return (
        _environment()
        .get_template("graph.html")
        .render(
            title=title,
            nodes=nodes,
            edges=edges,
            options=net.options,
            large=large,
            legend=legend,
            articles=articles,
            names=names,
            relations=RELATIONS,
            node_count=view.number_of_nodes(),
            edge_count=view.number_of_edges(),
            vis_js=_asset("vis-network.min.js"),
            vis_css=_asset("vis-network.css"),
        )
    )
