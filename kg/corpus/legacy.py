"""Vietnamese in pre-Unicode encodings: Windows-1258, TCVN3 (ABC) and VNI Windows.

Old Word documents and exports still arrive in these. Bytes are decoded with each
candidate and the result is scored by how many of its accented words are well-formed
Vietnamese syllables; a candidate is trusted only when it reads clearly as Vietnamese
and clearly better than the others. The TCVN3 and VNI tables are data files
(ontology/lexicon/encoding_*.tsv), not Python literals.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from kg import lexicon
from kg.nlp.syllables import is_vietnamese_syllable


@dataclass(frozen=True)
class LegacyEncoding:
    name: str  # short id: cp1258, tcvn3, vni
    label: str  # for people
    convert_hint: str  # how to convert the file to UTF-8 yourself


ENCODINGS = {
    "cp1258": LegacyEncoding("cp1258", "Windows-1258", "iconv -f WINDOWS-1258 -t UTF-8 FILE > FILE.utf8.txt"),
    "tcvn3": LegacyEncoding(
        "tcvn3", "TCVN3 (ABC, .VnTime fonts)", "iconv -f TCVN5712-1 -t UTF-8 FILE > FILE.utf8.txt"
    ),
    "vni": LegacyEncoding(
        "vni",
        "VNI Windows (VNI-Times fonts)",
        "UniKey's converter (Công cụ chuyển mã: nguồn VNI Windows, đích Unicode)",
    ),
}

# non-ASCII characters that Vietnamese news text uses besides its letters
_ALLOWED_SYMBOLS = set("“”‘’–—…•°\u00a0·€×")
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_BYTES = 400_000  # scoring a sample is enough; the whole file is decoded once chosen

MIN_WORDS = 8  # accented words needed before a guess is trusted
MIN_VALID = 0.9  # share of accented words that must be Vietnamese syllables
MAX_FOREIGN = 0.02  # share of non-ASCII characters that may be neither letters nor known symbols
MIN_MARGIN = 0.3  # how much better than the runner-up the chosen encoding must read


def _table(name: str) -> dict[str, str]:
    """A lexicon table `hex bytes TAB hex code points` as latin-1 text → Unicode text."""
    result = {}
    for key, value in lexicon.mapping(name).items():
        source = bytes(int(b, 16) for b in key.split()).decode("latin-1")
        result[source] = "".join(chr(int(cp, 16)) for cp in value.split())
    return result


@cache
def _tcvn3() -> dict[int, str]:
    return {ord(k): v for k, v in _table("encoding_tcvn3.tsv").items()}


@cache
def _vni() -> tuple[re.Pattern[str], dict[str, str]]:
    table = _table("encoding_vni.tsv")
    keys = sorted(table, key=lambda k: (-len(k), k))
    return re.compile("|".join(re.escape(k) for k in keys)), table


@cache
def _windows_punctuation() -> dict[int, str]:
    """Bytes 80-9F as Windows-1252 has them (“ ” … –): VNI fonts keep that layout."""
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
    return table


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…:])\s+|(?<=\n))[\s\"“‘(#*>-]*([^\W\d_])", re.M)
_CAPITALS_WORD = re.compile(r"[^\W\d_]{2,}")


def _restore_tcvn3_capitals(text: str) -> str:
    """TCVN3 has no capital with a tone mark: a heading's "VIệT" was "VIỆT", and a
    sentence cannot start with "ánh". Other capitals cannot be told and stay small."""

    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        plain = [c for c in w if unicodedata.normalize("NFD", c)[0].isascii() or c in "đĐ"]
        if (
            any(c.islower() for c in w)
            and sum(c.isupper() for c in plain) >= 2
            and not any(c.islower() and c.isascii() for c in w)
        ):
            return w.upper()
        return w

    def start(match: re.Match[str]) -> str:
        letter = match.group(1)
        if letter.islower() and any(c in TONES for c in unicodedata.normalize("NFD", letter)):
            return match.group(0)[:-1] + letter.upper()
        return match.group(0)

    return _SENTENCE_START.sub(start, _CAPITALS_WORD.sub(word, text))


TONES = "\u0300\u0301\u0303\u0309\u0323"


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode with one legacy encoding (NFC result); UnicodeDecodeError where it cannot."""
    if encoding == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    if encoding == "tcvn3":
        text = unicodedata.normalize("NFC", data.decode("latin-1").translate(_tcvn3()))
        return _restore_tcvn3_capitals(text)
    if encoding == "vni":
        pattern, table = _vni()
        text = data.decode("latin-1").translate(_windows_punctuation())
        return unicodedata.normalize("NFC", pattern.sub(lambda m: table[m.group(0)], text))
    raise ValueError(f"unknown legacy encoding {encoding!r}")


@dataclass(frozen=True)
class Reading:
    """How well the bytes read as Vietnamese in one encoding."""

    encoding: str
    words: int  # accented words
    valid: float  # share of them that are Vietnamese syllables
    foreign: float  # share of non-ASCII characters that are neither letters nor known symbols

    @property
    def plausible(self) -> bool:
        return self.words >= MIN_WORDS and self.valid >= MIN_VALID and self.foreign <= MAX_FOREIGN

    @property
    def label(self) -> str:
        return ENCODINGS[self.encoding].label


def score(text: str, encoding: str) -> Reading:
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    valid = sum(1 for w in words if is_vietnamese_syllable(w))
    non_ascii = [c for c in text if ord(c) > 127 and not c.isspace()]
    foreign = sum(1 for c in non_ascii if not (c.isalpha() or c in _ALLOWED_SYMBOLS))
    return Reading(
        encoding,
        len(words),
        valid / len(words) if words else 0.0,
        foreign / len(non_ascii) if non_ascii else 0.0,
    )


@dataclass(frozen=True)
class Guess:
    best: Reading | None  # the best-reading candidate, if any decoded at all
    text: str | None  # the whole file decoded, when the guess is trusted

    @property
    def trusted(self) -> bool:
        return self.text is not None


def guess_legacy(data: bytes) -> Guess:
    """Decode `data` as Vietnamese in a legacy encoding, if one reads clearly best."""
    sample = data[:SAMPLE_BYTES]
    readings = []
    for encoding in ENCODINGS:
        try:
            readings.append(score(decode_legacy(sample, encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not readings:
        return Guess(None, None)
    readings.sort(key=lambda r: (r.plausible, r.valid, -r.foreign), reverse=True)
    best = readings[0]
    runner_up = readings[1].valid if len(readings) > 1 and readings[1].words >= MIN_WORDS else 0.0
    if not best.plausible or best.valid - runner_up < MIN_MARGIN:
        return Guess(best, None)
    try:
        return Guess(best, decode_legacy(data, best.encoding))
    except UnicodeDecodeError:  # the sample decoded, a later part does not
        return Guess(best, None)
