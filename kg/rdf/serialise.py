"""Write graphs to files deterministically and atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

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
        lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        return "\n".join(sorted(line for line in lines if line.strip())) + "\n"
    if fmt == "jsonld":
        text = graph.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)
        document = _sorted_jsonld(json.loads(text))
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return graph.serialize(format=serializer, encoding="utf-8").decode("utf-8")


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text via a temporary file and a rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
