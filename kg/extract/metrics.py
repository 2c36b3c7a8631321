"""Figures reported in an article: value and unit, what is measured, when, and by whom.

Each quantity the number parser (numbers.py) recognises as a figure becomes a MetricFact
when the article says whose figure it is (attribution.py). The period comes from the
nearest period expression (periods.py), the change from the verb before the figure
("tăng 27,6%"), the comparison from "so với …" / "cùng kỳ". Dates, years, ordinals, codes
and durations are never figures. A figure repeated in the title, the lead and the body is
kept once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from functools import cache

from kg import lexicon
from kg.corpus.normalise import fold_tones, match_key
from kg.extract import entities, numbers
from kg.extract.attribution import (
    ANAPHOR,
    BRAND,
    HEAD,
    PLACE_REF,
    ArticleAttribution,
    Attribution,
    owner_preposition_start,
)
from kg.extract.context import ArticleContext, Sentence
from kg.extract.numbers import Quantity
from kg.extract.patterns import alternation as _alternation
from kg.extract.patterns import folded_alternation as _alt
from kg.extract.periods import (
    DATE,
    Period,
    comparisons,
    context_year,
    find_periods,
    relative_months,
    shift_years,
)
from kg.model import ORGANISATION, Entity, Fact, MetricFact

EXTRACTOR = "metrics"


@cache
def _pat() -> dict[str, re.Pattern[str]]:
    ic = re.IGNORECASE
    nb = r"(?<![^\W_])"
    changes = lexicon.mapping("change_words.tsv")
    counted = _alt(lexicon.words("counted_nouns.txt"))
    return {
        "change": re.compile(
            rf"{nb}(?P<w>{_alt(changes)})(?:[ \t]+(?:bình quân|trung bình|thêm|lên|mạnh|đột biến|cao|"
            rf"tới|đến|khoảng|gần|hơn|trên|chừng|xấp xỉ|từ|được|ở mức|mức))*[ \t]*$",
            ic,
        ),
        "opener": re.compile(rf"^(?:(?:{_alt(lexicon.words('clause_openers.txt'))})(?![^\W_])[ \t,]*)+", ic),
        "result_verb": re.compile(
            rf"^(?:(?:{_alt(lexicon.words('verb_auxiliaries.txt'))})[ \t]+)*"
            rf"(?:{_alt(lexicon.words('result_verbs.txt'))})(?![^\W_])[ \t]*",
            ic,
        ),
        "link_end": re.compile(
            rf"(?:[ \t]+|^)(?:(?:{_alt(lexicon.words('measure_verbs.txt'))})(?![^\W_])[ \t]*)+$", ic
        ),
        "stop": re.compile(rf"[ \t]+(?:{_alt(lexicon.words('what_stopwords.txt'))})(?![^\W_])", ic),
        "speech": re.compile(rf"{nb}(?:{_alt(lexicon.words('speech_verbs.txt'))}|rằng)(?![^\W_])", ic),
        "count_before": re.compile(rf"{nb}số(?:[ \t]+lượng)?[ \t]+(?P<w>{counted})(?![^\W_])", ic),
        "count_after": re.compile(rf"^[ \t]+là[ \t]+(?P<w>{counted})(?![^\W_])", ic),
    }


@cache
def _changes() -> dict[str, str]:
    return {fold_tones(k): v for k, v in lexicon.mapping("change_words.tsv").items()}


def extract(ctx: ArticleContext) -> Iterator[Fact]:
    key_all = ctx.text.key
    convention = numbers.detect_convention(key_all)
    year = context_year(key_all, ctx.article.published)
    attribution = ArticleAttribution.of(ctx)
    currency = _article_currency(ctx, convention)
    facts: list[tuple[MetricFact, int, Quantity]] = []
    carried: Period | None = None
    lead_in = False  # the carried period was announced by a sentence with no figure of its own
    previous_end = 0
    paragraph_break = _paragraph_break(ctx)
    for sentence in ctx.sentences:
        if paragraph_break.search(ctx.text.text, previous_end, sentence.start) and not lead_in:
            carried = None  # a new paragraph starts a new topic
        previous_end = sentence.end
        found = list(_sentence_metrics(ctx, sentence, convention, year, attribution, currency, carried))
        facts.extend((fact, sentence.index, q) for fact, q in found)
        stated = _stated_period(sentence.key, year, ctx.article.published)
        reports = _reports_figures(sentence.key, convention)
        framing = stated is not None and _frames_sentence(sentence.key, stated)
        if stated is not None and (reports or framing):
            carried = stated
        elif stated is not None:
            carried = None  # another period is spoken of: the one before no longer holds
        lead_in = framing and not reports
    one_sentence_lines = paragraph_break is _BLANK_LINE
    return iter(_deduplicate(facts, attribution, ctx, year, one_sentence_lines))


_LINE_BREAK = re.compile(r"\n")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_break(ctx: ArticleContext) -> re.Pattern[str]:
    """What ends a paragraph: a line break, or a blank line in corpora that put every sentence
    on a line of its own (word-segmented news), where a line break ends only a sentence."""
    starts = {s.start for s in ctx.sentences}
    line_starts, pos = [], 0
    for line in ctx.text.text.split("\n"):
        if line.strip():
            line_starts.append(pos + len(line) - len(line.lstrip()))
        pos += len(line) + 1
    one_per_line = len(line_starts) >= 4 and len(ctx.sentences) <= len(line_starts) * 1.2
    return _BLANK_LINE if one_per_line and all(s in starts for s in line_starts) else _LINE_BREAK


def _periods(key: str, year: int | None, published: str | None) -> list[Period]:
    """Periods of a sentence (not single days), with months named relative to the publication date."""
    found = [p for p in find_periods(key, year) if p.kind != DATE]
    extra = [
        r
        for r in relative_months(key, published)
        if not any(p.start < r.end and r.start < p.end for p in found)
    ]
    return sorted(found + extra, key=lambda p: p.start)


def _stated_period(key: str, year: int | None, published: str | None = None) -> Period | None:
    """The period a sentence speaks of (the last one it states), leaving out what it compares with."""
    comps = comparisons(key)
    usable = [
        p
        for p in _periods(key, year, published)
        if p.kind != DATE and not any(c.start <= p.start < c.end for c in comps)
    ]
    return usable[-1] if usable else None


def _frames_sentence(key: str, period: Period) -> bool:
    """'Trong quý I/2017, …', 'Riêng năm 2023, …': the period opens the sentence and sets its frame."""
    before = re.sub(r"(?i)^(?:cũng[ \t]+)?theo[ \t][^,;:]*,", "", key[: period.start].strip())  # "Theo X, …"
    before = _pat()["opener"].sub("", before.strip())
    before = re.sub(r"(?i)^(?:trong|tính đến|đến|hết|lũy kế|luỹ kế)(?![^\W_])[ \t]*", "", before.strip())
    return not before.strip(" ,-–") and bool(re.match(r"[ \t]*,", key[period.end :]))


def _reports_figures(key: str, convention) -> bool:
    return any(q.is_metric for q in numbers.find_quantities(key, convention))


def _article_currency(ctx: ArticleContext, convention) -> str:
    units: Counter[str] = Counter()
    for sentence in ctx.sentences:
        for q in numbers.find_quantities(sentence.key, convention):
            if q.kind == numbers.MONEY:
                units[q.unit] += 1
    return units.most_common(1)[0][0] if units else "đồng"


def _sentence_metrics(
    ctx,
    sentence: Sentence,
    convention,
    year,
    attribution: ArticleAttribution,
    currency,
    carried: Period | None = None,
):
    """The figures of one sentence; `carried` is the period in force from the sentences before.

    A period stated with figures ("Quý I/2020, tổng thu đạt …") holds for the following
    sentences of its paragraph that state none ("Trong đó, thu từ dầu thô đạt …"), until
    another period is stated or the paragraph ends.
    """
    key = sentence.key
    quantities = numbers.find_quantities(key, convention)
    org_spans = [(r.start, r.end) for r in attribution.refs[sentence.index] if r.source in (HEAD, BRAND)]
    periods = _periods(key, year, ctx.article.published)
    comps = comparisons(key)
    metric_qs = [q for q in quantities if q.is_metric]
    previous: Quantity | None = None
    previous_what: str | None = None
    for q in metric_qs:
        if any(s <= q.number_start < e for s, e in org_spans):
            continue
        if q.kind == numbers.COUNT and q.high is not None:
            continue  # "3.000-4.000 lao động": an estimate, not a reported figure
        if _is_caption(key, q, metric_qs):
            continue
        unit = q.unit_with_rate
        if q.kind == numbers.SCALED:
            unit = _scaled_unit(key, q, currency)
            if not unit:
                previous = q
                continue  # "10 triệu" with nothing to say of what: no figure to report
        if q.kind == numbers.PERCENT and q.scale:
            continue
        if _is_threshold(key, q, previous):
            previous = q
            continue
        exchange = _exchange_of_index(key, q, unit)
        who = (
            Attribution(exchange, None, "market-index")
            if exchange
            else attribution.attribute(sentence, q.start, q.end)
        )
        if who.skip or (who.subject is None and who.reporter is None):
            previous = q
            continue
        period = _period_for(key, q, periods, comps) or carried
        change, compared = _change(key, q, previous, comps, period)
        period_iso = period.iso if period else None
        if period_iso and _same_period_base(key, q, comps):
            # "…, cùng kỳ năm trước là 223 tỷ": the figure of the year before, compared with nothing
            period_iso, compared, change = shift_years(period_iso, -1), None, None
        spans = [(p.start, p.end) for p in periods] + [(c.start, c.end) for c in comps]
        what = _what(sentence.text, q, attribution.refs[sentence.index], spans, previous, previous_what)
        previous_what = what
        value = q.value
        fact = MetricFact(
            subject=who.subject,
            what=what,
            value=value,
            unit=unit,
            evidence=ctx.evidence(
                sentence, EXTRACTOR, f"{q.kind}:{who.rule}", 0.7 if "topic" in who.rule else 0.8
            ),
            reporter=who.reporter,
            qualifier=q.qualifier,
            period=period_iso,
            change=change,
            compared_to=compared,
            value_max=q.high,
            start=q.start,
        )
        previous = q
        yield fact, q


@cache
def _market_indices() -> tuple[re.Pattern[str], dict[str, str]]:
    table = lexicon.mapping("market_indices.tsv")
    names = _alternation((fold_tones(k) for k in table), True)
    pattern = re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])", re.IGNORECASE)
    return pattern, {match_key(k): v for k, v in table.items()}


def _exchange_of_index(key: str, q: Quantity, unit: str) -> Entity | None:
    """ "VN-Index tăng 16 điểm": index points measure the exchange's market, whatever company
    the sentence or the article names (lexicon market_indices.tsv)."""
    if unit != "điểm":
        return None
    pattern, exchanges = _market_indices()
    named = list(pattern.finditer(key, 0, q.start))
    return Entity(exchanges[match_key(named[-1].group(0))], ORGANISATION) if named else None


_SAME_PERIOD_BEFORE = re.compile(r"(?i)(?<![^\W_])so với[ \t]+(?:mức[ \t]+|con số[ \t]+)?$")
_BASE_LINK = re.compile(r"(?i)[ \t]*(?::|là|chỉ là|đạt|chỉ đạt|ở mức|lãi|lỗ|chỉ lãi|chỉ lỗ)?[ \t]*$")
_SAME_PERIOD_WORDS = re.compile(r"(?i)cùng kỳ(?:[ \t]+năm[ \t]+(?:ngoái|trước))?")


def _same_period_base(key: str, q: Quantity, comps) -> bool:
    """The figure of the same period a year before, that another figure is compared with:
    "cùng kỳ năm trước là 223 tỷ đồng", "so với 33 tỷ đồng cùng kỳ năm ngoái"."""
    for c in comps:
        if not _SAME_PERIOD_WORDS.search(c.text):
            continue
        same_period = _SAME_PERIOD_WORDS.search(key, c.start, c.end)
        if same_period is None:
            continue
        if same_period.end() <= q.start and _BASE_LINK.fullmatch(key, same_period.end(), q.start):
            return True
        after = key[q.end : same_period.start()]
        if same_period.start() >= q.end and not after.strip() and _SAME_PERIOD_BEFORE.search(key, 0, q.start):
            return True
    return False


def _is_caption(key: str, q: Quantity, all_qs: list[Quantity]) -> bool:
    """Infographic captions: "60% Số thành viên … tăng 60%" repeats the figure it heads."""
    if not re.match(r"[ \t]+[A-ZĐÀ-Ỹ]", key[q.end : q.end + 3]):
        return False
    return any(o.start > q.end and o.value == q.value for o in all_qs)


def _is_threshold(key: str, q: Quantity, previous: Quantity | None) -> bool:
    """'29 mặt hàng xuất khẩu có hơn 1 tỉ USD': the second figure says which items were counted."""
    if previous is None or previous.kind != numbers.COUNT or q.qualifier not in ("hơn", "trên", "từ", "vượt"):
        return False
    gap = key[previous.end : q.start]
    return not re.search(r"[,;:]", gap) and bool(re.search(r"(?i)(?<![^\W_])(?:có|đạt)(?![^\W_])", gap))


def _scaled_unit(key: str, q: Quantity, currency: str) -> str:
    """'con số 180 ngàn' after 'số thành viên' counts members; '192,4 tỷ' alone is money."""
    after = _pat()["count_after"].match(key[q.end :])
    if after:
        return after.group("w")
    clause_start = max(key.rfind(c, 0, q.start) for c in ".;")
    before = list(_pat()["count_before"].finditer(key, clause_start + 1, q.start))
    if before:
        return before[-1].group("w")
    if q.scale >= 9:
        return currency
    return ""


def _period_for(key: str, q: Quantity, periods: list[Period], comps) -> Period | None:
    usable = [p for p in periods if not any(c.start <= p.start < c.end for c in comps)]
    for p in usable:
        gap = key[q.end : p.start]
        if p.start >= q.end and len(gap) <= 25 and not re.search(r"[,;:(]", gap) and not numbers_between(gap):
            return p
    before = [p for p in usable if p.end <= q.start]
    if before:
        return before[-1]
    distinct = {p.iso for p in usable}
    return usable[0] if len(distinct) == 1 else None


def numbers_between(text: str) -> bool:
    return bool(re.search(r"\d", text))


def _change(key: str, q: Quantity, previous: Quantity | None, comps, period: Period | None):
    clause = key[max(0, _clause_start(key, q.start)) : q.start]
    change = None
    m = _pat()["change"].search(clause)
    if m:
        change = _changes().get(re.sub(r"[ \t]+", " ", m.group("w").lower()))
    compared = None
    if (
        previous is not None
        and re.search(r"(?i)(?:lên|xuống)[ \t]+(?:\S+[ \t]+)?$", key[previous.end : q.start])
        and re.search(r"(?i)từ[ \t]+(?:\S+[ \t]+)?$", key[max(0, previous.start - 12) : previous.start])
    ):
        compared = key[previous.start : previous.end]
        if change is None:
            change = (
                "increase"
                if q.value is not None and previous.value is not None and q.value > previous.value
                else "decrease"
            )
    for c in comps:
        gap = key[q.end : c.start]
        if c.start >= q.end and len(gap) <= 40 and not re.search(r"[;]|\d", gap):
            compared = c.text
            break
        if c.end <= q.start and c.start >= _clause_start(key, q.start):
            compared = c.text
            break
    if (
        compared
        and period
        and re.fullmatch(r"(?i)cùng kỳ(?:[ \t]+năm[ \t]+(?:ngoái|trước))?", compared.strip())
    ):
        compared = f"{compared} ({shift_years(period.iso, -1)})"
    return change, compared


def _clause_start(key: str, pos: int) -> int:
    cut = max(key.rfind(c, 0, pos) for c in ",;:(")
    return cut + 1 if cut >= 0 else 0


_OWNER_SOURCES = (HEAD, BRAND, ANAPHOR, PLACE_REF)  # "của X", "của tập đoàn", "của tỉnh Y"


def _what(
    text: str,
    q: Quantity,
    refs,
    spans: list[tuple[int, int]],
    previous: Quantity | None,
    previous_what: str | None,
) -> str:
    """The measured thing as written: the counted noun, or the noun phrase before the figure.

    `spans` are periods and comparisons ("năm 2016", "so với cùng kỳ"), left out of the phrase.
    """
    key = fold_tones(text)

    def cleaned(start: int, end: int) -> str:
        return "".join(" " if any(s <= c < e for s, e in spans) else text[c] for c in range(start, end))

    if q.kind == numbers.COUNT:
        rest = re.match(r"[^,;:.()\"“”\d]*", text[q.end : q.end + 80]).group(0)
        tail = cleaned(q.end, q.end + len(rest))
        stop = _pat()["stop"].search(fold_tones(tail))
        tail = tail[: stop.start()] if stop else tail
        return " ".join([q.unit, *tidy_phrase(tail.split()[:4])]).strip()
    start = _clause_start(key, q.start)
    if previous is not None and previous.end <= q.start:
        start = max(start, previous.end)  # "từ 72,6 tỉ đồng lên 172,8 tỉ đồng": not the earlier figure
    speech = list(_pat()["speech"].finditer(key, start, q.start))
    if speech:
        start = speech[-1].end()  # "ông X khẳng định lãnh đạo sẽ giảm 30%": what follows the verb
    for r in refs:
        # the clause subject ("HTP đạt …") is not part of what is measured; an owner is ("doanh thu của X")
        if start <= r.start and r.end <= q.start and r.source in (HEAD, BRAND, ANAPHOR) and not r.possessive:
            if not key[start : r.start].strip(" ,"):
                start = r.end
    end = q.number_start if q.number_start >= 0 else q.start
    owner_end = None
    for r in refs:
        if r.possessive and r.source in _OWNER_SOURCES and start <= r.start and r.end <= end:
            preposition = owner_preposition_start(r, key)
            if not key[start:preposition].strip(" ,"):
                start = r.end  # "X của Y ghi nhận lợi nhuận …": the owner is part of the clause subject
            elif not tidy_phrase(_phrase(cleaned(r.end, end))):
                owner_end = preposition  # "doanh thu của X đạt": X is the subject, not what is measured
    if owner_end is not None:
        words = _phrase(cleaned(start, owner_end), strip_links=False)
    else:
        words = _phrase(cleaned(start, end))
    if q.kind == numbers.PERCENT:
        # "100% doanh nghiệp đã ứng dụng", "sở hữu 100% nhà máy X": the share is of what follows
        rest = re.match(r"[^,;:.()\"“”\d%]*", cleaned(q.end, min(len(text), q.end + 80))).group(0)
        rest = re.sub(r"(?i)^[ \t]*là(?![^\W_])", "", rest)  # "200% là số người mua …"
        stop = _pat()["stop"].search(fold_tones(rest))
        following = (rest[: stop.start()] if stop else rest).split()[:6]
        if following and not following[0][:1].isupper():
            words = words + following
    words = tidy_phrase(words)
    if not words and previous_what:
        return previous_what  # "đạt 44,65 tỷ USD, tăng 27,6%": the same thing grew
    if not words and start > 0:
        # "Doanh số thu phí … đều tăng, từ 72,6 tỉ đồng": the thing was named in the clause before
        before = _clause_start(key, max(0, _clause_start(key, q.start) - 1))
        words = tidy_phrase(_phrase(cleaned(before, start)))
    return " ".join(words) or q.unit


@cache
def _edge_words() -> frozenset[str]:
    return frozenset(fold_tones(w).lower() for w in lexicon.words("what_edge_words.txt"))


_CONJUNCTIONS = frozenset({"và", "còn", "nhưng", "hoặc", "trong khi"})


def tidy_phrase(words: list[str]) -> list[str]:
    """A clean noun phrase: no comparison ("so KH năm"), no function word or lone letter at its edges.

    "so với dự toán và" names no measured thing (it compares the figure before), "7 à" is
    a broken number with a stray letter: both leave nothing, so the caller falls back to
    the thing named before.
    """
    folded = [fold_tones(w).lower() for w in words]
    kept: list[str] = []
    i = 0
    while i < len(words):
        if folded[i] == "so" and (i + 1 == len(words) or folded[i + 1] != "sánh"):
            # a comparison runs to the next conjunction: "so với kế hoạch và"
            j = i + 1
            while j < len(words) and folded[j] not in _CONJUNCTIONS:
                j += 1
            i = j + 1
            continue
        kept.append(words[i])
        i += 1

    def dangling(word: str) -> bool:
        bare = word.strip(" ,;:-–")
        folded_word = fold_tones(bare).lower()
        return (
            not bare
            or folded_word in _edge_words()
            or (len(bare) == 1 and bare.isalpha())
            or bool(re.fullmatch(r"[\d.,%]+", bare))
        )

    while kept and dangling(kept[-1]):
        kept.pop()
    while kept and dangling(kept[0]):
        kept.pop(0)
    return kept


def _phrase(phrase: str, strip_links: bool = True) -> list[str]:
    """The last words of a phrase, without a caption figure, clause openers and (unless the
    phrase ends before an owner, "bình quân" in "số người mua bình quân trên X") linking verbs."""
    phrase = re.sub(r"^[\s\d.,%]+", "", phrase)  # a caption figure before the phrase ("60% Số thành viên")
    phrase = _pat()["opener"].sub("", phrase.strip())
    phrase = _pat()["result_verb"].sub("", phrase)
    previous = None if strip_links else phrase
    while previous != phrase:
        previous = phrase
        phrase = _pat()["link_end"].sub("", phrase).strip(" ,-–")
    return phrase.split()[-8:]


_RULE_STRENGTH = (
    "bracket",
    "owner-after",
    "agent-after",
    "subject-before",
    "owner-before",
    "subject-after",
    "place",
    "reporter",
    "topic",
)


def _strength(fact: MetricFact) -> int:
    rule = fact.evidence.rule.split(":", 1)[-1]
    subject_rule, _, reporter_rule = rule.partition("+")
    score = len(_RULE_STRENGTH) - (
        _RULE_STRENGTH.index(subject_rule) if subject_rule in _RULE_STRENGTH else 0
    )
    return score * 2 + (1 if reporter_rule == "speaker" else 0)


def _rank(fact: MetricFact) -> tuple[int, bool]:
    """Which of two statements of one figure to keep: the better attributed, then the one whose
    subject is named in full ("Công ty Cổ phần X" in the body rather than a short name in the title)."""
    return _strength(fact), fact.subject is not None and entities.head_of(fact.subject.name) is not None


def _context_words(key: str, q: Quantity) -> set[str]:
    left = re.findall(r"[^\W\d_]+", key[max(0, q.start - 50) : q.start].lower())[-6:]
    right = re.findall(r"[^\W\d_]+", key[q.end : q.end + 50].lower())[:6]
    return set(left + right)


def _deduplicate(
    facts, attribution: ArticleAttribution, ctx: ArticleContext, year: int | None, one_sentence_lines: bool
) -> list[MetricFact]:
    """One fact per figure restated in the title, the lead and the body (the best attributed wins)."""
    sentences = ctx.sentences

    @cache
    def states_period(index: int) -> bool:
        if not one_sentence_lines:
            return True  # a period carried within one paragraph still says which figure it is
        return bool(_periods(sentences[index].key, year, ctx.article.published))

    kept: list[list] = []  # [fact, sentence index, quantity, context words]
    by_figure: dict[tuple, list[list]] = {}
    for fact, index, q in facts:
        words = _context_words(sentences[index].key, q)
        duplicate_of = None
        for entry in by_figure.get((fact.value, match_key(fact.unit)), []):
            other, other_index, oq, other_words = entry
            if other_index == index:
                continue
            compatible = other.period == fact.period or fact.period is None or other.period is None
            if not compatible:
                continue
            in_lead = min(index, other_index) <= 1
            who_ok = bool(_who_keys(other) & _who_keys(fact)) or _weak(other) or _weak(fact)
            similar = _jaccard(words, other_words)
            big_money = q.kind == numbers.MONEY and q.scale >= 6
            # a period carried over many one-sentence lines is shared by many figures: there only
            # a period both sentences write says the figure is the same one
            same_period = (
                other.period == fact.period is not None
                and states_period(index)
                and states_period(other_index)
            )
            restated = in_lead and big_money
            if restated or who_ok and (same_period or similar >= 0.3 or in_lead and similar >= 0.15):
                duplicate_of = entry
                break
        if duplicate_of is None:
            entry = [fact, index, q, words]
            kept.append(entry)
            by_figure.setdefault((fact.value, match_key(fact.unit)), []).append(entry)
            continue
        other = duplicate_of[0]
        best = fact if _rank(fact) > _rank(other) else other
        period = best.period or other.period or fact.period
        duplicate_of[0] = replace(best, period=period)
    return [_clean(entry[0]) for entry in kept]


def _weak(fact: MetricFact) -> bool:
    """Attributed only by the article-wide default and the running source, nothing in its sentence."""
    return fact.evidence.rule.endswith(":topic+carried")


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _who_keys(fact: MetricFact) -> set[str]:
    """Names of who the figure is attributed to, leaving out the article-wide default."""
    keys = set()
    by_topic = ":topic+" in fact.evidence.rule
    for e in (None if by_topic else fact.subject, fact.reporter):
        if e is not None:
            keys.add(match_key(e.name))
            keys.update(match_key(a) for a in e.aliases)
    return keys


def _clean(fact: MetricFact) -> MetricFact:
    value = fact.value
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return replace(fact, value=value)
