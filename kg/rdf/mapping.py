"""Facts → triples: the ONLY place that knows the ontology (see docs/graph-model.md)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.model import (
    EVENT,
    ORGANISATION,
    PERSON,
    PLACE,
    PROGRAMME,
    Article,
    Entity,
    EventFact,
    Evidence,
    MetricFact,
    PartFact,
    RoleFact,
    SelectionFact,
)
from kg.rdf.vocab import DEFAULT_BASE_IRI, KG, OA, ORG, SCHEMA, bind_prefixes
from kg.resolve import entity_slug, short_hash, slugify

ENTITY_CLASSES = {
    PERSON: SCHEMA.Person,
    ORGANISATION: ORG.Organization,
    PROGRAMME: KG.Programme,
    EVENT: SCHEMA.Event,
    PLACE: SCHEMA.Place,
}
_PATH = {PERSON: "person", ORGANISATION: "org", PROGRAMME: "programme", EVENT: "event", PLACE: "place"}


class GraphMapper:
    """Adds articles and their facts to an rdflib Graph under one base IRI."""

    def __init__(self, graph: Graph | None = None, base_iri: str = DEFAULT_BASE_IRI):
        self.graph = graph if graph is not None else Graph()
        self.base = Namespace(base_iri if base_iri.endswith(("/", "#")) else base_iri + "/")
        bind_prefixes(self.graph)

    # -- nodes -----------------------------------------------------------------
    def article_iri(self, doc_id: str) -> URIRef:
        return self.base[f"article/{slugify(doc_id)}-{short_hash(doc_id, length=6)}"]

    def entity_iri(self, entity: Entity) -> URIRef:
        return self.base[f"{_PATH[entity.type]}/{entity_slug(entity.name)}"]

    def add_article(self, article: Article) -> URIRef:
        g, node = self.graph, self.article_iri(article.doc_id)
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, KG.sourceFile, Literal(article.doc_id)))
        if article.title:
            g.add((node, SCHEMA.name, Literal(article.title, lang="vi")))
        if article.published:
            g.add((node, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
        if article.author:
            g.add((node, SCHEMA.author, Literal(article.author)))
        if article.url:
            g.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
        return node

    def add_entity(self, entity: Entity) -> URIRef:
        g, node = self.graph, self.entity_iri(entity)
        g.add((node, RDF.type, ENTITY_CLASSES[entity.type]))
        labels = list(g.objects(node, RDFS.label))
        if not labels:
            g.add((node, RDFS.label, Literal(entity.name, lang="vi")))
        elif Literal(entity.name, lang="vi") not in labels:
            g.add((node, SKOS.altLabel, Literal(entity.name, lang="vi")))
        for alias in entity.aliases:
            if Literal(alias, lang="vi") not in labels:
                g.add((node, SKOS.altLabel, Literal(alias, lang="vi")))
        return node

    def _fact_node(self, kind: str, evidence: Evidence, *identity: str) -> URIRef:
        """A fact IRI from what the fact says and where it was read: stable across rebuilds."""
        return self.base[f"{kind}/{short_hash(evidence.doc_id, str(evidence.start), *identity, length=16)}"]

    def _add_evidence(self, fact: URIRef, evidence: Evidence) -> None:
        g = self.graph
        article = self.article_iri(evidence.doc_id)
        ev = URIRef(f"{fact}/evidence")
        quote, position = URIRef(f"{ev}#quote"), URIRef(f"{ev}#position")
        g.add((fact, PROV.wasDerivedFrom, article))
        g.add((fact, KG.extractor, Literal(evidence.extractor)))
        g.add((fact, KG.rule, Literal(evidence.rule)))
        g.add(
            (
                fact,
                KG.confidence,
                Literal(_decimal_text(Decimal(str(evidence.confidence))), datatype=XSD.decimal),
            )
        )
        g.add((fact, KG.evidence, ev))
        g.add((ev, RDF.type, OA.SpecificResource))
        g.add((ev, OA.hasSource, article))
        g.add((ev, OA.hasSelector, quote))
        g.add((ev, OA.hasSelector, position))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(evidence.quote)))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
        g.add((position, OA.end, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))

    # -- facts -----------------------------------------------------------------
    def add_role(self, fact: RoleFact) -> URIRef:
        g = self.graph
        person = self.add_entity(fact.person)
        node = self._fact_node(
            "membership", fact.evidence, fact.person.name, fact.role, fact.org.name if fact.org else ""
        )
        role = self.base[f"role/{slugify(fact.role)}-{short_hash(fact.role.casefold(), length=6)}"]
        g.add((role, RDF.type, ORG.Role))
        g.add((role, SKOS.prefLabel, Literal(fact.role, lang="vi")))
        if fact.role_en:
            g.add((role, SKOS.prefLabel, Literal(fact.role_en, lang="en")))
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, person))
        g.add((node, ORG.role, role))
        g.add((node, KG.roleText, Literal(fact.role, lang="vi")))
        g.add((node, KG.isPast, Literal(fact.past)))
        if fact.org is not None:
            org = self.add_entity(fact.org)
            g.add((node, ORG.organization, org))
            if not fact.past:
                g.add((person, ORG.memberOf, org))
        self._add_evidence(node, fact.evidence)
        return node

    def add_part(self, fact: PartFact) -> URIRef:
        g = self.graph
        part, whole = self.add_entity(fact.part), self.add_entity(fact.whole)
        g.add((part, ORG.subOrganizationOf, whole))
        node = self._fact_node("part", fact.evidence, fact.part.name, fact.whole.name)
        g.add((node, RDF.type, KG.SubOrganizationStatement))
        g.add((node, KG.part, part))
        g.add((node, KG.whole, whole))
        self._add_evidence(node, fact.evidence)
        return node

    def add_metric(self, fact: MetricFact) -> URIRef:
        g = self.graph
        node = self._fact_node(
            "metric", fact.evidence, fact.what, str(fact.value), fact.unit, fact.period or ""
        )
        g.add((node, RDF.type, KG.MetricObservation))
        if fact.subject is not None:
            g.add((node, KG.subject, self.add_entity(fact.subject)))
        if fact.reporter is not None:
            g.add((node, KG.reporter, self.add_entity(fact.reporter)))
        g.add((node, KG.measure, Literal(fact.what, lang="vi")))
        g.add((node, SCHEMA.value, Literal(_decimal_text(fact.value), datatype=XSD.decimal)))
        g.add((node, SCHEMA.unitText, Literal(fact.unit)))
        for prop, value in (
            (KG.qualifier, fact.qualifier),
            (KG.period, fact.period),
            (KG.change, fact.change),
            (KG.comparedTo, fact.compared_to),
        ):
            if value:
                g.add((node, prop, Literal(value)))
        self._add_evidence(node, fact.evidence)
        return node

    def add_selection(self, fact: SelectionFact) -> URIRef:
        g = self.graph
        programme = self.add_entity(fact.programme)
        node = self._fact_node("selection", fact.evidence, fact.programme.name, str(fact.count))
        g.add((node, RDF.type, KG.Selection))
        g.add((node, KG.programme, programme))
        g.add((node, KG.firmCount, Literal(fact.count, datatype=XSD.integer)))
        if fact.criteria is not None:
            g.add((node, KG.criteriaCount, Literal(fact.criteria, datatype=XSD.integer)))
        if fact.selector is not None:
            g.add((node, KG.selector, self.add_entity(fact.selector)))
        if fact.host is not None:
            g.add((node, KG.hostPlatform, self.add_entity(fact.host)))
        for criterion in fact.criteria_list:
            g.add((node, KG.criterion, Literal(criterion, lang="vi")))
        self._add_evidence(node, fact.evidence)
        return node

    def add_event(self, fact: EventFact) -> URIRef:
        g = self.graph
        node = self.add_entity(fact.event)
        if fact.date:
            g.add((node, SCHEMA.startDate, Literal(fact.date)))
        if fact.place:
            g.add((node, SCHEMA.location, Literal(fact.place, lang="vi")))
        self._add_evidence(node, fact.evidence)
        return node

    def add_fact(self, fact) -> URIRef:
        handlers = {
            RoleFact: self.add_role,
            PartFact: self.add_part,
            MetricFact: self.add_metric,
            SelectionFact: self.add_selection,
            EventFact: self.add_event,
        }
        return handlers[type(fact)](fact)

    def add_articles(self, articles: Iterable[Article]) -> Graph:
        for article in articles:
            self.add_article(article)
            for entity in article.entities:
                self.add_entity(entity)
            for fact in article.facts:
                self.add_fact(fact)
        return self.graph


def _decimal_text(value: Decimal) -> str:
    """Canonical xsd:decimal (no exponent, one digit after the point at least):
    4.465E+10 → "44650000000.0", so Turtle written and read back is the same literal."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text + ".0" if "." not in text else text


def facts_to_graph(articles: Iterable[Article], base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    return GraphMapper(base_iri=base_iri).add_articles(articles)


__all__ = ["GraphMapper", "facts_to_graph"]
