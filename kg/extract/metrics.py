"""metrics extractor (first version pending; see the issues)."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import ArticleContext
from kg.model import Fact


def extract(ctx: ArticleContext) -> Iterator[Fact]:
    return iter(())
