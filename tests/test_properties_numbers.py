"""Property-based tests (hypothesis) for the number parser: whatever the digits, it does not
crash, its spans hold, and it reads back the numbers we format the way news writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

PROFILE = settings(
    max_examples=int(__import__("os").environ.get("KG_HYPOTHESIS_EXAMPLES", 100)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

numbers = pytest.importorskip(
    "kg.extract.numbers",
    reason="kg/extract/numbers.py (the number parser) is not on this branch yet",
)


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


def _format(value: Decimal, thousands: str, decimal: str) -> str:
    whole, _, fraction = f"{value:f}".partition(".")
    return _group(whole, thousands) + (decimal + fraction if fraction else "")


amounts = st.builds(
    lambda whole, fraction, places: (
        Decimal(whole) + Decimal(fraction % 10**places) / 10**places if places else Decimal(whole)
    ),
    st.integers(min_value=0, max_value=10**13),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=3),
)


@PROFILE
@given(amounts)
def test_vietnamese_formatted_numbers_read_back(value):
    text = _format(value, ".", ",")
    assert numbers.parse_number(text, numbers.VIETNAMESE) == value


@PROFILE
@given(amounts)
def test_english_formatted_numbers_read_back(value):
    text = _format(value, ",", ".")
    assert numbers.parse_number(text, numbers.ENGLISH) == value


@PROFILE
@given(st.integers(min_value=1000, max_value=10**13))
def test_grouped_integers_read_back_whatever_the_article_habit(value):
    for convention in (numbers.VIETNAMESE, numbers.UNSETTLED):
        assert numbers.parse_number(_format(Decimal(value), ".", ","), convention) == value


number_text = st.lists(
    st.one_of(
        st.sampled_from(
            [
                " ",
                "tỷ",
                "triệu",
                "nghìn",
                "đồng",
                "USD",
                "%",
                "doanh nghiệp",
                "hơn",
                "gần",
                "khoảng",
                "năm",
                "tháng",
                "/",
                "-",
                ".",
                ",",
                "gấp",
                "lần",
                "thứ",
                "Top",
                "QĐ-TTg",
                "+84",
                "0",
            ]
        ),
        st.from_regex(r"\d{1,6}([.,]\d{1,4}){0,3}", fullmatch=True),
        st.text(max_size=3),
    ),
    max_size=25,
).map("".join)


@PROFILE
@given(number_text)
@example("Quỹ nắm " + "9" * 30 + " tỷ đồng.")  # more digits than Decimal's default precision
@example("100000.0000.0000000000.0.0000.0000")
def test_finding_quantities_never_crashes_and_spans_hold(text):
    convention = numbers.detect_convention(text)
    previous_end = 0
    for quantity in numbers.find_quantities(text, convention):
        assert previous_end <= quantity.start <= quantity.end <= len(text)
        assert quantity.text == text[quantity.start : quantity.end]
        previous_end = quantity.start


@PROFILE
@given(amounts.filter(lambda v: v > 0), st.sampled_from([("tỷ", 9), ("triệu", 6), ("nghìn", 3)]))
def test_a_formatted_amount_in_a_sentence_reads_back_scaled(value, scale):
    word, power = scale
    formatted = _format(value, ".", ",")
    assume(len(formatted) < 20)
    sentence = f"Công ty Hòa Phát Xanh báo lãi {formatted} {word} đồng trong năm."
    found = [q for q in numbers.find_quantities(sentence, numbers.VIETNAMESE) if q.is_metric]
    assert [q.value for q in found] == [value.scaleb(power)]
