"""Readable, collision-safe ASCII slugs for IRIs (đ→d, diacritics dropped, words joined by '-')."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kg.corpus.normalise import match_key

_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 17)  # every mention of a name asks again
def slugify(name: str) -> str:
    """ASCII slug of a Vietnamese name: diacritics dropped, đ→d, words joined by '-'."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    slug = _NON_SLUG.sub("-", text).strip("-")
    return slug[:80].rstrip("-") or "x"


def short_hash(*parts: str, length: int = 10) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def key_slug(key: str) -> str:
    """Slug of a comparison key; a short hash of the key is appended when the slug loses
    information (diacritics, punctuation), so "Hòa" and "Hoa" never share an IRI.

    Depends on the key only, so an entity keeps its slug whatever else the corpus holds.
    """
    slug = slugify(key)
    if slug.replace("-", " ") == " ".join(key.split()):
        return slug
    return f"{slug}-{short_hash(key, length=6)}"


def entity_slug(name: str) -> str:
    """Slug of a name through its comparison key (tone-mark, case and `_` variants agree)."""
    return key_slug(match_key(name))
