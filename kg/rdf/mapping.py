"""Facts → triples: the ONLY place that knows the ontology (see docs/graph-model.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

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
from kg.resolve import Resolution, resolve, short_hash, slugify


class _Vocabulary:
    """A namespace whose terms are made once: rdflib builds a new URIRef on every attribute
    access, and the mapper asks for a few dozen terms millions of times on a large corpus."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


class RdflibTerms:
    """How the mapper makes terms for an rdflib Graph (a store may bring its own: kg.store)."""

    iri = URIRef
    literal = Literal

    @staticmethod
    def text(term: URIRef) -> str:
        return str(term)


RDF, RDFS, OWL, PROV, SKOS, XSD = map(_Vocabulary, (RDF, RDFS, OWL, PROV, SKOS, XSD))
KG, OA, ORG, SCHEMA = map(_Vocabulary, (KG, OA, ORG, SCHEMA))

ENTITY_CLASSES = {
    PERSON: SCHEMA.Person,
    ORGANISATION: ORG.Organization,
    PROGRAMME: KG.Programme,
    EVENT: SCHEMA.Event,
    PLACE: SCHEMA.Place,
}


class GraphMapper:
    """Adds articles and their facts to an rdflib Graph under one base IRI.

    Entities go through a Resolution (kg.resolve): every mention of one real thing
    becomes the same node, described once (label, aliases, English label, sameAs).
    No triple is added twice, so a store may write each added triple straight out (kg.store).
    """

    def __init__(
        self,
        graph: Graph | None = None,
        base_iri: str = DEFAULT_BASE_IRI,
        resolution: Resolution | None = None,
    ):
        self.graph = graph if graph is not None else Graph()
        self.base = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"
        terms = getattr(self.graph, "terms", RdflibTerms)  # an Oxigraph store makes its own
        self.iri, self.lit, self._text = terms.iri, terms.literal, terms.text
        self.resolution = resolution
        self._described: set[str] = set()  # entity and article nodes already described
        self._added_once: set = set()  # triples that several facts state (roles, memberOf, events)
        self._fact_nodes: set[str] = set()
        bind_prefixes(self.graph)

    # -- nodes -----------------------------------------------------------------
    def article_iri(self, doc_id: str) -> URIRef:
        return self.iri(self.base + f"article/{slugify(doc_id)}-{short_hash(doc_id, length=6)}")

    def entity_iri(self, entity: Entity, doc_id: str = "") -> URIRef:
        return self.iri(self.base + self._resolution().node(doc_id, entity).path)

    def _resolution(self) -> Resolution:
        if self.resolution is None:
            self.resolution = Resolution()
        return self.resolution

    def add_article(self, article: Article) -> URIRef:
        g, node = self.graph, self.article_iri(article.doc_id)
        if not self._first_description(self._text(node)):
            return node
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, KG.sourceFile, self.lit(article.doc_id)))
        if article.title:
            g.add((node, SCHEMA.name, self.lit(article.title, lang="vi")))
        if article.published:
            g.add((node, SCHEMA.datePublished, self.lit(article.published, datatype=XSD.date)))
        if article.author:
            g.add((node, SCHEMA.author, self.lit(article.author)))
        if article.url:
            g.add((node, SCHEMA.url, self.lit(article.url, datatype=XSD.anyURI)))
        return node

    def add_entity(self, entity: Entity, doc_id: str = "") -> URIRef:
        """The resolved node of a mention; its description is written the first time."""
        node = self._resolution().node(doc_id, entity)
        iri = self.iri(self.base + node.path)
        if not self._first_description(node.path):
            return iri
        g = self.graph
        g.add((iri, RDF.type, ENTITY_CLASSES[node.type]))
        g.add((iri, RDFS.label, self.lit(node.label, lang="vi")))
        for alias in node.aliases:
            g.add((iri, SKOS.altLabel, self.lit(alias, lang="vi")))
        if node.label_en:
            g.add((iri, SKOS.prefLabel, self.lit(node.label_en, lang="en")))
        for same in node.same_as:
            g.add((iri, OWL.sameAs, self.iri(same)))
        if node.parent:
            g.add((iri, SCHEMA.parentOrganization, self.iri(self.base + node.parent)))
        return iri

    def _first_description(self, key: str) -> bool:
        """True the first time an entity or article node is met: describe it then."""
        if key in self._described:
            return False
        self._described.add(key)
        return True

    def _add_once(self, triple) -> None:
        if triple not in self._added_once:
            self._added_once.add(triple)
            self.graph.add(triple)

    def _fact_node(self, kind: str, evidence: Evidence, *identity: str) -> tuple[URIRef, Graph]:
        """A fact IRI from what the fact says and where it was read (stable across rebuilds),
        and where to add its triples: a second fact with the same IRI adds only what is new."""
        digest = short_hash(evidence.doc_id, str(evidence.start), *identity, length=16)
        node = self.iri(f"{self.base}{kind}/{digest}")
        if self._text(node) in self._fact_nodes:
            return node, _NewTriplesOnly(self.graph)
        self._fact_nodes.add(self._text(node))
        return node, self.graph

    def _add_evidence(self, fact: URIRef, evidence: Evidence, g=None, shared: bool = False) -> None:
        """Article, extractor, rule, confidence, and the quote with its offsets in the original.

        A node read from several sentences (an event) gets one evidence node per sentence.
        """
        add = self._add_once if shared else (self.graph if g is None else g).add
        article = self.article_iri(evidence.doc_id)
        suffix = f"-{short_hash(evidence.doc_id, str(evidence.start), str(evidence.end), length=8)}"
        ev_text = f"{self._text(fact)}/evidence{suffix if shared else ''}"
        ev, quote, position = self.iri(ev_text), self.iri(ev_text + "#quote"), self.iri(ev_text + "#position")
        add((fact, PROV.wasDerivedFrom, article))
        add((fact, KG.extractor, self.lit(evidence.extractor)))
        add((fact, KG.rule, self.lit(evidence.rule)))
        add(
            (
                fact,
                KG.confidence,
                self.lit(_decimal_text(Decimal(str(evidence.confidence))), datatype=XSD.decimal),
            )
        )
        add((fact, KG.evidence, ev))
        add((ev, RDF.type, OA.SpecificResource))
        add((ev, OA.hasSource, article))
        add((ev, OA.hasSelector, quote))
        add((ev, OA.hasSelector, position))
        add((quote, RDF.type, OA.TextQuoteSelector))
        add((quote, OA.exact, self.lit(evidence.quote)))
        add((position, RDF.type, OA.TextPositionSelector))
        add((position, OA.start, self.lit(evidence.start, datatype=XSD.nonNegativeInteger)))
        add((position, OA.end, self.lit(evidence.end, datatype=XSD.nonNegativeInteger)))

    # -- facts -----------------------------------------------------------------
    def add_role(self, fact: RoleFact) -> URIRef:
        doc = fact.evidence.doc_id
        person = self.add_entity(fact.person, doc)
        node, g = self._fact_node(
            "membership", fact.evidence, fact.person.name, fact.role, fact.org.name if fact.org else ""
        )
        role_path, role_vi, role_en = self._resolution().role(fact.role, fact.role_en)
        role = self.iri(self.base + role_path)
        self._add_once((role, RDF.type, ORG.Role))
        self._add_once((role, SKOS.prefLabel, self.lit(role_vi, lang="vi")))
        if role_en:
            self._add_once((role, SKOS.prefLabel, self.lit(role_en, lang="en")))
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, person))
        g.add((node, ORG.role, role))
        g.add((node, KG.roleText, self.lit(fact.role, lang="vi")))
        g.add((node, KG.isPast, self.lit(fact.past)))
        if fact.org is not None:
            org = self.add_entity(fact.org, doc)
            g.add((node, ORG.organization, org))
            if not fact.past:
                self._add_once((person, ORG.memberOf, org))
        self._add_evidence(node, fact.evidence, g)
        return node

    def add_part(self, fact: PartFact) -> URIRef:
        doc = fact.evidence.doc_id
        part, whole = self.add_entity(fact.part, doc), self.add_entity(fact.whole, doc)
        self._add_once((part, ORG.subOrganizationOf, whole))
        node, g = self._fact_node("part", fact.evidence, fact.part.name, fact.whole.name)
        g.add((node, RDF.type, KG.SubOrganizationStatement))
        g.add((node, KG.part, part))
        g.add((node, KG.whole, whole))
        self._add_evidence(node, fact.evidence, g)
        return node

    def add_metric(self, fact: MetricFact) -> URIRef:
        doc = fact.evidence.doc_id
        node, g = self._fact_node(
            "metric",
            fact.evidence,
            fact.what,
            str(fact.value),
            fact.unit,
            fact.period or "",
            *(() if fact.start is None else (f"at {fact.start}",)),
        )
        g.add((node, RDF.type, KG.MetricObservation))
        if fact.subject is not None:
            g.add((node, KG.subject, self.add_entity(fact.subject, doc)))
        if fact.reporter is not None:
            g.add((node, KG.reporter, self.add_entity(fact.reporter, doc)))
        g.add((node, KG.measure, self.lit(fact.what, lang="vi")))
        g.add((node, SCHEMA.value, self.lit(_decimal_text(fact.value), datatype=XSD.decimal)))
        g.add((node, SCHEMA.unitText, self.lit(fact.unit)))
        for prop, value in (
            (KG.qualifier, fact.qualifier),
            (KG.period, fact.period),
            (KG.change, fact.change),
            (KG.comparedTo, fact.compared_to),
        ):
            if value:
                g.add((node, prop, self.lit(value)))
        self._add_evidence(node, fact.evidence, g)
        return node

    def add_selection(self, fact: SelectionFact) -> URIRef:
        doc = fact.evidence.doc_id
        programme = self.add_entity(fact.programme, doc)
        node, g = self._fact_node("selection", fact.evidence, fact.programme.name, str(fact.count))
        g.add((node, RDF.type, KG.Selection))
        g.add((node, KG.programme, programme))
        g.add((node, KG.firmCount, self.lit(fact.count, datatype=XSD.integer)))
        if fact.criteria is not None:
            g.add((node, KG.criteriaCount, self.lit(fact.criteria, datatype=XSD.integer)))
        if fact.selector is not None:
            g.add((node, KG.selector, self.add_entity(fact.selector, doc)))
        if fact.host is not None:
            g.add((node, KG.hostPlatform, self.add_entity(fact.host, doc)))
        for criterion in fact.criteria_list:
            g.add((node, KG.criterion, self.lit(criterion, lang="vi")))
        self._add_evidence(node, fact.evidence, g)
        return node

    def add_event(self, fact: EventFact) -> URIRef:
        node = self.add_entity(fact.event, fact.evidence.doc_id)
        if fact.date:
            self._add_once((node, SCHEMA.startDate, self.lit(fact.date)))
        if fact.place:
            self._add_once((node, SCHEMA.location, self.lit(fact.place, lang="vi")))
        self._add_evidence(node, fact.evidence, shared=True)
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
        """Resolve the articles' entities (unless a Resolution was given), then map them."""
        for _ in self.mapping_steps(articles):
            pass
        return self.graph

    def mapping_steps(self, articles: Iterable[Article]) -> Iterator[Article]:
        """`add_articles` one article at a time: each article is yielded once it is mapped, so a
        store can write out what was added meanwhile (kg.store.OxigraphGraph.stream_turtle)."""
        articles = sorted(articles, key=lambda a: a.doc_id)
        if self.resolution is None:
            self.resolution = resolve(articles)
        for article in articles:
            self.add_article(article)
            for entity in article.entities:
                self.add_entity(entity, article.doc_id)
            for fact in article.facts:
                self.add_fact(fact)
            yield article


class _NewTriplesOnly:
    """Adds to a graph only the triples it lacks: for a node that several facts describe."""

    def __init__(self, graph):
        self.graph = graph

    def add(self, triple) -> None:
        if triple not in self.graph:
            self.graph.add(triple)


def _decimal_text(value: Decimal) -> str:
    """Canonical xsd:decimal (no exponent, one digit after the point at least):
    4.465E+10 → "44650000000.0", so Turtle written and read back is the same literal."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text + ".0" if "." not in text else text


def facts_to_graph(
    articles: Iterable[Article], base_iri: str = DEFAULT_BASE_IRI, resolution: Resolution | None = None
) -> Graph:
    return GraphMapper(base_iri=base_iri, resolution=resolution).add_articles(articles)


__all__ = ["GraphMapper", "facts_to_graph"]
