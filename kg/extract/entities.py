"""Mentions of people and organisations in a sentence, found by rules.

underthesea's CRF NER is weak on this text (DESIGN.md: PER precision ~47%, ORG recall
~10%), so mentions come from honorifics, organisation head nouns and name shapes
kept in ontology/lexicon/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import lexicon
from kg.extract.context import Sentence
from kg.model import ORGANISATION, PERSON, Entity

UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
# A capitalised word: "Trần", "Alibaba.com", "M.i.i.n", "B2B", "VNPT-Vinaphone", "TP.", "O'Neil".
CAP_WORD = rf"[{UPPER}][^\W_]*(?:[.'’\-&][^\W_]+)*\.?"
CAP_RUN = rf"{CAP_WORD}(?:[ ]+{CAP_WORD})*"
LOWER_WORD = r"[^\W\d_A-Z][^\W_]*"


@dataclass(frozen=True)
class Mention:
    entity: Entity
    start: int  # offsets within the sentence text
    end: int
    rule: str


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


def _capitalised_variants(words: tuple[str, ...]) -> tuple[str, ...]:
    variants = set(words)
    variants.update(w[:1].upper() + w[1:] for w in words)
    return tuple(sorted(variants, key=lambda w: (-len(w), w)))


@cache
def _person_pattern() -> re.Pattern[str]:
    honorifics = _alternation(_capitalised_variants(lexicon.words("honorifics.txt")))
    name = rf"{CAP_WORD}(?:[ ]+{CAP_WORD}){{0,4}}"
    return re.compile(rf"(?<![^\W_])(?P<hon>{honorifics})[ ]+(?P<name>{name})")


@cache
def _org_head_pattern() -> re.Pattern[str]:
    heads = _alternation(_capitalised_variants(lexicon.words("org_heads.txt")))
    return re.compile(rf"(?<![^\W_])(?P<head>{heads})(?![^\W_])")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(lexicon.words("name_stopwords.txt"))


@cache
def _org_suffix_pattern() -> re.Pattern[str]:
    suffixes = _alternation(lexicon.words("org_suffixes.txt"))
    return re.compile(rf"(?P<name>{CAP_RUN})[ ]+(?P<suffix>{suffixes})(?![^\W_])")


_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”‘’!?]+")


def _is_capitalised(token: str) -> bool:
    return bool(token) and token[0].isupper()


def organisation_name_end(key: str, start: int, max_tokens: int = 12) -> int:
    """Where an organisation name that starts at `start` (its head noun) ends.

    After the head, the first word must be capitalised ("Bộ Công Thương", "Cục Xúc tiến
    thương mại"); later lower-case words continue the name until a stop word, a
    punctuation mark, or "và"/"&" not followed by a capitalised word.
    """
    head_match = _org_head_pattern().match(key, start)
    pos = head_match.end() if head_match else start
    end = pos
    seen_name_word = False
    tokens = 0
    for match in _TOKEN.finditer(key, pos):
        gap = key[end : match.start()]
        if gap.strip() not in ("", "-", "–", "&") or "\n" in gap:
            break
        token = match.group(0).rstrip(".")
        lowered = token.lower()
        if not seen_name_word:
            if not (_is_capitalised(token) or token[:1].isdigit()):
                break
            seen_name_word = True
        elif token in ("và", "&"):
            following = _TOKEN.match(key, match.end() + 1)
            if not following or not _is_capitalised(following.group(0)):
                break
        elif not _is_capitalised(token) and (lowered in _stopwords() or _two_word_stop(key, match)):
            break
        end = match.start() + len(token)
        tokens += 1
        if tokens >= max_tokens:
            break
    if not seen_name_word:
        return start
    return end


def _two_word_stop(key: str, match: re.Match[str]) -> bool:
    following = _TOKEN.match(key, match.end() + 1)
    return bool(following) and f"{match.group(0)} {following.group(0)}".lower() in _stopwords()


def organisations(sentence: Sentence) -> list[Mention]:
    """Organisations named with a head noun, or with a foreign suffix such as JSC or Group."""
    found: list[Mention] = []
    key = sentence.key
    for match in _org_head_pattern().finditer(key):
        if found and match.start() < found[-1].end:
            continue
        head = match.group("head")
        if head[0].islower() and match.start() > 0 and not head.isupper():
            # "công ty" in running prose is usually generic ("công ty chị"), not a name
            pass
        end = organisation_name_end(key, match.start())
        if end <= match.end():
            continue
        name = sentence.text[match.start() : end].strip(" -–")
        if head[0].islower():
            name = name[0].upper() + name[1:]
        found.append(Mention(Entity(name, ORGANISATION), match.start(), end, "head-noun"))
    for match in _org_suffix_pattern().finditer(key):
        if any(m.start <= match.start() < m.end for m in found):
            continue
        name = sentence.text[match.start() : match.end()]
        found.append(Mention(Entity(name, ORGANISATION), match.start(), match.end(), "suffix"))
    return sorted(found, key=lambda m: m.start)


def people(sentence: Sentence) -> list[Mention]:
    """People introduced by an honorific ("ông Trần Đình Toản", "PGS.TS. Lê Văn A")."""
    found = []
    for match in _person_pattern().finditer(sentence.key):
        name_start = match.start("name")
        name = sentence.text[name_start : match.end("name")].rstrip(".")
        found.append(Mention(Entity(name, PERSON), match.start(), name_start + len(name), "honorific"))
    return found
