"""Read article files into an Article plus its normalised text.

Three layouts are recognised from the content, not the file name: plain text,
Markdown with a metadata head (`Published at`, `Author`, `Original`), and
word-segmented text (syllables joined with `_`, punctuation spaced out).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.corpus.encoding import Decoded, UndecodableError, decode_bytes
from kg.corpus.normalise import NormalisedText, OffsetMap, normalise, rewrite, unwrap
from kg.model import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".seg", ".text")
DEFAULT_MAX_ARTICLE_MB = 2.0  # news articles are tens of kilobytes; extraction reads ~100 KB/s
LONG_LINE = 10_000  # characters: a line this long is worth a warning (a paragraph is ~1,000)
MB = 1_000_000


def shown(path: str | Path) -> str:
    """A file name safe to print: control and bidi characters shown as escapes, so a
    name cannot forge a line of output or turn the rest of the line around."""
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in str(path)
    )


class ReadError(Exception):
    """An input file that cannot be read as an article; the message names the file."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{shown(path)}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class ReadResult:
    article: Article
    text: NormalisedText
    warnings: list[str] = field(default_factory=list)


_META_LINE = re.compile(r"^[ \t]*(Published at|Author|Original|Date|Source|Tags?)[ \t]*:[ \t]*(.*)$", re.M)
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_BOLD = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DMY_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_UNSAFE_URL = re.compile(r"[\s<>\"{}|\\^`]")  # characters an IRI cannot hold


def decode_with_notes(path: Path, data: bytes) -> Decoded:
    """Text of the file and what was done to get it (see kg.corpus.encoding: what is read,
    what is refused); ReadError naming the file when it cannot be read."""
    try:
        return decode_bytes(data)
    except UndecodableError as error:
        raise ReadError(path, str(error)) from error


def decode(path: Path, data: bytes) -> str:
    """Text of the file, for callers that report no warnings (use decode_with_notes to)."""
    return decode_with_notes(path, data).text


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse_date(value: str) -> str | None:
    match = _ISO_DATE.search(value)
    if match:
        return _valid_date(*(int(g) for g in match.groups()))
    match = _DMY_DATE.search(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return _valid_date(year, month, day)
    return None


def _strip_markup(value: str) -> str:
    return _BOLD.sub("", value).strip()


def _read_markdown_head(original: str, article: Article, warnings: list[str]) -> str:
    """Fill the article's metadata from the head; return the original with metadata lines blanked."""
    for match in _META_LINE.finditer(original[:4000]):
        key, value = match.group(1).lower(), match.group(2)
        where = f"{shown(article.path)}: line {original.count(chr(10), 0, match.start()) + 1}:"
        link = _MD_LINK.search(value)
        if key in ("published at", "date"):
            article.published = _parse_date(value)
            if article.published is None:
                warnings.append(f"{where} metadata '{match.group(1)}' is not a date: {value.strip()!r}")
        elif key == "author":
            article.author = _strip_markup(value) or None
            if article.author is None:
                warnings.append(f"{where} metadata 'Author' is empty")
        elif key in ("original", "source"):
            url = link.group(2) if link else value.strip()
            if url.startswith(("http://", "https://")) and not _UNSAFE_URL.search(url):
                article.url = url
            else:
                warnings.append(f"{where} metadata '{match.group(1)}' has no http(s) link: {value.strip()!r}")
    heading = _HEADING.search(original[:4000])
    if heading:
        line_end = original.find("\n", heading.end())
        article.title = original[heading.end() : line_end if line_end >= 0 else None].strip() or None
    return original


def is_markdown(original: str, path: Path) -> bool:
    return path.suffix.lower() in (".md", ".markdown") or bool(_META_LINE.search(original[:4000]))


def _markdown_text(original: str) -> NormalisedText:
    """Drop metadata lines, heading marks, bold marks and link targets, keeping offsets."""
    stripped, first = rewrite(original, _META_LINE, lambda m: "")
    stripped, second = rewrite(stripped, _HEADING, lambda m: "")
    stripped, third = unwrap(stripped, _MD_LINK, 1)
    stripped, fourth = rewrite(stripped, _BOLD, lambda m: "")
    normalised = normalise(stripped)
    prefix: list[OffsetMap] = [m for m in (first, second, third, fourth) if m._segments]
    normalised.maps = prefix + normalised.maps
    normalised.original = original
    return normalised


def check_size(path: str | Path, size: int, max_mb: float | None = DEFAULT_MAX_ARTICLE_MB) -> None:
    """Refuse an article larger than `max_mb` megabytes (None: no limit) before it is read."""
    if max_mb is not None and size > max_mb * MB:
        raise ReadError(
            path,
            f"{size / MB:.1f} MB, more than the {max_mb:g} MB allowed for one article "
            "(raise the limit with --max-article-mb)",
        )


def read_article(
    path: Path, doc_id: str | None = None, max_mb: float | None = DEFAULT_MAX_ARTICLE_MB
) -> ReadResult:
    """Read one file; raises ReadError with a reason a user can act on.

    A file larger than `max_mb` megabytes is refused before it is read (None: no limit).
    """
    try:
        check_size(path, path.stat().st_size, max_mb)
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read ({exc.strerror or exc})") from exc
    return read_text_article(doc_id or path.name, decode_with_notes(path, data), {"path": str(path)})


_METADATA_FIELDS = ("title", "author")


def read_text_article(doc_id: str, text: str | Decoded, metadata: dict | None = None) -> ReadResult:
    """An article from text already decoded (a JSON Lines record, standard input, bytes decoded by
    a worker process). `metadata["path"]` names the source in messages and lets a `.md` name mark
    Markdown; `title`, `published`, `author`, `url` given there override the text's own head."""
    metadata = metadata or {}
    path = Path(metadata.get("path") or doc_id)
    notes = text.warnings if isinstance(text, Decoded) else ()
    original = text.text if isinstance(text, Decoded) else text
    article = Article(doc_id=doc_id, path=str(path), original=original)
    warnings: list[str] = [f"{shown(path)}: {note}" for note in notes]
    if is_markdown(original, path):
        _read_markdown_head(original, article, warnings)
        normalised = _markdown_text(original)
    else:
        normalised = normalise(original)
        first_line = normalised.text.strip().split("\n", 1)[0]
        if "\n" in normalised.text.strip() and len(first_line) < 200:
            article.title = first_line.strip()
    if not normalised.text.strip():
        raise ReadError(path, "no article text after the metadata head")
    warnings.extend(_long_line_warnings(path, normalised.text))
    _apply_metadata(article, metadata, warnings)
    return ReadResult(article=article, text=normalised, warnings=warnings)


def _apply_metadata(article: Article, metadata: dict, warnings: list[str]) -> None:
    where = shown(article.path)
    for name in _METADATA_FIELDS:
        if str(metadata.get(name) or "").strip():
            setattr(article, name, str(metadata[name]).strip())
    if metadata.get("published"):
        article.published = _parse_date(str(metadata["published"]))
        if article.published is None:
            warnings.append(f"{where}: metadata 'published' is not a date: {metadata['published']!r}")
    url = str(metadata.get("url") or "").strip()
    if url.startswith(("http://", "https://")) and not _UNSAFE_URL.search(url):
        article.url = url
    elif url:
        warnings.append(f"{where}: metadata 'url' is not an http(s) link: {url!r}")


def _long_line_warnings(path: Path, text: str) -> list[str]:
    from kg.nlp.sentences import MAX_SENTENCE_CHARS

    start, number = 0, 1
    longest = (0, 0)
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        longest = max(longest, (end - start, -number))
        start, number = end + 1, number + 1
    length, line = longest[0], -longest[1]
    if length < LONG_LINE:
        return []
    return [
        f"{shown(path)}: line {line} is {length:,} characters long; read as it is, with any "
        f"sentence over {MAX_SENTENCE_CHARS:,} characters cut at a comma or a space"
    ]


def find_article_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Expand folders (recursively) into article files, sorted; report paths that do not exist."""
    found: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
        elif path.is_file():
            found.append(path)
        elif path.exists():
            problems.append(f"{shown(path)}: not a regular file (a device, pipe or socket), not read")
        else:
            problems.append(f"{shown(path)}: no such file or folder")
    unique = list(dict.fromkeys(found))
    return unique, problems
