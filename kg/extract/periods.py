"""Time periods as news writes them, normalised to ISO 8601 dates and intervals.

"tháng 11/2011" → 2011-11, "năm 2010" → 2010, "quý III" → 2023-07/2023-09 (year from
context), "6 tháng đầu năm 2023" → 2023-01/2023-06, "9 tháng đầu năm" → the article's
year, "giai đoạn 2014 - 2016" → 2014/2016, "31/10" → 2019-10-31. "cùng kỳ" (the same
period a year before) is a comparison, found by `comparison`.

Pure text in, dataclasses out; matching on the tone-folded key text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from kg import lexicon
from kg.corpus.normalise import fold_tones
from kg.extract.numbers import find_quantities

YEAR = "year"
MONTH = "month"
QUARTER = "quarter"
MONTHS_TO_DATE = "months-to-date"  # "9 tháng đầu năm"
HALF = "half"
YEAR_RANGE = "year-range"
DATE = "date"


@dataclass(frozen=True)
class Period:
    start: int  # span in the text given
    end: int
    text: str
    iso: str  # "2011-11", "2019-01/2019-09", "2020", "2014/2016", "2019-10-31"
    kind: str
    from_context: bool = False  # the year was not written next to it


_Y = r"(?:19|20)\d{2}"
_SEP = r"[ \t]*[/\-–][ \t]*"
_YEAR_AFTER = (
    rf"(?:[ \t]*(?:năm[ \t]+)?(?P<year>{_Y})(?!\d)|{_SEP}(?P<year2>{_Y})(?!\d)"
    r"|[ \t]+(?P<rel>năm[ \t]+nay|nay))?"
)


@cache
def _quarters() -> dict[str, int]:
    return {k: int(v) for k, v in lexicon.mapping("period_words.tsv").items()}


@cache
def _relative() -> dict[str, int]:
    return {fold_tones(k): int(v) for k, v in lexicon.mapping("relative_years.tsv").items()}


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    quarter = "|".join(sorted((re.escape(q) for q in _quarters()), key=len, reverse=True))
    relative = "|".join(
        re.escape(r).replace(r"\ ", r"[ \t]+") for r in sorted(_relative(), key=len, reverse=True)
    )
    ic = re.IGNORECASE
    nb = r"(?<![^\W_])"
    return [
        (
            MONTHS_TO_DATE,
            re.compile(
                rf"{nb}(?P<n>\d{{1,2}})[ \t]+tháng[ \t]+(?P<edge>đầu|cuối)[ \t]+năm"
                rf"(?:[ \t]+(?:{_Y}|nay))?{_YEAR_AFTER}",
                ic,
            ),
        ),
        (
            # "doanh thu 6 tháng", "xuất khẩu 9 tháng đạt …", "lũy kế 9 tháng năm 2024": the first
            # N months of the year; not "6 tháng qua/tới/tuổi" nor "kỳ hạn 6 tháng"
            MONTHS_TO_DATE,
            re.compile(
                rf"{nb}(?P<n>\d{{1,2}})[ \t]+tháng(?![^\W_])"
                r"(?![ \t]+(?:qua|vừa qua|tới|sắp tới|nữa|tuổi|trước|sau|liên tiếp|liền|một lần|\d))"
                rf"(?:[ \t]+năm[ \t]+(?P<year>{_Y}))?(?![^\W_])",
                ic,
            ),
        ),
        (HALF, re.compile(rf"{nb}nửa[ \t]+(?P<edge>đầu|cuối|sau)[ \t]+năm{_YEAR_AFTER}", ic)),
        (
            QUARTER,
            re.compile(rf"{nb}quý[ \t]+(?P<q>{quarter})(?![^\W_]){_YEAR_AFTER}", ic),
        ),
        (
            YEAR_RANGE,
            re.compile(
                rf"{nb}(?:(?:giai[ \t]+đoạn|nhiệm[ \t]+kỳ|thời[ \t]+kỳ|từ[ \t]+năm|từ|năm)[ \t]+)?"
                rf"\(?(?P<y1>{_Y})"
                rf"(?:{_SEP}|[ \t]+(?:đến|tới)[ \t]+(?:cuối[ \t]+)?(?:năm[ \t]+)?)(?P<y2>{_Y})(?!\d)\)?",
                ic,
            ),
        ),
        (
            DATE,
            re.compile(
                rf"{nb}(?P<d>\d{{1,2}})(?P<s>[/\-–])(?P<m>\d{{1,2}})(?:(?P=s)(?P<year>{_Y}|\d{{2}}))?(?![\d/])"
                rf"(?![.,]\d)",
                ic,
            ),
        ),
        (
            MONTH,
            re.compile(
                rf"{nb}(?:tháng[ \t]+(?P<m>\d{{1,2}})(?:{_SEP}|[ \t]+năm[ \t]+)(?P<year>{_Y})"
                r"|(?:tháng[ \t]+)?"
                rf"(?P<m2>\d{{1,2}})/(?P<year2>{_Y})|tháng[ \t]+(?P<m3>\d{{1,2}})(?![\d/\-–]))(?!\d)",
                ic,
            ),
        ),
        (
            YEAR,
            re.compile(
                rf"{nb}(?:(?:năm|cuối[ \t]+năm|đầu[ \t]+năm|giữa[ \t]+năm)[ \t]+(?P<year>{_Y})(?!\d)"
                rf"|(?P<rel>{relative})(?![^\W_])|(?P<bare>{_Y})(?![\d%/]|[.,]\d|[ \t]*[-–][ \t]*\d))",
                ic,
            ),
        ),
    ]


def context_year(text: str, published: str | None = None) -> int | None:
    """The article's own year, which "năm nay", "quý I" and "năm ngoái" are counted from.

    Its publication date when the file gives one. Otherwise, conservatively: the year after
    the one it compares with ("tăng 20% so với cùng kỳ 2018" is written in 2019; so is "năm
    nay … so với năm 2018" and "năm ngoái (2018)"), else the year it names most (latest on a tie),
    dates and quarters included, plan ranges left out.
    """
    if published and re.match(r"\d{4}", published):
        return int(published[:4])
    same_period = [int(y) + 1 for y in re.findall(rf"(?i)cùng[ \t]+kỳ[ \t]+(?:năm[ \t]+)?({_Y})(?!\d)", text)]
    if same_period:
        return max(same_period)  # "tăng 20% so với cùng kỳ 2018" is written in 2019
    named_last = rf"(?i)năm[ \t]+(?:ngoái|trước)[ \t]*(?:\([ \t]*|[-–,][ \t]*)(?:năm[ \t]+)?({_Y})(?!\d)"
    last_year = [int(y) + 1 for y in re.findall(named_last, text)]
    if last_year:
        return max(last_year)  # "năm ngoái (2018)"
    if re.search(r"(?i)(?<![^\W_])năm[ \t]+nay(?![^\W_])", text):
        compared = [int(y) + 1 for y in re.findall(rf"(?i)so[ \t]+với[ \t]+(?:năm[ \t]+)?({_Y})(?!\d)", text)]
        if compared:
            return max(compared)  # "năm nay … tăng 12% so với năm 2024" is written in 2025
    # a plan's range ("giai đoạn 2025-2027") says little about when the article was written; a
    # full date ("ngày 1/10/2024") or a quarter ("quý III/2024") says much
    unranged = re.sub(rf"{_Y}{_SEP}{_Y}", " ", text)
    years = Counter(
        int(y)
        for y in re.findall(
            rf"(?:(?<![\d.,/])|(?<=\d/)(?<!\d\d\d/)|(?<=[IV]/))({_Y})(?![\d%]|[.,]\d)", unranged
        )
    )
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


@cache
def _relative_months() -> tuple[re.Pattern[str], dict[str, int]]:
    offsets = {fold_tones(k).lower(): int(v) for k, v in lexicon.mapping("relative_months.tsv").items()}
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(offsets, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![^\W_])(?:{alt})(?![^\W_])"), offsets


def relative_months(text: str, published: str | None) -> list[Period]:
    """'tháng trước', 'tháng này': months counted from the publication date (none without one).

    "10 tháng qua" is a duration, not a month: a number before "tháng" rules it out.
    """
    if not published or not re.match(r"\d{4}-\d{2}", published):
        return []
    pattern, offsets = _relative_months()
    year, month = int(published[:4]), int(published[5:7])
    found = []
    for m in pattern.finditer(text):
        if re.search(r"\d[ \t]*$", text[max(0, m.start() - 4) : m.start()]):
            continue
        offset = offsets.get(re.sub(r"[ \t]+", " ", m.group(0).lower()))
        if offset is None:
            continue
        index = year * 12 + (month - 1) + offset
        iso = f"{index // 12}-{index % 12 + 1:02d}"
        found.append(Period(m.start(), m.end(), m.group(0), iso, MONTH, True))
    return found


def find_periods(text: str, year: int | None = None) -> list[Period]:
    """Every period expression in `text`, longest first where they overlap, in text order."""
    return list(_periods(text, year))


@lru_cache(maxsize=4096)  # metrics and events read the periods of the same sentence
def _periods(text: str, year: int | None) -> tuple[Period, ...]:
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            period = _build(kind, m, text, year)
            if period is None:
                continue
            found.append(period)
            taken.append((s, e))
    return tuple(sorted(found, key=lambda p: p.start))


def _explicit_year(m: re.Match[str], year: int | None) -> tuple[int | None, bool]:
    groups = m.groupdict()
    for name in ("year", "year2"):
        value = groups.get(name)
        if value:
            return (int(value) if len(value) == 4 else 2000 + int(value)), False
    text = m.group(0)
    inline = re.search(rf"({_Y})", text)
    if inline:
        return int(inline.group(1)), False
    return year, True


_DURATION_BEFORE = re.compile(
    r"(?i)(?:kỳ[ \t]+hạn|vòng|mất|thời[ \t]+gian|thời[ \t]+hạn|hơn|gần|khoảng|mỗi|từng|cứ|mới"
    r"|gửi|suất)[ \t]*$"
)


def _build(kind: str, m: re.Match[str], text: str, year: int | None) -> Period | None:
    s, e = m.span()
    raw = text[s:e]

    def make(iso: str | None, from_context: bool = False) -> Period | None:
        return Period(s, e, raw, iso, kind, from_context) if iso else None

    if kind == MONTHS_TO_DATE:
        n = int(m.group("n"))
        y, ctx = _explicit_year(m, year)
        if not 1 <= n <= 12 or y is None:
            return None
        if "edge" not in m.groupdict() and _DURATION_BEFORE.search(text[max(0, s - 24) : s]):
            return None  # "kỳ hạn 6 tháng", "trong vòng 3 tháng": a length of time
        if (m.groupdict().get("edge") or "đầu").lower() == "đầu":
            return make(f"{y}-01/{y}-{n:02d}", ctx)
        return make(f"{y}-{13 - n:02d}/{y}-12", ctx)
    if kind == HALF:
        y, ctx = _explicit_year(m, year)
        if y is None:
            return None
        first = m.group("edge").lower() == "đầu"
        return make(f"{y}-01/{y}-06" if first else f"{y}-07/{y}-12", ctx)
    if kind == QUARTER:
        q = _quarters().get(
            m.group("q").upper() if m.group("q").isalpha() and m.group("q").isupper() else m.group("q")
        )
        if q is None:
            q = _quarters().get(m.group("q").lower())
        y, ctx = _explicit_year(m, year)
        if q is None or y is None:
            return None
        return make(f"{y}-{3 * q - 2:02d}/{y}-{3 * q:02d}", ctx)
    if kind == YEAR_RANGE:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not y1 < y2 <= y1 + 50:
            return None
        return make(f"{y1}/{y2}")
    if kind == DATE:
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        sep = m.group("s")
        before = text[max(0, s - 16) : s]
        cue = re.search(r"(?i)(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|mùng|mồng|vào|từ|đến)[ \t]+$", before)
        if sep != "/" and not cue and not m.group("year"):
            return None  # "3-5 người" is a range, not the 3rd of May
        if sep == "/" and not m.group("year") and not cue and not re.search(r"(?:^|[,.;(])[ \t]*$", before):
            return None  # "13/37 mặt hàng" is a fraction
        y, ctx = _explicit_year(m, year)
        if y is None:
            return None
        return make(f"{y}-{mo:02d}-{d:02d}", ctx)
    if kind == MONTH:
        mo = int(m.group("m") or m.group("m2") or m.group("m3"))
        if not 1 <= mo <= 12:
            return None
        y, ctx = _explicit_year(m, year)
        if y is None:
            return None
        return make(f"{y}-{mo:02d}", ctx)
    # YEAR
    if m.group("year"):
        return make(m.group("year"))
    if m.group("rel"):
        if year is None:
            return None
        offset = _relative().get(re.sub(r"[ \t]+", " ", m.group("rel").lower()))
        if offset is None:
            return None
        return make(str(year + offset), True)
    bare = m.group("bare")
    following = text[e : e + 20]
    # "2000 công ty" is a count; a bare year is a year only when no unit or noun follows it
    if find_quantities(bare + following)[0].is_metric:
        return None
    return make(bare)


@cache
def _comparison_pattern() -> re.Pattern[str]:
    targets = "|".join(
        re.escape(fold_tones(w)).replace(r"\ ", r"[ \t]+")
        for w in sorted(lexicon.words("comparison_targets.txt"), key=len, reverse=True)
    )
    return re.compile(
        rf"(?i)(?P<cue>so[ \t]+với|bằng|so)[ \t]+(?P<what>(?:{targets}|\d{{4}})[^,;:.()\"“”]{{0,60}})"
    )


_SAME_PERIOD = re.compile(
    r"(?i)cùng[ \t]+kỳ(?P<rest>[ \t]+(?:năm[ \t]+)?(?:(?:19|20)\d{2}|năm[ \t]+ngoái"
    r"|năm[ \t]+trước))?"
)


@dataclass(frozen=True)
class Comparison:
    start: int
    end: int
    text: str  # as written after "so với": "cùng kỳ 2018", "năm 2010", "kế hoạch"


def comparisons(text: str) -> list[Comparison]:
    """What figures are compared with: "so với cùng kỳ 2018", "bằng 87% kế hoạch", "cùng kỳ"."""
    found = []
    for m in _comparison_pattern().finditer(text):
        what = m.group("what").strip()
        what = re.split(r"(?i)[ \t]+(?:và|nhưng|thì|trong khi|đạt|tăng|giảm|lên|xuống|còn)[ \t]", what)[
            0
        ].strip()
        if m.group("cue").lower() == "bằng" and not re.match(
            r"(?i)(?:cùng kỳ|kế hoạch|chỉ tiêu|mục tiêu)", what
        ):
            continue
        found.append(Comparison(m.start(), m.start("what") + len(what), what))
    for m in _SAME_PERIOD.finditer(text):
        if any(c.start <= m.start() < c.end for c in found):
            continue
        found.append(Comparison(m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda c: c.start)


def shift_years(iso: str, years: int) -> str:
    """The same period `years` later (negative: earlier): "cùng kỳ" of 2019-01/2019-09 is 2018-01/2018-09."""
    return re.sub(r"(?<!\d)((?:19|20)\d{2})(?!\d)", lambda m: str(int(m.group(1)) + years), iso)
