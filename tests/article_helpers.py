"""Build an extraction context from a few sentences written in a test."""

from __future__ import annotations

from kg.corpus.normalise import normalise
from kg.extract import roles
from kg.extract.context import ArticleContext, Sentence
from kg.model import Article, PartFact, RoleFact


def context(text: str, doc_id: str = "test.txt") -> ArticleContext:
    """A one-article context; text with `_` is read as a word-segmented file, as the reader would."""
    normalised = normalise(text, word_segmented=True if "_" in text else None)
    return ArticleContext(Article(doc_id=doc_id, path=doc_id, original=text), normalised)


def sentence(text: str) -> Sentence:
    ctx = context(text)
    return Sentence(0, 0, len(ctx.text.text), ctx.text.text, ctx.text.key)


def role_facts(text: str) -> set[tuple]:
    """(person, role, organisation or None, past) of every role fact of the text."""
    return {
        (f.person.name, f.role, f.org.name if f.org else None, f.past)
        for f in roles.extract(context(text))
        if isinstance(f, RoleFact)
    }


def part_facts(text: str) -> set[tuple[str, str]]:
    return {(f.part.name, f.whole.name) for f in roles.extract(context(text)) if isinstance(f, PartFact)}
