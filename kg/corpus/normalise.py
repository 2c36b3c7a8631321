"""Normalise article text for matching while keeping a map back to the original offsets.

Every rewrite (NFC composition, CRLF, word-segmentation underscores, spaced punctuation)
records which original characters produced which normalised ones, so evidence offsets
always cut the quote out of the ORIGINAL file exactly.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache


class OffsetMap:
    """Maps character positions of a rewritten string back to the string it came from.

    Stored sparsely: only the rewritten segments are kept; between them positions
    shift by a constant, so a 50 MB article costs memory per edit, not per character.
    """

    def __init__(self, segments: list[tuple[int, int, int, int]]):
        # (new_start, new_end, old_start, old_end), sorted and non-overlapping
        self._segments = segments
        self._new_starts = [seg[0] for seg in segments]

    def _locate(self, pos: int) -> tuple[int, tuple[int, int, int, int] | None]:
        k = bisect_right(self._new_starts, pos) - 1
        return k, (self._segments[k] if k >= 0 else None)

    def start(self, pos: int) -> int:
        """Original index of the character at `pos` (or of the end, for pos == len)."""
        _, seg = self._locate(pos)
        if seg is None:
            return pos
        n0, n1, o0, o1 = seg
        if pos < n1:
            return o0 + (pos - n0) if (n1 - n0) == (o1 - o0) else o0
        return pos + (o1 - n1)

    def end(self, pos: int) -> int:
        """Original index just past the character at `pos`."""
        _, seg = self._locate(pos)
        if seg is not None:
            n0, n1, o0, o1 = seg
            if pos < n1 and (n1 - n0) != (o1 - o0):
                return o1
        return self.start(pos) + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            first = self.start(start)
            return first, first
        return self.start(start), self.end(end - 1)


def rewrite(
    text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> tuple[str, OffsetMap]:
    """Apply `replace` to every match of `pattern`, recording an offset map."""
    pieces: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    last = 0
    new_len = 0
    for match in pattern.finditer(text):
        replacement = replace(match)
        if replacement == match.group(0):
            continue
        s, e = match.span()
        pieces.append(text[last:s])
        new_len += s - last
        pieces.append(replacement)
        segments.append((new_len, new_len + len(replacement), s, e))
        new_len += len(replacement)
        last = e
    if not segments:
        return text, OffsetMap([])
    pieces.append(text[last:])
    return "".join(pieces), OffsetMap(segments)


def unwrap(text: str, pattern: re.Pattern[str], group: int = 1) -> tuple[str, OffsetMap]:
    """Keep `group` of every match and drop the rest ("[Báo](url)" → "Báo"), mapping each
    kept character to itself in the original, not to the whole match."""
    pieces: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    last = 0
    new_len = 0
    for match in pattern.finditer(text):
        s, e = match.span()
        ks, ke = match.span(group)
        if ks < 0 or (ks, ke) == (s, e):
            continue
        pieces.append(text[last:s])
        new_len += s - last
        if ks > s:
            segments.append((new_len, new_len, s, ks))
        pieces.append(text[ks:ke])
        new_len += ke - ks
        if e > ke:
            segments.append((new_len, new_len, ke, e))
        last = e
    if not segments:
        return text, OffsetMap([])
    pieces.append(text[last:])
    return "".join(pieces), OffsetMap(segments)


# One tone-mark convention for matching: the mark sits on the first vowel of an
# open "oa", "oe", "uy" syllable (hòa, khỏe, thủy), as in current dictionaries.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_STYLE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY][" + _TONES + r"])(?![^\W\d_])")
_WORD_CHARS = re.compile(r"\w")


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    base, tone = second[0], second[1]
    if first in "oO" and base in "yY" or first in "uU" and base in "aAeE":
        return match.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def fold_tones(text: str) -> str:
    """Rewrite old-style tone placement (hoà, thuỷ) to one convention; keeps the length."""
    return _fold_short(text) if len(text) < 200 else _fold(text)


@lru_cache(maxsize=1 << 16)  # names and phrases are folded again and again
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if not _MAY_NEED_FOLD.search(text):
        return text
    result = unicodedata.normalize("NFC", _OLD_STYLE.sub(_move_tone, _decompose_vowels(text)))
    return result if len(result) == len(text) else text


_MAY_NEED_FOLD = re.compile(r"[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]")


def _decompose_vowels(text: str) -> str:
    """Split only the tone mark off each vowel (keeping hat/breve/horn composed).

    A lookup table over the Basic Multilingual Plane (where every letter with a Vietnamese tone
    mark lives) does this in one `str.translate`; astral characters take the per-character path.
    """
    if _ASTRAL.search(text):
        return "".join(_split_tone(ch) for ch in text)
    return text.translate(_tone_split_table())


def _split_tone(ch: str) -> str:
    d = unicodedata.normalize("NFD", ch)
    tones = [c for c in d if c in _TONES]
    if not tones:
        return ch
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES)) + tones[0]


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _tone_split_table() -> dict[int, str]:
    table = {}
    for code in range(0x80, 0x10000):
        ch = chr(code)
        split = _split_tone(ch)
        if split != ch:
            table[code] = split
    return table


@lru_cache(maxsize=1 << 16)  # names repeat across sentences and articles
def match_key(text: str) -> str:
    """Key to compare names: NFC, one tone convention, `_` as space, spaces collapsed,
    case folded, `&` read as `và` (the rules of the gold format)."""
    text = unicodedata.normalize("NFC", text).replace("_", " ").replace("&", " và ")
    text = fold_tones(text)
    return " ".join(text.split()).casefold()


_CLUSTER = re.compile(r".[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.DOTALL)
_NON_SPACE = re.compile(r"\S+")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\ufeff")
_WRAPPED_LINE = re.compile(r"(?<=[^\W_])\n(?=[^\W\d_])")
_SEGMENT_UNDERSCORE = re.compile(r"(?<=[^\W_])_+(?=[^\W_])")
_URLISH = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[,.;:!?%)\]}…”’])| +(?=\.\.\.)")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[{“‘]) +")


@dataclass
class NormalisedText:
    """Display text (NFC, de-segmented), its matching twin, and the way back to the original."""

    original: str
    text: str
    key: str  # same length as text, one tone-mark convention, for regex matching
    maps: list[OffsetMap] = field(default_factory=list)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        for offset_map in reversed(self.maps):
            start, end = offset_map.span(start, end)
        return start, end

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.original_span(start, end)
        return self.original[s:e]


def looks_word_segmented(text: str) -> bool:
    """Word-segmented corpora join syllables with `_` and space out punctuation."""
    words = text.split()
    if len(words) < 20:
        return False
    joined = sum(1 for w in words if _SEGMENT_UNDERSCORE.search(w) and not _URLISH.match(w))
    spaced_commas = text.count(" , ") + text.count(" . ")
    ratio = joined / len(words)
    return ratio > 0.15 or (ratio > 0.04 and spaced_commas >= 2)


def normalise(original: str, word_segmented: bool | None = None) -> NormalisedText:
    """NFC, LF line ends, and (for word-segmented input) spaces for `_` and tight punctuation."""
    maps: list[OffsetMap] = []
    text = original

    def step(pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> None:
        nonlocal text
        text, offset_map = rewrite(text, pattern, replace)
        if offset_map._segments:
            maps.append(offset_map)

    step(_NEWLINES, lambda m: "" if m.group(0) == "\ufeff" else "\n")
    if not unicodedata.is_normalized("NFC", text):
        step(_CLUSTER, lambda m: unicodedata.normalize("NFC", m.group(0)))
    if not unicodedata.is_normalized("NFC", text):  # rare: compatibility ideographs, Hangul jamo
        step(_NON_SPACE, lambda m: unicodedata.normalize("NFC", m.group(0)))
    # a line break inside a sentence ("Tập đoàn ... Quân\nđội"): the next line goes on in lower
    # case; read after composing, so that a letter ending in a combining mark counts as a letter
    step(_WRAPPED_LINE, lambda m: " " if m.string[m.end()].islower() else m.group(0))
    if word_segmented is None:
        word_segmented = looks_word_segmented(text)
    if word_segmented:
        urls = [m.span() for m in _URLISH.finditer(text)]

        def outside_urls(replace: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
            def guarded(m: re.Match[str]) -> str:
                if any(s <= m.start() < e for s, e in urls):
                    return m.group(0)
                return replace(m)

            return guarded

        step(_SEGMENT_UNDERSCORE, outside_urls(lambda m: " " * len(m.group(0))))
        urls = [m.span() for m in _URLISH.finditer(text)]
        step(_SPACE_BEFORE_PUNCT, outside_urls(lambda m: ""))
        step(_SPACE_AFTER_OPEN, lambda m: "")
    return NormalisedText(original=original, text=text, key=fold_tones(text), maps=maps)
