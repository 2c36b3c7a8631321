"""Where articles come from: files, folders, glob patterns, JSON Lines corpora and standard input.

`iter_sources` turns what the user typed into a stream of `SourceItem`s (raw bytes or text plus
metadata), in a stable order, so a build is the same however it is run. Nothing is decoded here:
bytes go to `readers.decode` in the worker that reads the article, which may be another process
or another machine. A path or a JSON Lines record that cannot be used becomes a `SourceProblem`
naming the file (and line) and the build goes on with the rest.
"""

from __future__ import annotations

import glob
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.corpus.readers import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_ARTICLE_MB,
    ReadError,
    check_size,
    find_article_files,
    shown,
)

JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDIN = "-"
_GLOB_CHARS = frozenset("*?[")
# JSON Lines fields copied to the article's metadata (anything else on the line is ignored)
JSONL_METADATA = ("title", "published", "date", "author", "url")


@dataclass(frozen=True)
class SourceItem:
    """One article to read: its id, where it came from, its raw content and given metadata."""

    doc_id: str
    origin: str  # a file path, "corpus.jsonl:12", or "<stdin>": what messages name
    data: bytes | str  # bytes from a file (decoded by the reader); text from a JSON Lines record
    metadata: tuple[tuple[str, str], ...] = field(default=())

    @property
    def content_bytes(self) -> bytes:
        return self.data if isinstance(self.data, bytes) else self.data.encode("utf-8")


@dataclass(frozen=True)
class SourceProblem:
    """An input that gives no article, with the reason (reported, then skipped)."""

    message: str

    def __str__(self) -> str:
        return self.message


def expand_paths(inputs: Iterable[str | Path]) -> tuple[list[Path | str], list[SourceProblem]]:
    """Files, folders (recursive: article files and JSON Lines corpora) and glob patterns → a
    sorted, de-duplicated list of files, with `-` kept in place for standard input."""
    found: list[Path | str] = []
    problems: list[SourceProblem] = []

    def add(paths: list[Path]) -> None:
        files, missing = find_article_files(paths)
        found.extend(files)
        problems.extend(SourceProblem(message) for message in missing)
        for folder in (p for p in paths if p.is_dir()):
            found.extend(
                p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in JSONL_SUFFIXES
            )

    for raw in inputs:
        text = str(raw)
        if text == STDIN:
            found.append(STDIN)
        elif not Path(text).exists() and _GLOB_CHARS & set(text):
            matches = [Path(m) for m in sorted(glob.glob(text, recursive=True))]
            if not matches:
                problems.append(SourceProblem(f"{shown(text)}: no file matches this pattern"))
            add([m for m in matches if m.is_dir() or m.suffix.lower() in ARTICLE_SUFFIXES + JSONL_SUFFIXES])
        else:
            add([Path(text)])
    return list(dict.fromkeys(found)), problems


def _file_doc_ids(files: list[Path]) -> dict[Path, str]:
    """Article ids are file names; clashing names (same name, two folders) get their folder too."""
    names = Counter(p.name for p in files)
    return {p: (p.name if names[p.name] == 1 else "/".join(p.parts[-2:])) for p in files}


def _metadata(record: dict) -> tuple[tuple[str, str], ...]:
    values = {key: record[key] for key in JSONL_METADATA if isinstance(record.get(key), (str, int))}
    if "date" in values:
        values.setdefault("published", values.pop("date"))
    return tuple(sorted((key, str(value)) for key, value in values.items()))


def iter_jsonl(
    data: bytes, origin: str, max_mb: float | None = DEFAULT_MAX_ARTICLE_MB
) -> Iterator[SourceItem | SourceProblem]:
    """One article per line: {"text": ..., "id": ..., "title"/"published"/"author"/"url": ...}.
    A line that is not such an object is a problem naming `origin:LINE`; the others still count.
    JSON Lines is UTF-8 by definition: a line in another encoding is refused, not guessed."""
    name = Path(origin).name
    data = data.removeprefix(b"\xef\xbb\xbf")
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        where = f"{shown(origin)}:{number}"
        try:
            check_size(where, len(line), max_mb)
            record = json.loads(line.decode("utf-8"))
        except ReadError as error:
            yield SourceProblem(str(error))
            continue
        except UnicodeDecodeError as error:
            yield SourceProblem(f"{where}: not valid UTF-8 (byte {error.start}); JSON Lines must be UTF-8")
            continue
        except json.JSONDecodeError as error:
            yield SourceProblem(f"{where}: not valid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield SourceProblem(f'{where}: a JSON object with a "text" field was expected')
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield SourceProblem(f'{where}: no "text" field with the article\'s text')
            continue
        doc_id = record.get("id")
        doc_id = str(doc_id) if isinstance(doc_id, (str, int)) and str(doc_id).strip() else f"{name}#{number}"
        yield SourceItem(doc_id=doc_id, origin=where, data=text, metadata=_metadata(record))


def _stdin_items(stream: BinaryIO, max_mb: float | None) -> Iterator[SourceItem | SourceProblem]:
    """Standard input is a JSON Lines corpus when it starts with `{`, else one article."""
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from iter_jsonl(data, "<stdin>", max_mb)
        return
    try:
        check_size("<stdin>", len(data), max_mb)
    except ReadError as error:
        yield SourceProblem(str(error))
        return
    yield SourceItem(doc_id="stdin", origin="<stdin>", data=data)


def iter_sources(
    inputs: Iterable[str | Path], stdin: BinaryIO | None = None, max_mb: float | None = DEFAULT_MAX_ARTICLE_MB
) -> Iterator[SourceItem | SourceProblem]:
    """Every article the inputs name, in a stable order; duplicate ids are reported and skipped.
    An article larger than `max_mb` megabytes is refused before it is read (JSON Lines: per line)."""
    paths, problems = expand_paths(inputs)
    yield from problems
    doc_ids = _file_doc_ids(
        [p for p in paths if isinstance(p, Path) and p.suffix.lower() not in JSONL_SUFFIXES]
    )
    seen: dict[str, str] = {}
    for path in paths:
        if path == STDIN:
            items = _stdin_items(stdin or sys.stdin.buffer, max_mb)
        else:
            jsonl = path.suffix.lower() in JSONL_SUFFIXES
            try:
                if not jsonl:
                    check_size(path, path.stat().st_size, max_mb)
                data = path.read_bytes()
            except ReadError as error:
                yield SourceProblem(str(error))
                continue
            except OSError as error:
                yield SourceProblem(f"{shown(path)}: cannot read ({error.strerror or error})")
                continue
            if jsonl:
                items = iter_jsonl(data, str(path), max_mb)
            else:
                items = iter([SourceItem(doc_id=doc_ids[path], origin=str(path), data=data)])
        for item in items:
            if isinstance(item, SourceItem) and item.doc_id in seen:
                yield SourceProblem(
                    f"{item.origin}: article id {item.doc_id!r} is already used by {seen[item.doc_id]}"
                )
                continue
            if isinstance(item, SourceItem):
                seen[item.doc_id] = item.origin
            yield item
