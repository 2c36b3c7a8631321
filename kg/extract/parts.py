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
from kg.extract.attribution import ANAPHOR, BRAND, HEAD, INSTITUTION, ArticleAttribution
from kg.extract.context import ArticleContext, Sentence
from kg.extract.coref import article_entities
from kg.extract.entities import Mention
from kg.extract.patterns import alternation
from kg.model import ORGANISATION, Entity, PartFact

EXTRACTOR = "parts"

_LINKS = (
    (
        "thuoc",
        re.compile(
            r",? (?:trực thuộc|thuộc|nằm trong|là (?:(?:đơn vị|doanh nghiệp|công ty)[^,.;:()]{0,30}? )?"
            r"(?:trực )?thuộc) ",
            re.IGNORECASE,
        ),
    ),
    (
        "member",
        re.compile(
            r"(?:,| [-–])? (?:là )?(?:một )?(?:đơn vị|công ty|doanh nghiệp) (?:thành viên|con|trực thuộc)"
            r" (?:của|thuộc|do) ",
            re.IGNORECASE,
        ),
    ),
    ("owned", re.compile(r" ?\((?:do )?")),
    ("parenthesis", re.compile(r" ?\((?:trực thuộc |thuộc )?")),
    ("dash", re.compile(r" [-–] ")),
    ("cua", re.compile(r" của ", re.IGNORECASE)),
    ("adjacent", re.compile(r" (?=[A-ZĐ])")),
)


@cache
def _subunit_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in lexicon.words("org_subunit_heads.txt"))


def extract(ctx: ArticleContext) -> Iterator[PartFact]:
    registry = article_entities(ctx)
    seen: set[tuple[str, str]] = set()
    for sentence in ctx.sentences:
        found = sentence_parts(sentence, _back_reference_finder(ctx, sentence))
        found += member_lists(ctx, sentence) + mergers(sentence)
        for part, whole, rule in found:
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
            if rule == "adjacent" and not entities.starts_parent_of_unit(
                sentence.key, entities.head_of(part.entity.name) or "", link.end()
            ):
                continue  # only "Vụ X Ngân hàng Nhà nước": a state office, then its parent
            if rule == "owned":
                whole = _owner_in_parenthesis(sentence, link.end(), back_reference)
                if whole is not None:
                    found.append((part, whole, rule))
                    break
                continue
            after_thuoc = rule in ("thuoc", "member") or "thuộc" in link.group(0)
            whole = _whole_at(sentence, link.end(), after_thuoc=after_thuoc)
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


@cache
def _member_cue() -> re.Pattern[str]:
    nouns = alternation((fold_tones(w) for w in lexicon.words("member_nouns.txt")), True)
    return re.compile(
        rf"(?<![^\W_])(?:{nouns})(?: trực thuộc)?(?: là|:|,? (?:bao )?gồm:?|:? như) ", re.IGNORECASE
    )


_LIST_GLUE = re.compile(r"[ \t]*(?:,|;)?[ \t]*(?:(?:và|cùng|cùng với|với)[ \t]+)?")
_OWNER_SOURCES = (HEAD, BRAND, INSTITUTION, ANAPHOR)


def member_lists(ctx: ArticleContext, sentence: Sentence) -> list[tuple[Mention, Mention, str]]:
    """ "X có 3 công ty con, gồm A, B và C", "X gồm 3 đơn vị: A, B và C", "quản lý 2 công ty con
    là A và B": each listed organisation is part of X — the organisation named before the list,
    else the clause subject after it ("Qua công ty con là A, tổng công ty …"), else the article's
    main organisation ("Tại công ty con là A, …")."""
    found = []
    attribution = ArticleAttribution.of(ctx)
    orgs = [m for m in entities.organisations(sentence) if m.rule == "head-noun"]
    refs = [
        r
        for r in attribution.refs[sentence.index]
        if r.source in _OWNER_SOURCES and (r.source != ANAPHOR or r.resolved)
    ]
    for cue in _member_cue().finditer(sentence.key):
        members = _listed(sentence.key, orgs, cue.end()) or _named_after_head(sentence, cue)
        if not members:
            continue
        listed_end = _past_parenthesis(sentence.key, members[-1].end)
        before = [r for r in refs if r.end <= cue.start() or r.start < cue.start() < r.end]
        after = [r for r in refs if r.start >= listed_end and not r.in_parens]
        owner = before[-1] if before else after[0] if after else None
        if owner is not None:
            whole = Mention(owner.entity, owner.start, owner.end, "member-list")
        elif attribution.topic is not None:
            whole = Mention(attribution.topic, cue.start(), cue.start(), "member-list")
        else:
            continue
        found.extend((member, whole, "member-list") for member in members)
    return found


_NAMED_ITEM = re.compile(rf"(?P<name>[{entities.UPPER}][^,;:()]{{0,40}}?) ?\((?P<alias>[^()\s,;]{{1,24}})\)")


def _named_after_head(sentence: Sentence, cue: re.Match) -> list[Mention]:
    """ "thành lập 3 tổng công ty: Hạ tầng mạng (HTM), Truyền thông (TT)": names without their
    head noun, each with its short name in parentheses, after a list noun that is a head
    ("tổng công ty", "chi nhánh"); the member is "Tổng công ty Hạ tầng mạng", alias "HTM"."""
    noun = re.match(r"[^\W\d_]+(?: [^\W\d_]+)*?(?= trực thuộc| là|:|,| gồm| bao gồm| như)", cue.group(0))
    if noun is None or entities.head_of(noun.group(0)) != noun.group(0):
        return []
    head = sentence.text[cue.start() : cue.start() + noun.end()]
    head = head[:1].upper() + head[1:]
    members = []
    cursor = cue.end()
    while True:
        glue = _LIST_GLUE.match(sentence.key, cursor)
        item = _NAMED_ITEM.match(sentence.key, glue.end())
        if item is None:
            break
        name = sentence.text[item.start("name") : item.end("name")]
        alias = sentence.text[item.start("alias") : item.end("alias")]
        entity = Entity(f"{head} {name}", ORGANISATION, (alias,))
        members.append(Mention(entity, item.start(), item.end("name"), "listed-name"))
        cursor = item.end()
    return members


def _listed(key: str, orgs: list[Mention], start: int) -> list[Mention]:
    """The organisations listed from `start` on: each after the previous one with only a comma,
    "và" or "cùng" between; the list ends at anything else."""
    members: list[Mention] = []
    cursor = start
    for org in orgs:
        if org.start < cursor:
            continue
        glue = _LIST_GLUE.match(key, cursor)
        if glue.end() != org.start:
            break
        members.append(org)
        cursor = _past_parenthesis(key, org.end)
    return members


def _past_parenthesis(key: str, end: int) -> int:
    """After an acronym or a note in parentheses right behind a name: "A (ABC), B"."""
    match = re.match(r" ?\([^()]{0,40}\)", key[end:])
    return end + match.end() if match else end


_OWNS = re.compile(r" (?:sở hữu|nắm giữ|nắm) (?:\d|toàn bộ)", re.IGNORECASE)


def _owner_in_parenthesis(
    sentence: Sentence, pos: int, back_reference: Callable[[int], Mention | None] | None
) -> Mention | None:
    """ "Công ty A (tập đoàn sở hữu 65% vốn)": the owner named inside the parentheses."""
    owner = entities.organisation_at(sentence, pos) or _brand_at(sentence, pos)
    if owner is None and back_reference is not None:
        owner = back_reference(pos)
    if owner is None or not _OWNS.match(sentence.key, owner.end):
        return None
    return owner


_MERGER = re.compile(r"(?<![^\W_])(?:sáp nhập|hợp nhất) ", re.IGNORECASE)


def mergers(sentence: Sentence) -> list[tuple[Mention, Mention, str]]:
    """ "sáp nhập Công ty A vào Tổng công ty B": A becomes part of B."""
    found = []
    for cue in _MERGER.finditer(sentence.key):
        part = entities.organisation_at(sentence, cue.end())
        if part is None or not sentence.key.startswith(" vào ", part.end):
            continue
        whole = entities.organisation_at(sentence, part.end + len(" vào "))
        if whole is not None:
            found.append((part, whole, "merger"))
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
