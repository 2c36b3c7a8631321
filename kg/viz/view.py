"""RDF graph → a networkx view people can read: things as nodes, facts as labelled edges.

The one reading of the ontology for display and for the network exports (GraphML, Neo4j CSV),
so the page and the exports show the same nodes and edges. Node kinds: person, organisation,
role, programme, metric, article (and event, place when the graph has them). Each node and
edge remembers the articles it comes from and the evidence quotes, for tooltips and filters.
Values stay plain text here; escaping is the page's job (kg.escape).
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.rdf.vocab import KG, OA, ORG, SCHEMA

# kind → (Vietnamese name, English name); the order is the legend's order
KINDS = {
    "person": ("Người", "Person"),
    "organisation": ("Tổ chức", "Organisation"),
    "role": ("Chức danh", "Role"),
    "programme": ("Chương trình", "Programme"),
    "metric": ("Số liệu", "Metric"),
    "article": ("Bài báo", "Article"),
    "event": ("Sự kiện", "Event"),
    "place": ("Địa điểm", "Place"),
}
_CLASS_KIND = {
    SCHEMA.Person: "person",
    ORG.Organization: "organisation",
    ORG.Role: "role",
    KG.Programme: "programme",
    SCHEMA.Event: "event",
    SCHEMA.Place: "place",
    KG.MetricObservation: "metric",
    SCHEMA.NewsArticle: "article",
}
# relation → (Vietnamese label, English label)
RELATIONS = {
    "member": ("", "member of"),  # the Vietnamese label is the role as written
    "holds": ("giữ chức", "holds the role"),
    "part": ("thuộc", "part of"),
    "reports": ("báo cáo", "reports"),
    "announces": ("công bố", "announces"),
    "selects": ("chọn", "selects"),
    "hosts": ("trên nền tảng", "hosted on"),
    "mentions": ("nêu", "mentions"),
}
_CHANGE_VI = {"increase": "tăng", "decrease": "giảm"}


def _text(value) -> str:
    return "" if value is None else str(value)


def _lang_value(graph: Graph, node, prop, lang: str) -> str:
    values = sorted(graph.objects(node, prop), key=str)
    for value in values:
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    return str(values[0]) if values else ""


def number_text(value) -> str:
    """A decimal as people write it in Vietnamese: 1250.0 → "1.250", 44.65 → "44,65"."""
    text = _text(value)
    if not text:
        return ""
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    out = sign + ".".join([whole, *groups]) if whole else sign + ".".join(groups)
    fraction = fraction.rstrip("0")
    return f"{out},{fraction}" if fraction else out


def _label(graph: Graph, node, kind: str) -> str:
    if kind == "article":
        return _text(graph.value(node, SCHEMA.name) or graph.value(node, KG.sourceFile)) or str(node)
    if kind == "role":
        return _lang_value(graph, node, SKOS.prefLabel, "vi")
    if kind == "metric":
        measure = _text(graph.value(node, KG.measure))
        qualifier = _text(graph.value(node, KG.qualifier))
        value = " ".join(
            x
            for x in (
                qualifier,
                number_text(graph.value(node, SCHEMA.value)),
                _text(graph.value(node, SCHEMA.unitText)),
            )
            if x
        )
        return f"{measure}: {value}" if measure else value
    label = graph.value(node, RDFS.label)
    return _text(label) or str(node).rstrip("/").rsplit("/", 1)[-1]


def _evidence(graph: Graph, fact) -> list[dict]:
    """[{quote, article}] for a fact node (one per evidence; usually one)."""
    found = []
    for ev in sorted(graph.objects(fact, KG.evidence)):
        article = graph.value(ev, OA.hasSource) or graph.value(fact, PROV.wasDerivedFrom)
        for selector in sorted(graph.objects(ev, OA.hasSelector)):
            exact = graph.value(selector, OA.exact)
            if exact is not None:
                found.append({"quote": str(exact), "article": _text(article)})
    if not found:
        for article in sorted(graph.objects(fact, PROV.wasDerivedFrom)):
            found.append({"quote": "", "article": str(article)})
    return found


def _node_details(graph: Graph, node, kind: str) -> list[tuple[str, str]]:
    """(field, value) lines for the tooltip, in a fixed order."""
    lines: list[tuple[str, str]] = []
    if kind == "article":
        for name, prop in (
            ("date", SCHEMA.datePublished),
            ("author", SCHEMA.author),
            ("url", SCHEMA.url),
            ("file", KG.sourceFile),
        ):
            value = graph.value(node, prop)
            if value is not None:
                lines.append((name, str(value)))
    elif kind == "role":
        english = _lang_value(graph, node, SKOS.prefLabel, "en")
        if english and english != _lang_value(graph, node, SKOS.prefLabel, "vi"):
            lines.append(("en", english))
    elif kind == "metric":
        for name, prop in (
            ("measure", KG.measure),
            ("value", SCHEMA.value),
            ("unit", SCHEMA.unitText),
            ("qualifier", KG.qualifier),
            ("period", KG.period),
            ("change", KG.change),
            ("compared", KG.comparedTo),
        ):
            value = graph.value(node, prop)
            if value is not None:
                text = number_text(value) if name == "value" else str(value)
                lines.append((name, _CHANGE_VI.get(text, text) if name == "change" else text))
    for alias in sorted(str(a) for a in graph.objects(node, SKOS.altLabel)):
        lines.append(("alias", alias))
    return lines


class _Builder:
    def __init__(self, graph: Graph):
        self.graph = graph
        self.view = nx.MultiDiGraph()
        self.node_articles: dict[str, set[str]] = defaultdict(set)

    def add_nodes(self) -> None:
        g = self.graph
        for cls, kind in _CLASS_KIND.items():
            for node in sorted(set(g.subjects(RDF.type, cls))):
                key = str(node)
                if key in self.view:
                    continue
                value = g.value(node, SCHEMA.value) if kind == "metric" else None
                self.view.add_node(
                    key,
                    kind=kind,
                    label=_label(g, node, kind),
                    details=_node_details(g, node, kind),
                    evidence=_evidence(g, node) if kind in ("metric", "event") else [],
                    value=None if value is None else str(value),
                )
                if kind == "article":
                    self.node_articles[key].add(key)

    def add_edge(
        self,
        source,
        target,
        relation: str,
        fact=None,
        label: str = "",
        label_en: str = "",
        past: bool = False,
    ) -> None:
        source, target = str(source), str(target)
        if source not in self.view or target not in self.view:
            return
        vi, en = RELATIONS[relation]
        evidence = _evidence(self.graph, fact) if fact is not None else []
        articles = sorted({e["article"] for e in evidence if e["article"]})
        self.view.add_edge(
            source,
            target,
            relation=relation,
            label=label or vi,
            label_en=label_en or en,
            past=past,
            evidence=evidence,
            articles=articles,
        )
        for node in (source, target):
            self.node_articles[node].update(articles)

    def add_facts(self) -> None:
        g = self.graph
        for m in sorted(g.subjects(RDF.type, ORG.Membership)):
            person, org, role = g.value(m, ORG.member), g.value(m, ORG.organization), g.value(m, ORG.role)
            past = _text(g.value(m, KG.isPast)).lower() == "true"
            role_vi = _text(g.value(m, KG.roleText)) or (_label(g, role, "role") if role else "")
            role_en = _lang_value(g, role, SKOS.prefLabel, "en") if role is not None else ""
            if past:
                role_vi, role_en = f"{role_vi} (cũ)", f"former {role_en or role_vi}"
            if person is not None and org is not None:
                self.add_edge(person, org, "member", m, role_vi, role_en, past)
            if person is not None and role is not None:
                self.add_edge(person, role, "holds", m, past=past)
        for s in sorted(g.subjects(RDF.type, KG.SubOrganizationStatement)):
            self.add_edge(g.value(s, KG.part), g.value(s, KG.whole), "part", s)
        stated = {
            (g.value(s, KG.part), g.value(s, KG.whole))
            for s in g.subjects(RDF.type, KG.SubOrganizationStatement)
        }
        for part, whole in sorted(g.subject_objects(ORG.subOrganizationOf)):
            if (part, whole) not in stated:
                self.add_edge(part, whole, "part")
        for obs in sorted(g.subjects(RDF.type, KG.MetricObservation)):
            subject, reporter = g.value(obs, KG.subject), g.value(obs, KG.reporter)
            if subject is not None:
                self.add_edge(subject, obs, "reports", obs)
            if reporter is not None and reporter != subject:
                self.add_edge(reporter, obs, "announces", obs)
            self.node_articles[str(obs)].update(e["article"] for e in _evidence(g, obs) if e["article"])
        for sel in sorted(g.subjects(RDF.type, KG.Selection)):
            programme, selector, host = (
                g.value(sel, p) for p in (KG.programme, KG.selector, KG.hostPlatform)
            )
            firms, criteria = g.value(sel, KG.firmCount), g.value(sel, KG.criteriaCount)
            vi = f"chọn {firms} doanh nghiệp" + (f" theo {criteria} tiêu chí" if criteria is not None else "")
            en = f"selects {firms} firms" + (f" on {criteria} criteria" if criteria is not None else "")
            if programme is not None and selector is not None:
                self.add_edge(selector, programme, "selects", sel, vi, en)
            elif programme is not None:
                self.node_articles[str(programme)].update(
                    e["article"] for e in _evidence(g, sel) if e["article"]
                )
            if programme is not None and host is not None:
                self.add_edge(programme, host, "hosts", sel)
        for event in sorted(g.subjects(RDF.type, SCHEMA.Event)):
            self.node_articles[str(event)].update(e["article"] for e in _evidence(g, event) if e["article"])

    def add_mentions(self) -> None:
        """article → each thing it gives a fact about (so an article's subgraph hangs together)."""
        for node in sorted(self.node_articles):
            if node not in self.view or self.view.nodes[node]["kind"] in ("article", "role"):
                continue
            for article in sorted(self.node_articles[node]):
                if article in self.view and article != node:
                    self.add_edge(article, node, "mentions")

    def finish(self) -> nx.MultiDiGraph:
        for node, data in self.view.nodes(data=True):
            data["articles"] = sorted(self.node_articles.get(node, ()))
        return self.view


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The display view of `graph`: same input, same nodes and edges in the same order."""
    builder = _Builder(graph)
    builder.add_nodes()
    builder.add_facts()
    builder.add_mentions()
    return builder.finish()


def article_info(graph: Graph) -> dict[str, dict[str, str]]:
    """article IRI → title, date, author, url, file (what a tooltip shows about a source)."""
    info = {}
    for node in sorted(set(graph.subjects(RDF.type, SCHEMA.NewsArticle))):
        info[str(node)] = {
            "title": _text(graph.value(node, SCHEMA.name)),
            "date": _text(graph.value(node, SCHEMA.datePublished)),
            "author": _text(graph.value(node, SCHEMA.author)),
            "url": _text(graph.value(node, SCHEMA.url)),
            "file": _text(graph.value(node, KG.sourceFile)),
        }
    return info
