"""Numbers as Vietnamese business news writes them, parsed into values, units and kinds.

No library reads this text (DESIGN.md: quantulum3 is English-only, babel reads "14.9"
as 149), so the rules are here and tested hard:

- "44,65 tỷ USD" = 44.65e9 USD, "2.004 doanh nghiệp" = 2004, "1.234.567,89", but also
  "14.9 triệu" (an English decimal inside a Vietnamese article). A lone "1,500" is
  settled by the article's own habit (`detect_convention`).
- scale words (nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ), percentages, currencies, measure
  units and counted nouns ("47 triệu nhà mua hàng" → unit "nhà mua hàng");
- ranges ("1,55 - 1,60 m", "10% - 15%"), qualifiers (hơn, gần, khoảng …), multiples
  ("gấp 6 lần");
- numbers that are not quantities are recognised and labelled, never read as metrics:
  dates ("31/10", "20-1"), years, ordinals ("năm thứ 8"), ranks ("Top 10"), document
  numbers ("888/QĐ-TTg"), phone numbers, ages, durations ("3 năm") and codes ("B2B").

Pure text in, dataclasses out: no rdflib, no knowledge of articles. Matching is done on
the tone-folded `key` text (kg.corpus.normalise.fold_tones); spans are the same in the
display text because the key has the same length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal
from functools import cache, lru_cache

from kg import lexicon
from kg.corpus.normalise import fold_tones
from kg.extract.patterns import folded_alternation

# Kinds of number mentions. The first group are quantities a metric can be made of.
PERCENT = "percent"
MONEY = "money"
COUNT = "count"  # a counted noun: "2.004 doanh nghiệp"
MEASURE = "measure"  # a unit of measurement: "7ha", "1,3 triệu tấn", "6,5 điểm"
MULTIPLE = "multiple"  # "gấp 6 lần", "1,6 lần/tháng"
SCALED = "scaled"  # a scale word but no unit: "con số 180 ngàn", "192,4 tỷ"
METRIC_KINDS = frozenset({PERCENT, MONEY, COUNT, MEASURE, MULTIPLE, SCALED})

BARE = "bare"  # a plain number with nothing to say what it counts
DATE = "date"
YEAR = "year"
MONTH = "month"  # "tháng 11/2011", "9/2020"
ORDINAL = "ordinal"  # a label, rank or reference: "thứ 8", "Top 10", "quốc lộ 91"
CODE = "code"  # "888/QĐ-TTg", "B2B", "Covid-19"
PHONE = "phone"
AGE = "age"
DURATION = "duration"
TIME = "time"
FRACTION = "fraction"  # "1/3 dân số"; the numerator of "13/37 mặt hàng" is a COUNT


@dataclass(frozen=True)
class Convention:
    """How an article uses the comma between digits: decimal ("44,65"), thousands ("1,500,000"),
    or unsettled (the article gives no evidence either way)."""

    comma_decimal: bool | None = None


VIETNAMESE = Convention(comma_decimal=True)
ENGLISH = Convention(comma_decimal=False)
UNSETTLED = Convention(comma_decimal=None)


@dataclass(frozen=True)
class Quantity:
    """One number mention: where it is, what it is, and (for quantities) its value and unit."""

    start: int  # span of the number through its unit, in the text given
    end: int
    text: str
    kind: str
    value: Decimal | None = None  # base units after scale words; percentages as written
    high: Decimal | None = None  # upper end of a range ("10% - 15%")
    unit: str = ""  # "%", "USD", "đồng", a measure unit or the counted noun as written
    per: str | None = None  # "năm" in "25%/năm", "cổ phiếu" in "18.000 đồng/cổ phiếu"
    qualifier: str | None = None  # hơn, gần, khoảng … as written
    scale: int = 0  # power of ten of the scale word, 0 when none
    number_start: int = -1  # span of the digits alone
    number_end: int = -1

    @property
    def is_metric(self) -> bool:
        return self.kind in METRIC_KINDS

    @property
    def unit_with_rate(self) -> str:
        """The unit with its rate ("lần/tháng", "đồng/cổ phiếu"); "%/năm" stays "%"."""
        if self.per and self.unit and self.unit != "%":
            return f"{self.unit}/{self.per}"
        return self.unit


# ---------------------------------------------------------------------------------------------
# Lexicon-backed patterns


def _alt(words, ignore_case: bool | None = None) -> str:
    return folded_alternation(words, space=r"\s+", ignore_case=ignore_case)


_WORD_END = r"(?![^\W_])"


@cache
def _scales() -> dict[str, int]:
    return {fold_tones(k).lower(): int(v) for k, v in lexicon.mapping("number_scales.tsv").items()}


@cache
def _currencies() -> dict[str, str]:
    return {fold_tones(k): v for k, v in lexicon.mapping("currencies.tsv").items()}


@cache
def _measures() -> dict[str, str]:
    return {fold_tones(k): v for k, v in lexicon.mapping("measure_units.tsv").items()}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    scale = _alt(_scales())
    currency = _alt(_currencies(), ignore_case=False)
    measure = _alt(_measures(), ignore_case=False)
    counted = _alt(lexicon.words("counted_nouns.txt"))
    duration = _alt(lexicon.words("duration_words.txt"))
    qualifier = _alt(lexicon.words("qualifiers.txt"))
    label = _alt(lexicon.words("number_label_cues.txt"))
    date_cue = _alt(lexicon.words("date_cues.txt"))
    ic = re.IGNORECASE
    return {
        "scale": re.compile(rf"[ \t]*(?P<w>{scale}){_WORD_END}", ic),
        "percent": re.compile(r"[ \t]*(?P<w>%|phần\s+trăm" + _WORD_END + ")", ic),
        # currencies are case-sensitive ("đồng" the money vs "Đồng" a name)
        "currency": re.compile(rf"[ \t]*(?P<w>{currency}){_WORD_END}"),
        "measure": re.compile(rf"[ \t]*(?P<w>{measure}){_WORD_END}"),
        "counted": re.compile(rf"[ \t]+(?P<w>{counted}){_WORD_END}", ic),
        "duration": re.compile(rf"[ \t]+(?P<w>{duration}){_WORD_END}", ic),
        "times": re.compile(r"[ \t]+(?P<w>lần)" + _WORD_END, ic),
        "per": re.compile(
            rf"[ \t]*/[ \t]*(?P<w>{duration}|{counted}|{measure}|[^\W\d_]+(?:[ \t][^\W\d_]+)?){_WORD_END}",
            ic,
        ),
        "qualifier_before": re.compile(rf"(?:^|(?<=[\s(,:;\"“]))(?P<w>{qualifier})[ \t]+$", ic),
        "grade_after_percent": re.compile(
            rf"[ \t]+(?:{_alt(lexicon.words('percent_grade_nouns.txt'))})(?![^\W_])", ic
        ),
        "label_before": re.compile(rf"(?:^|(?<=[\s(,:;\"“]))(?P<w>{label})[ \t]*$", ic),
        "date_cue_before": re.compile(rf"(?:^|(?<=[\s(,:;\"“]))(?P<w>{date_cue})[ \t]+$", ic),
    }


# ---------------------------------------------------------------------------------------------
# The number token itself

_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
# "30, 8%": a decimal comma typed with a space; one digit, then the percent sign
_SPACED_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3},[ ]\d(?=[ \t]?%)")
_LETTER = re.compile(r"[^\W\d_]")


def detect_convention(text: str) -> Convention:
    """The article's own habit for commas: decimal ("44,65") or thousands ("1,234,567")."""
    decimal_comma = len(re.findall(r"(?<![\d.,])\d+,\d{1,2}(?![\d,.])|\d\.\d{3},\d", text))
    thousands_comma = len(re.findall(r"\d,\d{3},\d{3}(?!\d)|\d,\d{3}\.\d{1,2}(?![\d,])", text))
    if thousands_comma > decimal_comma:
        return ENGLISH
    return VIETNAMESE if decimal_comma else UNSETTLED


def parse_number(token: str, convention: Convention = UNSETTLED, integer_expected: bool = False) -> Decimal:
    """The value of a digit string as Vietnamese news writes it.

    "2.004" → 2004, "44,65" → 44.65, "14.9" → 14.9, "1.234.567,89" → 1234567.89,
    "2.552.1" → 2552.1 (thousands groups, then a decimal), "1,234,567.5" → 1234567.5.
    A lone "1,500" follows `convention`; when the article is unsettled, `integer_expected`
    (a count of firms cannot be 1.5) makes it 1500, otherwise it is the decimal 1.5.
    """
    seps = [c for c in token if c in ".,"]
    groups = re.split(r"[.,]", token)
    if not seps:
        return Decimal(token)
    kinds = set(seps)
    if len(kinds) == 2:
        # the last separator is the decimal mark: "1.234.567,89" / "1,234,567.89"
        last = max(token.rfind("."), token.rfind(","))
        whole = re.sub(r"[.,]", "", token[:last])
        return Decimal(f"{whole}.{token[last + 1 :]}")
    sep = seps[0]
    tail = groups[1:]
    if len(seps) > 1:
        if all(len(g) == 3 for g in tail):
            return Decimal("".join(groups))
        # "2.552.1": thousands groups with a decimal tail
        if all(len(g) == 3 for g in tail[:-1]):
            return Decimal("".join(groups[:-1]) + "." + tail[-1])
        return Decimal("".join(groups))
    # a single separator
    if len(tail[0]) != 3:
        return Decimal(f"{groups[0]}.{tail[0]}")  # "44,65", "14.9", "0,5"
    if sep == ",":
        thousands = convention.comma_decimal is False or (
            convention.comma_decimal is None and integer_expected
        )
        return Decimal(groups[0] + tail[0]) if thousands else Decimal(f"{groups[0]}.{tail[0]}")
    # "2.004": a thousands dot, unless the article groups thousands with commas (then 2.004)
    if convention.comma_decimal is False:
        return Decimal(f"{groups[0]}.{tail[0]}")
    return Decimal(groups[0] + tail[0])


def scaled(value: Decimal, power: int) -> Decimal:
    """value × 10^power, without float rounding and without a trailing exponent."""
    result = value.scaleb(power)
    if result == result.to_integral_value():
        # a context wide enough for the number: the default 28 digits fail on long digit runs
        context = Context(prec=max(28, result.adjusted() + 2))
        return result.quantize(Decimal(1), context=context)
    return result.normalize()


# ---------------------------------------------------------------------------------------------
# Scanning a sentence


@dataclass
class _Tail:
    """What follows the digits: scale word, unit, rate."""

    end: int
    scale: int = 0
    unit: str = ""
    kind: str = BARE
    per: str | None = None
    attached_letters: bool = False


def _read_tail(text: str, pos: int) -> _Tail:
    """Scale, then a percent sign, currency, measure unit, counted noun, 'lần' or duration."""
    p = _patterns()
    tail = _Tail(end=pos)
    m = p["scale"].match(text, pos)
    if m:
        tail.scale = _scales()[re.sub(r"\s+", " ", m.group("w").lower())]
        tail.end = m.end()
        tail.kind = SCALED
    for kind, name in ((PERCENT, "percent"), (MONEY, "currency"), (MEASURE, "measure")):
        m = p[name].match(text, tail.end)
        if m:
            word = re.sub(r"\s+", " ", m.group("w"))
            if kind == PERCENT:
                tail.unit = "%"
            elif kind == MONEY:
                tail.unit = _currencies().get(word, word)
            else:
                tail.unit = _measures().get(word, word)
                if word.lower() == "m" and text[m.end() : m.end() + 1].isalpha():
                    continue
                if tail.unit == "tấn" and tail.scale == 0 and word.startswith("triệu"):
                    tail.scale = 6
            tail.kind = kind
            tail.end = m.end()
            break
    else:
        m = p["counted"].match(text, tail.end)
        dm = p["duration"].match(text, tail.end)
        tm = p["times"].match(text, tail.end)
        if m and not (dm and dm.end() > m.end()):
            tail.unit = re.sub(r"\s+", " ", text[m.start("w") : m.end()])
            tail.kind = COUNT
            tail.end = m.end()
        elif tm:
            tail.unit = "lần"
            tail.kind = MULTIPLE
            tail.end = tm.end()
        elif dm and tail.scale == 0:
            tail.unit = dm.group("w").lower()
            tail.kind = DURATION
            tail.end = dm.end()
    m = p["per"].match(text, tail.end)
    if m and tail.kind not in (BARE, DURATION) and not _NUMBER.match(text, m.start("w")):
        tail.per = re.sub(r"\s+", " ", m.group("w"))
        tail.end = m.end()
    return tail


def unit_after(text: str, pos: int) -> tuple[str, str, int] | None:
    """(kind, unit, end) of what follows a number at `pos`: "doanh nghiệp" after "TOP30"."""
    tail = _read_tail(text, pos)
    return (tail.kind, tail.unit, tail.end) if tail.kind != BARE else None


def _before(text: str, start: int, width: int = 40) -> str:
    return text[max(0, start - width) : start]


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([^\W\d_][\w.]*)[ \t]*$", text[max(0, start - 30) : start])
    return m.group(1) if m else ""


_PHONE_RUN = re.compile(r"(?:\+84[ .]?|0)\d+(?:[ .]\d{2,4})*")


def _phone_end(token: str, text: str, start: int) -> int | None:
    """Phone numbers: a leading 0 (or +84) and nine to eleven digits, possibly in groups."""
    begin = start - 1 if text[max(0, start - 1) : start] == "+" and token.startswith("84") else start
    if begin == start and (not token.startswith("0") or re.match(r"0[.,]\d", token) or token == "0"):
        return None
    run = _PHONE_RUN.match(text, begin)
    if run and 9 <= len(re.sub(r"\D", "", run.group(0))) <= 12:
        return run.end()
    return None


def find_quantities(text: str, convention: Convention | None = None) -> list[Quantity]:
    """Every number mention in `text` (a sentence, tone-folded key or display text), in order.

    Each mention has a kind; only quantities (`is_metric`) carry a value meant as a figure.
    """
    return list(_quantities(text, convention or UNSETTLED))


@lru_cache(maxsize=4096)  # several extractors read the numbers of the same sentence
def _quantities(text: str, convention: Convention) -> tuple[Quantity, ...]:
    p = _patterns()
    found: list[Quantity] = []
    pos = 0
    while True:
        m = _NUMBER.search(text, pos)
        if not m:
            break
        m = _spaced_decimal(text, m.start()) or m
        q = _read_one(text, m, convention, p)
        found.append(q)
        pos = max(q.end, m.end())
    return tuple(found)


def _spaced_decimal(text: str, start: int) -> re.Match[str] | None:
    """'bằng 30, 8%' is 30,8%, not 30 and 8%; but a list ('5, 6 và 7%', '20, 8%, 9%') is a list."""
    m = _SPACED_DECIMAL.match(text, start)
    if not m:
        return None
    listed_before = re.search(r"\d[ \t]*(?:,|và|hoặc)[ \t]*$", text[max(0, start - 10) : start])
    listed_after = re.match(r"[ \t]?%[ \t]*(?:,|và|hoặc|-|–)[ \t]*\d", text[m.end() :])
    return None if listed_before or listed_after else m


def _label(text: str, m: re.Match[str], kind: str, end: int | None = None, value: Decimal | None = None):
    end = m.end() if end is None else end
    return Quantity(
        m.start(), end, text[m.start() : end], kind, value=value, number_start=m.start(), number_end=m.end()
    )


def _read_one(text: str, m: re.Match[str], convention: Convention, p) -> Quantity:
    token = m.group(0).replace(" ", "")
    start, end = m.span()
    before = _before(text, start)
    prev_char = text[start - 1] if start else ""
    next_text = text[end : end + 12]

    # glued to letters: "B2B", "T2", "Covid-19", "91B", "TOP30" (but "7ha", "20m2", "5%" are fine)
    if start and (
        _LETTER.match(prev_char) or (prev_char in "-–" and start > 1 and _LETTER.match(text[start - 2]))
    ):
        if not re.search(r"(?i)(?:top)$", text[max(0, start - 3) : start]):
            return _label(text, m, CODE)
        return _label(text, m, ORDINAL)
    if next_text[:1] and _LETTER.match(next_text[:1]):
        tail = _read_tail(text, end)
        if tail.kind not in (MEASURE, PERCENT, MONEY):
            glued = re.match(r"[^\W_]+", text[end:])
            # "8h30", "14h" are times of day
            if re.match(r"h\d{0,2}(?![^\W\d_])", text[end:]) or re.match(r"g\d{2}", text[end:]):
                return _label(text, m, TIME, end + glued.end())
            return _label(text, m, CODE, end + (glued.end() if glued else 0))
    # times "14:30"
    if re.match(r":\d{2}", next_text):
        return _label(text, m, TIME, end + 3)
    # document numbers "888/QĐ-TTg", "15/2020/NĐ-CP"
    doc = re.match(r"(?:/\d+)*/[A-ZĐ][A-ZĐa-zđ]*(?:[-–][A-ZĐa-zđ]+)*", text[end:])
    if doc:
        return _label(text, m, CODE, end + doc.end())
    phone_end = _phone_end(token, text, start)
    if phone_end is not None:
        return _label(text, m, PHONE, phone_end)

    # dates and fractions written with a slash
    slash = re.match(r"/(\d{1,4})(?:/(\d{2,4}))?", text[end:])
    if slash and not re.match(r"[.,]\d", text[end + slash.end() :]):
        a = int(token) if token.isdigit() else None
        b = int(slash.group(1))
        after = end + slash.end()
        month_word = re.search(r"(?i)tháng[ \t]*$", before)
        if slash.group(2) and a is not None and 1 <= a <= 31 and 1 <= b <= 12:
            return _label(text, m, DATE, after)
        if a is not None and 1 <= a <= 12 and 1900 <= b <= 2100 and len(slash.group(1)) == 4:
            return _label(text, m, MONTH, after)
        if month_word and a is not None:
            return _label(text, m, MONTH, after)
        if a is not None and 1 <= a <= 31 and 1 <= b <= 12 and _looks_like_date(text, start, after):
            return _label(text, m, DATE, after)
        # a fraction: "13/37 mặt hàng" counts 13; "1/3 dân số" is a share, not a metric
        if a is not None:
            tail = _read_tail(text, after)
            if tail.kind == COUNT:
                value = Decimal(a)
                return Quantity(
                    start,
                    tail.end,
                    text[start : tail.end],
                    COUNT,
                    value=value,
                    unit=tail.unit,
                    number_start=start,
                    number_end=end,
                    qualifier=_qualifier(before),
                )
            return _label(text, m, FRACTION, after)

    # dates written with hyphens: "ngày 20-1", "25-5-2019", "sáng 30-3"
    hyphen = re.match(r"[-–](\d{1,2})(?:[-–](\d{4}))?(?!\d)(?![.,]\d)", text[end:])
    if hyphen and token.isdigit():
        a, b = int(token), int(hyphen.group(1))
        after = end + hyphen.end()
        if hyphen.group(2) and 1 <= a <= 31 and 1 <= b <= 12:
            return _label(text, m, DATE, after)
        if re.search(r"(?i)tháng[ \t]*$", before) and 1 <= a <= 12:
            return _label(text, m, MONTH, after)
        if 1 <= a <= 31 and 1 <= b <= 12 and p["date_cue_before"].search(before):
            return _label(text, m, DATE, after)
    month_year = re.match(r"[-–/](\d{4})(?!\d)", text[end:])
    if month_year and re.search(r"(?i)(?:tháng|quý)[ \t]*$", before) and token.isdigit():
        return _label(text, m, MONTH, end + month_year.end())

    # ages: "độ tuổi 18-29", "45 tuổi"
    if re.search(r"(?i)tuổi[ \t]*$", before) or re.match(
        r"(?:[ \t]*[-–][ \t]*\d+)?[ \t]+tuổi" + _WORD_END, text[end:]
    ):
        age = re.match(r"(?:[ \t]*[-–][ \t]*\d+)?(?:[ \t]+tuổi)?", text[end:])
        return _label(text, m, AGE, end + age.end())

    qualifier = _qualifier(before)
    tail = _read_tail(text, end)
    integer_expected = tail.kind == COUNT and tail.scale == 0
    value = parse_number(token, convention, integer_expected=integer_expected)
    strong = tail.scale or tail.kind in (PERCENT, MONEY, MEASURE)

    # labels, ranks and references: "năm thứ 8", "Top 10", "quốc lộ 91", "Quyết định số 888"
    label = p["label_before"].search(before)
    ordinal_marker = re.search(r"(?i)(?<![^\W\d_])thứ[ \t]*$", before)  # "thứ 1 triệu": the millionth
    if ordinal_marker or (label and not strong and not _label_overridden(before, label)):
        return _label(text, m, ORDINAL, end)
    if re.search(r"(?i)(?:top)[ \t]*$", before) and tail.kind != PERCENT:
        return _label(text, m, ORDINAL, end)

    # years: "năm 2010", "2019 là năm", "(2014 - 2016)"; "năm 2017 ngân hàng đạt ..." is no count
    is_year = token.isdigit() and len(token) == 4 and 1900 <= int(token) <= 2100
    after_nam = re.search(r"(?i)(?<![^\W_])năm[ \t]*$", before)
    if is_year and (tail.kind in (BARE, DURATION) or after_nam and tail.kind == COUNT):
        yr = re.match(r"[ \t]*[-–][ \t]*(\d{4})(?!\d)", text[end:])
        return _label(text, m, YEAR, end + yr.end() if yr else end, value=Decimal(token))
    if tail.kind == DURATION:
        return Quantity(
            start,
            tail.end,
            text[start : tail.end],
            DURATION,
            value=value,
            unit=tail.unit,
            number_start=start,
            number_end=end,
        )

    # multiples: "gấp 6 lần", "gấp 70 lần", "tăng 2 lần"; "1,6 lần/tháng" is a frequency
    if tail.kind == MULTIPLE:
        if not (re.search(r"(?i)(?:gấp|tăng|giảm|bằng)[ \t]+(?:\S+[ \t]+)?$", before) or tail.per):
            return Quantity(
                start, tail.end, text[start : tail.end], BARE, value=value, number_start=start, number_end=end
            )

    # ranges: "1,55 - 1,60 m", "10% - 15%", "15 - 17%", "800 triệu - 1 tỉ USD", "2-3 triệu đô"
    rng = re.match(r"[ \t]*[-–][ \t]*(?=\d)", text[tail.end :])
    if rng:
        m2 = _NUMBER.match(text, tail.end + rng.end())
        if m2 and not re.match(r"[-–/]\d", text[m2.end() : m2.end() + 2]):
            tail2 = _read_tail(text, m2.end())
            if tail.kind in (BARE, SCALED, tail2.kind) and (tail2.kind != BARE or tail.kind != BARE):
                first_scale = tail.scale or tail2.scale
                unit = tail.unit or tail2.unit
                kind = tail.kind if tail.kind not in (BARE, SCALED) else tail2.kind
                per = tail.per or tail2.per
                ie = kind == COUNT and first_scale == 0
                low = scaled(parse_number(token, convention, ie) if ie else value, first_scale)
                high = scaled(parse_number(m2.group(0), convention, ie), tail2.scale or first_scale)
                if kind == PERCENT:
                    low, high = value, parse_number(m2.group(0), convention)
                return Quantity(
                    start,
                    tail2.end,
                    text[start : tail2.end],
                    kind,
                    value=low,
                    high=high,
                    unit=unit,
                    per=per,
                    qualifier=qualifier,
                    scale=first_scale,
                    number_start=start,
                    number_end=end,
                )

    grade = p["grade_after_percent"].match(text, tail.end) if tail.kind == PERCENT else None
    if grade:
        return _label(text, m, ORDINAL, grade.end())  # "gạo 5% tấm": a grade of rice, not a figure

    kind = tail.kind
    if kind == BARE and re.search(r"(?i)gấp[ \t]*$", before):
        kind = MULTIPLE
    final = scaled(value, tail.scale) if kind != PERCENT else value
    if kind == PERCENT and tail.scale:
        final = value
    return Quantity(
        start,
        tail.end,
        text[start : tail.end],
        kind,
        value=final,
        unit=tail.unit,
        per=tail.per,
        qualifier=qualifier,
        scale=tail.scale,
        number_start=start,
        number_end=end,
    )


def _qualifier(before: str) -> str | None:
    q = _patterns()["qualifier_before"].search(before)
    return re.sub(r"\s+", " ", q.group("w")) if q else None


def _label_overridden(before: str, label: re.Match[str]) -> bool:
    """'con số 180 ngàn', 'tổng số 500': the word "số" here is a noun, not a label."""
    word = label.group("w").lower()
    if word == "số":
        return bool(re.search(r"(?i)(?:con|tổng|chiếm|với)[ \t]+số[ \t]*$", before))
    return False


def _looks_like_date(text: str, start: int, after: int) -> bool:
    """'31/10' is a date after a date word, at a clause start, or before a comma or end."""
    before = _before(text, start)
    if _qualifier(before):
        return False
    if _patterns()["date_cue_before"].search(before) or re.search(
        r"(?i)(?:vào|từ|đến|tới|trước|sau)[ \t]+$", before
    ):
        return True
    if re.search(r"(?:^|[.;:(\n])[ \t]*$", before):
        return not _read_tail(text, after).kind == COUNT
    following = text[after : after + 1]
    return following in ("", ",", ".", ";", ")")
