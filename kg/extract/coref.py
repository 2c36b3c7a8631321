"""Who is who within one article: full names for short mentions, aliases for organisations.

Articles name a person in full once ("bà Lê Thị Thu Hằng") and then shortly
("bà Hằng", "ông Thomas", or just "Ông cho biết"); an organisation once with its
acronym in parentheses ("Tổng công ty Hàng hải Nam Bắc (HHNB)") and then by the acronym.
`article_entities(ctx)` reads the article once and answers these questions for every
extractor (it is cached in `ctx.cache`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kg import lexicon
from kg.corpus.normalise import fold_tones, match_key
from kg.extract import entities
from kg.extract.context import ArticleContext, Sentence
from kg.extract.entities import Mention
from kg.extract.patterns import alternation
from kg.model import ORGANISATION, PERSON, Entity

CACHE_KEY = "coref.article_entities"


@dataclass(frozen=True)
class PersonMention:
    entity: Entity  # resolved: the full name when the article gives it
    start: int  # offsets in the sentence text
    end: int
    rule: str  # honorific, short-name, pronoun, known-name
    honorific: str | None = None


@dataclass
class _Introduced:
    name: str
    tokens: tuple[str, ...]
    position: tuple[int, int]  # (sentence index, start)
    honorific: str | None


@dataclass
class ArticleEntities:
    """People and organisations of one article, with the rules to resolve later mentions."""

    full_names: list[_Introduced] = field(default_factory=list)
    org_aliases: dict[str, Entity] = field(default_factory=dict)  # match key of an alias -> full entity
    org_entities: dict[str, Entity] = field(default_factory=dict)  # match key of a full name -> entity
    org_names: dict[str, str] = field(default_factory=dict)  # match key -> name, every organisation named
    _mentions: dict[int, list[PersonMention]] = field(default_factory=dict)
    _honorific_mentions: dict[int, list[Mention]] = field(default_factory=dict)
    _short_names: dict[str, str] | None = None
    org_mentions: list[tuple[tuple[int, int], Entity]] = field(default_factory=list)  # in text order
    paragraph_of: dict[int, int] = field(default_factory=dict)  # sentence index -> paragraph number

    # ------------------------------------------------------------ people

    @property
    def known_person_keys(self) -> frozenset[str]:
        return frozenset(match_key(p.name) for p in self.full_names)

    def add_person(self, name: str, position: tuple[int, int], honorific: str | None = None) -> None:
        tokens = tuple(name.split())
        if len(tokens) < 2 or any(match_key(p.name) == match_key(name) for p in self.full_names):
            return
        self.full_names.append(_Introduced(name, tokens, position, honorific))

    def resolve_person(self, name: str, position: tuple[int, int]) -> Entity:
        """The full name a (short) mention stands for; the mention itself when unknown."""
        key = match_key(name)
        tokens = key.split()
        exact = [p for p in self.full_names if match_key(p.name) == key]
        candidates = [
            p
            for p in self.full_names
            if len(tokens) < len(p.tokens)
            and (
                [match_key(t) for t in p.tokens[-len(tokens) :]] == tokens
                or [match_key(t) for t in p.tokens[: len(tokens)]] == tokens
            )
        ]
        chosen = _nearest_before(candidates, position)
        if chosen is None and exact:
            chosen = exact[0]
        return Entity(chosen.name if chosen else name, PERSON)

    def pronoun_referent(self, honorific: str, position: tuple[int, int]) -> Entity | None:
        """The person a bare "Ông"/"Bà" refers to: the last one introduced with that honorific."""
        best: PersonMention | None = None
        best_pos = (-1, -1)
        for index, mentions in self._mentions.items():
            for m in mentions:
                pos = (index, m.start)
                if pos < position and m.rule != "pronoun" and m.honorific == honorific and pos > best_pos:
                    best, best_pos = m, pos
        return best.entity if best else None

    def resolve_mentions(self, ctx: ArticleContext) -> None:
        """(Re)read every sentence's person mentions against the full names known so far."""
        self._mentions = {}
        for sentence in ctx.sentences:
            self._mentions[sentence.index] = []
            for m in self._honorific_mentions.get(sentence.index, []):
                entity = self.resolve_person(m.entity.name, (sentence.index, m.start))
                rule = "honorific" if entity.name == m.entity.name else "short-name"
                self._mentions[sentence.index].append(
                    PersonMention(entity, m.start, m.end, rule, m.honorific)
                )
            _add_known_names(self, sentence)
            _add_pronouns(self, sentence)
            self._mentions[sentence.index].sort(key=lambda m: m.start)

    def people_in(self, sentence: Sentence) -> list[PersonMention]:
        """Resolved person mentions of a sentence, in text order."""
        return list(self._mentions.get(sentence.index, []))

    # ------------------------------------------------------------ organisations

    def add_org_alias(self, full: Entity, alias: str) -> None:
        key = match_key(full.name)
        known = self.org_entities.get(key, full)
        aliases = tuple(dict.fromkeys([*known.aliases, *full.aliases, alias]))
        entity = Entity(known.name, ORGANISATION, aliases)
        self.org_entities[key] = entity
        for a in aliases:
            self.org_aliases.setdefault(match_key(a), entity)
        for k, v in list(self.org_aliases.items()):
            if match_key(v.name) == key:
                self.org_aliases[k] = entity

    def add_org(self, entity: Entity) -> None:
        self.org_names.setdefault(match_key(entity.name), entity.name)

    def resolve_org(self, entity: Entity) -> Entity:
        """The article's full name for an organisation written by acronym ("PSB", "Tập đoàn PNPT")
        or without its place ("UBND TP" for "UBND TP. Cần Thơ", "Sở Tài chính" for "Sở Tài chính Cà Mau")."""
        key = match_key(entity.name)
        if key in self.org_entities:
            return self.org_entities[key]
        if key in self.org_aliases:
            return self.org_aliases[key]
        longer = self._with_place(entity.name)
        if longer is not None:
            full = self.org_entities.get(match_key(longer), Entity(longer, ORGANISATION))
            return Entity(full.name, ORGANISATION, tuple(dict.fromkeys([*full.aliases, entity.name])))
        head = entities.head_of(entity.name)
        if head:
            rest = match_key(entity.name[len(head) :])
            full = self.org_aliases.get(rest)
            if full and match_key(full.name).startswith(match_key(head)):
                aliases = tuple(dict.fromkeys([*full.aliases, entity.name]))
                return Entity(full.name, ORGANISATION, aliases)
        shortened = self._shortened_from(entity.name)
        if shortened is not None:
            full = self.org_entities.get(match_key(shortened), Entity(shortened, ORGANISATION))
            return Entity(full.name, ORGANISATION, tuple(dict.fromkeys([*full.aliases, entity.name])))
        return entity

    def _with_place(self, name: str) -> str | None:
        """The one longer organisation of the article that is `name` followed by a place; not for
        companies ("Công ty CP X" and "Công ty CP X Bắc Ninh" are parent and subsidiary)."""
        if _is_company(name):
            return None
        short = _dotless(name)
        base = _dotless(entities.strip_place(name))
        found = {
            full
            for full in self.org_names.values()
            if _dotless(full).startswith(short + " ") and _dotless(entities.strip_place(full)) == base
        }
        return found.pop() if len(found) == 1 else None

    def org_referred_to(self, noun: str, position: tuple[int, int]) -> Entity | None:
        """The organisation a back reference ("công ty", "tập đoàn") at `position` stands for,
        among those named before it with that head noun: the last one mentioned in the same
        paragraph; else the one mentioned most often (news calls its main company "công ty" even
        after naming a subsidiary), then the first named. Mentions by any name count ("ABBank"
        after "Ngân hàng TMCP An Bình (ABBank)")."""
        noun_key = match_key(noun)
        paragraph = self.paragraph_of.get(position[0])
        earlier = [(where, e, self.resolve_org(e)) for where, e in self.org_mentions if where < position]
        named: dict[str, Entity] = {}  # organisations named with this head noun
        for _, entity, resolved in earlier:
            if match_key(entity.name).startswith(noun_key + " "):
                named.setdefault(resolved.name, resolved)
        in_paragraph = [
            r for where, _, r in earlier if r.name in named and self.paragraph_of.get(where[0]) == paragraph
        ]
        if in_paragraph or not named:
            return in_paragraph[-1] if in_paragraph else None
        counts = Counter(resolved.name for _, _, resolved in earlier if resolved.name in named)
        return named[max(named, key=lambda name: counts[name])]  # max keeps the first of equals

    @property
    def short_org_names(self) -> dict[str, str]:
        """Short forms of the article's company names (tone-folded, as written) → the full name:
        "Nhựa Tân Phú" and "Tân Phú" for "Công ty CP Nhựa Tân Phú". A short form two companies
        share stands for neither. Longest first, so that a longer form is tried before its tail."""
        if self._short_names is None:
            claims: dict[str, dict[str, str]] = {}  # short form -> company -> its first full name
            for full in self.org_names.values():
                for short in _short_forms(full):
                    for written in {short, short.replace("–", "-"), short.replace("-", "–")}:
                        claims.setdefault(written, {}).setdefault(_company_identity(full), full)
            unique = sorted(
                (short for short, fulls in claims.items() if _one_company(fulls)), key=len, reverse=True
            )
            self._short_names = {short: claims[short][max(claims[short], key=len)] for short in unique}
        return self._short_names

    def short_name_at(self, key: str, pos: int) -> tuple[Entity, int] | None:
        """The company whose short name is written at `pos` of a sentence key, and its end."""
        for short in self.short_org_names:  # longest first
            end = pos + len(short)
            if key.startswith(short, pos) and not name_goes_on(key, end):
                full = self.short_org_names[short]
                return self.org_entities.get(match_key(full), Entity(full, ORGANISATION)), end
        return None

    def _shortened_from(self, name: str) -> str | None:
        found = {full for short, full in self.short_org_names.items() if _dotless(short) == _dotless(name)}
        return found.pop() if len(found) == 1 else None


def _is_company(name: str) -> bool:
    head = entities.head_of(name)
    return head is not None and match_key(head) in entities.keyset("org_name_prefixes.tsv")


def _company_identity(full: str) -> str:
    """One company however its legal form is written: "Công ty CP X" and "Công ty Cổ phần X"."""
    rest = full[len(entities.head_of(full) or "") :]
    return _dotless(rest).replace("–", "-")


def _one_company(fulls: dict[str, str]) -> bool:
    """Whether the names claiming a short form are one company: "Công ty CP Đầu tư Hưng Phát –
    Land" and "Công ty Hưng Phát - Land" are, "Tổng công ty X" and "Công ty X" are not."""
    longest = max(fulls, key=len)
    heads = {entities.company_head(full) for full in fulls.values()}
    return len(heads) == 1 and all(longest.endswith(identity) for identity in fulls)


def _short_forms(full: str) -> list[str]:
    """The ways a company's name is shortened: the words after its legal form or
    description, and their tails of two or more capitalised words; never a place."""
    if not _is_company(full):
        return []
    words = full[len(entities.head_of(full)) :].split()
    forms = []
    for k in range(len(words) - 1):
        tail = words[k:]
        # the whole rest may hold a lower-case sector word ("Dược phẩm Trường Sơn"); shorter
        # tails are capitalised words only
        # "Hưng Phát – Land": a dash between capitalised words keeps the name whole
        capitalised = tail[0][:1].isupper() if k == 0 else all(w[:1].isupper() or w in "-–&" for w in tail)
        capitalised = capitalised and tail[0] not in "-–&" and tail[-1] not in "-–&"
        if not capitalised or entities.is_place(" ".join(tail)):
            continue
        if entities.head_of(" ".join(tail)) is None:
            forms.append(fold_tones(" ".join(tail)))
    return forms


def name_goes_on(key: str, end: int) -> bool:
    """Whether the name ending at `end` is only the start of a longer one ("Delta Foods Việt Nam")."""
    return key[end : end + 1].isalnum() or bool(re.match(r" [^\W\d_]", key[end:])) and key[end + 1].isupper()


def _dotless(name: str) -> str:
    """A name's key without dots, "thành phố" written "tp" as news abbreviates it ("UBND thành
    phố" is "UBND TP" before the city's name)."""
    return " ".join(_CITY.sub("tp", match_key(name).replace(".", " ")).split())


_CITY = re.compile(r"(?<![^\W_])thành phố(?![^\W_])")


def _nearest_before(candidates: list[_Introduced], position: tuple[int, int]) -> _Introduced | None:
    if not candidates:
        return None
    before = [c for c in candidates if c.position <= position]
    if before:
        return max(before, key=lambda c: c.position)
    return min(candidates, key=lambda c: c.position)


_ALIAS_IN_PARENS = re.compile(r" ?\((?P<alias>[^()\s,;]+)(?:\)|\s*[-–,;:])")
_PRONOUN = re.compile(r"(?<![^\W_])(?P<hon>[Ôô]ng|[Bb]à)(?= (?P<next>[^\W\d_]+))")


def alias_after(sentence: Sentence, end: int) -> tuple[str, int] | None:
    """An acronym in parentheses right after an organisation's name: (alias, end of the parentheses)."""
    match = _ALIAS_IN_PARENS.match(sentence.key, end)
    if not match or not _acronym_like(match.group("alias")):
        return None
    close = sentence.key.find(")", match.end("alias"))
    return sentence.text[match.start("alias") : match.end("alias")], (
        close + 1 if close >= 0 else match.end()
    )


@cache
def _ticker_in_parens() -> re.Pattern[str]:
    markers = alternation(fold_tones(w) for w in lexicon.words("ticker_markers.txt"))
    ticker = r"(?P<ticker>(?-i:[A-Z][A-Z0-9]{2,3}))(?![^\W_])"  # upper case whatever the markers' case
    return re.compile(rf" ?\([^()]{{0,60}}?(?<![^\W_])(?:{markers})[ \t]*:?[ \t]*{ticker}", re.IGNORECASE)


def ticker_after(sentence: Sentence, end: int) -> str | None:
    """The stock ticker in the brackets right after a company's name ("(HAGL Agrico - Mã CK: HNG)")."""
    match = _ticker_in_parens().match(sentence.key, end)
    if not match:
        return None
    return sentence.text[match.start("ticker") : match.end("ticker")]


def _acronym_like(alias: str) -> bool:
    """A short name in parentheses: "HHNB", "PSBank", "PNPT-Net"; not a place or a year."""
    core = alias.strip()
    if not core or not core[0].isupper() or len(core) > 24:
        return False
    if entities.is_place(core) or core.isdigit():
        return False
    return entities.head_of(core) is None


def article_entities(ctx: ArticleContext) -> ArticleEntities:
    """The article's people and organisations (computed once per article)."""
    cached = ctx.cache.get(CACHE_KEY)
    if cached is None:
        cached = _read_article(ctx)
        ctx.cache[CACHE_KEY] = cached
    return cached


def _read_article(ctx: ArticleContext) -> ArticleEntities:
    result = ArticleEntities()
    honorific_mentions: dict[int, list[Mention]] = {}
    breaks, counted_to = 0, 0
    for sentence in ctx.sentences:
        breaks += ctx.text.text.count("\n", counted_to, sentence.start)
        counted_to = max(counted_to, sentence.start)
        result.paragraph_of[sentence.index] = breaks
        found = entities.people(sentence)
        honorific_mentions[sentence.index] = found
        for m in found:
            result.add_person(m.entity.name, (sentence.index, m.start), m.honorific)
        for org in entities.organisations(sentence):
            result.add_org(org.entity)
            result.org_mentions.append(((sentence.index, org.start), org.entity))
            alias = _ALIAS_IN_PARENS.match(sentence.key, org.end)
            if alias and _acronym_like(alias.group("alias")):
                text = sentence.text[alias.start("alias") : alias.end("alias")]
                result.add_org_alias(org.entity, text)
            ticker = ticker_after(sentence, org.end)
            if ticker:
                result.add_org_alias(org.entity, ticker)
    _add_alias_mentions(ctx, result)
    result._honorific_mentions = honorific_mentions
    result.resolve_mentions(ctx)
    return result


def _add_alias_mentions(ctx: ArticleContext, result: ArticleEntities) -> None:
    """Later mentions of an organisation by the short name it was given in brackets ("ABBank"
    after "Ngân hàng TMCP An Bình (ABBank)"), so that counting mentions counts them too."""
    if not result.org_aliases:
        return
    named = {where for where, _ in result.org_mentions}
    for sentence in ctx.sentences:
        key = sentence.key
        for alias, entity in result.org_aliases.items():
            for found in _whole_name(alias).finditer(key):
                if (sentence.index, found.start()) not in named and key[: found.start()].rstrip()[-1:] != "(":
                    result.org_mentions.append(((sentence.index, found.start()), entity))
    result.org_mentions.sort(key=lambda mention: mention[0])


@lru_cache(maxsize=1 << 14)  # asked for every known name in every sentence of the article
def _whole_name(folded_name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){re.escape(folded_name)}(?![^\W_])", re.IGNORECASE)


def _add_known_names(result: ArticleEntities, sentence: Sentence) -> None:
    """Full names the article introduced elsewhere, written here without an honorific."""
    taken = result._mentions[sentence.index]
    for person in result.full_names:
        for match in _whole_name(fold_tones(person.name)).finditer(sentence.key):
            if any(m.start <= match.start() < m.end or match.start() <= m.start < match.end() for m in taken):
                continue
            taken.append(PersonMention(Entity(person.name, PERSON), match.start(), match.end(), "known-name"))


def _add_pronouns(result: ArticleEntities, sentence: Sentence) -> None:
    """A bare "Ông"/"Bà" followed by a lower-case word refers to the last person so named."""
    taken = result._mentions[sentence.index]
    for match in _PRONOUN.finditer(sentence.key):
        nxt = match.group("next")
        if not nxt[:1].islower() or match_key(nxt) in _NOT_PRONOUN_FOLLOWERS():
            continue
        if any(m.start <= match.start() < m.end for m in taken):
            continue
        honorific = match.group("hon").lower()
        referent = result.pronoun_referent(honorific, (sentence.index, match.start()))
        if referent:
            taken.append(PersonMention(referent, match.start(), match.end("hon"), "pronoun", honorific))


def _NOT_PRONOUN_FOLLOWERS() -> frozenset[str]:  # noqa: N802 - reads like a constant
    return entities.keyset("pronoun_blockers.txt")
