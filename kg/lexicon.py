"""Language data lives in ontology/lexicon/*.txt, never in Python literals.

Format: one entry per line, `#` starts a comment; a tab separates the Vietnamese
entry from its value (e.g. an English label) where a file maps one to the other.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent.parent / "ontology" / "lexicon"


def _lines(name: str) -> list[str]:
    path = LEXICON_DIR / name
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            entries.append(line.strip("\n"))
    return entries


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-column lexicon file, longest first (for greedy regexes)."""
    items = {line.split("\t", 1)[0].strip() for line in _lines(name)}
    return tuple(sorted(items, key=lambda w: (-len(w), w)))


@cache
def mapping(name: str) -> dict[str, str]:
    """A two-column lexicon file as a dict (first column -> second column)."""
    result = {}
    for line in _lines(name):
        key, _, value = line.partition("\t")
        result[key.strip()] = value.strip()
    return result
