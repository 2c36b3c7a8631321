"""Rule-based sentence splitter.

underthesea's sent_tokenize breaks domain names ("Tiki.vn"), dotted brand names, "PGS.TS." and "TP. HCM"
(see DESIGN.md), so we split only where a terminator is followed by white space and
a plausible sentence start, and never after a known abbreviation.
"""

from __future__ import annotations

import re
from functools import cache

from kg import lexicon
from kg.corpus.normalise import fold_tones

_BOUNDARY = re.compile(
    r"(?P<term>[.!?…]+|\.\.\.)(?P<close>[\"'”’»)\]]*)(?P<space>\s+)(?=[\"'“‘«(\[\-–]?\s*[^\W_a-zđ])"
)
_PARAGRAPH = re.compile(r"\n+")
_WORD_BEFORE = re.compile(r"([^\s.]+(?:\.[^\s.]+)*)$")


def _abbreviations() -> frozenset[str]:
    return frozenset(lexicon.words("abbreviations.txt"))


_LONGEST_TOKEN = 64  # abbreviations are short: look this far back, never over the whole text


def _is_abbreviation(text: str, dot_at: int) -> bool:
    window = text[max(0, dot_at - _LONGEST_TOKEN) : dot_at]
    match = _WORD_BEFORE.search(window)
    if not match:
        return False
    token = match.group(1)
    last = token.rsplit(".", 1)[-1]
    if last in _abbreviations() or token in _abbreviations():
        return True
    # a lone capital initial ("J. Smith") is not a sentence end; a Roman numeral ("quý I.") may be
    if len(last) == 1 and last.isupper():
        return not (last in "IVX" and _numbered_noun_before(window[: match.start(1)]))
    return False


@cache
def _roman_numeral_nouns() -> tuple[str, ...]:
    return tuple(fold_tones(w).lower() for w in lexicon.words("roman_numeral_nouns.txt"))


def _numbered_noun_before(text: str) -> bool:
    tail = " " + " ".join(fold_tones(text[-20:]).lower().split())
    return any(tail.endswith(" " + noun) for noun in _roman_numeral_nouns())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, white space trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for para in _paragraphs(text):
        p_start, p_end = para
        cursor = p_start
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            if match.group("term") == "." and _is_abbreviation(text, match.start()):
                continue
            end = match.start("space")
            _append(spans, text, cursor, end)
            cursor = match.end("space")
        _append(spans, text, cursor, p_end)
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(text)))
    return spans


MAX_SENTENCE_CHARS = 2000  # far past any real sentence; bounds the work the extractors do per sentence
_CLAUSE_END = re.compile(r"[,;:]\s")


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # a run-on "sentence" (a line with no full stop)
        cut = _cut_point(text, start, start + MAX_SENTENCE_CHARS)
        _append(spans, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long sentence: after the last clause mark, else at the last space."""
    window = text[start:limit]
    clause = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    if clause > len(window) // 2:
        return start + clause
    space = window.rfind(" ")
    return start + space if space > len(window) // 2 else limit
