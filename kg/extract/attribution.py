"""Who a figure is about and who reports it: organisation detection tuned for metrics.

A figure in news belongs to the organisation that is the subject of its clause ("Hanotel đạt
10.220 tỷ đồng"), the owner named with "của"/"trên" ("doanh thu của X"), the organisation a
demonstrative points back to ("công ty này"), or, when the sentence names none, the article's
main organisation. It is reported by whoever the text cites: "Theo X", "số liệu của X",
a person who says it (through the organisation the person works for), or the source
of the sentences just before.

Organisations come from `entities.organisations` plus what metrics need beyond it: brand
names without a head noun ("Zentora.com", "Markwell", "HTP"), institutions named by a
common noun ("Chính phủ"), places as subjects ("Việt Nam") and back references.
All words come from ontology/lexicon/.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from kg import lexicon
from kg.corpus.normalise import fold_tones, match_key
from kg.extract import entities, numbers
from kg.extract.context import ArticleContext, Sentence
from kg.extract.coref import article_entities, name_goes_on, ticker_after
from kg.extract.patterns import folded_alternation as _alt
from kg.model import ORGANISATION, PERSON, PLACE, Entity

HEAD = "head"
BRAND = "brand"
INSTITUTION = "institution"
PLACE_REF = "place"
ANAPHOR = "anaphor"
INDEFINITE = "indefinite"
RECENT_REFS = 40  # organisations remembered for back references ("công ty này")


@dataclass
class OrgRef:
    """An organisation (or place) mentioned in a sentence, with its grammatical position."""

    entity: Entity
    start: int  # offsets within the sentence
    end: int
    source: str
    oblique: bool = False  # after cho/với/tại ...: an object, not the subject
    possessive: bool = False  # after của/trên: the owner of what is measured
    in_parens: bool = False
    resolved: bool = True  # an anaphor found its antecedent
    affiliation: bool = False  # named in a person's title ("ông A, chủ tịch X"): not the clause subject


@dataclass
class Attribution:
    subject: Entity | None
    reporter: Entity | None
    rule: str
    skip: bool = False  # the figure belongs to an unnamed, indefinite organisation


@dataclass
class _Speaker:
    """Who speaks in a sentence, and where the reported words are."""

    reporter: Entity | None
    start: int  # span of the cue ("Theo X", "ông A, Giám đốc Y cho biết")
    end: int
    person: str | None = None


# ---------------------------------------------------------------------------------------------
# lexicon patterns


@cache
def _pat() -> dict[str, re.Pattern[str]]:
    ic = re.IGNORECASE
    nb = r"(?<![^\W_])"
    ne = r"(?![^\W_])"
    anaphors = lexicon.mapping("org_anaphors.tsv")
    return {
        "cue": re.compile(rf"{nb}(?P<cue>{_alt(lexicon.words('reporting_cues.txt'))})[ \t]+", ic),
        "speech": re.compile(rf"{nb}(?:{_alt(lexicon.words('speech_verbs.txt'))}){ne}", ic),
        "oblique": re.compile(rf"{nb}(?:{_alt(lexicon.words('oblique_prepositions.txt'))})[ \t]+$", ic),
        "possessive": re.compile(
            rf"{nb}(?:{_alt(lexicon.words('possessive_prepositions.txt'))})[ \t]+"
            rf"(?:(?:{_alt(lexicon.words('admin_units.txt'))})\.?[ \t]+)?$",  # "của tỉnh X", "của TP. Y"
            ic,
        ),
        "indefinite": re.compile(rf"{nb}(?:{_alt(lexicon.words('indefinite_markers.txt'))})[ \t]+$", ic),
        "report_noun": re.compile(
            rf"{nb}(?:{_alt(lexicon.words('report_nouns.txt'))})"
            r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?:của[ \t]+)?$",
            ic,
        ),
        "place_owner": re.compile(rf"{nb}(?:{_alt(lexicon.words('place_owner_nouns.txt'))})[ \t]+$", ic),
        "generic": re.compile(rf"{nb}(?:{_alt(lexicon.words('generic_markers.txt'))})[ \t]+$", ic),
        "institution": re.compile(rf"{nb}(?:{_alt(lexicon.words('institutions.txt'))}){ne}"),
        "party_body": re.compile(rf"(?:{_alt(lexicon.words('party_bodies.txt'))}){ne}", ic),
        "place": re.compile(rf"{nb}(?:{_alt(lexicon.words('subject_places.txt'), ignore_case=False)}){ne}"),
        "anaphor_marked": re.compile(
            rf"{nb}(?P<noun>{_alt(anaphors)})[ \t]+"
            rf"(?P<marker>{_alt(lexicon.words('anaphor_markers.txt'))}){ne}",
            ic,
        ),
        "numbered": re.compile(
            rf"{nb}(?:{_alt([w for w, kind in anaphors.items() if kind == 'bare'])})"
            rf"[ \t]+(?P<num>\d+(?:[-–]\d+)?){ne}",
            ic,
        ),
        "anaphor_any": re.compile(rf"{nb}(?P<noun>{_alt(anaphors)}){ne}", ic),
        "anaphor_bare": re.compile(
            rf"{nb}(?P<noun>{_alt([w for w, kind in anaphors.items() if kind == 'bare'])}){ne}", ic
        ),
        "after_admin_unit": re.compile(
            rf"(?<![^\W_])(?:{_alt(lexicon.words('admin_units.txt'))})\.?[ \t]+$", re.IGNORECASE
        ),
        "admin": re.compile(
            rf"[ \t]+(?:{_alt(lexicon.words('admin_units.txt'))})[ \t]*"
            r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*\.?)(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*)*"
        ),
        "conjunction": re.compile(rf"{nb}(?:{_alt(lexicon.words('clause_conjunctions.txt'))})[ \t]+$", ic),
        "extra_head": re.compile(
            rf"{nb}(?:{_alt(lexicon.words('extra_org_heads.txt'))})(?:[ \t]+[^\W\d_]+)*?"
            rf"(?:[ \t]+(?:[A-ZĐÀ-Ỹ][^\W_]*\.?))+"
        ),
        "organised": re.compile(
            rf"[ \t]+(?:(?:{_alt(lexicon.words('partner_links.txt'))})[ \t]+[^,;:]{{0,80}}?)?"
            rf"(?:{_alt(lexicon.words('organising_verbs.txt'))}){ne}",
            ic,
        ),
        "macro": re.compile(rf"^(?:{_alt(lexicon.words('macro_subjects.txt'))}){ne}", ic),
        "title": re.compile(rf"{nb}(?:{_alt(lexicon.mapping('titles.tsv'), ignore_case=True)}){ne}", ic),
        "pronoun_speaker": re.compile(
            rf"{nb}(?P<pro>ông|bà|anh|chị)[ \t]+(?:{_alt(lexicon.words('speech_verbs.txt'))}){ne}", ic
        ),
    }


@cache
def _surnames() -> frozenset[str]:
    return frozenset(lexicon.words("surnames.txt"))


@cache
def _people_committees() -> frozenset[str]:
    return frozenset(match_key(w) for w in lexicon.words("people_committee_heads.txt"))


# ---------------------------------------------------------------------------------------------
# mentions in one sentence


def _in_parens(key: str, pos: int) -> bool:
    before = key[:pos]
    return before.count("(") > before.count(")")


def _word_position(ref: OrgRef, key: str) -> None:
    before = key[max(0, ref.start - 30) : ref.start]
    ref.in_parens = _in_parens(key, ref.start)
    ref.possessive = bool(_pat()["possessive"].search(before))
    ref.oblique = bool(_pat()["oblique"].search(before)) and not ref.possessive


def _topic_weight(name: str) -> float:
    """How much a mention counts towards the article's main organisation: less for an
    institution the article only cites, and less again for a party body."""
    folded = fold_tones(name)
    if _pat()["party_body"].match(folded):
        return 0.25
    return 0.5 if _pat()["institution"].fullmatch(folded) else 1


def owner_preposition_start(ref: OrgRef, key: str) -> int:
    """Where the preposition of a possessive owner begins ("của" in "doanh thu của X")."""
    window = max(0, ref.start - 30)
    marker = _pat()["possessive"].search(key[window : ref.start]) if ref.possessive else None
    return window + marker.start() if marker else ref.start


def _brands(
    sentence: Sentence, taken: list[tuple[int, int]], people_spans, known_people: set[str] = frozenset()
) -> list[OrgRef]:
    refs = []
    text = sentence.text
    tokens = list(re.finditer(r"[^\s,;:()\[\]\"“”‘’!?/]+", text))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group(0).rstrip(".")
        if not entities.is_brand_word(word) or _pat()["place"].fullmatch(fold_tones(word)):
            i += 1
            continue
        j = i
        end = tok.start() + len(word)
        while j + 1 < len(tokens):
            step = 1
            if tokens[j + 1].group(0) in ("-", "–", "&") and text[end : tokens[j + 1].start()] == " ":
                step = 2  # "XLD - IC", "M & A": a joiner between two brand words
            if j + step >= len(tokens):
                break
            nxt = tokens[j + step]
            gap = text[end : nxt.start()]
            nword = nxt.group(0).rstrip(".")
            continuing = entities.continues_brand(nword)
            if gap not in (" ", " - ", " – ", " & ") or not (entities.is_brand_word(nword) or continuing):
                break
            if _pat()["place"].fullmatch(fold_tones(nword)):
                break
            j += step
            end = nxt.start() + len(nword)
        start = tok.start()
        i = j + 1
        if any(s < end and start < e for s, e in taken) or any(
            s < end and start < e for s, e in people_spans
        ):
            continue
        name = text[start:end]
        if _is_person_name(name, known_people):
            continue  # "Park Jinwoo cho biết": a person, not an organisation
        if _pat()["after_admin_unit"].search(sentence.key[:start]):
            continue  # "TP Pleiku", "huyện Krông Pắc": a place the lexicon does not list
        if entities.after_credit(sentence.key, start):
            continue  # "- Ảnh TỰ TRUNG": a caption's photographer
        refs.append(OrgRef(Entity(name, ORGANISATION), start, end, BRAND))
    return refs


def _short_name_refs(sentence: Sentence, short_names: dict[str, str], taken) -> list[OrgRef]:
    """'Tân Phú đạt doanh thu …' after 'Công ty CP Nhựa Tân Phú': the company, by its short name."""
    refs: list[OrgRef] = []
    for short in short_names:  # longest first
        if short not in sentence.key:
            continue
        for m in re.finditer(rf"(?<![^\W_]){re.escape(short)}(?![^\W_])", sentence.key):
            if any(s < m.end() and m.start() < e for s, e in taken) or name_goes_on(sentence.key, m.end()):
                continue
            refs.append(OrgRef(Entity(short_names[short], ORGANISATION), m.start(), m.end(), HEAD))
            taken = [*taken, m.span()]
    return refs


# "(HAGL Agrico", "(VPBank,", "(HAG)": an acronym in brackets follows an organisation's name, not a
# person's ("(SN 1970)" is a birth year)
_ACRONYM_ASIDE = re.compile(r"[ \t]*\([ \t]*[A-ZĐ][\w&-]*[A-ZĐ][\w&-]*(?![ \t]*\d)")


def _is_person_name(name: str, known_people: set[str]) -> bool:
    tokens = name.split()
    return match_key(name) in {match_key(p) for p in known_people} or entities.is_foreign_name(tokens)


def _trim_person(name: str, start: int, known_people: set[str]) -> tuple[str, int]:
    """Cut an organisation name where a person's name begins ("Bộ X Nguyễn Văn A")."""
    words = name.split(" ")
    for k in range(1, len(words)):
        rest = " ".join(words[k:])
        if words[k] in _surnames() and k + 1 < len(words) and words[k + 1][:1].isupper():
            if (
                len(words) - k > 4
                or not all(entities.looks_like_name_token(w) for w in words[k:])
                or match_key(words[-1]) in entities.keyset("org_suffixes.txt")
                or entities.is_place(" ".join(words[-2:]))
            ):
                continue  # "… Hưng Phát – Land", "Phú Đông Corp", "Bình Dương Việt Nam": no person's name
            if _pat()["place"].match(fold_tones(rest)):
                continue  # "Chi nhánh Hà Nội": a place that begins like a surname
            kept = " ".join(words[:k])
            if entities.is_bare_head(kept):
                continue  # "Tập đoàn Lâm Viên": the name itself begins like a surname
            return kept, start
        if any(rest.startswith(p) for p in known_people if p):
            return " ".join(words[:k]), start
    return name, start


def sentence_refs(
    sentence: Sentence, known_people: set[str], short_names: dict[str, str] | None = None
) -> list[OrgRef]:
    """Organisations, institutions, places and back references in a sentence, in order.
    `short_names` maps the article's short forms of company names to the full names."""
    key, text = sentence.key, sentence.text
    people_spans = [(m.start, m.end) for m in entities.people(sentence)]
    refs: list[OrgRef] = []
    figures = [q.number_start for q in numbers.find_quantities(key) if q.is_metric]
    for m in entities.organisations(sentence):
        name = m.entity.name
        if not _ACRONYM_ASIDE.match(text, m.start + len(name)):
            name, _ = _trim_person(name, m.start, known_people)  # "Công ty X Hoàng Anh (HAG)": no person
        cut = [f - m.start for f in figures if m.start < f < m.start + len(name)]
        if cut:
            name = re.sub(r"(?:[ \t]+[^\W\d_A-ZĐ][^\W_]*)+$", "", text[m.start : m.start + cut[0]].rstrip())
            name = (
                re.sub(r"[ \t]+[^\W\d_A-ZĐ][^\W\d_]*$", "", name)
                if not re.search(r"[\dA-ZĐ]", name.split(" ")[-1])
                else name
            )
        speech = _pat()["speech"].search(fold_tones(name))
        if speech and speech.start() > 0:
            name = name[: speech.start()].rstrip(" ,-–")
        name = _cut_before_second_organisation(name, key[m.start : m.start + len(name)])
        if not name or name.count(" ") == 0 and not entities.is_brand_word(name) and m.rule == "head-noun":
            continue
        refs.append(OrgRef(Entity(name, ORGANISATION, m.entity.aliases), m.start, m.start + len(name), HEAD))
    taken = [(r.start, r.end) for r in refs]
    for m in _pat()["extra_head"].finditer(key):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            refs.append(
                OrgRef(Entity(text[m.start() : m.end()].rstrip("."), ORGANISATION), m.start(), m.end(), HEAD)
            )
            taken.append(m.span())
    for m in _pat()["institution"].finditer(key):
        if not any(s <= m.start() < e for s, e in taken):
            refs.append(
                OrgRef(Entity(text[m.start() : m.end()], ORGANISATION), m.start(), m.end(), INSTITUTION)
            )
            taken.append(m.span())
    refs.extend(_short_name_refs(sentence, short_names or {}, taken + people_spans))
    taken = [(r.start, r.end) for r in refs]
    refs.extend(_brands(sentence, taken, people_spans, known_people))
    taken = [(r.start, r.end) for r in refs]
    for m in _pat()["place"].finditer(key):
        if any(s < m.end() and m.start() < e for s, e in taken + people_spans):
            continue
        refs.append(OrgRef(Entity(text[m.start() : m.end()], PLACE), m.start(), m.end(), PLACE_REF))
        taken.append(m.span())
    for m in _pat()["numbered"].finditer(key):
        # "Công ty 3-2", "Tổng công ty 512": organisations named by a number
        if m.group(0)[:1].isupper() and not any(s < m.end() and m.start() < e for s, e in taken):
            figure = [q for q in numbers.find_quantities(key[m.start("num") :]) if q.start == 0]
            if figure and not figure[0].is_metric:
                refs.append(OrgRef(Entity(text[m.start() : m.end()], ORGANISATION), m.start(), m.end(), HEAD))
                taken.append(m.span())
    for m in _pat()["anaphor_any"].finditer(key):
        before = key[max(0, m.start() - 20) : m.start()]
        if _pat()["indefinite"].search(before) and not any(s < m.end() and m.start() < e for s, e in taken):
            refs.append(
                OrgRef(
                    Entity(text[m.start() : m.end()], ORGANISATION),
                    m.start(),
                    m.end(),
                    INDEFINITE,
                    resolved=False,
                )
            )
            taken.append(m.span())
    for pattern, marked in ((_pat()["anaphor_marked"], True), (_pat()["anaphor_bare"], False)):
        for m in pattern.finditer(key):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            after = key[m.end() : m.end() + 3]
            if not marked and (after.strip()[:1].isupper() or after.startswith((" (", " -"))):
                continue  # a named organisation ("Tập đoàn HTP") handled above
            before = key[max(0, m.start() - 20) : m.start()]
            if re.search(r"\d[ \t]*$", before) or _pat()["generic"].search(before):
                continue  # "5 công ty", "các doanh nghiệp": counted or generic, no back reference
            source = INDEFINITE if _pat()["indefinite"].search(before) and not marked else ANAPHOR
            refs.append(
                OrgRef(
                    Entity(text[m.start() : m.end()], ORGANISATION),
                    m.start(),
                    m.end(),
                    source,
                    resolved=False,
                )
            )
            taken.append(m.span())
    places = [r for r in refs if r.source == PLACE_REF]
    for ref in refs:
        if ref.source in (HEAD, BRAND):
            _extend(ref, sentence, places)
    refs = [
        r
        for r in refs
        if not any(
            o is not r and o.start <= r.start and r.end <= o.end and o.source in (HEAD, BRAND) for o in refs
        )
    ]
    refs = sorted(refs, key=lambda r: r.start)
    for ref in refs:
        _word_position(ref, key)
    for before, ref in zip(refs, refs[1:], strict=False):
        # "phối hợp với Bộ B và Tập đoàn C": C is a partner too, not the subject
        # but "Tối 5/11 tại Đà Nẵng, Hiệp hội X công bố": a comma after a place ends the adverbial
        glue = key[before.end : ref.start]
        if (
            before.oblique
            and not ref.possessive
            and re.fullmatch(r"[ \t]*(?:,|và|,[ \t]*và)[ \t]*", glue)
            and not (before.source == PLACE_REF and "và" not in glue)
        ):
            ref.oblique = True
    return refs


def _cut_before_second_organisation(name: str, key: str) -> str:
    """'Bộ Thủy lợi trình Chính phủ': a lower-case verb, then another organisation, ends the name."""
    head_end = len(entities.head_of(name) or "")  # "Văn phòng Bộ Y": "phòng" is in the head
    for m in re.finditer(r"[ \t]([^\W\d_A-ZĐÀ-Ỹ][^\W\d_]*)[ \t]+(?=[A-ZĐÀ-Ỹ])", key):
        nxt = m.end()
        if m.start() < head_end:
            continue
        if m.start() > 0 and (entities.org_head_at(key, nxt) or _pat()["institution"].match(key, nxt)):
            return name[: m.start()]
    return name


def _extend(ref: OrgRef, sentence: Sentence, places: list[OrgRef]) -> None:
    """'UBND tỉnh Kon Tum', 'UBND TP. Cần Thơ': an administrative unit and a place complete the name."""
    text, key = sentence.text, sentence.key
    end = ref.end
    m = _pat()["admin"].match(key, end)
    if m:
        end = m.end()
    for place in _pat()["place"].finditer(key):
        if place.start() < end < place.end():
            end = place.end()
    if end != ref.end:
        ref.entity = Entity(text[ref.start : end].rstrip(" ."), ref.entity.type, ref.entity.aliases)
        ref.end = ref.start + len(ref.entity.name)


# ---------------------------------------------------------------------------------------------
# the article


@dataclass
class ArticleAttribution:
    """Per-article state: mentions per sentence, who works where, the main organisation."""

    ctx: ArticleContext
    refs: list[list[OrgRef]] = field(default_factory=list)
    speakers: list[_Speaker | None] = field(default_factory=list)
    carried: list[Entity | None] = field(default_factory=list)  # the source entering each sentence
    person_org: dict[str, Entity] = field(default_factory=dict)
    alias_of: dict[str, str] = field(default_factory=dict)  # match key -> cluster key
    names: dict[str, set[str]] = field(default_factory=dict)  # cluster key -> names
    topic: Entity | None = None

    @classmethod
    def of(cls, ctx: ArticleContext) -> ArticleAttribution:
        cached = ctx.cache.get("attribution")
        if cached is None:
            cached = cls(ctx)
            cached._build()
            ctx.cache["attribution"] = cached
        return cached

    # -- names and clusters -------------------------------------------------------------------

    def _cluster(self, name: str) -> str:
        k = match_key(name)
        seen = set()
        while k in self.alias_of and self.alias_of[k] != k and k not in seen:
            seen.add(k)
            k = self.alias_of[k]
        return k

    def _link(self, a: str, b: str) -> None:
        ka, kb = self._cluster(a), self._cluster(b)
        if ka != kb:
            self.alias_of[kb] = ka
            self.names.setdefault(ka, {a}).update(self.names.pop(kb, {b}))
        self.names.setdefault(ka, set()).update({a, b})

    def entity(self, entity: Entity) -> Entity:
        """The entity with the other names the article gives it as aliases."""
        if entity.type == PLACE:
            return self._government_of(entity) or entity
        names = self.names.get(self._cluster(entity.name), set())
        aliases = tuple(
            sorted({n for n in names if match_key(n) != match_key(entity.name)} | set(entity.aliases))
        )
        return Entity(entity.name, entity.type, aliases)

    def _government_of(self, place: Entity) -> Entity | None:
        """ "Bình Phước: GRDP tăng 7,85%" in an article that names "UBND tỉnh Bình Phước": a
        province's figures are reported by its people's committee."""
        found = {
            name
            for name in article_entities(self.ctx).org_names.values()
            if match_key(entities.head_of(name) or "") in _people_committees()
            and entities.strip_place(name) != name
            and match_key(name).endswith(" " + match_key(place.name))
        }
        return self.entity(Entity(found.pop(), ORGANISATION)) if len(found) == 1 else None

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        sentences = self.ctx.sentences
        known_people = self._known_people()
        short_names = article_entities(self.ctx).short_org_names
        self.refs = [sentence_refs(s, known_people, short_names) for s in sentences]
        for s, refs in zip(sentences, self.refs, strict=True):
            self._aliases(s, refs)
        self._roles()
        for s, refs in zip(sentences, self.refs, strict=True):
            self._people_orgs(s, refs)
        self.topic = self._topic()
        last_person: str | None = None
        running: Entity | None = None
        recent: list[OrgRef] = []
        for s, refs in zip(sentences, self.refs, strict=True):
            self._resolve_anaphors(s, refs, recent, last_person)
            self.carried.append(running)
            speaker = self._speaker(s, refs, last_person)
            self.speakers.append(speaker)
            subject_like = [
                r
                for r in refs
                if r.source in (HEAD, BRAND, INSTITUTION)
                and not r.oblique
                and not r.in_parens
                and not _enumerated(s.key, refs, r)
            ]
            if speaker and speaker.reporter:
                running = speaker.reporter
            elif subject_like:
                running = subject_like[0].entity
            people = entities.people(s)
            if people:
                last_person = people[-1].entity.name
            elif speaker and speaker.person:
                last_person = speaker.person
            recent.extend(r for r in refs if r.source in (HEAD, BRAND, INSTITUTION) and not r.in_parens)
            del recent[:-RECENT_REFS]

    def _known_people(self) -> set[str]:
        """Full names the article gives: with an honorific, or learned by the role reader
        ("Tổng giám đốc X Park Jinwoo"); a person's name is never read as a brand."""
        names = set()
        for s in self.ctx.sentences:
            names.update(m.entity.name for m in entities.people(s))
        names.update(p.name for p in article_entities(self.ctx).full_names)
        return {n for n in names if " " in n}

    def _aliases(self, sentence: Sentence, refs: list[OrgRef]) -> None:
        """'Tổng công ty X (TCX)', 'Tập đoàn HTP' ~ 'HTP': names of one organisation."""
        key = sentence.key
        for a, b in zip(refs, refs[1:], strict=False):
            if a.source in (HEAD, BRAND) and b.source == BRAND and key[a.end : b.start].strip() == "(":
                letters = re.sub(r"[^A-Za-zĐđ]", "", b.entity.name)
                shares = set(a.entity.name.split()) & set(b.entity.name.split())
                if letters.isupper() or shares:
                    self._link(a.entity.name, b.entity.name)
        for r in refs:
            ticker = ticker_after(sentence, r.end) if r.source in (HEAD, BRAND) else None
            if ticker:
                self._link(r.entity.name, ticker)  # "Công ty CP X (mã CK: XYZ)" ~ "cổ phiếu XYZ"
            if r.source == HEAD:
                last = r.entity.name.split(" ")[-1]
                first_brand = [w for w in r.entity.name.split(" ")[1:] if entities.is_brand_word(w)]
                if first_brand and len(r.entity.name.split(" ")) <= 3:
                    self._link(r.entity.name, first_brand[0])
                elif entities.is_brand_word(last) and len(r.entity.name.split(" ")) == 2:
                    self._link(r.entity.name, last)
            self.names.setdefault(self._cluster(r.entity.name), set()).add(r.entity.name)

    def _roles(self) -> None:
        """People and their organisations from the roles extractor, when it has any."""
        from kg.extract import roles  # imported here: roles imports parts, which imports this module

        facts = roles.role_facts(self.ctx)
        for fact in facts:
            if fact.org is not None:
                self.person_org.setdefault(fact.person.name, fact.org)

    def _people_orgs(self, sentence: Sentence, refs: list[OrgRef]) -> None:
        """'ông A, Phó chủ tịch X', 'bà B - Giám đốc ... của Y', 'Bí thư X Nguyễn Văn C'."""
        key = sentence.key
        orgs = [r for r in refs if r.source in (HEAD, BRAND, INSTITUTION)]
        for person in entities.people(sentence):
            window_end = person.end + 90
            for org in orgs:
                if person.end <= org.start < window_end:
                    between = key[person.end : org.start]
                    if (
                        _pat()["title"].search(between)
                        and not _pat()["speech"].search(between)
                        and not re.search(r"[.;:\"“”]", between)
                    ):
                        self.person_org.setdefault(person.entity.name, org.entity)
                        org.affiliation = True
                        break
        # title + organisation + name, without an honorific
        for org in orgs:
            tail = sentence.text[org.end : org.end + 40]
            m = re.match(r"[ \t]+((?:[A-ZĐ][^\W\d_]*)(?:[ \t]+[A-ZĐ][^\W\d_]*){1,3})", tail)
            before = key[max(0, org.start - 40) : org.start]
            if m and m.group(1).split()[0] in _surnames() and _pat()["title"].search(before):
                self.person_org.setdefault(m.group(1), org.entity)
                org.affiliation = True

    def org_of_person(self, name: str | None) -> Entity | None:
        if not name:
            return None
        if name in self.person_org:
            return self.person_org[name]
        for full, org in self.person_org.items():
            parts = full.split()
            short = name.split()
            if parts[-len(short) :] == short or parts[: len(short)] == short:
                return org
        return None

    def _topic(self) -> Entity | None:
        """The article's main organisation: most mentioned, with a bonus for the title and lead."""
        counts: Counter[str] = Counter()
        first: dict[str, tuple[int, Entity]] = {}
        for i, refs in enumerate(self.refs):
            for r in refs:
                if r.source not in (HEAD, BRAND):
                    continue
                k = self._cluster(r.entity.name)
                weight = _topic_weight(r.entity.name)
                counts[k] += weight * (3 if i < 2 else 1)
                first.setdefault(k, (i, r.entity))
        for org in self.person_org.values():
            counts[self._cluster(org.name)] += 1
        if not counts:
            return None
        best = max(counts, key=lambda k: (counts[k], -first.get(k, (10**6, None))[0]))
        if best not in first:
            return None
        names = self.names.get(best, {first[best][1].name})
        # ties (same length) go to the capitalised form, then to text order: never to set order,
        # which changes with every process's string hashing
        name = max(sorted(names), key=lambda n: (len(n) if " " in n else 0, -len(n), n[:1].isupper()))
        return self.entity(Entity(name, ORGANISATION))

    def _resolve_anaphors(
        self, sentence: Sentence, refs: list[OrgRef], recent: list[OrgRef], last_person: str | None
    ) -> None:
        for r in refs:
            if r.source != ANAPHOR:
                continue
            noun = fold_tones(r.entity.name).lower()
            marker = sentence.key[r.end : r.end + 5].strip().lower()
            target = None
            if marker in ("chị", "anh", "ông", "bà", "mình"):
                target = self.org_of_person(last_person)
            local = [
                o
                for o in refs
                if o.start < r.start and o.source in (HEAD, BRAND, INSTITUTION) and not o.in_parens
            ]
            pool = local[::-1] + recent[::-1]
            if target is None:
                for o in pool:
                    if fold_tones(o.entity.name).lower().startswith(noun):
                        target = o.entity
                        break
            if target is None and pool:
                target = pool[0].entity
            if target is None:
                target = self.topic
            if target is not None:
                r.entity = target
                r.resolved = True

    def _speaker(self, sentence: Sentence, refs: list[OrgRef], last_person: str | None) -> _Speaker | None:
        """'Theo X', 'số liệu của X', 'ông A (Giám đốc Y) cho biết', 'Ông nói'."""
        key = sentence.key
        for m in _pat()["cue"].finditer(key):
            if not _clause_start(key, m.start()):
                continue
            after = m.end()
            org = next((r for r in refs if r.start == after and r.source != PLACE_REF and r.resolved), None)
            if org:
                return _Speaker(org.entity, m.start(), org.end)
            person = next((p for p in entities.people(sentence) if p.start == after), None)
            if person:
                return _Speaker(
                    self.org_of_person(person.entity.name), m.start(), person.end, person.entity.name
                )
            generic = re.match(r"(?:thống kê|báo cáo|số liệu|đánh giá)(?![^\W_])", key[after:])
            if m.group("cue").lower() in ("theo", "cũng theo") and generic:
                continue
        for r in refs:
            # "Một cuộc khảo sát gần đây của X với … cho thấy", "Một khảo sát Markwell đưa ra …"
            cue = _pat()["report_noun"].search(key, max(0, r.start - 50), r.start)
            # the source opens its clause ("Một cuộc khảo sát của X …"), not "loại trừ số liệu của X"
            if (
                r.source in (HEAD, BRAND, INSTITUTION)
                and cue
                and _clause_start(key, _opening(key, cue.start()))
            ):
                shows = re.search(
                    r"(?i)(?<![^\W_])(?:cho thấy|chỉ ra|ghi nhận)(?![^\W_])[ \t]*[:,]?", key[r.end :]
                )
                end = r.end + shows.end() if shows else r.end
                return _Speaker(r.entity, r.start, end)
        for person in entities.people(sentence):
            speech = _pat()["speech"].search(key, person.end)
            if (
                speech
                and speech.start() - person.end < 160
                and not re.search(r"[;\"“”]", key[person.end : speech.start()])
            ):
                return _Speaker(
                    self.org_of_person(person.entity.name), person.start, speech.end(), person.entity.name
                )
        m = _pat()["pronoun_speaker"].search(key)
        if m and last_person:
            return _Speaker(self.org_of_person(last_person), m.start(), m.end(), last_person)
        for r in refs:
            if r.source in (HEAD, BRAND, INSTITUTION) and not r.oblique and not r.in_parens:
                name = re.match(
                    r"[ \t]+((?:[A-ZĐÀ-Ỹ][^\W\d_]*)(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3})", sentence.text[r.end :]
                )
                gap = name.end() if name and name.group(1).split()[0] in _surnames() else 0
                speech = _pat()["speech"].match(key, r.end + gap + 1)
                if speech:
                    person = name.group(1) if gap else None
                    return _Speaker(r.entity, r.start, speech.end(), person)
        return None

    # -- the question ---------------------------------------------------------------------------

    def attribute(self, sentence: Sentence, start: int, end: int) -> Attribution:
        """Subject and reporter of the figure at [start, end) of `sentence`."""
        refs = self.refs[sentence.index]
        speaker = self.speakers[sentence.index]
        key = sentence.key
        reporter = speaker.reporter if speaker else None
        lo, hi = 0, len(key)
        if speaker:
            if speaker.end <= start:
                lo = speaker.end
            elif speaker.start >= end:
                hi = speaker.start
        region = [
            r
            for r in refs
            if lo <= r.start
            and r.end <= hi
            and r.resolved
            or (r.source == INDEFINITE and lo <= r.start < start)
        ]
        subject, rule = self._subject(key, region, start, end)
        if subject is not None and subject.source == INDEFINITE:
            return Attribution(None, None, "indefinite", skip=True)
        if subject is None and speaker is None and _pat()["macro"].match(key.lstrip()):
            return Attribution(None, None, "macro-subject", skip=True)
        if reporter is None:
            reporter = self.carried[sentence.index]
            rule_r = "carried"
        else:
            rule_r = "speaker"
        subject_entity = subject.entity if subject else None
        if subject_entity is None:
            subject_entity, rule = (self.topic, "topic") if self.topic else (reporter, "reporter")
        if subject_entity is None and reporter is None:
            return Attribution(None, None, "none")
        subject_entity = self.entity(subject_entity) if subject_entity else None
        reporter = self.entity(reporter) if reporter else None
        return Attribution(subject_entity, reporter, f"{rule}+{rule_r}")

    def _subject(self, key: str, region: list[OrgRef], start: int, end: int) -> tuple[OrgRef | None, str]:
        # "Zentora (39,1%)": the figure in brackets right after a name
        for r in region:
            if r.end <= start and re.fullmatch(r"[ \t]*\([ \t]*", key[r.end : start]):
                return r, "bracket"
        # "39% của Zentora": the owner named right after the figure
        m = re.match(r"[ \t]+(?:của)[ \t]+", key[end : end + 10])
        if m:
            for r in region:
                if r.start == end + m.end() and r.source != PLACE_REF:
                    return r, "owner-after"
        # "danh sách 2000 công ty lớn nhất do Markwell bình chọn": the one who counts
        m = re.match(r"[^,;:()]{0,60}?[ \t]do[ \t]+", key[end : end + 70])
        if m:
            for r in region:
                if r.start == end + m.end() and r.source in (HEAD, BRAND, INSTITUTION):
                    return r, "agent-after"
        clause_start = _clause_start_before(key, start)
        before = [r for r in region if r.end <= start and not r.in_parens]
        subj = [
            r
            for r in before
            if not r.oblique and not r.possessive and not r.affiliation and r.source != PLACE_REF
        ]
        in_clause = [r for r in subj if r.start >= clause_start]
        if in_clause:
            return in_clause[-1], "subject-before"
        if subj:
            # the subject of the sentence, not an agent of an earlier clause ("X là …, được Y xếp …, với N")
            return subj[0], "subject-before"
        # "hội chợ do Hiệp hội A tổ chức thu hút 1.000 doanh nghiệp": the organiser named after "do"
        for r in before:
            if (
                r.source in (HEAD, BRAND, INSTITUTION)
                and re.search(r"(?i)(?<![^\W_])do[ \t]+$", key[max(0, r.start - 5) : r.start])
                and _pat()["organised"].match(key, r.end)
            ):
                return r, "agent-before"
        owners = [r for r in before if r.possessive and r.start >= clause_start and r.source != PLACE_REF]
        if owners:
            return owners[-1], "owner-before"
        owner_places = [r for r in before if r.source == PLACE_REF and r.possessive]
        subject_places = [
            r
            for r in before
            if r.source == PLACE_REF
            and not r.oblique
            and not r.possessive
            and (_clause_start(key, r.start) or _pat()["conjunction"].search(key[: r.start]))
        ]
        modifier_places = [
            r
            for r in before
            if r.source == PLACE_REF and _pat()["place_owner"].search(key[max(0, r.start - 30) : r.start])
        ]
        after = [
            r
            for r in region
            if r.start >= end
            and not r.oblique
            and not r.possessive
            and not r.in_parens
            and r.source != PLACE_REF
            and r.source != INDEFINITE
        ]
        if after:
            return after[0], "subject-after"
        for places in (owner_places, subject_places, modifier_places):
            if places:
                return places[-1], "place"
        return None, "none"


def _enumerated(key: str, refs: list[OrgRef], ref: OrgRef) -> bool:
    """'SaoMai, HTPost, Bưu điện Miền Núi': one item of a list of organisations."""
    for other in refs:
        if other is ref or other.source == PLACE_REF:
            continue
        gap = key[ref.end : other.start] if other.start >= ref.end else key[other.end : ref.start]
        if gap.strip() in (",", "và", ", và"):
            return True
    return False


def _opening(key: str, pos: int) -> int:
    """Where the noun phrase holding `pos` begins, past an article word ("Một cuộc khảo sát")."""
    m = re.search(r"(?i)(?:(?<![^\W_])(?:một|các|những|cuộc|bản|theo|cũng theo)[ \t]+)+$", key[:pos])
    return m.start() if m else pos


def _clause_start(key: str, pos: int) -> bool:
    return bool(re.search(r"(?:^|[,.;:(\"“”\-–])[ \t]*$", key[max(0, pos - 10) : pos]))


def _clause_start_before(key: str, pos: int) -> int:
    cut = max(key.rfind(c, 0, pos) for c in ",;:")
    return cut + 1 if cut >= 0 else 0


def person_entity(name: str) -> Entity:
    return Entity(name, PERSON)
