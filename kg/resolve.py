"""One node per real thing: comparison keys, readable ASCII slugs, and IRIs.

Names are compared by `match_key` (NFC, one tone convention, case folded, `_` as space),
so "Bộ Công Thương", "Bộ Công thương" and "Bộ_Công_Thương" are one organisation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.corpus.normalise import match_key

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """ASCII slug of a Vietnamese name: diacritics dropped, đ→d, words joined by '-'."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    slug = _NON_SLUG.sub("-", text).strip("-")
    return slug[:80].rstrip("-") or "x"


def short_hash(*parts: str, length: int = 10) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def entity_slug(name: str) -> str:
    """Slug that differs for names that differ only by diacritics ("Hòa" vs "Hoa").

    The plain slug is used when the name folds to ASCII without loss; otherwise a short
    hash of the comparison key is appended, so the IRI is both readable and collision-safe
    and stays the same when more articles are added.
    """
    key = match_key(name)
    slug = slugify(name)
    if slug.replace("-", " ") == " ".join(key.split()):
        return slug
    return f"{slug}-{short_hash(key, length=6)}"
