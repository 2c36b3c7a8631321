"""Programmes that select firms: who selects how many, for what, on how many criteria.

Two shapes of news sentence:
- a selection: "<organiser> sẽ chọn 100 doanh nghiệp để tham gia <programme>, trên
  <platform>" — the organiser is the clause subject (back references resolved by
  attribution.py), the platform follows "trên";
- a ranking or list: "công bố danh sách 300 doanh nghiệp … (<NAME>)", "danh sách 2000 công
  ty lớn nhất do <agent> bình chọn", "TOP50 doanh nghiệp … do <agent> đánh giá".
The criteria ("dựa trên 14 tiêu chí: …") may come in the same sentence or a few sentences
later; they belong to the programme named last. Words come from ontology/lexicon/.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from kg import lexicon
from kg.corpus.normalise import fold_tones
from kg.extract import numbers
from kg.extract.attribution import BRAND, HEAD, ArticleAttribution
from kg.extract.context import ArticleContext, Sentence
from kg.model import ORGANISATION, PROGRAMME, Entity, Fact, SelectionFact

EXTRACTOR = "programmes"
CRITERIA_REACH = 4  # sentences after a programme in which its criteria may still be given


def _alt(words) -> str:
    folded = sorted({fold_tones(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in folded)


@cache
def _pat() -> dict[str, re.Pattern[str]]:
    cues = lexicon.mapping("programme_cues.tsv")
    nb, ne = r"(?<![^\W_])", r"(?![^\W_])"
    ic = re.IGNORECASE
    counted = _alt(lexicon.words("counted_nouns.txt"))
    return {
        "select": re.compile(rf"{nb}(?:{_alt(lexicon.words('selection_verbs.txt'))})[ \t]+$", ic),
        "join": re.compile(rf"^[ \t]*(?:{_alt([w for w, r in cues.items() if r == 'join'])}){ne}[ \t]*", ic),
        "list": re.compile(rf"{nb}(?:{_alt([w for w, r in cues.items() if r == 'list'])})[ \t]*$"),
        "agent": re.compile(
            r"[ \t]+do[ \t]+(?P<agent>[^,;:()]{2,60}?)[ \t]+"
            rf"(?:{_alt(lexicon.words('ranking_verbs.txt'))}){ne}",
            ic,
        ),
        "criteria": re.compile(
            rf"{nb}(?P<n>\d+)[ \t]+(?:{_alt(lexicon.words('criteria_words.txt'))}){ne}", ic
        ),
        "criteria_open": re.compile(
            rf"^[ \t]*(?:(?:{_alt(w for w in lexicon.words('criteria_list_openers.txt') if w != ':')}){ne}"
            r"[ \t]*:?|:)[ \t]*",
            ic,
        ),
        "platform": re.compile(rf"(?:^|[ \t,])(?:{_alt(lexicon.words('platform_cues.txt'))})[ \t]+", ic),
        "counted": re.compile(rf"(?:{counted}){ne}", ic),
    }


@dataclass
class _Programme:
    fact: SelectionFact
    sentence: int
    criteria_from: int = -1  # sentence index where criteria were found
    extra: dict = field(default_factory=dict)


def extract(ctx: ArticleContext) -> Iterator[Fact]:
    attribution = ArticleAttribution.of(ctx)
    found: list[_Programme] = []
    for sentence in ctx.sentences:
        for fact in _selections(ctx, sentence, attribution):
            found.append(_Programme(fact, sentence.index))
        criteria = _criteria(sentence)
        if criteria is None:
            continue
        count, items = criteria
        target = None
        for programme in reversed(found):
            if sentence.index - programme.sentence > CRITERIA_REACH:
                break
            if programme.fact.criteria is None:
                target = programme
                break
        if target is not None:
            target.fact = replace(target.fact, criteria=count, criteria_list=items)
    return iter(p.fact for p in found)


def _selections(ctx: ArticleContext, sentence: Sentence, attribution: ArticleAttribution):
    key, text = sentence.key, sentence.text
    for q in numbers.find_quantities(key):
        count = _firm_count(key, q)
        if count is None:
            continue
        number_end, count_end = q.number_end, count[1]
        before = key[max(0, q.start - 40) : q.start]
        after = key[count_end:]
        host = None
        if _pat()["select"].search(before):
            join = _pat()["join"].match(after)
            programme = _programme_name(text, count_end + join.end()) if join else None
            if programme is None:
                continue
            who = attribution.attribute(sentence, q.start, count_end)
            selector = who.subject
            host = _host(sentence, count_end + join.end(), attribution)
            rule = "select-join"
        else:
            listed = _pat()["list"].search(before)
            if not listed:
                continue
            start = q.start - (len(before) - listed.start())
            parens = re.match(r"[^()]{0,80}?\((?P<name>[^()]{2,40})\)", text[count_end:])
            agent = re.match(r"[^,;:()]{0,80}?" + _pat()["agent"].pattern, after, re.IGNORECASE)
            if parens and parens.group("name")[:1].isupper():
                name = parens.group("name").strip()
                programme = Entity(name, PROGRAMME, (f"danh sách {name}",))
                who = attribution.attribute(sentence, q.start, count_end)
                selector = who.subject if "topic" not in who.rule else None
                rule = "list-named"
            elif agent:
                cut = count_end + after.rfind(" do", 0, agent.start("agent"))
                name = text[start:cut].strip(" ,")
                alias = text[q.number_start : cut].strip(" ,")
                programme = Entity(name, PROGRAMME, tuple(a for a in (alias,) if a != name))
                selector = Entity(agent.group("agent").strip(), ORGANISATION)
                rule = "list-agent"
            else:
                continue
        del number_end
        yield SelectionFact(
            programme=programme,
            count=count[0],
            evidence=ctx.evidence(sentence, EXTRACTOR, rule),
            selector=attribution.entity(selector) if selector else None,
            host=attribution.entity(host) if host else None,
        )


def _firm_count(key: str, q: numbers.Quantity) -> tuple[int, int] | None:
    """(count, end of the counted noun) for "100 doanh nghiệp" and for ranks like "TOP50 doanh nghiệp"."""
    if q.kind == numbers.COUNT and q.high is None and q.value is not None:
        return int(q.value), q.end
    if q.kind in (numbers.ORDINAL, numbers.CODE) and re.search(r"(?i)top[ \t]*$", key[: q.number_start]):
        unit = numbers.unit_after(key, q.number_end)
        if unit is not None and unit[0] == numbers.COUNT:
            return int(key[q.number_start : q.number_end]), unit[2]
    return None


def _programme_name(text: str, start: int) -> Entity | None:
    """'gian hàng quốc gia - Vietnam Pavilion' → Vietnam Pavilion, alias 'gian hàng quốc gia'."""
    m = re.match(r"[^,;:.()]{3,80}", text[start:])
    if not m:
        return None
    phrase = m.group(0).strip()
    phrase = re.split(r"[ \t]+(?:trên|tại|của|do|với|nhằm|để)[ \t]", phrase)[0].strip()
    if not phrase:
        return None
    parts = re.split(r"[ \t]+[-–][ \t]+", phrase)
    if len(parts) == 2 and parts[1][:1].isupper():
        described, named = parts
        return Entity(named, PROGRAMME, (described, f"{described} {named}"))
    return Entity(phrase, PROGRAMME)


def _host(sentence: Sentence, start: int, attribution: ArticleAttribution) -> Entity | None:
    """The platform after 'trên': one named there, or (for "nền tảng … này") the article's platform."""
    key = sentence.key
    m = _pat()["platform"].search(key, start)
    if not m:
        return None
    for r in attribution.refs[sentence.index]:
        if r.start >= m.end() and r.source in (HEAD, BRAND) and r.start - m.end() < 40:
            return r.entity
    if re.match(r"[^,;.]{0,40}?(?:này|đó)(?![^\W_])", key[m.end() :]):
        return _article_platform(attribution, sentence.index)
    return None


def _article_platform(attribution: ArticleAttribution, upto: int) -> Entity | None:
    """The organisation the article names most often right after a platform word ("trên X", "sàn X")."""
    counts: Counter[str] = Counter()
    first: dict[str, Entity] = {}
    for sentence in attribution.ctx.sentences[: upto + 1]:
        for r in attribution.refs[sentence.index]:
            if r.source != BRAND or r.in_parens:
                continue
            before = sentence.key[max(0, r.start - 20) : r.start]
            if re.search(
                rf"(?:{_alt(lexicon.words('platform_cues.txt'))}|{_alt(_platform_nouns())})[ \t]+$",
                before,
                re.IGNORECASE,
            ):
                k = attribution.entity(r.entity).name
                counts[k] += 1
                first.setdefault(k, r.entity)
    if not counts:
        return None
    return first[max(counts, key=lambda k: counts[k])]


@cache
def _platform_nouns() -> tuple[str, ...]:
    return tuple(w for w, kind in lexicon.mapping("org_anaphors.tsv").items() if w in ("nền tảng", "sàn"))


def _criteria(sentence: Sentence) -> tuple[int, tuple[str, ...]] | None:
    """'dựa trên 14 tiêu chí, trong đó …' → 14 and the criteria listed after it."""
    m = _pat()["criteria"].search(sentence.key)
    if not m:
        return None
    count = int(m.group("n"))
    opener = _pat()["criteria_open"].match(sentence.key[m.end() :].lstrip(" ,"))
    items: tuple[str, ...] = ()
    if opener:
        rest_start = m.end() + (len(sentence.key[m.end() :]) - len(sentence.key[m.end() :].lstrip(" ,")))
        rest = sentence.text[rest_start + opener.end() :].rstrip(" .")
        parts = re.split(r"[ \t]*[,;][ \t]*|[ \t]+và[ \t]+", rest)
        items = tuple(p.strip() for p in parts if p.strip())
    return count, items
