"""Is this word a well-formed Vietnamese syllable?

Used to tell whether bytes decoded from a legacy encoding read as Vietnamese: a wrong
decoding gives words such as "Viờũt" or "chaứo" (two tones, impossible vowel groups),
a right one gives syllables. The spelling parts (onsets, vowel groups, codas) are data in
ontology/lexicon/syllable_*.txt.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kg import lexicon

TONE_MARKS = {
    "\u0300": "huyền",
    "\u0301": "sắc",
    "\u0303": "ngã",
    "\u0309": "hỏi",
    "\u0323": "nặng",
}
_STOP_TONES = {"\u0301", "\u0323"}  # the only tones a syllable ending in a stop can take
_VOWELS = set("aăâeêioôơuưy")


@cache
def _pattern() -> re.Pattern[str]:
    def alternatives(name: str) -> str:
        return "|".join(re.escape(w) for w in lexicon.words(name))

    return re.compile(
        f"(?:{alternatives('syllable_onsets.txt')})?"
        f"(?P<nucleus>{alternatives('syllable_nuclei.txt')})"
        f"(?P<coda>{alternatives('syllable_codas.txt')})?"
    )


@cache
def _stops() -> frozenset[str]:
    return frozenset(k for k, v in lexicon.mapping("syllable_codas.txt").items() if v == "stop")


def split_tone(word: str) -> tuple[str, list[str]] | None:
    """The word without tone marks (other marks kept, NFC) and the tones it carried.

    None when a tone mark sits on something other than a vowel.
    """
    base: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in TONE_MARKS:
            letters = [c for c in base if not unicodedata.combining(c)]
            if not letters or letters[-1] not in _VOWELS:
                return None
            tones.append(ch)
        else:
            base.append(ch)
    return unicodedata.normalize("NFC", "".join(base)), tones


def is_vietnamese_syllable(word: str) -> bool:
    """One onset at most, one vowel group, one coda at most, one tone at most, and a
    syllable ending in a stop (c, ch, p, t) carries sắc or nặng ("Việt" yes; "Viờũt",
    "chaứo", "très", "viêt" no)."""
    split = split_tone(word)
    if split is None:
        return False
    base, tones = split
    if len(tones) > 1:
        return False
    match = _pattern().fullmatch(base)
    if match is None:
        return False
    if match.group("coda") in _stops():
        return bool(tones) and tones[0] in _STOP_TONES
    return True
