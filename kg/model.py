"""Typed facts that extractors yield and the RDF mapping consumes.

Extractors never touch rdflib: they return these frozen dataclasses, each carrying
its evidence, so that resolution, RDF mapping and evaluation can be changed apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

PERSON = "Person"
ORGANISATION = "Organisation"
PROGRAMME = "Programme"
EVENT = "Event"
PLACE = "Place"
ENTITY_TYPES = (PERSON, ORGANISATION, PROGRAMME, EVENT, PLACE)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, with offsets into the ORIGINAL file text."""

    doc_id: str
    quote: str  # exactly original_text[start:end]
    start: int
    end: int
    extractor: str
    rule: str
    confidence: float = 0.8


@dataclass(frozen=True)
class Entity:
    """A mention of a named thing, as written in the article (display form)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleFact:
    person: Entity
    role: str
    org: Entity | None
    evidence: Evidence
    past: bool = False
    role_en: str | None = None  # English label of the title, from the lexicon


@dataclass(frozen=True)
class PartFact:
    part: Entity
    whole: Entity
    evidence: Evidence


@dataclass(frozen=True)
class MetricFact:
    """One observed figure: value and unit, the thing measured, and who it is about."""

    subject: Entity | None
    what: str
    value: Decimal
    unit: str
    evidence: Evidence
    reporter: Entity | None = None
    qualifier: str | None = None  # hơn, gần, khoảng ... as written
    period: str | None = None  # ISO 8601 date or interval
    change: str | None = None  # "increase" | "decrease"
    compared_to: str | None = None  # e.g. "cùng kỳ 2018"
    value_max: Decimal | None = None  # upper end of a range ("10% - 15%": value 10, value_max 15)


@dataclass(frozen=True)
class SelectionFact:
    """A programme selecting a number of firms, optionally on a number of criteria."""

    programme: Entity
    count: int
    evidence: Evidence
    selector: Entity | None = None
    host: Entity | None = None
    criteria: int | None = None
    criteria_list: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventFact:
    """A named event (forum, conference) with its date and place when the article gives them."""

    event: Entity
    evidence: Evidence
    date: str | None = None
    place: str | None = None


Fact = RoleFact | PartFact | MetricFact | SelectionFact | EventFact


@dataclass
class Article:
    """One article as read: its original text, metadata, and extracted facts."""

    doc_id: str
    path: str
    original: str
    title: str | None = None
    published: str | None = None  # ISO date
    author: str | None = None
    url: str | None = None
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
