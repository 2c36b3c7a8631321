"""Regex alternations built from lexicon words, shared by every extractor.

Longest words first, so "Phó Tổng giám đốc" wins over "Tổng giám đốc" in one alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.corpus.normalise import fold_tones


def longest_first(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: Iterable[str]) -> str:
    """`a|b|c` of the words as written (for patterns matched case- and tone-exactly)."""
    return "|".join(re.escape(w) for w in longest_first(words))


def folded_alternation(words: Iterable[str], space: str = r"[ \t]+") -> str:
    """`a|b|c` of the words in the matching text's tone convention, any run of `space` between words."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in longest_first(fold_tones(w) for w in words))
