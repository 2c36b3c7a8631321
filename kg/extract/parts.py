"""Organisation hierarchy: "Cục X thuộc Bộ Y", "Cục X (Bộ Y)", "Phòng X - Bộ Y" → part of.

The part is an organisation named with a head noun; the whole is an organisation
named right after "thuộc"/"trực thuộc", inside parentheses, or after a dash, or a back
reference there ("X, đơn vị thành viên của tập đoàn": the group the article named). "của"
("Cục X của Bộ Y") counts only when the part's head names a sub-unit (Cục, Vụ, Chi
nhánh, Nhà máy, ... in ontology/lexicon/org_subunit_heads.txt).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from kg import lexicon
from kg.corpus.normalise import fold_tones, match_key
from kg.extract import entities
from kg.extract.attribution import ANAPHOR, ArticleAttribution
from kg.extract.context import ArticleContext, Sentence
from kg.extract.coref import article_entities
from kg.extract.entities import Mention
from kg.model import ORGANISATION, Entity, PartFact

EXTRACTOR = "parts"

_LINKS = (
    ("thuoc", re.compile(r",? (?:trực thuộc|thuộc|nằm trong|là đơn vị (?:trực )?thuộc) ", re.IGNORECASE)),
    (
        "member",
        re.compile(
            r",? (?:là )?(?:một )?(?:đơn vị|công ty|doanh nghiệp) (?:thành viên|con|trực thuộc)"
            r" (?:của|thuộc) ",
            re.IGNORECASE,
        ),
    ),
    ("parenthesis", re.compile(r" ?\((?:trực thuộc |thuộc )?")),
    ("dash", re.compile(r" [-–] ")),
    ("cua", re.compile(r" của ", re.IGNORECASE)),
)


@cache
def _subunit_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in lexicon.words("org_subunit_heads.txt"))


def extract(ctx: ArticleContext) -> Iterator[PartFact]:
    registry = article_entities(ctx)
    seen: set[tuple[str, str]] = set()
    for sentence in ctx.sentences:
        for part, whole, rule in sentence_parts(sentence, _back_reference_finder(ctx, sentence)):
            part_entity = registry.resolve_org(part.entity)
            whole_entity = registry.resolve_org(whole.entity)
            key = (match_key(part_entity.name), match_key(whole_entity.name))
            if key[0] == key[1] or key in seen:
                continue
            seen.add(key)
            yield PartFact(part_entity, whole_entity, ctx.evidence(sentence, EXTRACTOR, rule, 0.75))


def sentence_parts(
    sentence: Sentence, back_reference: Callable[[int], Mention | None] | None = None
) -> list[tuple[Mention, Mention, str]]:
    """(part, whole, rule) triples of one sentence; `back_reference(pos)` names the organisation
    a back reference at `pos` ("tập đoàn") stands for, if the article named it."""
    found = []
    for part in entities.organisations(sentence):
        if part.rule not in ("head-noun", "suffix", "domain"):
            continue
        for rule, pattern in _LINKS:
            link = pattern.match(sentence.key, part.end)
            if not link:
                continue
            if rule == "cua" and not _is_subunit(part.entity.name):
                continue
            whole = _whole_at(sentence, link.end(), after_thuoc=rule == "thuoc" or "thuộc" in link.group(0))
            if whole is None and back_reference is not None and rule in ("thuoc", "member"):
                whole = back_reference(link.end())
            if whole is None:
                continue
            if (
                rule == "parenthesis"
                and not sentence.key.startswith(")", whole.end)
                and "thuộc" not in link.group(0)
            ):
                continue
            found.append((part, whole, rule))
            break
    return found


def _back_reference_finder(ctx: ArticleContext, sentence: Sentence) -> Callable[[int], Mention | None]:
    def find(pos: int) -> Mention | None:
        for ref in ArticleAttribution.of(ctx).refs[sentence.index]:
            if ref.source != ANAPHOR or ref.start != pos or not ref.resolved:
                continue
            # only an antecedent with the same head: "tập đoàn" is the Tập đoàn the article named
            noun = fold_tones(sentence.text[ref.start : ref.end]).lower()
            if fold_tones(ref.entity.name).lower().startswith(noun + " "):
                return Mention(ref.entity, ref.start, ref.end, "back-reference")
        return None

    return find


def _is_subunit(name: str) -> bool:
    head = entities.head_of(name)
    return bool(head) and match_key(head) in _subunit_heads()


def _whole_at(sentence: Sentence, pos: int, after_thuoc: bool) -> Mention | None:
    mention = entities.organisation_at(sentence, pos)
    if mention is not None:
        return mention
    if after_thuoc:
        return _described_org(sentence, pos) or _brand_at(sentence, pos)
    return None


def _brand_at(sentence: Sentence, pos: int) -> Mention | None:
    """ "thuộc HHNB": a bare name (a brand or an acronym) after "thuộc"."""
    end, spans = entities.capitalised_run(sentence, pos)
    if not spans:
        return None
    name = sentence.text[pos:end]
    tokens = name.split()
    if entities.is_place(name) or entities.whole_run_is_person(tokens) or entities.is_title_word(name):
        return None
    return Mention(Entity(name, ORGANISATION), pos, end, "brand")


def _described_org(sentence: Sentence, pos: int) -> Mention | None:
    """ "thuộc tập đoàn truyền thông Sao Mai": a lower-case head, a few words, then a name."""
    head = entities._lower_head_pattern().match(sentence.key, pos)
    if not head:
        return None
    cursor = head.end()
    words = re.match(r"(?: [a-zđ\u00e0-\u1ef9]+){0,3}", sentence.key[cursor:])
    cursor += words.end() if words else 0
    glued = not sentence.key.startswith(" ", cursor)
    run_start = cursor if glued else cursor + 1
    end, spans = entities.capitalised_run(sentence, run_start)
    if not spans:
        # a name glued to the previous word by lost white space ("thôngSao")
        match = re.match(rf"[^\W\d_]*?(?=[{entities.UPPER}])", sentence.key[cursor:])
        if not match:
            return None
        end, spans = entities.capitalised_run(sentence, cursor + match.end())
        if not spans:
            return None
    name = sentence.text[pos:end]
    return Mention(Entity(entities._clean_org_name(name), ORGANISATION), pos, end, "described")
