"""Read article files into an Article plus its normalised text.

Three layouts are recognised from the content, not the file name: plain text,
Markdown with a metadata head (`Published at`, `Author`, `Original`), and
word-segmented text (syllables joined with `_`, punctuation spaced out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus.normalise import NormalisedText, OffsetMap, normalise, rewrite
from kg.model import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".seg", ".text")


class ReadError(Exception):
    """An input file that cannot be read as an article; the message names the file."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
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


def decode(path: Path, data: bytes) -> str:
    """UTF-8 only, strictly; anything else is refused with a reason."""
    if not data.strip():
        raise ReadError(path, "file is empty")
    if b"\x00" in data[:4096]:
        raise ReadError(path, "binary data (NUL bytes), not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"not valid UTF-8 (byte {exc.start}); re-save the file as UTF-8") from exc


def _parse_date(value: str) -> str | None:
    match = _ISO_DATE.search(value)
    if match:
        return "-".join(match.groups())
    match = _DMY_DATE.search(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _strip_markup(value: str) -> str:
    return _BOLD.sub("", value).strip()


def _read_markdown_head(original: str, article: Article, warnings: list[str]) -> str:
    """Fill the article's metadata from the head; return the original with metadata lines blanked."""
    for match in _META_LINE.finditer(original[:4000]):
        key, value = match.group(1).lower(), match.group(2)
        link = _MD_LINK.search(value)
        if key in ("published at", "date"):
            article.published = _parse_date(value)
            if article.published is None:
                warnings.append(
                    f"{article.path}: metadata '{match.group(1)}' is not a date: {value.strip()!r}"
                )
        elif key == "author":
            article.author = _strip_markup(value) or None
        elif key in ("original", "source"):
            url = link.group(2) if link else value.strip()
            if url.startswith(("http://", "https://")):
                article.url = url
            else:
                warnings.append(
                    f"{article.path}: metadata '{match.group(1)}' has no http(s) link: {value.strip()!r}"
                )
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
    stripped, third = rewrite(stripped, _MD_LINK, lambda m: m.group(1))
    stripped, fourth = rewrite(stripped, _BOLD, lambda m: "")
    normalised = normalise(stripped)
    prefix: list[OffsetMap] = [m for m in (first, second, third, fourth) if m._segments]
    normalised.maps = prefix + normalised.maps
    normalised.original = original
    return normalised


def read_article(path: Path, doc_id: str | None = None) -> ReadResult:
    """Read one file; raises ReadError with a reason a user can act on."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read ({exc.strerror})") from exc
    return read_text_article(doc_id or path.name, decode(path, data), {"path": str(path)})


_METADATA_FIELDS = ("title", "author", "url")


def read_text_article(doc_id: str, text: str, metadata: dict | None = None) -> ReadResult:
    """An article from text already decoded (a JSON Lines record, standard input, bytes sent to a
    worker). `metadata["path"]` names the source in messages and lets a `.md` name mark Markdown;
    `title`, `published`, `author`, `url` given there override what the text's own head says."""
    metadata = metadata or {}
    path = Path(metadata.get("path") or doc_id)
    article = Article(doc_id=doc_id, path=str(path), original=text)
    warnings: list[str] = []
    if is_markdown(text, path):
        _read_markdown_head(text, article, warnings)
        normalised = _markdown_text(text)
    else:
        normalised = normalise(text)
        first_line = normalised.text.strip().split("\n", 1)[0]
        if "\n" in normalised.text.strip() and len(first_line) < 200:
            article.title = first_line.strip()
    if not normalised.text.strip():
        raise ReadError(path, "no article text after the metadata head")
    for name in _METADATA_FIELDS:
        if metadata.get(name):
            setattr(article, name, str(metadata[name]).strip())
    if metadata.get("published"):
        article.published = _parse_date(str(metadata["published"]))
        if article.published is None:
            warnings.append(f"{path}: metadata 'published' is not a date: {metadata['published']!r}")
    return ReadResult(article=article, text=normalised, warnings=warnings)


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
        else:
            problems.append(f"{path}: no such file or folder")
    unique = list(dict.fromkeys(found))
    return unique, problems
