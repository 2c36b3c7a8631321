"""Named events (forums, conferences, fairs) with their date and place.

'Diễn đàn "Mekong Connect" diễn ra chiều 31/10 ở Cần Thơ' → event "Mekong Connect" (also
called 'Diễn đàn Mekong Connect'), date 2019-10-31 (the year from the article), place "Cần Thơ".
The event is named by a capitalised head noun (event_heads.txt) and either a quoted name
or the words after it up to a word that ends names (event_name_stops.txt).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg import lexicon
from kg.extract.context import ArticleContext, Sentence
from kg.extract.patterns import folded_alternation as _alt
from kg.extract.periods import DATE, context_year, find_periods
from kg.model import EVENT, Entity, EventFact, Fact

EXTRACTOR = "events"
MAX_NAME_WORDS = 12


@cache
def _pat() -> dict[str, re.Pattern[str]]:
    nb, ne = r"(?<![^\W_])", r"(?![^\W_])"
    return {
        # heads are matched as written: "Diễn đàn X" names an event, "diễn đàn" in prose does not
        "head": re.compile(rf"{nb}(?P<head>{_alt(lexicon.words('event_heads.txt'))}){ne}"),
        "stop": re.compile(rf"(?:{_alt(lexicon.words('event_name_stops.txt'))}|này|đó){ne}", re.IGNORECASE),
        "place_cue": re.compile(r"(?i)(?<![^\W_])(?:ở|tại)[ \t]+"),
        "place": re.compile(rf"{nb}(?:{_alt(lexicon.words('subject_places.txt'), ignore_case=False)}){ne}"),
    }


_QUOTED = re.compile(r"[ \t]*[\"“”'‘’](?P<name>[^\"“”'‘’]{2,60})[\"“”'‘’]")
_WORD = re.compile(r"[ \t]+(?P<w>[^\s,;:.()\"“”]+)")
_CAPITAL_RUN = re.compile(r"[A-ZĐÀ-Ỹ][^\s,;:()]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\s,;:()]*)*")


def extract(ctx: ArticleContext) -> Iterator[Fact]:
    year = context_year(ctx.text.key, ctx.article.published)
    seen: dict[str, EventFact] = {}
    for sentence in ctx.sentences:
        for fact in _events(ctx, sentence, year):
            key = fact.event.name.casefold()
            known = seen.get(key)
            if known is None or (known.date is None and fact.date is not None):
                seen[key] = fact
    return iter(sorted(seen.values(), key=lambda f: f.evidence.start))


def _events(ctx: ArticleContext, sentence: Sentence, year: int | None) -> Iterator[EventFact]:
    key, text = sentence.key, sentence.text
    for m in _pat()["head"].finditer(key):
        head = text[m.start() : m.end()]
        quoted = _QUOTED.match(text, m.end())
        if quoted:
            name = quoted.group("name").strip()
            aliases: tuple[str, ...] = (f"{head} {name}",)
            end = quoted.end()
        else:
            end = _name_end(key, m.end())
            if end == m.end():
                continue
            name = text[m.start() : end]
            aliases = ()
        date = _date(key, year, m.start(), end)
        place = _place(text, key, end)
        if not quoted and not (date or place or _has_capital(text[m.end() : end])):
            continue  # "hội nghị" in prose, with nothing that names it
        yield EventFact(
            event=Entity(name, EVENT, aliases),
            evidence=ctx.evidence(sentence, EXTRACTOR, "quoted-name" if quoted else "head-noun"),
            date=date,
            place=place,
        )


def _name_end(key: str, pos: int) -> int:
    end = pos
    for _ in range(MAX_NAME_WORDS):
        m = _WORD.match(key, end)
        if not m or _pat()["stop"].match(key, m.start("w")):
            break
        end = m.end()
    return end


def _has_capital(words: str) -> bool:
    return any(w[:1].isupper() for w in words.split())


def _date(key: str, year: int | None, start: int, end: int) -> str | None:
    dates = [p for p in find_periods(key, year) if p.kind == DATE]
    after = [p for p in dates if p.start >= end and p.start - end < 60]
    if after:
        return after[0].iso
    before = [p for p in dates if p.end <= start]
    return before[-1].iso if before else None


def _place(text: str, key: str, end: int) -> str | None:
    m = _pat()["place_cue"].search(key, end)
    if not m or m.start() - end > 40 or re.search(r"[,;:]", key[end : m.start()]):
        return None
    place = _pat()["place"].match(key, m.end())
    if place:
        return text[place.start() : place.end()]
    run = _CAPITAL_RUN.match(text, m.end())
    return run.group(0).rstrip(".") if run else None
