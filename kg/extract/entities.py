"""Mentions of people and organisations in a sentence, found by rules.

underthesea's CRF NER is weak on this text (DESIGN.md: PER precision ~47%, ORG recall
~10%), so mentions come from honorifics, organisation head nouns, brand and domain
shapes and name shapes, with the words kept in ontology/lexicon/.
All matching runs on `sentence.key` (one tone-mark convention); names are cut from
`sentence.text` (same length) so they keep the article's spelling.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kg import lexicon
from kg.corpus.normalise import fold_tones, match_key
from kg.extract.context import Sentence
from kg.extract.patterns import alternation as _alternation
from kg.model import ORGANISATION, PERSON, Entity
from kg.nlp.syllables import is_vietnamese_syllable

UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
# A capitalised word: "Trần", "Tiemkiem.vn", "K.i.d", "B2C", "PV-Gas", "TP.", "O'Neil".
CAP_WORD = rf"[{UPPER}][^\W_]*(?:[.'’\-&][^\W_]+)*\.?"
CAP_RUN = rf"{CAP_WORD}(?:[ ]+{CAP_WORD})*"
LOWER_WORD = r"[^\W\d_A-Z][^\W_]*"
NOT_AFTER_LETTER = r"(?<![^\W_])"
NOT_BEFORE_LETTER = r"(?![^\W_])"


@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int  # offsets within the sentence text
    end: int
    rule: str
    honorific: str | None = None  # "ông", "bà", ... for people introduced by one


# ---------------------------------------------------------------- lexicon helpers


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_tones(w) for w in words)


def _capitalised_variants(words: tuple[str, ...]) -> tuple[str, ...]:
    variants = set(words)
    variants.update(w[:1].upper() + w[1:] for w in words)
    return tuple(sorted(variants, key=lambda w: (-len(w), w)))


@cache
def keyset(name: str) -> frozenset[str]:
    """A lexicon file's entries as comparison keys."""
    return frozenset(match_key(w) for w in lexicon.words(name))


@lru_cache(maxsize=65536)
def is_place(name: str) -> bool:
    return match_key(name) in keyset("places.txt")


@lru_cache(maxsize=65536)
def is_surname(word: str) -> bool:
    return match_key(word) in keyset("surnames.txt")


def is_title_word(text: str) -> bool:
    """Whether `text` starts with a job title ("Giám đốc", "Phó chủ tịch", ...)."""
    return bool(_title_start_pattern().match(text))


@cache
def _title_start_pattern() -> re.Pattern[str]:
    titles = _folded(lexicon.words("titles.tsv"))
    modifiers = _folded(lexicon.words("title_modifiers.tsv"))
    return re.compile(
        rf"(?:(?:{_alternation(modifiers, True)})[ ]+)*(?:{_alternation(titles, True)}){NOT_BEFORE_LETTER}",
        re.IGNORECASE,
    )


# ---------------------------------------------------------------- people


@cache
def _honorific_pattern() -> re.Pattern[str]:
    words = _folded(_capitalised_variants(lexicon.words("honorifics.txt")))
    capitalised = tuple(w for w in words if w[:1].isupper())
    # a capitalised honorific may be glued to the previous word by a lost line break ("ngưngÔng")
    return re.compile(
        rf"(?:{NOT_AFTER_LETTER}(?P<hon>{_alternation(words, False)})"
        rf"|(?<=[^\W\d_])(?P<glued>{_alternation(capitalised, False)}))"
        r"(?=[ ])"
    )


def _honorific_at(key: str, pos: int) -> re.Match[str] | None:
    match = _honorific_pattern().match(key, pos)
    if match and match.group("glued") and not key[pos - 1].islower():
        return None
    return match


def _honorifics_in(key: str) -> list[re.Match[str]]:
    return [
        m
        for m in _honorific_pattern().finditer(key)
        if not (m.group("glued") and not key[m.start() - 1].islower())
    ]


@cache
def _person_name_pattern() -> re.Pattern[str]:
    return re.compile(rf"[ ]+(?P<name>{CAP_WORD}(?:[ ]+{CAP_WORD}){{0,4}})")


_NAME_TOKEN = re.compile(rf"^[{UPPER}][^\W\d_]*(?:-[^\W\d_]+)*$")


def _org_name_starts(key: str, pos: int) -> bool:
    """A head noun followed by a capitalised name ("Công ty Sao Mai"), not the given name "Khoa"."""
    head = _org_head_pattern().match(key, pos)
    if not head:
        return False
    following = _TOKEN.match(key, head.end() + 1)
    return key.startswith(" ", head.end()) and bool(following) and _is_capitalised(following.group(0))


def looks_like_name_token(token: str) -> bool:
    """A word that can be part of a person's name: capitalised letters only ("Thị", "Olsen")."""
    return bool(_NAME_TOKEN.match(token)) and not (len(token) > 1 and token.isupper())


def _head_is_part_of_name(key: str, start: int, head: int, end: int) -> bool:
    """ "Võ Trường Sơn": in the name run start..end, a head noun that is also a name word, then
    one last name word, and no organisation's name going on after the run ("Trường Đại học")."""
    rest = key[head:end].split()
    return (
        len(rest) == 2
        and len(key[start:end].split()) <= 4
        and match_key(rest[0]) in keyset("org_heads_also_names.txt")
        and looks_like_name_token(rest[1].rstrip("."))
        and organisation_name_end(key, head) <= end
    )


def _trim_person_name(key: str, start: int, end: int) -> int:
    """Cut a name run before words that cannot be part of it (titles, org heads, places)."""
    pos = start
    last_good = start
    for match in re.finditer(r"\S+", key[start:end]):
        token = match.group(0)
        absolute = start + match.start()
        if absolute > start and (
            is_title_word(key[absolute:])
            or _org_name_starts(key, absolute)
            and not _head_is_part_of_name(key, start, absolute, end)
        ):
            break
        if not looks_like_name_token(token.rstrip(".")):
            break
        pos = absolute + len(token.rstrip("."))
        last_good = pos
    return last_good


def people(sentence: Sentence) -> list[Mention]:
    """People introduced by an honorific ("ông Lê Văn Khải", "PGS.TS. Lê Văn A")."""
    return list(_people(sentence))


@lru_cache(maxsize=4096)
def _people(sentence: Sentence) -> tuple[Mention, ...]:
    found: list[Mention] = []
    key = sentence.key
    for match in _honorifics_in(key):
        if found and match.start() < found[-1].end:
            continue
        name_match = _person_name_pattern().match(key, match.end())
        if not name_match:
            continue
        name_start = name_match.start("name")
        name_end = _trim_person_name(key, name_start, name_match.end("name"))
        if name_end <= name_start:
            continue
        name = sentence.text[name_start:name_end]
        if is_place(name):
            continue
        honorific = match.group("hon") or match.group("glued")
        found.append(Mention(Entity(name, PERSON), match.start(), name_end, "honorific", honorific.lower()))
    return tuple(found)


_PLACE_PREFIX = {"tỉnh", "thành phố", "tp", "tp.", "quận", "huyện", "thị xã", "xã", "phường"}


def strip_place(name: str) -> str:
    """The name without a trailing place: "UBND TP. HCM" -> "UBND"."""
    words = name.split()
    for k in range(min(5, len(words) - 1), 0, -1):
        if is_place(" ".join(words[-k:])):
            words = words[:-k]
            break
    while len(words) > 1 and words[-1].lower() in _PLACE_PREFIX:
        words = words[:-1]
    if len(words) > 2 and " ".join(words[-2:]).lower() in _PLACE_PREFIX:
        words = words[:-2]
    return " ".join(words)


def person_name_at_end(tokens: list[str], known: frozenset[str] = frozenset()) -> int | None:
    """Index where a trailing person's name starts in a run of capitalised tokens, or None.

    "UBND TP. Cần Thơ Lê Văn Tâm" -> 3. The name is a full name the article gives
    elsewhere (`known`, as match keys), or 3-4 name words starting with a Vietnamese
    surname and not a place ("Hà Nội"; two words, "Kim Sơn", are too often a company's
    name). At least one token is left before it.
    """
    candidates = []
    for i in range(1, len(tokens)):
        rest = tokens[i:]
        if match_key(" ".join(rest)) in known:
            return i
        if any(is_place(" ".join(tokens[j : i + 1])) for j in range(max(0, i - 3), i)):
            continue  # "Bắc Ninh Lại Xuân Trường": the name does not start inside a place
        if is_foreign_name(rest):
            return i  # "Tổ hợp Hanbit Việt Nam Park Jinwoo"
        if 3 <= len(rest) <= 4 and all(looks_like_name_token(t) for t in rest) and is_surname(rest[0]):
            if not is_place(" ".join(rest)) and not any(is_place(" ".join(rest[:k])) for k in (2, 3)):
                if not is_place(" ".join(rest[-2:])):  # "Công ty Bình Dương Việt Nam": a name ends no person
                    candidates.append(i)
    if not candidates:
        return None
    # "Hòa Lạc Trương Gia Hưng": a common family name beats a rare one found earlier
    common = [i for i in candidates if match_key(tokens[i]) in keyset("surnames_common.txt")]
    return (
        common[0]
        if common and match_key(tokens[candidates[0]]) not in keyset("surnames_common.txt")
        else candidates[0]
    )


def is_foreign_name(tokens: list[str]) -> bool:
    """2-3 capitalised words that read as a foreign person's name: a family name written
    first (Korean, Chinese, Japanese) or a Western given name, and at least one word that
    is not a Vietnamese syllable ("Park Jinwoo", "Tanaka Hiroshi", "John Miller"; not "Kim Long")."""
    if not 2 <= len(tokens) <= 3 or not all(looks_like_name_token(t) for t in tokens):
        return False
    if match_key(tokens[0]) not in keyset("foreign_name_starts.txt"):
        return False
    if any(match_key(t) in keyset("org_suffixes.txt") for t in tokens):
        return False  # "Kim Long Group" is a company
    return not is_place(" ".join(tokens)) and not all(is_vietnamese_syllable(t) for t in tokens)


def whole_run_is_person(
    tokens: list[str], known: frozenset[str] = frozenset(), two_words: bool = False
) -> bool:
    """A run that is all one person's name ("Trần Văn Tâm" after "Bộ trưởng"). `two_words`: where
    the context expects a name, two words with a common family name are one ("Lê Minh")."""
    if not tokens:
        return False
    if match_key(" ".join(tokens)) in known:
        return True
    if is_foreign_name(tokens):
        return True
    shortest = 2 if two_words and match_key(tokens[0]) in keyset("surnames_common.txt") else 3
    return (
        shortest <= len(tokens) <= 4
        and all(looks_like_name_token(t) for t in tokens)
        and is_surname(tokens[0])
        and not is_place(" ".join(tokens))
        and not is_place(" ".join(tokens[:2]))
    )


# ---------------------------------------------------------------- organisations


@cache
def _org_head_pattern() -> re.Pattern[str]:
    # the first letter is a capital; the rest may be written in any case ("Tổng Công ty", "Ngân Hàng")
    heads = _alternation(_folded(_capitalised_variants(lexicon.words("org_heads.txt"))))
    return re.compile(rf"{NOT_AFTER_LETTER}(?=[{UPPER}])(?i:(?P<head>{heads})){NOT_BEFORE_LETTER}")


@cache
def _lower_head_pattern() -> re.Pattern[str]:
    """Organisation heads written in lower case ("công ty cổ phần Sữa ..."); multi-word only."""
    heads = tuple(w.lower() for w in _folded(lexicon.words("org_heads.txt")) if " " in w)
    return re.compile(rf"{NOT_AFTER_LETTER}(?P<head>{_alternation(heads)}){NOT_BEFORE_LETTER}")


@cache
def _standalone_pattern() -> re.Pattern[str]:
    names = _alternation(_folded(_capitalised_variants(lexicon.words("org_standalone.txt"))))
    return re.compile(rf"{NOT_AFTER_LETTER}(?P<name>{names}){NOT_BEFORE_LETTER}")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(fold_tones(w) for w in lexicon.words("name_stopwords.txt"))


def is_name_stopword(word: str) -> bool:
    """A lower-case word that ends an organisation name (a verb, preposition, adverb ...)."""
    return fold_tones(word).lower() in _stopwords()


@cache
def _org_suffix_pattern() -> re.Pattern[str]:
    suffixes = _alternation(lexicon.words("org_suffixes.txt"))
    return re.compile(rf"(?P<name>{CAP_RUN})[ ]+(?P<suffix>{suffixes})(?![^\W_])")


_DOMAIN = re.compile(
    rf"{NOT_AFTER_LETTER}(?P<name>[{UPPER}a-z][^\W_]*(?:\.[^\W_]+)*\.(?:com|vn|net|org|io|asia)(?:\.vn)?)"
    rf"{NOT_BEFORE_LETTER}"
)

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”‘’!?]+")
_JOINERS = ("", "-", "–", "&")


# ---------------------------------------------------------------- brand words

# A Vietnamese syllable without its marks: brand names are words that are not one ("Zentora").
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?",
    re.IGNORECASE,
)
# Latin letters, with the Latin-1 ones of other languages ("Förening"); Vietnamese marks are
# told apart by _strip_marks
_BRAND_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-z0-9À-ÖØ-öø-ÿ]*(?:[.'&\-][A-Za-z0-9À-ÖØ-öø-ÿ]+)*")
_ROMAN = re.compile(r"[IVXLC]+")
# grave, acute, circumflex, tilde, breve, hook above, horn, dot below: the marks Vietnamese writes
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")


@cache
def _non_org() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words("non_org_acronyms.txt"))


@lru_cache(maxsize=1 << 16)
def _strip_marks(word: str) -> str:
    """The word without Vietnamese marks; the marks of other languages stay ("Förening")."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if c not in _VIETNAMESE_MARKS)
    return unicodedata.normalize("NFC", stripped)


@lru_cache(maxsize=1 << 16)  # every capitalised word of every sentence is asked about
def is_brand_word(word: str) -> bool:
    """'Zentora.com', 'Markwell', 'HTP', 'SaoMai': capitalised ASCII words, no Vietnamese syllable."""
    if not word or not _BRAND_TOKEN.fullmatch(word) or _ROMAN.fullmatch(word):
        return False
    if word.casefold() in _non_org() or re.split(r"[-.]", word)[0].casefold() in _non_org():
        return False
    if word != _strip_marks(word):
        return False
    letters = re.sub(r"[^A-Za-z]", "", word)
    if len(letters) >= 2 and letters.isupper():
        return True
    if any(c.isupper() for c in word[1:]) or re.search(r"[.&\d]", word):
        return len(letters) >= 2
    return not _SYLLABLE.fullmatch(word)


def continues_brand(word: str) -> bool:
    """A word that may go on a brand name once one began ("Land" of "Sontra Land")."""
    return bool(_BRAND_TOKEN.fullmatch(word)) and word == _strip_marks(word)


def _is_capitalised(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit() and any(c.isalpha() for c in token))


@cache
def _descriptive_heads() -> frozenset[str]:
    return frozenset(fold_tones(w).lower() for w in lexicon.words("org_heads_descriptive.txt"))


_BEFORE_ACRONYM = re.compile(
    rf"((?:[ \t]+[^\W\d_]+){{1,12}}?)[ \t]*\([ \t]*[{UPPER}][{UPPER}0-9&.\-]{{1,9}}[ \t]*\)"
)


def described_until_acronym(key: str, head_end: int) -> int | None:
    """ "Tổng công ty đầu tư và phát triển cao tốc Việt Nam (VEC)", "Công ty TNHH an ninh mạng
    (ANM)": lower-case words after a company head that run up to the company's acronym in
    brackets are its name; where they end (None when no acronym follows, or a word is a verb
    or another word that ends names)."""
    found = _BEFORE_ACRONYM.match(key, head_end)
    if not found:
        return None
    words = found.group(1).split()
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    if any(is_name_stopword(w) for w in [*words, *pairs] if w.lower() not in ("và", "&")):
        return None
    return found.end(1)


def _acronym_run_end(key: str, head: re.Match[str] | None, head_end: int) -> int | None:
    if head is None or not company_head(head.group("head")):
        return None
    return described_until_acronym(key, head_end)


def _describes(key: str, head: re.Match[str], token: re.Match[str], acronym_end: int | None) -> bool:
    """ "Hiệp hội xe khách Tây Ninh": after some heads a few lower-case words come before the name
    (`acronym_end`: where such words end before the company's acronym, described_until_acronym)."""
    if acronym_end is not None and token.end() <= acronym_end:
        return True
    if head.group("head").lower() not in _descriptive_heads():
        return False
    words = key[head.end() : token.end()].split()
    following = key[token.end() :].split(" ")[1:5]
    for word in [*words, *following][:4]:
        if not word:
            return False
        if word[0].isupper():
            return True
        if word.lower() in _stopwords() or not word.isalpha():
            return False
    return False


@cache
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    credits = _alternation((fold_tones(w) for w in lexicon.words("caption_credits.txt")), False)
    return (
        re.compile(rf"(?:{credits})(?=\s*:|\s+[{UPPER}])"),
        re.compile(rf"(?<![^\W_])(?:{credits})\s*:?\s*(?:[{UPPER}]+[ \t]+){{0,3}}$"),
    )


def credit_at(key: str, pos: int) -> bool:
    """A caption's credit begins at `pos` ("Ảnh: NAM TRẦN", "Ảnh TỰ TRUNG"), case as written."""
    return bool(_credit_patterns()[0].match(key, pos))


def after_credit(key: str, pos: int) -> bool:
    """The word at `pos` is in the name a caption credits ("- Ảnh TỰ TRUNG": "TỰ", "TRUNG")."""
    return bool(_credit_patterns()[1].search(key, max(0, pos - 40), pos))


def _starts_place(key: str, pos: int) -> bool:
    """ "Bà Rịa - Vũng Tàu", "Cô Tô": a place whose first word is an honorific."""
    words = key[pos : pos + 60].split()
    return any(is_place(" ".join(words[:k])) for k in range(2, min(5, len(words)) + 1))


def _honorific_before_name(key: str, pos: int, in_capitalised_run: bool = False) -> bool:
    match = _honorific_at(key, pos)
    if not match or _starts_place(key, pos):
        return False
    if in_capitalised_run and match_key(match.group(0)) in keyset("honorifics_also_names.txt"):
        return False  # "UBND TP. HCM Dương Anh Đức": "Anh" is part of a name
    following = _TOKEN.match(key, match.end() + 1)
    return bool(following) and _is_capitalised(following.group(0))


def _ends_with_place(text: str) -> bool:
    """Ends with a place of two words or more ("Việt Nam", "TP. HCM"; not "Pháp" of "Pháp chế")."""
    words = text.split()
    return any(is_place(" ".join(words[-k:])) for k in range(2, min(4, len(words)) + 1))


@cache
def _name_phrases() -> tuple[str, ...]:
    phrases = [fold_tones(p).lower() for p in lexicon.words("org_name_phrases.txt")]
    phrases += [fold_tones(p).lower() for p in _PLACE_PREFIX]
    return tuple(sorted(set(phrases), key=lambda p: (-len(p), p)))


def _name_phrase_end(key: str, pos: int) -> int | None:
    """End of a lower-case phrase that continues an organisation's name, if one starts at `pos`."""
    lowered = key[pos : pos + 40].lower()
    for phrase in _name_phrases():
        if lowered.startswith(phrase) and (len(lowered) == len(phrase) or not lowered[len(phrase)].isalnum()):
            return pos + len(phrase)
    return None


def _compound_with_previous(key: str, end: int, match: re.Match[str]) -> bool:
    """ "Cục Hàng không": the previous word and this one make a compound of the phrase list."""
    previous = key[:end].split()[-1:] if end else []
    if not previous:
        return False
    pair = f"{previous[0]} {match.group(0).rstrip('.-–')}".lower()
    return pair in _name_phrases()


def _place_prefix_then_name(key: str, pos: int) -> bool:
    """ "tỉnh Hà Tĩnh", "thành phố Cần Thơ": a place word followed by a capitalised name."""
    lowered = key[pos : pos + 20].lower()
    for word in sorted(_PLACE_PREFIX, key=len, reverse=True):
        if lowered.startswith(word + " "):
            following = key[pos + len(word) + 1 : pos + len(word) + 2]
            return following.isupper()
    return False


def _starts_new_unit(key: str, pos: int) -> bool:
    """After a dash: a title, an honorific or a new organisation head ends the name."""
    return bool(
        is_title_word(key[pos:]) or _org_head_pattern().match(key, pos) or _honorific_before_name(key, pos)
    )


@cache
def _unit_parent_heads() -> tuple[frozenset[str], re.Pattern[str]]:
    """Heads of state offices, and a pattern for the heads of the parents written after them."""
    kinds = lexicon.mapping("unit_parent_heads.tsv")
    units = frozenset(match_key(k) for k, v in kinds.items() if v in ("unit", "both"))
    parents = [k for k, v in kinds.items() if v in ("parent", "both")]
    pattern = re.compile(rf"(?i:{_alternation(_folded(tuple(parents)))}){NOT_BEFORE_LETTER}")
    return units, pattern


def parent_of_unit_head_end(key: str, head: str, pos: int) -> int | None:
    """ "Vụ Pháp chế | Ngân hàng Nhà nước": where the head of a state office's parent,
    beginning at `pos`, ends; None when no parent begins there."""
    units, parents = _unit_parent_heads()
    if match_key(head) not in units or not key[pos : pos + 1].isupper():
        return None
    match = parents.match(key, pos)
    return match.end() if match else None


def starts_parent_of_unit(key: str, head: str, pos: int) -> bool:
    return parent_of_unit_head_end(key, head, pos) is not None


def organisation_name_end(key: str, start: int, max_tokens: int = 12, head_end: int | None = None) -> int:
    """Where an organisation name that starts at `start` (its head noun) ends.

    After the head, the first word must be capitalised ("Bộ Công Thương", "Cục Quản lý
    thị trường"); later lower-case words continue the name until a stop word, a
    punctuation mark, or "và"/"&" not followed by a capitalised word. A dash continues
    it ("Tổng công ty Vận tải Bắc - Nam") unless a title or another organisation follows.
    """
    head_match = _org_head_pattern().match(key, start) or _lower_head_pattern().match(key, start)
    if head_end is None:
        head_end = head_match.end() if head_match else start
    pos = head_end
    end = pos
    seen_name_word = False
    tokens = 0
    cap_run = 0  # capitalised words just before this one
    previous_brand = False  # the word before is a brand ("Sontra", "KVN"), not a Vietnamese syllable
    acronym_end: int | None = -1  # where lower-case words before an acronym end; -1: not looked at yet
    for match in _TOKEN.finditer(key, pos):
        if match.start() < end:
            continue  # inside a phrase already taken
        gap = key[end : match.start()]
        if gap.strip() not in _JOINERS or "\n" in gap:
            break
        if match.group(0) in ("-", "–", "&"):
            following = _TOKEN.match(key, match.end() + 1)
            if not seen_name_word or not following or not _is_capitalised(following.group(0)):
                break
            if key.startswith((":", " :"), following.end()) or credit_at(key, following.start()):
                break  # "... Việt Nam - Ảnh: NAM TRẦN", "- Ảnh TỰ TRUNG": a caption's credit
            if match.group(0) != "&" and _starts_new_unit(key, following.start()):
                break
            continue
        if gap.strip() in ("-", "–") and (
            not _is_capitalised(match.group(0)) or _starts_new_unit(key, match.start())
        ):
            break
        token = match.group(0).rstrip(".-–")
        if not token:
            break
        lowered = token.lower()
        phrase_end = _name_phrase_end(key, match.start()) if not _is_capitalised(token) else None
        if phrase_end is not None and (seen_name_word or _place_prefix_then_name(key, match.start())):
            end = phrase_end  # "trong nước", "nhỏ và vừa", "tỉnh Hà Tĩnh"
            continue
        if not seen_name_word:
            if not _is_capitalised(token):
                if acronym_end == -1:
                    acronym_end = _acronym_run_end(key, head_match, head_end)
                if not (head_match and _describes(key, head_match, match, acronym_end)):
                    break
                end = match.start() + len(token)
                seen_name_word = end == acronym_end
                continue
            seen_name_word = True
            inner = _org_head_pattern().match(key, match.start())
            if inner and match.start() > start:
                # "Văn phòng Bộ Tài chính": the name is another organisation, whole
                inner_end = organisation_name_end(key, match.start(), max_tokens - tokens)
                if inner_end > inner.end():
                    return inner_end
        elif token in ("và", "&"):
            following = _TOKEN.match(key, match.end() + 1)
            if (
                not following
                or not _is_capitalised(following.group(0))
                or _starts_new_unit(key, following.start())
            ):
                break
        elif not _is_capitalised(token) and _honorific_before_name(key, match.start()):
            break  # "Tập đoàn X ông Nguyễn Văn A": the holder, not the name
        elif not _is_capitalised(token) and previous_brand:
            break  # "Công ty Sontra đầu tư ...": a brand word is whole, a verb follows it
        elif not _is_capitalised(token) and (lowered in _stopwords() or _two_word_stop(key, match)):
            if not _compound_with_previous(key, end, match):
                break
        elif _is_capitalised(token) and (
            _honorific_before_name(key, match.start(), cap_run > 0) or is_title_word(key[match.start() :])
        ):
            break
        elif head_match and starts_parent_of_unit(key, head_match.group(0), match.start()):
            break  # "Vụ Pháp chế Ngân hàng Nhà nước": the parent is another organisation
        elif (
            not _is_capitalised(token)
            and (_ends_with_place(key[pos:end]) or cap_run >= 2)
            and not _compound_with_previous(key, end, match)  # "... Giá Quốc gia"
        ):
            break  # "Quỹ Đầu tư Hướng Dương rót vốn": a proper-name run closes a name
        cap_run = cap_run + 1 if _is_capitalised(token) and not token[:1].isdigit() else 0
        previous_brand = is_brand_word(token) and not _abbreviation(token)
        if token.endswith(".") or match.group(0).endswith("."):
            # keep an abbreviation's dot ("TP. HCM"), not a sentence's
            token_end = match.start() + len(match.group(0).rstrip("-–"))
            end = token_end if _abbreviation(token) else match.start() + len(token)
        else:
            end = match.start() + len(token)
        tokens += 1
        if tokens >= max_tokens:
            break
    if not seen_name_word:
        return start
    return end


@cache
def _abbreviation_keys() -> frozenset[str]:
    return frozenset(lexicon.words("abbreviations.txt"))


def _abbreviation(token: str) -> bool:
    return token.rstrip(".") in _abbreviation_keys()


def _two_word_stop(key: str, match: re.Match[str]) -> bool:
    following = _TOKEN.match(key, match.end() + 1)
    if not following:
        return False
    # the second word may end the sentence: "… do Hội đồng X tổ chức."
    pair = f"{match.group(0)} {following.group(0).rstrip('.…')}"
    return pair.lower() in _stopwords()


def org_head_at(key: str, pos: int) -> bool:
    """Whether a capitalised organisation head noun ("Công ty", "Bộ") starts at `pos`."""
    return bool(_org_head_pattern().match(key, pos))


def head_of(name: str) -> str | None:
    """The head noun an organisation name starts with ("Tập đoàn" of "Tập đoàn PNPT"), if any."""
    key = fold_tones(name)
    match = _org_head_pattern().match(key) or _lower_head_pattern().match(key)
    return name[: match.end()] if match else None


def company_head(name: str) -> str | None:
    """The company head a name begins with ("tổng công ty" of "Tổng công ty Sông Đà"), if any."""
    head = match_key(head_of(name) or "")
    return next((h for h in _company_heads() if head.startswith(h)), None) if head else None


@cache
def _company_heads() -> tuple[str, ...]:
    return tuple(sorted((match_key(w) for w in lexicon.words("company_heads.txt")), key=len, reverse=True))


def is_bare_head(name: str) -> bool:
    """Only head nouns, no name: "Tập đoàn", "CTCP Tập đoàn"."""
    rest = name.strip()
    while rest:
        head = head_of(rest)
        if head is None:
            return False
        rest = rest[len(head) :].strip()
    return bool(name.strip())


def _clean_org_name(name: str) -> str:
    name = name.strip(" -–")
    return name[:1].upper() + name[1:]


def organisation_at(
    sentence: Sentence, start: int, known: frozenset[str] = frozenset(), split_person: bool = True
) -> Mention | None:
    """An organisation named with a head noun (or a standalone name) starting at `start`.

    A person's name right after the organisation's name is not part of it
    ("UBND TP. Cần Thơ Lê Văn Tâm"): see `person_name_at_end`; `known` are the
    match keys of full names the article gives elsewhere.
    """
    key = sentence.key
    head = _org_head_pattern().match(key, start)
    lower = None if head else _lower_head_pattern().match(key, start)
    standalone = _standalone_pattern().match(key, start)
    for head_end in _head_ends(key, start) if (head or lower) else ():
        # the longest head first; "Ban Quản lý dự án 85" needs the shorter head "Ban"
        end = organisation_name_end(key, start, head_end=head_end)
        if split_person:
            trimmed = trim_trailing_person(sentence, start, end, known)
            if trimmed > head_end and is_bare_head(sentence.text[start:trimmed]):
                pass  # "CTCP Tập đoàn Mai Lâm": a second head noun, then the name, no person
            elif trimmed > head_end:
                end = trimmed
            elif standalone and trimmed < end:
                break  # "Quốc hội Hà Sỹ Long": the standalone body, then a person
            # else "Công ty Phạm Gia Phát" is a company, not "Công ty" + a person
        if end > head_end:
            end = _with_location(key, start, head_end, end)
            name = _clean_org_name(sentence.text[start:end])
            if lower and is_place(sentence.text[head_end:end].strip()):
                return None
            end = start + len(sentence.text[start:end].rstrip(" -–"))
            return Mention(Entity(name, ORGANISATION), start, end, "head-noun")
    if standalone:
        end = standalone.end()
        return Mention(
            Entity(_clean_org_name(sentence.text[start:end]), ORGANISATION), start, end, "standalone"
        )
    return _lower_case_ministry_at(sentence, start)


@cache
def _located_place() -> re.Pattern[str]:
    places = _alternation((fold_tones(w) for w in lexicon.words("places.txt")), False)
    return re.compile(rf" tại (?:{places})(?![^\W_])")


def _with_location(key: str, start: int, head_end: int, end: int) -> int:
    """ "Chi nhánh X tại TP.HCM": a branch's place is part of its name."""
    if match_key(key[start:head_end]) not in keyset("branch_heads.txt"):
        return end
    located = _located_place().match(key, end)
    return located.end() if located else end


@cache
def _head_keys() -> tuple[str, ...]:
    return tuple(
        sorted({fold_tones(h).lower() for h in lexicon.words("org_heads.txt")}, key=len, reverse=True)
    )


def _head_ends(key: str, start: int) -> list[int]:
    """Ends of every head noun that starts at `start`, longest first."""
    lowered = key[start : start + 40].lower()
    return [
        start + len(h)
        for h in _head_keys()
        if lowered.startswith(h) and (len(lowered) == len(h) or not lowered[len(h)].isalnum())
    ]


def trim_trailing_person(
    sentence: Sentence, start: int, end: int, known: frozenset[str] = frozenset()
) -> int:
    """End of the run start..end once a trailing person's name is cut off."""
    spans = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", sentence.text[start:end])]
    cut = person_name_at_end([sentence.text[s:e] for s, e in spans], known)
    return spans[cut - 1][1] if cut else end


@lru_cache(maxsize=4096)  # roles, parts and metrics all ask for the same sentence
def organisations(sentence: Sentence) -> tuple[Mention, ...]:
    """Organisations named with a head noun, a standalone name, a foreign suffix (JSC,
    Group) or a domain name (Tiemkiem.vn)."""
    return list(_organisations(sentence))


@cache
def _ministry_field_pattern() -> re.Pattern[str]:
    fields = _alternation((fold_tones(w) for w in lexicon.words("ministry_fields.txt")), False)
    return re.compile(rf"(?:{fields})(?![^\W_])")


def ministry_field_end(key: str, pos: int) -> int | None:
    """Where the field of a ministry written at `pos` ends ("Tài chính", "NN & PTNT"), if one is."""
    found = _ministry_field_pattern().match(key, pos)
    return found.end() if found else None


_LOWER_MINISTRY = re.compile(r"(?<![^\W_])(bộ|sở) (?=\S)")


def _lower_case_ministry_at(sentence: Sentence, pos: int) -> Mention | None:
    """ "bộ NN & PTNT", "sở Tài chính": word-segmented news often writes the head in lower case;
    followed by a ministry's field it still names the ministry (or the department)."""
    head = _LOWER_MINISTRY.match(sentence.key, pos)
    end = ministry_field_end(sentence.key, head.end()) if head else None
    if end is None:
        return None
    name = f"{head.group(1).capitalize()} {sentence.text[head.end() : end]}"
    return Mention(Entity(name, ORGANISATION), pos, end, "lower-case-ministry")


@lru_cache(maxsize=4096)
def _organisations(sentence: Sentence) -> tuple[Mention, ...]:
    """Several extractors ask about the same sentence: read it once."""
    found: list[Mention] = []
    key = sentence.key
    starts = sorted(
        {m.start() for m in _org_head_pattern().finditer(key)}
        | {m.start() for m in _lower_head_pattern().finditer(key)}
        | {m.start() for m in _standalone_pattern().finditer(key)}
    )
    for start in starts:
        if found and start < found[-1].end:
            continue
        if is_title_word(key[start:]) and not _org_head_pattern().match(key, start):
            continue
        mention = organisation_at(sentence, start)
        if mention:
            found.append(mention)
    for match in _org_suffix_pattern().finditer(key):
        if any(m.start <= match.start() < m.end or match.start() <= m.start < match.end() for m in found):
            continue
        start = _past_clause_opener(key, match.start(), match.start("suffix"))
        name = sentence.text[start : match.end()]
        found.append(Mention(Entity(name, ORGANISATION), start, match.end(), "suffix"))
    for head in _LOWER_MINISTRY.finditer(key):
        mention = _lower_case_ministry_at(sentence, head.start())
        if mention and not any(m.start < mention.end and mention.start < m.end for m in found):
            found.append(mention)
    for match in _DOMAIN.finditer(key):
        if any(m.start <= match.start() < m.end for m in found):
            continue
        name = sentence.text[match.start() : match.end()]
        if name[:1].islower():
            continue
        found.append(Mention(Entity(name, ORGANISATION), match.start(), match.end(), "domain"))
    return tuple(sorted(found, key=lambda m: m.start))  # immutable: the result is cached


def _past_clause_opener(key: str, start: int, name_end: int) -> int:
    """ "Hiện Sao Mai Bank có …": a sentence's capitalised first word that opens the clause
    ("Hiện", "Riêng", "Theo") is not part of the name after it."""
    first = re.match(r"[^\W\d_]+ ", key[start:name_end])
    at_sentence_start = not key[:start].strip(" \"“'‘(-–")
    if first and at_sentence_start and match_key(first.group(0).strip()) in keyset("clause_openers.txt"):
        rest = key[start + first.end() : name_end].strip()
        if rest[:1].isupper():
            return start + first.end()
    return start


def capitalised_run(sentence: Sentence, start: int) -> tuple[int, list[tuple[int, int]]]:
    """The run of capitalised tokens starting at `start`: its end and token spans."""
    key = sentence.key
    spans: list[tuple[int, int]] = []
    pos = start
    for match in re.finditer(r"\S+", key[start:]):
        s = start + match.start()
        if key[pos:s].strip() or "\n" in key[pos:s]:
            break
        token = match.group(0)
        core = token.rstrip(',;:)"”’!?')
        if core.endswith(".") and not (_abbreviation(core) or "." in core[:-1]):
            core = core[:-1]
        core = core.rstrip("-–")
        if not core or not _is_capitalised(core):
            break
        spans.append((s, s + len(core)))
        pos = s + len(core)
        if len(core) < len(token):
            break
    return pos, spans
