"""The shipped gazetteer (ontology/gazetteer.tsv): canonical names, English labels and
Wikidata ids of well-known ministries, agencies, companies, platforms and countries.

It is data read from disk; nothing is fetched at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.model import ENTITY_TYPES
from kg.rdf.vocab import WD
from kg.resolve.names import entity_key

GAZETTEER_PATH = Path(__file__).resolve().parents[2] / "ontology" / "gazetteer.tsv"


@dataclass(frozen=True)
class GazetteerEntry:
    type: str
    kind: str  # ministry, agency, company, platform, international, country, city ...
    name: str  # canonical Vietnamese name: the label of a linked entity
    label_en: str
    wikidata: str | None  # "Q881"
    aliases: tuple[str, ...]

    @property
    def key(self) -> str:
        return entity_key(self.type, self.name)

    @property
    def keys(self) -> set[str]:
        return {entity_key(self.type, n) for n in (self.name, *self.aliases)}

    @property
    def same_as(self) -> tuple[str, ...]:
        return (str(WD[self.wikidata]),) if self.wikidata else ()


class GazetteerError(ValueError):
    """A gazetteer line that cannot be read; the message names the line."""


class Gazetteer:
    """Entries indexed by (type, key) of their name and every alias."""

    def __init__(self, entries: list[GazetteerEntry]):
        self.entries = entries
        self._index: dict[tuple[str, str], int] = {}
        for number, entry in enumerate(entries):
            for key in sorted(entry.keys):
                self._index.setdefault((entry.type, key), number)

    def lookup(self, entity_type: str, key: str) -> int | None:
        """Number of the entry that has this key, if any."""
        return self._index.get((entity_type, key))

    def country_keys(self) -> list[str]:
        return sorted(
            {key for e in self.entries if e.kind == "country" for key in e.keys}, key=lambda k: (-len(k), k)
        )

    @classmethod
    def from_text(cls, text: str, source: str = "gazetteer") -> Gazetteer:
        entries = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            cells += [""] * (6 - len(cells))
            entity_type, kind, name, label_en, wikidata, aliases = cells[:6]
            if entity_type not in ENTITY_TYPES or not name:
                raise GazetteerError(f"{source}:{number}: expected type, kind, name, ... got {line!r}")
            if wikidata and not (wikidata.startswith("Q") and wikidata[1:].isdigit()):
                raise GazetteerError(f"{source}:{number}: {wikidata!r} is not a Wikidata id (Q123)")
            entries.append(
                GazetteerEntry(
                    type=entity_type,
                    kind=kind,
                    name=name,
                    label_en=label_en,
                    wikidata=wikidata or None,
                    aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
                )
            )
        return cls(entries)


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.from_text(GAZETTEER_PATH.read_text(encoding="utf-8"), source=str(GAZETTEER_PATH))
