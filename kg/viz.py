"""RDF graph → networkx view → pyvis HTML that opens with no network.

pyvis 0.3.2 writes in the locale's encoding and links Bootstrap from a CDN even with
cdn_resources="in_line" (DESIGN.md), so we take generate_html(), drop remote links,
and the caller writes the text as UTF-8.
"""

from __future__ import annotations

import html
import re

import networkx as nx
from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.rdf.vocab import KG, ORG, SCHEMA

NODE_STYLE = {
    # type: (colour, shape, legend label)
    "person": ("#e4572e", "dot", "Người / Person"),
    "organisation": ("#17bebb", "box", "Tổ chức / Organisation"),
    "programme": ("#ffc914", "diamond", "Chương trình / Programme"),
    "metric": ("#76b041", "triangle", "Số liệu / Metric"),
    "event": ("#9b5de5", "star", "Sự kiện / Event"),
    "place": ("#8d99ae", "ellipse", "Địa danh / Place"),
}
_CLASS_KIND = {
    SCHEMA.Person: "person",
    ORG.Organization: "organisation",
    KG.Programme: "programme",
    SCHEMA.Event: "event",
    SCHEMA.Place: "place",
}
_REMOTE_TAG = re.compile(
    r"<(?:link|script)\b[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.I
)


def escape(text: object) -> str:
    """HTML-escape anything taken from an article before it reaches the page."""
    return html.escape(str(text), quote=True)


def _label(graph: Graph, node) -> str:
    for prop in (RDFS.label, SKOS.prefLabel, KG.measure):
        value = graph.value(node, prop)
        if value is not None:
            return str(value)
    return str(node).rsplit("/", 1)[-1]


def _quote(graph: Graph, fact) -> str:
    evidence = graph.value(fact, KG.evidence)
    if evidence is None:
        return ""
    for selector in sorted(graph.objects(evidence, URIRef("http://www.w3.org/ns/oa#hasSelector"))):
        exact = graph.value(selector, URIRef("http://www.w3.org/ns/oa#exact"))
        if exact is not None:
            return str(exact)
    return ""


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """People, organisations, programmes, events and metrics as nodes; facts as edges."""
    view = nx.MultiDiGraph()
    for cls, kind in _CLASS_KIND.items():
        for node in sorted(graph.subjects(RDF.type, cls)):
            view.add_node(str(node), kind=kind, label=_label(graph, node))
    for membership in sorted(graph.subjects(RDF.type, ORG.Membership)):
        person, org = graph.value(membership, ORG.member), graph.value(membership, ORG.organization)
        if person is not None and org is not None:
            role = str(graph.value(membership, KG.roleText) or "")
            view.add_edge(str(person), str(org), label=role, quote=_quote(graph, membership))
    for part, whole in sorted(graph.subject_objects(ORG.subOrganizationOf)):
        view.add_edge(str(part), str(whole), label="thuộc", quote="")
    for metric in sorted(graph.subjects(RDF.type, KG.MetricObservation)):
        value, unit = graph.value(metric, SCHEMA.value), graph.value(metric, SCHEMA.unitText)
        view.add_node(
            str(metric), kind="metric", label=f"{_label(graph, metric)}: {value} {unit or ''}".strip()
        )
        owner = graph.value(metric, KG.subject) or graph.value(metric, KG.reporter)
        if owner is not None:
            view.add_edge(str(owner), str(metric), label="báo cáo", quote=_quote(graph, metric))
    for selection in sorted(graph.subjects(RDF.type, KG.Selection)):
        programme = graph.value(selection, KG.programme)
        selector = graph.value(selection, KG.selector)
        if programme is not None and selector is not None:
            count = graph.value(selection, KG.firmCount)
            view.add_edge(
                str(selector), str(programme), label=f"chọn {count}", quote=_quote(graph, selection)
            )
    return view


def graph_html(graph: Graph) -> str:
    """The HTML page for `graph`: every script inline, every article string escaped."""
    view = to_networkx(graph)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in view.nodes(data=True):
        colour, shape, legend = NODE_STYLE[data["kind"]]
        net.add_node(
            node,
            label=data["label"][:60],
            title=escape(f"{data['label']} ({legend})"),
            color=colour,
            shape=shape,
            size=10 + 3 * view.degree(node),
        )
    for source, target, data in view.edges(data=True):
        net.add_edge(
            source, target, label=data["label"][:40], title=escape(data.get("quote") or data["label"])
        )
    net.toggle_physics(True)
    page = net.generate_html(notebook=False)
    return _REMOTE_TAG.sub("", page)
