"""Write graphs to files deterministically and atomically."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.rdf.vocab import PREFIXES

# --format names → (rdflib serializer, file suffix)
RDF_FORMATS = {
    "ttl": ("turtle", ".ttl"),
    "nt": ("nt", ".nt"),
    "jsonld": ("json-ld", ".jsonld"),
    "xml": ("pretty-xml", ".rdf"),
    "trig": ("trig", ".trig"),  # one named graph per article: kg/rdf/named_graphs.py
}
JSONLD_CONTEXT = {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}


def _sorted_jsonld(value):
    """JSON-LD with @graph and every list in a stable order (rdflib keeps set order)."""
    if isinstance(value, dict):
        return {key: _sorted_jsonld(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_jsonld(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
    return value


def graph_to_text(graph: Graph, fmt: str = "ttl") -> str:
    """Serialise with sorted output, so the same graph always gives the same bytes."""
    serializer, _ = RDF_FORMATS[fmt]
    if fmt == "trig":
        from kg.rdf.named_graphs import graph_to_trig

        return graph_to_trig(graph)
    if fmt == "nt":
        return "\n".join(sorted(_ntriples_lines(graph))) + "\n"
    if fmt == "ttl":
        return turtle_text(graph)
    if fmt == "jsonld":
        text = graph.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)
        document = _sorted_jsonld(json.loads(text))
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return graph.serialize(format=serializer, encoding="utf-8").decode("utf-8")


def _ntriples_lines(graph: Graph) -> list[str]:
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return [line for line in text.split("\n") if line.strip()]


_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_NEW_SUBJECT = re.compile(r"\n(?=[^\t\n])")  # Oxigraph escapes newlines inside literals


def _triple_order(line: str) -> tuple:
    """Subjects in IRI order, each with its type first, then its properties in IRI order."""
    subject, predicate, rest = line.split(" ", 2)
    return subject.strip("<>"), predicate != _RDF_TYPE, predicate, rest


def turtle_text(graph: Graph) -> str:
    """Turtle in a fixed order: triples sorted, then written by Oxigraph's serialiser.

    rdflib's Turtle writer slows down quadratically on our graphs (every fact's evidence
    IRI adds a namespace to its prefix trie: RDFLib/rdflib#1752), taking minutes at 100k
    triples; this takes about a second per half a million.
    """
    lines = sorted(_ntriples_lines(graph), key=_triple_order)
    prefixes = {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}
    data = ("\n".join(lines) + "\n").encode("utf-8")
    triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
    body = _PREFIX_LINES.sub("", body)  # declared below in a fixed order
    head = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in prefixes.items())
    return head + "\n" + _NEW_SUBJECT.sub("\n\n", body)


_PREFIX_LINES = re.compile(r"\A(?:@prefix [^\n]*\n)*")


_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")


def temporary_beside(path: Path) -> tuple[int, str]:
    """A hidden temporary file beside `path`, named after it and this process, with the
    permissions a plain new file gets (mkstemp's are owner-only; outputs are meant to be shared)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o666 & ~_umask())
    return fd, name


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files that a killed writer left in `folder` (its process is gone)."""
    removed = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        match = _TEMPORARY.match(entry.name)
        if match and entry.is_file() and not _process_alive(int(match.group("pid"))):
            entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_temporary(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporary_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_files_atomic(contents: dict[Path, bytes]) -> None:
    """Write several files so that each is either its old or its new version, never half.

    All temporary files are written (and synced) first, then renamed one after the other;
    a crash before the renames leaves every old file as it was, and the next write removes
    the temporaries the crash left behind.
    """
    for folder in {path.parent for path in contents}:
        remove_stale_temporaries(folder)
    temporaries: dict[Path, str] = {}
    try:
        for path, data in contents.items():
            temporaries[path] = _write_temporary(path, data)
        for path, tmp in temporaries.items():
            os.replace(tmp, path)
    except BaseException:
        for tmp in temporaries.values():
            Path(tmp).unlink(missing_ok=True)
        raise
    for folder in {path.parent for path in contents}:
        _fsync_folder(folder)


def write_texts_atomic(texts: dict[Path, str]) -> None:
    """UTF-8 text files, written together (see write_files_atomic)."""
    write_files_atomic({path: text.encode("utf-8") for path, text in texts.items()})


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text via a temporary file and a rename: readers never see half a file."""
    write_texts_atomic({path: text})


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Bytes via a temporary file and a rename (for caches and other binary outputs)."""
    write_files_atomic({path: data})
