"""Lexicon alternations are written as tries for speed; they must match exactly what the
flat, longest-first alternation matches, or titles and organisation names would change."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.patterns import alternation, folded_alternation, longest_first

# few letters, both cases, a space and a regex metacharacter: many shared prefixes
_WORDS = st.lists(st.text(alphabet="aAbB .đĐ", min_size=1, max_size=5), min_size=1, max_size=10)
_TEXTS = st.lists(st.text(alphabet="aAbB .đĐc", max_size=14), min_size=1, max_size=8)


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in longest_first(words))


def _spans(pattern: str, flags: int, texts: list[str]) -> list[list[tuple[int, int]]]:
    compiled = re.compile(rf"(?:{pattern})(?!a)", flags)  # a lookahead forces backtracking
    return [[m.span() for m in compiled.finditer(text)] for text in texts]


@settings(max_examples=400, deadline=None)
@given(_WORDS, _TEXTS)
def test_trie_alternation_finds_what_the_flat_one_finds(words, texts):
    for flags, ignore_case in ((0, None), (re.IGNORECASE, None), (0, False), (re.IGNORECASE, True)):
        expected = _spans(_flat(words), flags, texts)
        assert _spans(alternation(words, ignore_case), flags, texts) == expected


def test_longer_title_still_wins():
    pattern = re.compile(rf"(?:{alternation(['giám đốc', 'phó giám đốc', 'giám đốc điều hành'])})")
    assert [m.group(0) for m in pattern.finditer("phó giám đốc và giám đốc điều hành")] == [
        "phó giám đốc",
        "giám đốc điều hành",
    ]


def test_words_equal_when_case_is_ignored_keep_longest_first():
    # "Công ty" sorts before "công ty mẹ" in a trie; ignoring case, the longer must still win
    for ignore_case in (None, True):
        pattern = re.compile(rf"(?:{alternation(['Công ty', 'công ty mẹ'], ignore_case)})", re.IGNORECASE)
        assert pattern.match("công ty mẹ của").group(0) == "công ty mẹ"


def test_folded_alternation_accepts_any_run_of_spaces_between_words():
    pattern = re.compile(rf"(?:{folded_alternation(['tổng giám đốc', 'tổng cục'])})")
    assert pattern.fullmatch("tổng \t giám  đốc")
    assert pattern.fullmatch("tổng cục")
    assert not pattern.fullmatch("tổnggiám đốc")
