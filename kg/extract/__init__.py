"""Extractors: one module per relation kind, each `extract(ctx) -> Iterable[Fact]`."""

from __future__ import annotations

from kg.extract import events, metrics, programmes, roles
from kg.extract.context import ArticleContext
from kg.model import Fact

EXTRACTORS = (roles.extract, metrics.extract, programmes.extract, events.extract)


def extract_facts(ctx: ArticleContext) -> list[Fact]:
    """All facts of one article, in extractor order then text order."""
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts.extend(extractor(ctx))
    return facts
