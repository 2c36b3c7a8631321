"""Split a built graph into one named graph per article (for TriG), and read TriG back.

Where triples go, so that dropping or replacing one article's graph leaves the others whole:
- the article's graph (named by the article IRI): the article node, every fact read from it
  (membership, part-of statement, metric, selection) with its evidence and selectors, the
  shortcut triples (`org:memberOf`, `org:subOrganizationOf`) its facts support (a shortcut
  two articles support is in both graphs), and an event's link to the sentence of that article;
- the default graph: what several articles share — entities (type, labels, aliases,
  `owl:sameAs`, branch links), roles, and the other triples of events.
An entity only the dropped article named stays in the default graph, unlinked.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV, RDF

from kg.rdf.mapping import ENTITY_CLASSES
from kg.rdf.vocab import KG, OA, ORG, SCHEMA, bind_prefixes


def _is_entity(graph: Graph, node) -> bool:
    return any(t in ENTITY_CLASSES.values() for t in graph.objects(node, RDF.type))


def _owners(graph: Graph, articles: set) -> dict:
    """Node → the article whose graph holds all its triples (articles, facts, evidence)."""
    owner = {a: a for a in articles}
    for fact in set(graph.subjects(PROV.wasDerivedFrom, None)):
        sources = set(graph.objects(fact, PROV.wasDerivedFrom))
        if len(sources) == 1 and not _is_entity(graph, fact):
            owner[fact] = next(iter(sources))
    for evidence in set(graph.objects(None, KG.evidence)):
        source = graph.value(evidence, OA.hasSource)
        if source in articles:
            owner[evidence] = source
            for selector in graph.objects(evidence, OA.hasSelector):
                owner[selector] = source
    return owner


def _shortcut_support(graph: Graph, owner: dict) -> dict:
    """(person memberOf org) and (part subOrganizationOf whole) → the articles that say so."""
    support: dict[tuple, set] = defaultdict(set)
    for membership in graph.subjects(RDF.type, ORG.Membership):
        person, org = graph.value(membership, ORG.member), graph.value(membership, ORG.organization)
        past = graph.value(membership, KG.isPast)
        if membership in owner and person is not None and org is not None and not (past and past.toPython()):
            support[(person, ORG.memberOf, org)].add(owner[membership])
    for statement in graph.subjects(RDF.type, KG.SubOrganizationStatement):
        part, whole = graph.value(statement, KG.part), graph.value(statement, KG.whole)
        if statement in owner and part is not None and whole is not None:
            support[(part, ORG.subOrganizationOf, whole)].add(owner[statement])
    return support


def split_by_article(graph: Graph) -> tuple[Graph, dict[URIRef, Graph]]:
    """(default graph, {article IRI: that article's graph}); together they hold `graph`."""
    articles = set(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    owner = _owners(graph, articles)
    support = _shortcut_support(graph, owner)
    shared = Graph()
    named: dict[URIRef, Graph] = {a: Graph() for a in articles}
    for triple in graph:
        s, p, o = triple
        if support.get(triple):
            targets = support[triple]
        elif s in owner:
            targets = {owner[s]}
        elif p == PROV.wasDerivedFrom and o in articles:
            targets = {o}
        elif p == KG.evidence and o in owner:
            targets = {owner[o]}
        else:
            targets = set()
        for target in targets:
            named[target].add(triple)
        if not targets:
            shared.add(triple)
    for g in (shared, *named.values()):
        bind_prefixes(g)
    return shared, named


def _turtle_body(graph: Graph) -> tuple[list[str], str]:
    """(the @prefix lines that head rdflib's Turtle, the rest). Only the head is looked at: a
    literal's own lines ("\n@prefix …" in an article) stay in the body; lines are split at
    LF only, as Turtle does, never at U+2028 or U+0085 inside a literal."""
    lines = graph.serialize(format="turtle", encoding="utf-8").decode("utf-8").split("\n")
    head = 0
    while head < len(lines) and lines[head].startswith("@prefix"):
        head += 1
    return lines[:head], "\n".join(lines[head:]).strip()


def graph_to_trig(graph: Graph) -> str:
    """TriG with the default graph first, then one block per article sorted by IRI: same
    graph, same bytes. (rdflib's own TriG writer orders graphs as they were created.)"""
    shared, named = split_by_article(graph)
    prefixes: set[str] = set()
    blocks = []
    for name, part in [(None, shared), *sorted(named.items())]:
        part_prefixes, body = _turtle_body(part)
        prefixes.update(part_prefixes)
        if body:
            blocks.append(("{" if name is None else f"<{name}> {{") + f"\n{body}\n}}")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n"


def read_trig(path: Path) -> Graph:
    """All the triples of a TriG file (every named graph and the default one) in one graph."""
    dataset = Dataset()
    dataset.parse(path, format="trig", encoding="utf-8")
    union = Graph()
    bind_prefixes(union)
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad[:3])
    return union
