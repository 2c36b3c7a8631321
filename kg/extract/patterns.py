"""Regex alternations built from lexicon words, shared by every extractor.

Longest words first, so "Phó Tổng giám đốc" wins over "Tổng giám đốc" in one alternation.
The alternation is written as a trie ("giám (?:đốc|sát)" rather than "giám đốc|giám sát"):
Python's `re` tries every branch of a flat alternation at every position of the text, and the
extractors scan every sentence with alternations of a few hundred lexicon words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.corpus.normalise import fold_tones

_END = ""  # trie key marking that a word ends here


def longest_first(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: Iterable[str], ignore_case: bool | None = None) -> str:
    """`a|b|c` of the words as written (for patterns matched tone-exactly).

    `ignore_case`: whether the pattern is compiled with re.IGNORECASE (None: not said, and
    the result must be right either way)."""
    return _trie_or_flat(longest_first(words), re.escape, ignore_case)


def folded_alternation(words: Iterable[str], space: str = r"[ \t]+", ignore_case: bool | None = None) -> str:
    """`a|b|c` of the words in the matching text's tone convention, any run of `space` between words."""

    def unit(ch: str) -> str:
        return space if ch == " " else re.escape(ch)

    return _trie_or_flat(longest_first(fold_tones(w) for w in words), unit, ignore_case)


def _trie_or_flat(words: list[str], unit, ignore_case: bool | None) -> str:
    """The words as a trie-shaped alternation that matches exactly what the flat, longest-first
    one does. Ignoring case, two words can both match where the trie keeps them apart ("Công ty"
    and "công ty mẹ"): the trie is then built on lower-case words, or, when it is not known
    whether case is ignored, the flat alternation is kept."""
    if ignore_case:
        words = longest_first(w.lower() for w in words)
    elif ignore_case is None and _case_conflict(words):
        return "|".join("".join(unit(ch) for ch in word) for word in words)
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _render(trie, unit)


def _render(node: dict, unit) -> str:
    branches = [unit(ch) + _render(child, unit) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:  # a word ends here: the longer ones are tried first, as in longest_first
        return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
    return body


def _case_conflict(words: list[str]) -> bool:
    folded = sorted((w.lower(), w) for w in words)
    for i, (low_a, a) in enumerate(folded):
        for low_b, b in folded[i + 1 :]:
            if not low_b.startswith(low_a):
                break  # the words that start with low_a come right after it in this order
            if not b.startswith(a):
                return True
    return False
