"""How resolution reads a name: clean it, split off a parenthesised short name, and
compute the key two mentions must share to be one node.

Organisation keys drop what does not tell organisations apart: a web-domain ending
("Tên.com" is the company Tên), legal-form and descriptive words ("Công ty Cổ phần",
"Tập đoàn", "báo", "JSC", "Group"), punctuation, abbreviations (UBND, TP), case,
tone-mark placement and word-segmentation underscores. The words themselves live in
ontology/lexicon/ (org_name_prefixes.tsv, legal_form_suffixes.txt, name_abbreviations.tsv,
web_domains.txt).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from kg import lexicon
from kg.corpus.normalise import match_key
from kg.model import ORGANISATION, PERSON
from kg.resolve.slugs import slugify

_QUOTES = "\"'“”‘’«»"
_PAREN = re.compile(r"^(?P<outer>.*?\S)\s*[(（]\s*(?P<inner>[^()（）]+?)\s*[)）]\s*$")
_MAX_SHORT_NAME_WORDS = 3


def clean_name(name: str) -> str:
    """Display form of a name: NFC, `_` as space, one space between words, no wrapping quotes."""
    text = unicodedata.normalize("NFC", name).replace("_", " ")
    text = " ".join(text.split())
    return text.strip(_QUOTES + " ,;:").strip()


@cache
def _org_heads() -> tuple[str, ...]:
    return tuple(match_key(word) for word in lexicon.words("org_heads.txt"))


def starts_with_org_head(name: str) -> bool:
    key = match_key(name)
    return any(key == head or key.startswith(head + " ") for head in _org_heads())


def is_acronym(name: str) -> bool:
    """One word written mostly in capitals: "VCCI", "TMĐT", "HoSE"."""
    if " " in name.strip() or not 2 <= len(name) <= 10:
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 0.75 * len(letters)


def split_parenthesised(name: str) -> tuple[str, tuple[str, ...]]:
    """ "Ngân hàng X (XBank)" → ("Ngân hàng X", ("XBank",)).

    Only a short name in the brackets is an alias; a bracketed organisation
    ("Cục X (Bộ Y)") is the parent, not another name, and is dropped from the name.
    "ABC (Hiệp hội A B C)" — an acronym before a long name — gives the long name.
    """
    match = _PAREN.match(name)
    if not match:
        return name, ()
    outer, inner = clean_name(match.group("outer")), clean_name(match.group("inner"))
    if not outer or not inner:
        return outer or name, ()
    if is_acronym(outer) and len(inner.split()) > _MAX_SHORT_NAME_WORDS:
        return inner, (outer,)
    short = len(inner.split()) <= _MAX_SHORT_NAME_WORDS and not starts_with_org_head(inner)
    if short and any(ch.isupper() or ch.isdigit() for ch in inner):
        return outer, (inner,)
    return outer, ()


@cache
def _legal_prefixes() -> tuple[tuple[str, str], ...]:
    pairs = {name_key(k): name_key(v) for k, v in lexicon.mapping("org_name_prefixes.tsv").items()}
    return tuple(sorted(pairs.items(), key=lambda kv: (-len(kv[0]), kv[0])))


@cache
def _legal_suffixes() -> tuple[str, ...]:
    return tuple(
        sorted({name_key(w) for w in lexicon.words("legal_form_suffixes.txt")}, key=lambda w: (-len(w), w))
    )


@cache
def _domains() -> frozenset[str]:
    return frozenset(match_key(w) for w in lexicon.words("web_domains.txt"))


def _drop_domain(word: str) -> str:
    """ "alibaba.com" → "alibaba", "tên.com.vn" → "tên"; "m.i.i.n" stays."""
    while "." in word:
        base, _, ending = word.rpartition(".")
        if not base or ending not in _domains():
            break
        word = base
    return word


def web_name(name: str) -> str | None:
    """ "Sao Mai" written as a web address ("SaoMai.vn") → "saomai"; None for other names."""
    words = match_key(name).split()
    if len(words) != 1 or _drop_domain(words[0]) == words[0]:
        return None
    return spaceless_ascii(_drop_domain(words[0]))


def spaceless_ascii(text: str) -> str:
    """How a name is written in a web address: no diacritics, no spaces ("Thế Giới" → "thegioi")."""
    return slugify(text).replace("-", "")


def _drop_legal_forms(key: str) -> str:
    for _ in range(8):  # a name carries at most a couple of legal-form words
        before = key
        for prefix, replacement in _legal_prefixes():
            if key.startswith(prefix + " "):
                key = f"{replacement} {key[len(prefix) + 1 :]}".strip()
                break
        for suffix in _legal_suffixes():
            if key.endswith(" " + suffix):
                key = key[: -len(suffix) - 1]
                break
        if key == before:
            break
    return key


_PUNCTUATION = re.compile(r"[.,;:\-–—/]+")


@cache
def _abbreviations() -> dict[str, str]:
    return {
        _PUNCTUATION.sub("", match_key(k)): match_key(v)
        for k, v in lexicon.mapping("name_abbreviations.tsv").items()
    }


@lru_cache(maxsize=1 << 17)  # a corpus names the same things again and again
def name_key(name: str) -> str:
    """Key of a name of a thing (not a person): match_key, punctuation read as a space,
    abbreviations spelled out: "UBND TP. HCM", "UBND TP.HCM" and "Ủy ban nhân dân Thành phố
    Hồ Chí Minh" all give "ủy ban nhân dân thành phố hồ chí minh"."""
    words = _PUNCTUATION.sub(" ", match_key(name)).split()
    return " ".join(_abbreviations().get(word, word) for word in words)


@cache
def _generic_keys() -> frozenset[str]:
    heads = {name_key(word) for word in lexicon.words("org_heads.txt")}
    return frozenset(heads | {k for k, _ in _legal_prefixes()} | set(_legal_suffixes()))


def is_generic(name: str) -> bool:
    """A head noun or legal form alone ("Công ty", "Tập đoàn", "JSC") names no one thing:
    as an alias it would join every company of the corpus into one."""
    return name_key(name) in _generic_keys()


@lru_cache(maxsize=1 << 17)
def org_key(name: str) -> str:
    """Key of an organisation name: "Công ty CP Minh An", "Minh An JSC" and "minh an" all
    give "minh an"; "Tên.com" gives "tên"."""
    key = " ".join(_drop_domain(word) for word in match_key(name).split())
    key = name_key(key)
    return _drop_legal_forms(key) or key


def entity_key(entity_type: str, name: str) -> str:
    """The key two names of one type must share to be one node."""
    if entity_type == ORGANISATION:
        return org_key(name)
    return match_key(name) if entity_type == PERSON else name_key(name)


def initials(name: str) -> set[str]:
    """Vietnamese acronyms take the first letter of each syllable: "Tổng cục Thống kê" → "tctk".

    Both the full name and the name without legal-form words, with and without "và".
    """
    found = set()
    for key in {match_key(name), org_key(name)}:
        words = [w for w in re.split(r"[\s\-–,.]+", key) if w]
        for kept in (words, [w for w in words if w != "và"]):
            if len(kept) >= 2:
                found.add(acronym_letters("".join(w[0] for w in kept)))
    return found


def acronym_letters(text: str) -> str:
    """Letters as acronyms write them: no tone marks or hats ("Ủy" → "u"), but đ stays đ."""
    decomposed = unicodedata.normalize("NFD", match_key(text).replace("đ", "\x00"))
    return "".join(ch for ch in decomposed if ch.isalnum() or ch == "\x00").replace("\x00", "đ")
