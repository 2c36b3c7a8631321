"""Property-based tests (hypothesis): whatever the text, offsets map back to the original;
whatever the names, what we write as RDF reads back as the same graph; whatever
the bytes of a file are read or refused with a reason (numbers: test_properties_numbers.py)."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kg.corpus.normalise import normalise
from kg.corpus.readers import _markdown_text
from kg.rdf.serialise import graph_to_text

PROFILE = settings(
    max_examples=int(__import__("os").environ.get("KG_HYPOTHESIS_EXAMPLES", 100)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# -- text the normaliser meets --------------------------------------------------------------

_PIECES = [
    "Bộ",
    "Công",
    "Thương",
    "hoà",
    "hòa",
    "Thuỷ",
    "khoẻ",
    "Nguyễn",
    "Việt",
    "e\u0302\u0301",  # ế decomposed
    "o\u031b\u0300",  # ờ decomposed
    "a\u0301\u0301",  # two tones: NFC leaves one mark over
    "\u0301",  # a stray combining mark
    "Bộ_Công_Thương",
    "_",
    "__",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\ufeff",
    ",",
    " ,",
    " .",
    "( ",
    " )",
    "…",
    "“",
    "”",
    "44,65",
    "2.004",
    "14.9",
    "https://vnexpress.net/a_b_c.html",
    "ban@cong_ty.vn",
    "**",
    "# ",
    "[Báo](https://b.vn/x_y)",
    "Published at: **2024-03-05**\n",
    "\u202e",
    "<script>",
    '"',
    "\\",
]
texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), min_size=0, max_size=40).map(
    "".join
)


def _letters(text: str) -> str:
    """The letters and digits of a text, composed: what a quote must keep."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if c.isalnum())


def _boundaries(text: str) -> list[int]:
    """Positions that do not cut a letter from its combining marks."""
    return [i for i in range(len(text) + 1) if i == len(text) or not unicodedata.combining(text[i])]


def _base(text: str, i: int) -> str:
    """The letter that the character at `i` belongs to (itself, or the letter its mark sits on)."""
    while i > 0 and unicodedata.combining(text[i]):
        i -= 1
    return text[i]


def _is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def _check_maps_back(original: str, normalised, markup_dropped: bool = False) -> None:
    """Offsets stay in the original and never run backwards; each letter maps to itself; a span
    cuts the same letters from the original (with markdown: the same ones in the same order,
    plus any link target or markup the span crosses)."""
    text = normalised.text
    assert len(normalised.key) == len(text)
    previous = (0, 0)
    for i in range(len(text) + 1):
        start, end = normalised.original_span(i, min(i + 1, len(text)))
        assert 0 <= start <= end <= len(original)
        assert start >= previous[0]
        previous = (start, end)
    boundaries = _boundaries(text)
    for here, after in zip(boundaries, boundaries[1:]):
        assert _letters(normalised.original_slice(here, after)) == _letters(text[here:after])
    for start in boundaries[::3]:
        for end in [b for b in boundaries if start <= b <= start + 25][::2]:
            cut, span = _letters(normalised.original_slice(start, end)), _letters(text[start:end])
            if markup_dropped:
                assert _is_subsequence(span, cut)
                if start < end and _base(text, start).isalnum():
                    assert cut[0] == span[0]
                if start < end and _base(text, end - 1).isalnum():
                    assert cut[-1] == span[-1]
            else:
                assert cut == span


@PROFILE
@given(texts, st.sampled_from([None, False, True]))
def test_normalised_offsets_always_map_back_to_the_original(original, word_segmented):
    normalised = normalise(original, word_segmented=word_segmented)
    _check_maps_back(original, normalised)
    assert _letters(normalised.original_slice(0, len(normalised.text))) == _letters(original)


@PROFILE
@given(texts)
def test_normalising_twice_changes_nothing_more(original):
    once = normalise(original, word_segmented=False).text
    assert normalise(once, word_segmented=False).text == once
    assert unicodedata.is_normalized("NFC", once) and "\r" not in once


@PROFILE
@given(texts)
def test_markdown_offsets_always_map_back_to_the_original(original):
    assume(not re.search(r"[^\w\s][\u0300-\u036f]", original))  # no tone mark on markup
    _check_maps_back(original, _markdown_text(original), markup_dropped=True)


# -- RDF written and read back -----------------------------------------------------------

any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
xml_text = st.text(  # what XML 1.0 can carry: the reader turns other control characters into spaces
    alphabet=st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff")
    | st.sampled_from("\t\n\r"),
    max_size=40,
)


def _names_graph(names: list[str], values: list[Decimal]) -> Graph:
    """Hostile names through the real mapper: labels, aliases, quotes and decimal values."""
    from kg.model import ORGANISATION, PERSON, Article, Entity, Evidence, MetricFact, RoleFact
    from kg.rdf.mapping import GraphMapper

    facts = []
    for i, name in enumerate(names):
        quote = f"{name} — {names[-1 - i]}"
        evidence = Evidence("doc.txt", quote, i, i + len(quote), "test", f"rule {name}")
        person = Entity(name or "x", PERSON, aliases=(names[-1 - i] or "y",))
        org = Entity(f"Công ty {name}", ORGANISATION)
        facts.append(RoleFact(person, name or "Giám đốc", org, evidence))
        facts.append(MetricFact(org, name or "doanh thu", values[i % len(values)], name or "đồng", evidence))
    article = Article("doc.txt", "doc.txt", "x", title=names[0] if names else None)
    article.facts = facts
    return GraphMapper().add_articles([article])


@PROFILE
@given(
    st.lists(any_text, min_size=1, max_size=4),
    st.lists(st.decimals(allow_nan=False, allow_infinity=False, places=4), min_size=1, max_size=3),
)
@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_anything_we_write_parses_back_to_the_same_graph(fmt, parser, names, values):
    graph = _names_graph(names, values)
    back = Graph().parse(data=graph_to_text(graph, fmt), format=parser)
    assert set(back) == set(graph)


@PROFILE
@given(st.lists(any_text, min_size=1, max_size=4))
def test_trig_holds_the_same_triples_whatever_the_text(names):
    from rdflib import Dataset

    graph = _names_graph([*names, "\n@prefix evil: <http://evil.example/> .\n"], [Decimal("2")])
    dataset = Dataset()
    dataset.parse(data=graph_to_text(graph, "trig"), format="trig")
    assert {quad[:3] for quad in dataset.quads((None, None, None, None))} == set(graph)


@PROFILE
@given(st.lists(xml_text, min_size=1, max_size=4))
def test_rdf_xml_carries_every_text_the_reader_lets_through(names):
    graph = _names_graph(names, [Decimal("1.5")])
    back = Graph().parse(data=graph_to_text(graph, "xml"), format="xml")
    assert set(back) == set(graph)


@PROFILE
@given(any_text, st.sampled_from([None, "vi", "en"]))
def test_a_single_literal_of_any_text_round_trips_in_turtle(text, lang):
    graph = Graph()
    graph.add((URIRef("https://example.org/kg/id/x"), RDFS.label, Literal(text, lang=lang)))
    graph.add((URIRef("https://example.org/kg/id/x"), RDFS.comment, Literal(text, datatype=XSD.string)))
    back = Graph().parse(data=graph_to_text(graph, "ttl"), format="turtle")
    assert set(back) == {_rdf11(triple) for triple in graph}


def _rdf11(triple):
    """In RDF 1.1 "x" and "x"^^xsd:string are one term; the Turtle writer (Oxigraph's) writes the
    short form, which rdflib reads back without a datatype."""
    s, p, o = triple
    return (s, p, Literal(str(o))) if isinstance(o, Literal) and o.datatype == XSD.string else triple


@PROFILE
@given(st.binary(max_size=300))
def test_decoding_never_crashes_it_reads_or_says_why(data):
    from kg.corpus.encoding import UndecodableError, decode_bytes

    try:
        decoded = decode_bytes(data)
    except UndecodableError as error:
        assert str(error)
    else:
        assert decoded.text.strip()
        assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in decoded.text)
