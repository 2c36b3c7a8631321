"""Person–role–organisation facts, and (through kg.extract.parts) organisation hierarchy.

A role phrase is a title (kg.extract.titles) and the organisation after it
("Phó cục trưởng Cục X", "Giám đốc ... của Sao Mai Group", "Tổng giám đốc, Công ty Y").
Phrases joined by "kiêm"/"đồng thời"/"và"/"," belong to one person. The person is:
- named just before the phrase: "PERSON, ROLE ORG", "PERSON - ROLE của ORG",
  "PERSON (ROLE ORG)", "PERSON là/từng giữ chức ROLE ORG";
- or named right after it: "ROLE ORG PERSON", "ROLE ORG, ông PERSON".
Former roles (nguyên, cựu, từng giữ chức, a closed year range, "khi đó") are marked past.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from kg import lexicon
from kg.corpus.normalise import fold_tones, match_key
from kg.extract import entities, parts
from kg.extract.attribution import ArticleAttribution
from kg.extract.context import ArticleContext, Sentence
from kg.extract.coref import ArticleEntities, PersonMention, alias_after, article_entities
from kg.extract.patterns import alternation as _alternation
from kg.extract.titles import Title, implicit_organisation, org_follows_unit, place_after, title_at, titles
from kg.model import ORGANISATION, PERSON, Entity, Fact, RoleFact
from kg.nlp.syllables import is_vietnamese_syllable

EXTRACTOR = "roles"


@dataclass
class _Phrase:
    title: Title
    role: str
    english: str | None
    org: Entity | None
    end: int
    person_after: PersonMention | None = None
    now: bool = False  # joined by "hiện là"/"nay là": held now whatever came before
    new_post: bool = False  # joined by "giữ chức"/"làm": never borrows the previous title's organisation


@cache
def _link_pattern() -> re.Pattern[str]:
    """What may stand between a person and the title they hold."""
    links = lexicon.mapping("role_links.tsv")
    words = _alternation(fold_tones(w) for w in links)
    # "(phải)", ", 45 tuổi", " - sinh năm 1969 ,"; then a pause, maybe ", (" before a link
    # ("bà A, (thời điểm làm Giám đốc …)")
    aside = r"(?: ?\([^()]{1,20}\))?(?:, ?\d{1,3} tuổi)?(?: ?[,–-] ?sinh năm \d{4} ?,?)?"
    return re.compile(rf"^{aside} ?(?:, ?\(|[,:(]|[-–])? ?(?:người )?(?:(?P<link>{words}) )?$", re.IGNORECASE)


@cache
def _past_links() -> frozenset[str]:
    return frozenset(match_key(k) for k, v in lexicon.mapping("role_links.tsv").items() if v.strip() == "yes")


@cache
def _chain_pattern() -> re.Pattern[str]:
    words = _alternation(fold_tones(w) for w in lexicon.mapping("role_chain.tsv"))
    return re.compile(rf",? (?P<word>{words}) |, | [-–] ", re.IGNORECASE)  # "Phó Chủ tịch - Tổng thư ký"


@cache
def _current_chain_words() -> frozenset[str]:
    return frozenset(match_key(k) for k, v in lexicon.mapping("role_chain.tsv").items() if v.strip() == "yes")


@cache
def _back_reference() -> re.Pattern[str]:
    """ "Giám đốc công ty, cho biết": a lower-case head noun right after a title, then a pause."""
    nouns = _alternation((fold_tones(w) for w in lexicon.words("title_back_references.txt")), False)
    return re.compile(rf"(?P<noun>{nouns})(?=[,.;:)]| [-–]| (?:này|để|làm|kiêm|và|cho biết|nói)(?![^\W_])|$)")


@cache
def _new_post_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in lexicon.words("role_chain_new_post.txt"))


@cache
def _past_after_pattern() -> re.Pattern[str]:
    words = _alternation(fold_tones(w) for w in lexicon.words("past_markers_after.txt"))
    return re.compile(
        rf",? (?:(?:{words})(?![^\W_])|\(?(?:giai đoạn |từ năm |từ )?(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d\)?)",
        re.IGNORECASE,
    )


_ADDRESSED = re.compile(r"(?:^|[,;:.] ?)(?:đối với|riêng với|còn với|với) $", re.IGNORECASE)
_ORG_LINK = re.compile(r",? (?:của|tại|thuộc) ", re.IGNORECASE)
_TOWARD_PERSON = re.compile(r" đối với ", re.IGNORECASE)
_UNIT_DASH = re.compile(r" [-–] ")


def extract(ctx: ArticleContext) -> Iterator[Fact]:
    """Role facts of the article (one per person, role and organisation), then part-of facts."""
    if "roles.all" not in ctx.cache:
        ctx.cache["roles.all"] = [*_officers_at_topic(ctx, role_facts(ctx)), *parts.extract(ctx)]
    return iter(ctx.cache["roles.all"])


@cache
def _officer_titles() -> frozenset[str]:
    return frozenset(match_key(w) for w in lexicon.words("company_officer_titles.txt"))


def _officers_at_topic(ctx: ArticleContext, facts: list[RoleFact]) -> list[RoleFact]:
    """ "Tổng giám đốc Nguyễn Văn A cho biết" with no organisation written: in an article about
    a company, a title only companies have is held there. Read after metric attribution
    (which needs role facts) has found the article's main organisation."""
    officers = [f.org is None and match_key(f.role) in _officer_titles() for f in facts]
    if not any(officers):
        return facts
    topic = ArticleAttribution.of(ctx).topic
    if topic is None or not _company_like(topic.name):
        return facts
    return [
        replace(f, org=topic, evidence=replace(f.evidence, rule=f"{f.evidence.rule}+topic", confidence=0.5))
        if officer
        else f
        for f, officer in zip(facts, officers, strict=True)
    ]


def _company_like(name: str) -> bool:
    """A company by its legal form or description ("Công ty CP X", "Ngân hàng X"), or a brand."""
    if entities.head_of(name) is not None:
        return entities.company_head(name) is not None
    return all(entities.is_brand_word(word) for word in name.split())


def role_facts(ctx: ArticleContext) -> list[RoleFact]:
    """The article's role facts, computed once: metric attribution reads them too, and part-of
    extraction reads attribution, so they never wait for part-of facts."""
    if "roles.facts" not in ctx.cache:
        ctx.cache["roles.facts"] = _extract_roles(ctx)
    return ctx.cache["roles.facts"]


def _extract_roles(ctx: ArticleContext) -> list[RoleFact]:
    registry = article_entities(ctx)
    facts = _article_roles(ctx, registry)
    # names first written after a title ("Tổng giám đốc X Nguyễn Văn A") let later short
    # mentions ("ông A") resolve too: learn them, then read the article again
    learned = False
    for index, fact in facts:
        name = fact.person.name
        if len(name.split()) >= 2 and match_key(name) not in registry.known_person_keys:
            registry.add_person(name, (index, 0))
            learned = True
    if learned:
        registry.resolve_mentions(ctx)
        facts = _article_roles(ctx, registry)
    return _consolidate([fact for _, fact in facts])


def _article_roles(ctx: ArticleContext, registry: ArticleEntities) -> list[tuple[int, RoleFact]]:
    return [(s.index, f) for s in ctx.sentences for f in sentence_roles(ctx, s, registry)]


def sentence_roles(ctx: ArticleContext, sentence: Sentence, registry: ArticleEntities) -> list[RoleFact]:
    people = registry.people_in(sentence)
    found_titles = titles(sentence)
    if not found_titles:
        return []
    facts: list[RoleFact] = []
    used: set[int] = set()
    named_after: set[int] = set()  # where holders named after their title start
    for index, title in enumerate(found_titles):
        if index in used:
            continue
        before = _person_before(sentence, title.start, people)[0]
        person_first = before is not None
        first = _phrase(sentence, title, registry, person_first)
        if person_first and before.start in named_after:
            # "Chủ tịch X Nguyễn Văn A, Chủ tịch Y Trần Văn B": a list of holders, each after a title
            listed = _phrase(sentence, title, registry, person_first=False)
            if listed.person_after is not None:
                first, person_first = listed, False
        chain = [first]
        used.add(index)
        # follow "kiêm", "đồng thời", "và", "," to further titles of the same person
        while chain[-1].person_after is None:
            link = _chain_pattern().match(sentence.key, chain[-1].end)
            if not link or link.group(0).strip() in ("-", "–") and chain[-1].org is not None:
                break  # "Công ty X - Đại diện của Y" describes the company, not its officer
            following = next(
                (i for i, t in enumerate(found_titles) if t.start == link.end() and i not in used), None
            )
            if following is None:
                break
            phrase = _phrase(sentence, found_titles[following], registry, person_first)
            if phrase.person_after is not None and link.group(0).strip() == "," and person_first:
                break  # "A, Giám đốc X, Chủ tịch UBND Y Nguyễn Văn B" starts another person's role
            word = link.group("word")
            phrase.now = chain[-1].now or bool(word) and match_key(word) in _current_chain_words()
            phrase.new_post = bool(word) and match_key(word) in _new_post_words()
            chain.append(phrase)
            used.add(following)
        named_after.update(p.person_after.start for p in chain if p.person_after)
        person, link_past = (
            _person_before(sentence, chain[0].title.start, people) if person_first else (None, False)
        )
        rule = "appositive-before"
        if person is None:
            after = next((p.person_after for p in chain if p.person_after), None)
            if after is None:
                continue
            if (
                _ADDRESSED.search(sentence.key, 0, chain[0].title.start)
                and "," in sentence.key[chain[-1].end : after.start]
            ):
                continue  # "Đối với Giám đốc Sở X, ông A yêu cầu …": A addresses the post's holder
            person, rule = after, "appositive-after"
        _fill_missing_orgs(chain)
        _bare_bodies_to_closing_org(chain)
        if all(p.org is None for p in chain) and rule == "appositive-before":
            appointing = _appointing_org(sentence, person, registry)
            for phrase in chain:
                phrase.org = appointing
        for phrase in chain:
            if phrase.org is None:
                phrase.org = _body_the_title_heads(sentence, phrase, registry)
        evidence = ctx.evidence(sentence, EXTRACTOR, rule, 0.8 if rule == "appositive-before" else 0.7)
        for phrase in chain:
            past = phrase.title.past or (link_past and not phrase.now)
            past = past or bool(_past_after_pattern().match(sentence.key, phrase.end))
            facts.append(
                RoleFact(
                    person=person.entity,
                    role=phrase.role,
                    org=phrase.org,
                    evidence=evidence,
                    past=past,
                    role_en=phrase.english,
                )
            )
    return facts


def _person_before(
    sentence: Sentence, start: int, people: list[PersonMention]
) -> tuple[PersonMention | None, bool]:
    before = [p for p in people if p.end <= start]
    if not before:
        return None, False
    person = max(before, key=lambda p: p.end)
    gap = sentence.key[person.end : start]
    match = _link_pattern().match(gap)
    if not match:
        return None, False
    if person.rule == "pronoun" and not match.group("link"):
        return None, False
    link = match.group("link")
    return person, bool(link) and match_key(link) in _past_links()


@cache
def _title_bodies() -> dict[str, str]:
    """match key of a title naming the kind of body it heads -> that body's head noun."""
    return {match_key(k): v.strip() for k, v in lexicon.mapping("title_bodies.tsv").items()}


def _body_the_title_heads(sentence: Sentence, phrase: _Phrase, registry: ArticleEntities) -> Entity | None:
    """ "Tổng cục Thuế … do Phó Tổng cục trưởng ông A ký": a title written without its
    organisation heads the body of its kind the article named before it."""
    words = match_key(phrase.role).split()
    for k in range(len(words)):  # "phó tổng cục trưởng": "tổng cục trưởng" before "cục trưởng"
        noun = _title_bodies().get(" ".join(words[k:]))
        if noun:
            return registry.org_referred_to(noun, (sentence.index, phrase.title.start))
    return None


@cache
def _appointment_pattern() -> re.Pattern[str]:
    verbs = _alternation(fold_tones(w) for w in lexicon.words("appointment_verbs.txt"))
    return re.compile(rf"(?<![^\W_])(?:{verbs}) (?:(?:lại|thêm|chính thức) )?$", re.IGNORECASE)


def _appointing_org(sentence: Sentence, person: PersonMention, registry: ArticleEntities) -> Entity | None:
    """ "Công ty X (vừa) bổ nhiệm ông A làm Tổng giám đốc": the organisation before the verb."""
    if not _appointment_pattern().search(sentence.key[: person.start]):
        return None
    before = [m for m in entities.organisations(sentence) if m.end <= person.start]
    if not before or not _company_like(before[-1].entity.name):
        return None  # "Quốc hội bầu ông A làm Bộ trưởng": the assembly appoints, the post is elsewhere
    return registry.resolve_org(before[-1].entity)


def _fill_missing_orgs(chain: list[_Phrase]) -> None:
    """ "Chủ tịch kiêm Tổng giám đốc PSBank": a title without its own organisation shares the next
    (or else the previous) one's."""
    for i, phrase in enumerate(chain):
        if phrase.org is not None:
            continue
        later = next((p.org for p in chain[i + 1 :] if p.org is not None), None)
        earlier = None if phrase.new_post else next((p.org for p in reversed(chain[:i]) if p.org), None)
        phrase.org = later or earlier


@cache
def _internal_bodies() -> dict[str, str]:
    """match key of a bare body -> "place" for territorial ones, "" for the others."""
    bodies = {match_key(k): v.strip() for k, v in lexicon.mapping("internal_bodies.txt").items()}
    for head in lexicon.words("org_heads.txt"):
        bodies.setdefault(match_key(head), "")
    return bodies


def _bare_bodies_to_closing_org(chain: list[_Phrase]) -> None:
    """ "PERSON, Phó Bí thư Đảng ủy, Tổng giám đốc Tập đoàn X": a title whose organisation is a
    bare body (no name of its own) keeps the body in its role text and is held at the named
    organisation that closes the chain; a bare territorial body ("Tỉnh ủy") takes the place
    that ends the closing organisation ("Chủ tịch UBND tỉnh X" -> "Tỉnh ủy X")."""
    bodies = _internal_bodies()
    closing = chain[-1].org
    if len(chain) < 2 or closing is None or match_key(closing.name) in bodies:
        return
    for phrase in chain[:-1]:
        if phrase.org is None or match_key(phrase.org.name) not in bodies:
            continue
        body = phrase.org.name
        if bodies[match_key(body)] == "place":
            place = _trailing_place(closing.name)
            if place:
                phrase.org = Entity(f"{body} {place}", ORGANISATION)
            continue
        phrase.role = f"{phrase.role} {body}"
        phrase.english = f"{phrase.english}, {body}" if phrase.english else None
        phrase.org = closing


def _trailing_place(name: str) -> str | None:
    """ "UBND tỉnh Nghệ An" -> "Nghệ An"; "UBND TP. HCM" -> "TP. HCM"."""
    words = name.split()
    for k in range(min(5, len(words) - 1), 0, -1):
        candidate = " ".join(words[-k:])
        if entities.is_place(candidate):
            return candidate
    return None


def _phrase(
    sentence: Sentence, title: Title, registry: ArticleEntities, person_first: bool = False
) -> _Phrase:
    """The title and the organisation (and maybe the person) written after it.

    With `person_first` (the holder is named before the title) no name is cut off the
    end of the organisation: "Công ty Gạch Đồng Tâm Xanh" stays whole.
    """
    key = sentence.key
    phrase = _Phrase(title, title.role, title.english, None, title.end)
    known = registry.known_person_keys
    split = not person_first
    board = _capitalised_unit(sentence, title, known)
    if board is not None:
        # "Trưởng Ban Kinh tế Trung ương": a capitalised unit is the organisation itself
        phrase.org = registry.resolve_org(board.entity)
        phrase.role, phrase.english = title.role_without_unit, title.english_without_unit
        phrase.end = _after_org(sentence, phrase, board.end, registry)
        phrase.person_after = _bare_person_after(sentence, board.end, registry) or _person_following(
            sentence, board.end, registry
        )
        return phrase
    end = title.end
    aside = _ASIDE.match(key, end)
    if aside:
        end = aside.end()  # "Giám đốc điều hành (CEO) của ..."
    toward = _TOWARD_PERSON.match(key, end)
    if toward is not None and _person_at(sentence, toward.end(), registry) is not None:
        # "bổ nhiệm Phó Tổng giám đốc đối với ông Nguyễn Văn A": the holder, no organisation
        phrase.person_after = _person_at(sentence, toward.end(), registry)
        return _unit_as_org(sentence, phrase, registry)
    link = _ORG_LINK.match(key, end)
    if link is None and title.unit is not None and title.unit[1] == end:
        link = _UNIT_DASH.match(key, end)  # "Giám đốc Khối Bán lẻ - Ngân hàng X"
    comma_only = False
    if link:
        pos = link.end()
    elif key.startswith(" ", end):
        pos = end + 1
    elif key.startswith(", ", end):
        pos, comma_only = end + 2, True
    else:
        return _unit_as_org(sentence, phrase, registry)
    implied = None
    if not (link or comma_only):
        implied = _organisation_by_field(sentence, title, pos) or _committee_of_place(sentence, title, pos)
    if implied is not None:
        # "Thứ trưởng Giao thông Nguyễn Văn A", "Chủ tịch Đà Nẵng": the organisation implied
        phrase.org, phrase.end = registry.resolve_org(implied[0]), implied[1]
        phrase.person_after = _bare_person_after(sentence, phrase.end, registry) or _person_following(
            sentence, phrase.end, registry
        )
        return phrase
    honorific_person = _person_at(sentence, pos, registry)
    if honorific_person is not None:
        if not comma_only:
            phrase.person_after = honorific_person
        return _unit_as_org(sentence, phrase, registry)
    back = _back_reference().match(key, pos)
    if back is not None:
        referred = registry.org_referred_to(back.group("noun"), (sentence.index, pos))
        if referred is not None:
            # "ông A, Giám đốc công ty, cho biết": the company the article named
            phrase.org, phrase.end = referred, back.end("noun")
            # "… của tập đoàn – ông X": the holder may be named after it
            phrase.person_after = _person_following(sentence, phrase.end, registry)
            return phrase
    short = registry.short_name_at(key, pos)
    if short is not None:
        # "Chủ tịch HĐQT Dược phẩm Tân An" after "Công ty CP Dược phẩm Tân An"
        phrase.org, phrase.end = short
        phrase.person_after = _person_following(sentence, phrase.end, registry)
        return phrase
    mention = entities.organisation_at(sentence, pos, known, split_person=split)
    if mention is not None:
        phrase.org = registry.resolve_org(mention.entity)
        phrase.end = _after_org(sentence, phrase, mention.end, registry)
        phrase.person_after = _bare_person_after(sentence, mention.end, registry) or _person_following(
            sentence, mention.end, registry
        )
        return phrase
    if (
        (comma_only and not person_first)
        or entities.is_title_word(key[pos:])
        or entities.org_head_at(key, pos)
    ):
        return _unit_as_org(sentence, phrase, registry)
    run_end, spans = entities.capitalised_run(sentence, pos)
    if len(spans) == 1 and is_vietnamese_syllable(sentence.text[spans[0][0] : spans[0][1]]):
        run_end, spans = _syllable_then_lower_word(sentence, run_end)
    if not spans:
        return _unit_as_org(sentence, phrase, registry)
    tokens = [sentence.text[s:e] for s, e in spans]
    if entities.whole_run_is_person(tokens, known):
        phrase.person_after = _new_person(sentence, spans[0][0], spans[-1][1], registry)
        return _unit_as_org(sentence, phrase, registry)
    org_end, person = _split_person(sentence, pos, run_end, known, min_tokens=1) if split else (run_end, None)
    org_text = sentence.text[pos:org_end].strip()
    if not org_text or entities.is_place(org_text) or not _brand_like(org_text):
        return _unit_as_org(sentence, phrase, registry)
    unit_org = _unit_with_name(sentence, title, pos, org_end) if not link else None
    if unit_org is not None:
        # "Phó trưởng ban Quản lý Vịnh Hạ Long": the board and its name are the organisation
        phrase.org = registry.resolve_org(unit_org)
        phrase.role, phrase.english = title.role_without_unit, title.english_without_unit
    else:
        phrase.org = registry.resolve_org(Entity(org_text, ORGANISATION))
    phrase.end = _after_org(sentence, phrase, pos + len(sentence.text[pos:org_end].rstrip()), registry)
    phrase.person_after = person or _person_following(sentence, phrase.end, registry)
    return phrase


def _organisation_by_field(sentence: Sentence, title: Title, pos: int) -> tuple[Entity, int] | None:
    """ "Bộ trưởng Tài chính …": the ministry a title names by its field ("Bộ Tài chính"),
    and where the field ends."""
    head = _field_title_heads().get(match_key(title.role))
    field_end = entities.ministry_field_end(sentence.key, pos) if head else None
    if field_end is None:
        return None
    return Entity(f"{head} {sentence.text[pos:field_end]}", ORGANISATION), field_end


@cache
def _field_title_heads() -> dict[str, str]:
    return {match_key(k): v for k, v in lexicon.mapping("field_title_heads.tsv").items()}


@cache
def _provinces() -> tuple[re.Pattern[str], dict[str, str]]:
    table = lexicon.mapping("provinces.tsv")
    names = _alternation((fold_tones(k) for k in table), False)
    return re.compile(rf"(?:{names})(?![^\W_])"), {match_key(k): v for k, v in table.items()}


def _committee_of_place(sentence: Sentence, title: Title, pos: int) -> tuple[Entity, int] | None:
    """ "Chủ tịch Đà Nẵng …": the people's committee of the province or city a chairman's title
    names by the place alone ("UBND TP Đà Nẵng", "UBND tỉnh Long An"), and where the place ends."""
    if match_key(title.role) not in entities.keyset("committee_chair_titles.txt"):
        return None
    pattern, kinds = _provinces()
    found = pattern.match(sentence.key, pos)
    if found is None:
        return None
    place = sentence.text[pos : found.end()]
    if match_key(place).startswith(("tp", "thành phố")):
        return Entity(f"UBND {place}", ORGANISATION), found.end()
    unit = "TP" if kinds[match_key(place)] == "city" else "tỉnh"
    return Entity(f"UBND {unit} {place}", ORGANISATION), found.end()


_LOCATION = re.compile(r" (?:tại|ở) ")
_ASIDE = re.compile(r" \([^()]{1,12}\)")


def _capitalised_unit(sentence: Sentence, title: Title, known: frozenset[str]):
    """The organisation a unit title's capitalised unit starts ("Trưởng Ban Tuyên giáo ...")."""
    if title.unit is None or title.role_without_unit is None:
        return None
    start = title.unit[0]
    if not sentence.key[start : start + 1].isupper() or not entities.org_head_at(sentence.key, start):
        return None
    if org_follows_unit(sentence.key, title.unit[1]):
        return None  # "Giám đốc Khối Bán lẻ (của|-) Ngân hàng X": a unit of the organisation that follows
    return entities.organisation_at(sentence, start, known)  # a board's name may be followed by its head


def _after_org(sentence: Sentence, phrase: _Phrase, end: int, registry: ArticleEntities) -> int:
    """Past what follows an organisation's name in a role phrase: its acronym in parentheses
    (learned as an alias: "Quỹ Tiền tệ Quốc tế (IMF)") and a place ("... tại Việt Nam")."""
    alias = alias_after(sentence, end)
    if alias is not None and phrase.org is not None:
        registry.add_org_alias(phrase.org, alias[0])
        phrase.org = registry.resolve_org(phrase.org)
        end = alias[1]
    head = entities.head_of(phrase.org.name) if phrase.org is not None else None
    parent_head_end = entities.parent_of_unit_head_end(sentence.key, head or "", end + 1)
    if parent_head_end is not None:
        # "Vụ X Ngân hàng Nhà nước" / "Vụ X NHNN": the role goes on after the parent's name
        parent = entities.organisation_at(sentence, end + 1)
        end = parent.end if parent is not None else parent_head_end
    return _after_location(sentence.key, end)


def _after_location(key: str, end: int) -> int:
    """Past a place that qualifies the organisation ("Phòng Thương mại Pháp tại Việt Nam")."""
    match = _LOCATION.match(key, end)
    if not match:
        return end
    place_end = place_after(key, match.end() - 1)
    return place_end if place_end is not None else end


def _unit_with_name(sentence: Sentence, title: Title, start: int, end: int) -> Entity | None:
    """A unit title ("Trưởng ban Quản lý") directly followed by a bare name: one organisation."""
    if title.unit is None or title.role_without_unit is None:
        return None
    unit_word = sentence.text[title.unit[0] : title.unit[1]].split()[0]
    if not entities.org_head_at(unit_word[:1].upper() + unit_word[1:], 0):
        return None
    name = sentence.text[title.unit[0] : end].strip()
    return Entity(entities._clean_org_name(name), ORGANISATION)


_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![^\W_])")  # a word of letters, punctuation after it stays


def _syllable_then_lower_word(sentence: Sentence, end: int) -> tuple[int, list[tuple[int, int]]]:
    """A lone capitalised syllable after a title is a name only when more capitals follow a
    lower-case syllable: "Giám đốc tài chính Thế giới Thiết bị cũng ..." (a word-segmented
    "Thế_giới Thiết_bị"). Otherwise ("Chủ tịch Công đoàn ...", a word the lexicon lacks) no
    organisation is read."""
    key = sentence.key
    spans = [(key.rfind(" ", 0, end) + 1, end)]
    capitals, pending, pending_stop = 1, None, False
    while (word := _NEXT_WORD.match(key, spans[-1][1] if pending is None else pending[1])) is not None:
        token = word.group(1)
        if entities.looks_like_name_token(token):
            if pending_stop:
                break  # "Sen cho Hoa": a verb or preposition between capitals joins no name
            if pending is not None:
                spans.append(pending)
            spans.append(word.span(1))
            capitals, pending = capitals + 1, None
            continue
        if pending is not None or not is_vietnamese_syllable(token):
            break
        pending, pending_stop = word.span(1), entities.is_name_stopword(token)
    if pending is not None and capitals >= 2:
        after = _NEXT_WORD.match(key, pending[1])
        if after is None or entities.is_name_stopword(after.group(1)):
            spans.append(pending)  # "... Thiết bị cũng": the last lower-case syllable ends the name
    if capitals < 2:
        return end, []
    return spans[-1][1], spans


def _brand_like(text: str) -> bool:
    """A capitalised run that can name an organisation on its own ("PNPT", "Tiemkiem.vn")."""
    first = text.split()[0]
    if len(text.split()) == 1 and (first.endswith(".") or len(first) < 2):
        return False  # "TP." or a lone initial is no organisation
    return not entities.is_title_word(text)


def _unit_as_org(sentence: Sentence, phrase: _Phrase, registry: ArticleEntities) -> _Phrase:
    """ "Trưởng Ban Tuyên giáo" with no organisation after it: the unit is the organisation."""
    title = phrase.title
    if phrase.org is not None or title.unit is None or title.role_without_unit is None:
        return phrase
    mention = entities.organisation_at(sentence, title.unit[0])
    if mention is None or not entities._org_head_pattern().match(sentence.key, title.unit[0]):
        return phrase
    phrase.org = registry.resolve_org(mention.entity)
    phrase.role = title.role_without_unit
    phrase.english = title.english_without_unit
    return phrase


def _split_person(
    sentence: Sentence, start: int, end: int, known: frozenset[str], min_tokens: int
) -> tuple[int, PersonMention | None]:
    """Cut a person's name off the end of an organisation run ("UBND TP. Cần Thơ Lê Văn Tâm")."""
    spans = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", sentence.text[start:end])]
    tokens = [sentence.text[s:e] for s, e in spans]
    cut = entities.person_name_at_end(tokens, known)
    if cut is None or cut < min_tokens:
        return end, None
    name = " ".join(tokens[cut:])
    person = PersonMention(Entity(name, PERSON), spans[cut][0], spans[-1][1], "after-title")
    return spans[cut - 1][1], person


def _bare_person_after(sentence: Sentence, pos: int, registry: ArticleEntities) -> PersonMention | None:
    """A name with no honorific right after an organisation ("Bộ Y tế Nguyễn Văn A", "Bộ Tài
    chính Lê Minh": after a title and its organisation, two words may be a whole name)."""
    if not sentence.key.startswith(" ", pos):
        return None
    _, spans = entities.capitalised_run(sentence, pos + 1)
    tokens = [sentence.text[s:e] for s, e in spans]
    if spans and entities.whole_run_is_person(tokens, registry.known_person_keys, two_words=True):
        return _new_person(sentence, spans[0][0], spans[-1][1], registry)
    return None


def _new_person(sentence: Sentence, start: int, end: int, registry: ArticleEntities) -> PersonMention:
    name = sentence.text[start:end]
    entity = registry.resolve_person(name, (sentence.index, start))
    return PersonMention(entity, start, end, "after-title")


def _person_at(sentence: Sentence, pos: int, registry: ArticleEntities) -> PersonMention | None:
    return next((p for p in registry.people_in(sentence) if p.start == pos and p.rule != "pronoun"), None)


_FOLLOWING_PERSON_LINK = re.compile(r"(?:,| -| –| là| hiện là| hiện nay là)? ", re.IGNORECASE)


def _person_following(sentence: Sentence, pos: int, registry: ArticleEntities) -> PersonMention | None:
    """ "ROLE ORG, ông X" / "ROLE ORG - bà Y" / "ROLE ORG là bà Z": a person named right after
    the organisation."""
    match = _FOLLOWING_PERSON_LINK.match(sentence.key, pos)
    if not match:
        return None
    return _person_at(sentence, match.end(), registry)


def _consolidate(facts: list[RoleFact]) -> list[RoleFact]:
    """One fact per (person, role, organisation); an organisation-less duplicate is dropped,
    a lone one takes the organisation its title implies ("Thủ tướng" -> "Chính phủ")."""
    with_org: dict[tuple[str, str], list[RoleFact]] = {}
    for fact in facts:
        if fact.org is not None:
            with_org.setdefault((match_key(fact.person.name), match_key(fact.role)), []).append(fact)
    result: dict[tuple, RoleFact] = {}
    for fact in facts:
        if fact.org is None:
            if (match_key(fact.person.name), match_key(fact.role)) in with_org:
                continue
            implied = _implied_org(fact)
            if implied:
                fact = replace(fact, org=Entity(implied, ORGANISATION))
        key = (
            match_key(fact.person.name),
            match_key(fact.role),
            match_key(fact.org.name) if fact.org else "",
        )
        previous = result.get(key)
        if previous is None:
            result[key] = fact
        elif fact.past and not previous.past:
            result[key] = replace(previous, past=True)
    return list(result.values())


def _implied_org(fact: RoleFact) -> str | None:
    sentence = Sentence(0, 0, len(fact.role), fact.role, fold_tones(fact.role))
    title = title_at(sentence, 0)
    return implicit_organisation(title) if title else None
