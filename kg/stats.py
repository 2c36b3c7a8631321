"""What a built graph holds: entities and facts by type, articles by date, and the most
connected entities (the ones worth opening first)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field

from rdflib import Graph
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.rdf.mapping import ENTITY_CLASSES
from kg.rdf.queries import entity_counts
from kg.rdf.vocab import KG, ORG, SCHEMA

FACT_CLASSES = {
    "role": ORG.Membership,
    "part": KG.SubOrganizationStatement,
    "metric": KG.MetricObservation,
    "selection": KG.Selection,
}
ENTITY_CLASS_NAMES = {cls: name for name, cls in ENTITY_CLASSES.items()}


@dataclass(frozen=True)
class ConnectedEntity:
    label: str
    type: str
    connections: int  # distinct facts and entities it is linked to
    articles: int  # articles whose facts name it
    iri: str


@dataclass
class GraphStats:
    triples: int
    entities: dict[str, int]
    facts: dict[str, int]
    articles: int
    articles_by_date: dict[str, int]  # ISO date (or "unknown") -> articles
    linked_entities: int  # with owl:sameAs to Wikidata
    most_connected: list[ConnectedEntity] = field(default_factory=list)


def graph_stats(graph: Graph, top: int = 10) -> GraphStats:
    articles = set(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    dates = Counter(str(graph.value(a, SCHEMA.datePublished) or "unknown") for a in articles)
    facts = {name: set(graph.subjects(RDF.type, cls)) for name, cls in FACT_CLASSES.items()}
    fact_nodes = set().union(*facts.values())
    entity_type = {
        node: name for cls, name in ENTITY_CLASS_NAMES.items() for node in graph.subjects(RDF.type, cls)
    }
    return GraphStats(
        triples=len(graph),
        entities=entity_counts(graph),
        facts={
            **{name: len(nodes) for name, nodes in facts.items()},
            "event": sum(
                1 for e in graph.subjects(RDF.type, SCHEMA.Event) if (e, KG.evidence, None) in graph
            ),
        },
        articles=len(articles),
        articles_by_date=dict(sorted(dates.items(), key=lambda kv: (kv[0] == "unknown", kv[0]))),
        linked_entities=sum(1 for node in entity_type if (node, OWL.sameAs, None) in graph),
        most_connected=_most_connected(graph, entity_type, fact_nodes, top),
    )


def _most_connected(graph: Graph, entity_type: dict, fact_nodes: set, top: int) -> list[ConnectedEntity]:
    linkable = fact_nodes | set(entity_type)
    ranked = []
    for node, kind in entity_type.items():
        neighbours = {s for s in graph.subjects(None, node) if s in linkable and s != node}
        neighbours |= {o for o in graph.objects(node, None) if o in linkable and o != node}
        articles = {a for n in neighbours if n in fact_nodes for a in graph.objects(n, PROV.wasDerivedFrom)}
        articles |= set(graph.objects(node, PROV.wasDerivedFrom))
        label = str(graph.value(node, RDFS.label) or node)
        ranked.append(ConnectedEntity(label, kind, len(neighbours), len(articles), str(node)))
    ranked.sort(key=lambda e: (-e.connections, -e.articles, e.label, e.iri))
    return [e for e in ranked[:top] if e.connections]


def format_stats(stats: GraphStats) -> str:
    lines = [f"Triples: {stats.triples}", f"Articles: {stats.articles}"]
    for date, count in stats.articles_by_date.items():
        lines.append(f"  {date:<12} {count}")
    lines.append(
        "Entities: " + (", ".join(f"{n} {k.lower()}" for k, n in stats.entities.items() if n) or "none")
    )
    lines.append(f"  linked to Wikidata: {stats.linked_entities}")
    lines.append("Facts: " + ", ".join(f"{n} {k}" for k, n in stats.facts.items()))
    if stats.most_connected:
        lines.append("Most connected entities (links / articles):")
        width = max(len(e.label) for e in stats.most_connected)
        for e in stats.most_connected:
            lines.append(f"  {e.label:<{width}}  {e.type:<12} {e.connections:>4} / {e.articles}")
    return "\n".join(lines) + "\n"


def stats_json(stats: GraphStats) -> str:
    return json.dumps(asdict(stats), ensure_ascii=False, indent=2) + "\n"
