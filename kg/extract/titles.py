"""Job titles in a sentence: modifiers, the title from the lexicon, and its tails.

"nguyên Phó Tổng giám đốc phụ trách kinh doanh" is one title: the role text is
"Phó Tổng giám đốc phụ trách kinh doanh" (the organisation is never part of it),
held in the past, with an English label composed from the lexicon
(ontology/lexicon/titles.tsv, title_modifiers.tsv, title_tails.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import lexicon
from kg.corpus.normalise import fold_tones, match_key
from kg.extract.context import Sentence
from kg.extract.entities import NOT_AFTER_LETTER, NOT_BEFORE_LETTER, keyset, org_head_at
from kg.extract.patterns import alternation as _alternation

_PLACE_INTRODUCERS = ("châu", "miền", "vùng", "phía", "khu vực", "tỉnh", "thành phố", "thị trường")
UNIT_WORDS = ("phòng", "ban", "bộ phận", "khối", "khoa", "chi nhánh", "mảng", "ngành hàng")


@dataclass(frozen=True)
class Title:
    start: int  # span in the sentence, modifiers and tails included
    end: int
    role: str  # role text without dropped modifiers (nguyên, cựu, tân) and without the organisation
    english: str | None
    past: bool
    base: str  # the lexicon entry that matched ("Tổng giám đốc")
    unit: tuple[int, int] | None = None  # a trailing "Ban X" / "phòng X" that may be the organisation
    role_without_unit: str | None = None
    english_without_unit: str | None = None


@dataclass(frozen=True)
class _Modifier:
    english: str
    past: bool
    kept: bool


@cache
def _titles() -> dict[str, tuple[str, str]]:
    """match key -> (title as in the lexicon, English)."""
    return {match_key(k): (k, v) for k, v in lexicon.mapping("titles.tsv").items()}


@cache
def _modifiers() -> dict[str, _Modifier]:
    result = {}
    for line in lexicon.mapping("title_modifiers.tsv").items():
        word, rest = line
        english, past, kept = ([*rest.split("\t"), "", "", ""])[:3]
        result[match_key(word)] = _Modifier(english.strip(), past.strip() == "yes", kept.strip() != "no")
    return result


@cache
def _tails() -> list[tuple[str, str, str]]:
    """(kind, Vietnamese, English template), longest Vietnamese first."""
    rows = []
    path = lexicon.LEXICON_DIR / "title_tails.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, word, template = ([*line.split("\t"), "", ""])[:3]
        rows.append((kind.strip(), fold_tones(word.strip()).lower(), template.strip()))
    return sorted(rows, key=lambda r: -len(r[1]))


@cache
def _title_pattern() -> re.Pattern[str]:
    titles = [fold_tones(k) for k, _ in _titles().values()]
    modifiers = [fold_tones(m) for m in lexicon.words("title_modifiers.tsv")]
    return re.compile(
        rf"{NOT_AFTER_LETTER}(?P<mods>(?:(?:{_alternation(modifiers, True)})[ ]+)*)"
        rf"(?P<title>{_alternation(titles, True)}){NOT_BEFORE_LETTER}",
        re.IGNORECASE,
    )


_WORD = re.compile(r"[^\s,;:()\[\]\"“”‘’!?]+")


def _is_cap(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit())


def _stop(token: str) -> bool:
    return fold_tones(token.lower()) in _stopword_keys()


@cache
def _stopword_keys() -> frozenset[str]:
    return frozenset(fold_tones(w) for w in lexicon.words("name_stopwords.txt"))


def _next_word(key: str, pos: int) -> re.Match[str] | None:
    """The word right after `pos`, separated by exactly one space."""
    if not key.startswith(" ", pos):
        return None
    match = _WORD.match(key, pos + 1)
    return match


def _lower_words(key: str, pos: int, limit: int = 8, first_may_be_cap: bool = False) -> int:
    """End of a run of lower-case words after `pos` (a unit or scope name)."""
    end = pos
    count = 0
    while count < limit:
        match = _next_word(key, end)
        if not match:
            break
        token = match.group(0).rstrip(".")
        if not any(c.isalpha() for c in token) or _stop(token) and not _is_cap(token):
            break  # "Khối Bán lẻ - Ngân hàng X": a dash ends the name
        if _starts_title(key, match.start()):
            break
        if _is_cap(token) and not (first_may_be_cap and count == 0):
            previous = key[pos:end].split()[-1:] or [""]
            if previous[0].lower() not in _PLACE_INTRODUCERS:
                break
            end = _cap_run(key, match.start() - 1, limit=4)  # "thị trường châu Á"
            count += 1
            continue
        if token.lower() in ("kiêm",) or (count and _starts_tail(key, match.start())):
            break
        end = match.start() + len(token)
        count += 1
        if match.group(0).endswith("."):
            break
    return end


# "Khối X của Ngân hàng Y", "Khối X - Ngân hàng Y"
_OF_ORG = re.compile(r",? (?:của|tại) | [-–] ", re.IGNORECASE)


def _free_tail_end(key: str, end: int) -> int | None:
    """ "Trưởng nhóm phân tích của Công ty X": lower-case words between a title and "của"
    (or an organisation's head noun) still describe the title."""
    tail_end = _lower_words(key, end, limit=3)
    if tail_end == end:
        return None
    if _OF_ORG.match(key, tail_end):
        return tail_end
    if key.startswith(" ", tail_end) and org_head_at(key, tail_end + 1):
        return tail_end
    return None


def _names_a_unit(base_key: str) -> bool:
    """ "Trưởng phòng", "Phó ban", "Trưởng bộ phận": the unit's name follows the title."""
    first, _, rest = base_key.partition(" ")
    return first in ("trưởng", "phó", "chủ nhiệm") and rest in UNIT_WORDS


def _starts_tail(key: str, pos: int) -> bool:
    lowered = key[pos:].lower()
    return any(
        lowered.startswith(word) and (len(lowered) == len(word) or not lowered[len(word)].isalnum())
        for kind, word, _ in _tails()
        if kind != "word"
    )


def _starts_title(key: str, pos: int) -> bool:
    return bool(_title_pattern().match(key, pos))


def _cap_run(key: str, pos: int, limit: int = 6) -> int:
    end = pos
    count = 0
    while count < limit:
        match = _next_word(key, end)
        if not match:
            break
        token = match.group(0).rstrip(".")
        if token in ("-", "–"):
            following = _next_word(key, match.end())
            if count and following and _is_cap(following.group(0)):
                end = match.end()  # "châu Á - Thái Bình Dương"
                continue
            break
        if not _is_cap(token):
            break
        end = match.start() + len(token)
        count += 1
    return end


def place_after(key: str, pos: int) -> int | None:
    """End of a place name that starts after the space at `pos`, if one does."""
    return _place_at(key, pos)


def _place_at(key: str, pos: int) -> int | None:
    """End of a place name starting after the space at `pos` (longest, up to 5 words)."""
    ends = []
    end = pos
    for _ in range(5):
        match = _next_word(key, end)
        if not match:
            break
        end = match.start() + len(match.group(0).rstrip("."))
        ends.append(end)
    for candidate in reversed(ends):
        if match_key(key[pos + 1 : candidate]) in keyset("places.txt"):
            return candidate
    return None


def _place_list_end(key: str, pos: int) -> int | None:
    """ "Singapore, Malaysia và Thái Lan" after a title, when "của"/"tại" follows it."""
    end = _place_at(key, pos)
    if end is None:
        return None
    while True:
        rest = key[end:]
        sep = re.match(r"(,| và|,? và)(?= )", rest)
        if not sep:
            break
        nxt = _place_at(key, end + sep.end())
        if nxt is None:
            break
        end = nxt
    if re.match(r",? (?:của|tại) ", key[end:]):
        return end
    return None


def title_at(sentence: Sentence, pos: int) -> Title | None:
    match = _title_pattern().match(sentence.key, pos)
    return _build(sentence, match) if match else None


def titles(sentence: Sentence) -> list[Title]:
    """Non-overlapping titles in text order."""
    found: list[Title] = []
    for match in _title_pattern().finditer(sentence.key):
        if found and match.start() < found[-1].end:
            continue
        title = _build(sentence, match)
        if title:
            found.append(title)
    return found


def _build(sentence: Sentence, match: re.Match[str]) -> Title | None:
    key, text = sentence.key, sentence.text
    kept_mods: list[tuple[str, _Modifier]] = []
    past = False
    mods_text = match.group("mods")
    words = mods_text.split()
    i = 0
    mod_start = match.start()
    role_start = None
    while i < len(words):
        for width in (2, 1):
            candidate = " ".join(words[i : i + width])
            modifier = _modifiers().get(match_key(candidate))
            if modifier and len(words[i : i + width]) == width:
                offset = key.find(words[i], mod_start)
                if modifier.kept:
                    kept_mods.append((text[offset : offset + len(candidate)], modifier))
                    if role_start is None:
                        role_start = offset
                elif role_start is not None:
                    return None  # "Phó nguyên ..." is not a title shape
                past = past or modifier.past
                mod_start = offset + len(candidate)
                i += width
                break
        else:
            return None
    base_start, base_end = match.span("title")
    base_key = match_key(match.group("title"))
    base_entry, base_english = _titles()[base_key]
    role_start = base_start if role_start is None else role_start
    english = _combined_english(kept_mods, base_key, base_english)
    end = base_end
    unit: tuple[int, int] | None = None
    role_without_unit = english_without_unit = None
    # a title that names a unit ("Trưởng phòng", "Trưởng ban") is followed by the unit's name
    if _names_a_unit(base_key):
        unit_end = _lower_words(key, end, first_may_be_cap=True)
        if unit_end > end:
            unit = (base_start + len(base_key) - len(base_key.split()[-1]), unit_end)
            role_without_unit = _role_text(text, kept_mods, role_start, base_start, end)
            english_without_unit = english
            english = f"{english}, {text[end + 1 : unit_end]}"
            end = unit_end
    if any(kind == "region" and base_key.endswith(" " + match_key(word)) for kind, word, _ in _tails()):
        # "Giám đốc khu vực Tây Âu": the region's name follows a title that ends with "khu vực"
        region_end = _cap_run(key, end, limit=4)
        if region_end > end:
            english = f"{english}, {text[end + 1 : region_end]}"
            end = region_end
    while True:
        step = _tail_after(sentence, end, english)
        if step is None:
            break
        new_end, new_english, kind, word_start = step
        if kind == "unit" and unit is None:
            unit = (word_start, new_end)
            role_without_unit = _role_text(text, kept_mods, role_start, base_start, end)
            english_without_unit = english
        end, english = new_end, new_english
    places_end = _place_list_end(key, end)
    if places_end is not None:
        english = f"{english}, {text[end + 1 : places_end]}"
        end = places_end
    free_end = _free_tail_end(key, end)
    if free_end is not None:
        english = f"{english} ({text[end + 1 : free_end]})"
        end = free_end
    role = _role_text(text, kept_mods, role_start, base_start, end)
    return Title(
        start=match.start(),
        end=end,
        role=role,
        english=english,
        past=past,
        base=base_entry,
        unit=unit,
        role_without_unit=role_without_unit,
        english_without_unit=english_without_unit,
    )


def _role_text(
    text: str, kept_mods: list[tuple[str, _Modifier]], role_start: int, base_start: int, end: int
) -> str:
    if kept_mods:
        role = " ".join([m for m, _ in kept_mods] + [text[base_start:end]])
    else:
        role = text[role_start:end]
    role = " ".join(role.split())
    return role[:1].upper() + role[1:]


def _combined_english(kept_mods: list[tuple[str, _Modifier]], base_key: str, base_english: str) -> str:
    if kept_mods:
        combined = match_key(" ".join([m for m, _ in kept_mods] + [base_key]))
        if combined in _titles():
            return _titles()[combined][1]
        prefix = " ".join(mod.english for _, mod in kept_mods if mod.english)
        return f"{prefix} {base_english}".strip()
    return base_english


def _tail_after(sentence: Sentence, end: int, english: str) -> tuple[int, str, str, int] | None:
    key, text = sentence.key, sentence.text
    if not key.startswith(" ", end):
        return None
    lowered = key[end + 1 :].lower()
    for kind, word, template in _tails():
        if not lowered.startswith(word) or (len(lowered) > len(word) and lowered[len(word)].isalnum()):
            continue
        word_end = end + 1 + len(word)
        if kind == "unit" and key[end + 1].isupper() and org_head_at(key, end + 1):
            if not _unit_of_following_org(key, word_end):
                continue  # "Chủ tịch Phòng Thương mại ...": a capitalised head starts the organisation
        if kind == "word":
            return word_end, template.format(title=english, x=""), kind, end + 1
        if kind == "unit":
            name_end = _lower_words(key, word_end, first_may_be_cap=True)
        elif kind == "region":
            prefix = re.match(r" (?:châu|miền|phía|khu vực)(?= )", key[word_end:], re.IGNORECASE)
            start = word_end + (prefix.end() if prefix else 0)
            name_end = _cap_run(key, start)
            if name_end == start:
                name_end = _cap_run(key, word_end) if not prefix else word_end
        else:  # scope
            name_end = _lower_words(key, word_end)
        if name_end <= word_end:
            continue
        x = " ".join(text[word_end:name_end].split())
        return name_end, template.format(title=english, x=x), kind, end + 1
    return None


def _unit_of_following_org(key: str, word_end: int) -> bool:
    """ "Giám đốc Khối Tài chính Ngân hàng X": the capitalised unit names a part of the
    organisation written right after it, so it stays in the title."""
    name_end = _lower_words(key, word_end, first_may_be_cap=True)
    return name_end != word_end and org_follows_unit(key, name_end)


def org_follows_unit(key: str, pos: int) -> bool:
    """Whether the organisation a unit belongs to is written from `pos` on (" của Ngân hàng X",
    " - Ngân hàng X", " Ngân hàng X")."""
    return bool(_OF_ORG.match(key, pos)) or (key.startswith(" ", pos) and org_head_at(key, pos + 1))


def english_label(role: str) -> str | None:
    """The English label of a role text as written ("Phó Tổng giám đốc" -> "Deputy General Director")."""
    sentence = Sentence(0, 0, len(role), role, fold_tones(role))
    found = title_at(sentence, 0)
    if found is None or found.end != len(role.rstrip()):
        return found.english if found and found.role == role else None
    return found.english


def implicit_organisation(title: Title) -> str | None:
    """The organisation a title names by itself ("Thủ tướng" -> "Chính phủ"), if any."""
    mapping = {match_key(k): v for k, v in lexicon.mapping("title_orgs.tsv").items()}
    return mapping.get(match_key(title.role))
