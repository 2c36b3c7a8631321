"""What every extractor sees: the article, its normalised text, and its sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from kg.corpus.normalise import NormalisedText
from kg.model import Article, Evidence
from kg.nlp.sentences import split_sentences


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offsets in the normalised text
    end: int
    text: str  # display text (NFC, de-segmented)
    key: str  # same length as text, one tone-mark convention: match regexes on this


@dataclass
class ArticleContext:
    article: Article
    text: NormalisedText
    cache: dict = field(default_factory=dict)  # per-article memo shared by extractors

    @cached_property
    def sentences(self) -> list[Sentence]:
        display, key = self.text.text, self.text.key
        return [
            Sentence(i, s, e, display[s:e], key[s:e]) for i, (s, e) in enumerate(split_sentences(display))
        ]

    def evidence(self, sentence: Sentence, extractor: str, rule: str, confidence: float = 0.8) -> Evidence:
        """Evidence for a fact read from `sentence`: its quote cut from the ORIGINAL file."""
        start, end = self.text.original_span(sentence.start, sentence.end)
        return Evidence(
            doc_id=self.article.doc_id,
            quote=self.text.original[start:end],
            start=start,
            end=end,
            extractor=extractor,
            rule=rule,
            confidence=confidence,
        )
