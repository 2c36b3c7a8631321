"""Programmes that select firms: who selects how many, for what, on how many criteria.

Two shapes of news sentence:
- a selection: "<organiser> sẽ chọn 100 doanh nghiệp để tham gia <programme>, trên
  <platform>" — the organiser is the clause subject (back references resolved by
  attribution.py), the platform follows "trên";
- a ranking or list: "công bố danh sách 300 doanh nghiệp … (<NAME>)", "danh sách 2000 công
  ty lớn nhất do <agent> bình chọn", "TOP30 doanh nghiệp … do <agent> đánh giá".
The criteria ("dựa trên 14 tiêu chí: …") may come in the same sentence or a few sentences
later; they belong to the programme named last. Words come from ontology/lexicon/.
"""

from __future__ import annotations

import difflib
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
from kg.extract.patterns import folded_alternation as _alt
from kg.model import ORGANISATION, PROGRAMME, Entity, Fact, SelectionFact

EXTRACTOR = "programmes"
CRITERIA_REACH = 4  # sentences after a programme in which its criteria may still be given


@cache
def _pat() -> dict[str, re.Pattern[str]]:
    cues = lexicon.mapping("programme_cues.tsv")
    nb, ne = r"(?<![^\W_])", r"(?![^\W_])"
    ic = re.IGNORECASE
    counted = _alt(lexicon.words("counted_nouns.txt"))
    listing = _alt([w for w, r in cues.items() if r == "list"], ignore_case=False)
    heads, heads_any_case = (_alt(lexicon.words("programme_heads.txt"), ignore_case=c) for c in (False, True))
    return {
        "select": re.compile(rf"{nb}(?:{_alt(lexicon.words('selection_verbs.txt'))})[ \t]+$", ic),
        "join": re.compile(rf"^[ \t]*(?:{_alt([w for w, r in cues.items() if r == 'join'])}){ne}[ \t]*", ic),
        "join_named": re.compile(
            rf"^[ \t]*(?:{_alt([w for w, r in cues.items() if r == 'join-named'])}){ne}[ \t]*", ic
        ),
        "list": re.compile(rf"{nb}(?:{listing})[ \t]*$"),
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
        "award": re.compile(
            rf"{nb}(?:{_alt(lexicon.words('award_verbs.txt'))}"
            rf"|(?:{_alt(w[: -len(' cho')] for w in lexicon.words('award_verbs.txt') if w.endswith(' cho'))})"
            r"[ \t]*[\"“][^\"”]{2,80}[\"”][ \t]+cho)[ \t]+"
            rf"(?:(?:cho|các|tổng cộng|tổng số|danh sách|top)[ \t]+|[\"“])*"
            rf"(?:(?:{_alt(lexicon.words('qualifiers.txt'))})[ \t]+)?$",
            ic,
        ),
        "programme_head": re.compile(
            rf"{nb}(?:{heads}){ne}[ \t]*"
            r"(?:[\"“][^\"”]{2,80}[\"”]|(?:\d+[ \t]+)?[A-ZĐÀ-Ỹ0-9][^\W_]*"
            r"(?:[ \t]+(?:(?:[^\W\d_A-ZĐÀ-Ỹ][^\W_]*|và|&)[ \t]+){0,2}[A-ZĐÀ-Ỹ0-9][^\W_]*)*"
            r"(?:[ \t]+[^\W\d_A-ZĐÀ-Ỹ][^\W_]*(?=[ \t]*(?:[,.;:)]|$)))?)"
        ),
        "programme_quoted": re.compile(
            rf"{nb}(?:{heads_any_case}){ne}[ \t]*[\"“][^\"”]{{2,80}}[\"”]",
            ic,
        ),
        "agent_do": re.compile(r"(?<![^\W_])do[ \t]+$", ic),
        # "Top 10 Doanh nghiệp Chuyển đổi số tiêu biểu 2024": a ranking named by its size runs on
        # through lower-case words, up to punctuation or a word that starts another phrase
        "top_named": re.compile(
            r"(?<![^\W_])(?:Top|TOP)[ \t]*\d+[ \t]+[^\W\d_][^,;:.()\"“”]{2,100}?"
            rf"(?=[ \t]*(?:[,;:.()\"“”]|$|(?:{_alt(lexicon.words('programme_name_stops.txt'))}){ne}))"
        ),
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
            _add_or_restate(found, fact, sentence.index)
        criteria = _criteria(sentence)
        if criteria is None:
            continue
        count, items = criteria
        # the criteria belong to the programmes of the last sentence that named any without them
        # ("công bố Top 10 X, đồng thời trao chứng nhận Y cho 50 doanh nghiệp … dựa trên 6 tiêu chí")
        open_ = [
            p for p in found if p.fact.criteria is None and sentence.index - p.sentence <= CRITERIA_REACH
        ]
        last = max((p.sentence for p in open_), default=None)
        for target in (p for p in open_ if p.sentence == last):
            target.fact = replace(target.fact, criteria=count, criteria_list=items)
    return iter(p.fact for p in found)


def _add_or_restate(found: list[_Programme], fact: SelectionFact, index: int) -> None:
    """A programme and count named again (the title, then the lead) is one selection: the
    later sentence counts as where it was last named, for the criteria that may follow."""
    for programme in found:
        same = programme.fact.programme.name == fact.programme.name and programme.fact.count == fact.count
        if same:
            programme.sentence = index
            if programme.fact.selector is None and fact.selector is not None:
                programme.fact = replace(programme.fact, selector=fact.selector)
            return
    found.append(_Programme(fact, index))


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
        found = None
        if _pat()["select"].search(before):
            join = _pat()["join"].match(after) or _pat()["join_named"].match(after)
            programme = _programme_name(text, count_end + join.end()) if join else None
            if programme is not None and join.re is _pat()["join_named"] and not programme.name[:1].isupper():
                programme = None  # "chọn 50 doanh nghiệp đạt doanh thu …": a threshold, not a programme
            if programme is not None:
                who = attribution.attribute(sentence, q.start, count_end)
                host = _host(sentence, count_end + join.end(), attribution)
                found = programme, who.subject, "select-join"
        listed = _pat()["list"].search(before)
        if found is None and listed:
            start = q.start - (len(before) - listed.start())
            parens = re.match(r"[^()]{0,80}?\((?P<name>[^()]{2,40})\)", text[count_end:])
            agent = re.match(r"[^,;:()]{0,80}?" + _pat()["agent"].pattern, after, re.IGNORECASE)
            if parens and parens.group("name")[:1].isupper():
                name = parens.group("name").strip()
                programme = Entity(name, PROGRAMME, (f"danh sách {name}",))
                who = attribution.attribute(sentence, q.start, count_end)
                found = programme, who.subject if "topic" not in who.rule else None, "list-named"
            elif agent:
                cut = count_end + after.rfind(" do", 0, agent.start("agent"))
                name = text[start:cut].strip(" ,")
                alias = text[q.number_start : cut].strip(" ,")
                programme = Entity(name, PROGRAMME, tuple(a for a in (alias,) if a != name))
                found = programme, Entity(agent.group("agent").strip(), ORGANISATION), "list-agent"
        award_window = key[max(0, q.start - 120) : q.start]  # a quoted award name may stand between
        if found is None and _pat()["award"].search(award_window):
            awarded = _award(ctx, sentence, attribution, q.start, count_end)
            if awarded is not None:
                found = (*awarded, "award")
        if found is None:
            continue
        programme, selector, rule = found
        del number_end
        yield SelectionFact(
            programme=programme,
            count=count[0],
            evidence=ctx.evidence(sentence, EXTRACTOR, rule),
            selector=attribution.entity(selector) if selector else None,
            host=attribution.entity(host) if host else None,
        )


def _award(ctx, sentence: Sentence, attribution: ArticleAttribution, start: int, end: int):
    """'Hiệp hội X trao giải cho 28 doanh nghiệp … tại Giải thưởng Y': programme Y, selector X.

    The programme is the award, programme or list named in the sentence (none named, no
    selection); the selector is the organisation after "do" ("… do Bộ Z tổ chức") or else
    the clause subject, never the article-wide default.
    """
    named = [m for m in _pat()["programme_head"].finditer(sentence.text) if len(m.group(0).split()) >= 2]
    named += list(_pat()["programme_quoted"].finditer(sentence.text))
    tops = list(_pat()["top_named"].finditer(sentence.text))
    named = [m for m in named if not any(t.start() <= m.start() < t.end() for t in tops)] + tops
    named.sort(key=lambda m: m.start())
    if not named:
        return None
    holding = [
        m for m in named if m.start() <= start < m.end()
    ]  # "Top 10 Doanh nghiệp X": the count is in the name
    after = [m for m in named if m.start() >= end]
    m = holding[0] if holding else after[0] if after else named[-1]
    name = re.sub(r"[ \t]+(?:và|&)$", "", m.group(0).strip(" ,.")).strip()
    quoted = re.search(r"[\"“]([^\"”]+)[\"”]", name)
    programme = Entity(quoted.group(1).strip(), PROGRAMME, (name,)) if quoted else Entity(name, PROGRAMME)
    refs = attribution.refs[sentence.index]
    selector = None
    for r in refs:
        if r.source in (HEAD, BRAND, "institution") and _pat()["agent_do"].search(sentence.key[: r.start]):
            selector = r.entity
            break
    if selector is None:
        agent = _pat()["agent"].search(sentence.text, end)
        if agent and agent.group("agent")[:1].isupper():
            selector = Entity(agent.group("agent").strip(), ORGANISATION)
    if selector is None:
        selector = attribution.attribute(sentence, start, end).subject
    if selector is not None and fold_tones(selector.name) in fold_tones(name):
        selector = None  # a word of the programme's own name ("Top 10 Doanh nghiệp Logistics …")
    return programme, selector


@cache
def _selected_nouns() -> tuple[str, ...]:
    return tuple(fold_tones(w).lower() for w in lexicon.words("selected_nouns.txt"))


def _misspelt_count(key: str, q: numbers.Quantity) -> tuple[int, int] | None:
    """'28 doanh ngiệp': a firm noun with one slip of the keyboard still counts firms."""
    if q.kind != numbers.BARE or q.value is None or q.value != q.value.to_integral_value():
        return None
    words = re.match(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?", key[q.number_end :])
    if not words:
        return None
    for noun in _selected_nouns():
        size = len(noun.split())
        if size > 2 or (size == 2 and not words.group(2)):
            continue
        written = " ".join(w for w in words.groups()[:size]).lower()
        if len(noun) >= 6 and difflib.SequenceMatcher(None, written, noun).ratio() >= 0.85:
            end = words.end(size)
            return int(q.value), end
    return None


def _firm_count(key: str, q: numbers.Quantity) -> tuple[int, int] | None:
    """(count, end of the counted noun) for "100 doanh nghiệp" and for ranks like "TOP30 doanh nghiệp"."""
    if q.kind == numbers.COUNT and q.high is None and q.value is not None:
        return int(q.value), q.end
    misspelt = _misspelt_count(key, q)
    if misspelt is not None and _pat()["award"].search(key[max(0, q.start - 40) : q.start]):
        return misspelt
    if q.kind in (numbers.ORDINAL, numbers.CODE) and re.search(r"(?i)top[ \t]*$", key[: q.number_start]):
        unit = numbers.unit_after(key, q.number_end)
        if unit is not None and unit[0] == numbers.COUNT:
            return int(key[q.number_start : q.number_end]), unit[2]
    return None


_PROGRAMME_NAME_END = re.compile(r"[ \t]+(?:dựa trên|dựa vào|căn cứ|trên|tại|của|do|với|nhằm|để)[ \t]")


def _programme_name(text: str, start: int) -> Entity | None:
    """'khu trưng bày chung - Mekong Corner' → Mekong Corner, alias 'khu trưng bày chung'."""
    m = re.match(r"[^,;:.()]{3,80}", text[start:])
    if not m:
        return None
    phrase = m.group(0).strip()
    phrase = re.split(_PROGRAMME_NAME_END, phrase)[0].strip()
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
