"""Where the graph lives: rdflib in memory (small builds), Oxigraph on disk (large graphs, fast
SPARQL), and remote SPARQL 1.1 stores the finished graph is pushed to.

`--store` values:
  memory                      rdflib Graph in memory; Turtle written by rdflib (the default)
  oxigraph[:DIR]              an Oxigraph store on disk (default DIR: <out>/oxigraph), written by
                              Oxigraph's own serialisers and queried by `kg query`
  sparql+http(s)://HOST/PATH  push the graph with SPARQL 1.1 Update (DROP GRAPH, INSERT DATA)
  gsp+http(s)://HOST/PATH     push the graph with the SPARQL 1.1 Graph Store HTTP Protocol (PUT)

`OxigraphGraph` offers the few rdflib.Graph methods that the RDF mapping and the build summary
use (add, objects, subjects, bind, len), so `kg/rdf/mapping.py` stays the only place that knows
the ontology whatever the store. Its reads see everything added so far, as an rdflib Graph's do.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Variable

from kg.rdf.serialise import remove_stale_temporaries, temporary_beside
from kg.rdf.vocab import PREFIXES

MEMORY, OXIGRAPH, SPARQL_UPDATE, GRAPH_STORE = "memory", "oxigraph", "sparql", "gsp"
LOCAL_KINDS = (MEMORY, OXIGRAPH)
STORE_MARKER = "kg-store.json"  # written into every Oxigraph folder kg makes
# --format names Oxigraph writes itself (the others need an rdflib copy of the graph)
OXIGRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML}
OXIGRAPH_SUFFIXES = {"ttl": ".ttl", "nt": ".nt", "xml": ".rdf"}
_XSD_STRING = str(XSD.string)


class StoreError(Exception):
    """A store that cannot be used as asked; the message says why."""


@dataclass(frozen=True)
class StoreSpec:
    kind: str  # memory | oxigraph | sparql | gsp
    location: str | None = None  # folder (oxigraph) or endpoint URL (sparql, gsp)

    @property
    def is_remote(self) -> bool:
        return self.kind in (SPARQL_UPDATE, GRAPH_STORE)


def parse_store(spec: str) -> StoreSpec:
    """`memory`, `oxigraph`, `oxigraph:DIR`, `sparql+http://…`, `gsp+https://…`."""
    text = spec.strip()
    if text == MEMORY:
        return StoreSpec(MEMORY)
    if text == OXIGRAPH or text.startswith(OXIGRAPH + ":"):
        folder = text[len(OXIGRAPH) + 1 :]
        return StoreSpec(OXIGRAPH, folder or None)
    for scheme, kind in (("sparql+", SPARQL_UPDATE), ("gsp+", GRAPH_STORE)):
        if text.startswith(scheme):
            url = text[len(scheme) :]
            if urllib.parse.urlsplit(url).scheme not in ("http", "https") or "//" not in url:
                raise StoreError(f"{spec}: expected {scheme}http://HOST:PORT/PATH")
            return StoreSpec(kind, url)
    raise StoreError(
        f"{spec}: unknown store; use memory, oxigraph[:DIR], sparql+http://HOST/PATH or gsp+http://HOST/PATH"
    )


# -- terms --------------------------------------------------------------------------------------
def to_oxigraph(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


_OX_TERMS = (ox.NamedNode, ox.Literal, ox.BlankNode)
_XSD_BOOLEAN = ox.NamedNode(str(XSD.boolean))


@cache
def _named(iri: str) -> ox.NamedNode:
    """Datatype IRIs: a handful, asked for once per literal."""
    return ox.NamedNode(iri)


class OxigraphTerms:
    """Terms made straight as Oxigraph's, for the mapper (kg.rdf.mapping): building rdflib
    terms first and converting them cost more than the rest of a large build's graph step."""

    iri = ox.NamedNode

    @staticmethod
    def literal(value, lang: str | None = None, datatype=None) -> ox.Literal:
        if lang:
            return ox.Literal(value, language=lang)
        if isinstance(value, bool):  # as rdflib types a Python bool
            return ox.Literal("true" if value else "false", datatype=_XSD_BOOLEAN)
        if datatype is not None:
            return ox.Literal(str(value), datatype=_named(str(datatype)))
        if not isinstance(value, str):
            return to_oxigraph(Literal(value))  # ints, decimals, dates: rdflib's typing
        return ox.Literal(value)

    @staticmethod
    def text(term: ox.NamedNode) -> str:
        return term.value


# -- Oxigraph on disk ---------------------------------------------------------------------------
def is_kg_store(folder: Path) -> bool:
    return (folder / STORE_MARKER).is_file()


class OxigraphGraph:
    """A graph being built into an Oxigraph store, with the rdflib.Graph calls the mapper makes.

    Added triples are buffered and written in batches straight to the store's files (a
    transaction per triple would be slow, and RocksDB's in-memory tables grew past 300 MB per
    half a million triples); reads look at the buffer and the store. On disk, the store is built
    in a temporary folder beside `path` and swapped in by `commit()`, so a failed build leaves
    the previous store whole. `stream_turtle` writes the Turtle file while the graph is mapped.
    """

    BATCH = 50_000
    terms = OxigraphTerms  # what the mapper makes its terms with

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else None
        self._building = None
        if self.path is not None:
            if self.path.exists() and not is_kg_store(self.path) and any(self.path.iterdir()):
                raise StoreError(
                    f"{self.path}: folder exists and is not a kg Oxigraph store; not touching it"
                )
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._building = self.path.with_name(f".{self.path.name}.building")
            shutil.rmtree(self._building, ignore_errors=True)
            self.store = ox.Store(str(self._building))
        else:
            self.store = ox.Store()
        self._pending: list[ox.Quad] = []
        self._length: int | None = None  # triples in the store, once counted
        self._terms: dict = {}  # rdflib term → Oxigraph term, per batch
        self._unwritten: list[ox.Quad] | None = None  # added, not yet in the streamed Turtle
        self._turtle: tuple[Path, Path] | None = None  # (graph.ttl, its streamed temporary)
        self.namespaces_bound: dict[str, str] = {}

    # rdflib.Graph surface ------------------------------------------------------------------
    def bind(self, prefix: str, namespace, override: bool = True, replace: bool = False) -> None:
        self.namespaces_bound[prefix] = str(namespace)

    def _ox(self, term):
        if type(term) in _OX_TERMS:  # made by OxigraphTerms for this store: nothing to convert
            return term
        converted = self._terms.get(term)
        if converted is None:
            converted = self._terms[term] = to_oxigraph(term)
        return converted

    def add(self, triple) -> OxigraphGraph:
        s, p, o = triple
        quad = ox.Quad(self._ox(s), self._ox(p), self._ox(o))
        self._pending.append(quad)
        if self._unwritten is not None:
            self._unwritten.append(quad)
        if len(self._pending) >= self.BATCH:
            self.flush()
        return self

    def __contains__(self, triple) -> bool:
        self.flush()
        s, p, o = triple
        return ox.Quad(self._ox(s), self._ox(p), self._ox(o)) in self.store

    def objects(self, subject=None, predicate=None):
        if subject is None or predicate is None:
            raise NotImplementedError("OxigraphGraph.objects needs a subject and a predicate")
        self.flush()
        found = self.store.quads_for_pattern(self._ox(subject), self._ox(predicate), None, ox.DefaultGraph())
        return iter(dict.fromkeys(to_rdflib(quad.object) for quad in found))

    def subjects(self, predicate=None, object=None):
        self.flush()
        pattern = [None if t is None else to_oxigraph(t) for t in (predicate, object)]
        found = dict.fromkeys(
            to_rdflib(q.subject) for q in self.store.quads_for_pattern(None, *pattern, ox.DefaultGraph())
        )
        return iter(found)

    def value(self, subject, predicate):
        return next(iter(self.objects(subject, predicate)), None)

    def __len__(self) -> int:
        self.flush()
        if self._length is None:  # Oxigraph counts by scanning: 1.3 s at 5 million triples
            self._length = len(self.store)
        return self._length

    # building ------------------------------------------------------------------------------
    def flush(self) -> None:
        if self._pending:
            self.store.bulk_extend(self._pending)
            self._pending, self._terms, self._length = [], {}, None

    def commit(self) -> None:
        """Make the store built so far the one at `path` (on disk), replacing an older kg store."""
        self.flush()
        if self.path is None or self._building is None:
            return
        self.store.optimize()  # one compaction after many batch files: faster reads for `kg query`
        (self._building / STORE_MARKER).write_text(
            json.dumps({"made_by": "kg build", "triples": len(self.store)}) + "\n", encoding="utf-8"
        )
        del self.store
        old = self.path.with_name(f".{self.path.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if self.path.exists():
            self.path.rename(old)
        self._building.rename(self.path)
        shutil.rmtree(old, ignore_errors=True)
        self._building = None
        self.store = ox.Store.read_only(str(self.path))

    def abandon(self) -> None:
        """Drop a store that was being built (the build failed): the previous one stays."""
        self.abandon_turtle()
        if self._building is not None:
            del self.store
            shutil.rmtree(self._building, ignore_errors=True)
            self._building = None

    # output ----------------------------------------------------------------------------------
    def stream_turtle(self, steps: Iterable, target: Path) -> None:
        """Run `steps` (each adds triples, as mapping one article does) while writing every
        triple added to a temporary Turtle file that `write_files` renames to `target`.

        Dumping the store once it is built reads every term back from disk, which cost as much
        as the mapping itself on a large graph; this writes the triples in the order they came.
        The mapper adds no triple twice (kg.rdf.mapping), so the file holds no duplicates.
        """
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(target.parent)  # what a killed build left
        fd, name = temporary_beside(target)
        self._unwritten = []
        try:
            with os.fdopen(fd, "wb") as handle:
                triples = self._added_in(steps)
                ox.serialize(triples, handle, format=ox.RdfFormat.TURTLE, prefixes=self.prefixes)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        finally:
            self._unwritten = None
        self._turtle = (target, Path(name))

    def abandon_turtle(self) -> None:
        """Drop a streamed Turtle file that was not (or could not be) put in place."""
        if self._turtle is not None:
            self._turtle[1].unlink(missing_ok=True)
            self._turtle = None

    def _added_in(self, steps: Iterable) -> Iterator[ox.Quad]:
        for _ in steps:
            added, self._unwritten = self._unwritten, []
            yield from added

    def serialise(self, fmt: str) -> bytes:
        self.flush()
        return self.store.dump(
            format=OXIGRAPH_FORMATS[fmt], from_graph=ox.DefaultGraph(), prefixes=self.prefixes
        )

    def write_files(self, targets: dict[Path, str]) -> list[Path]:
        """Dump the graph into each target file (path → format) straight from the store, without
        holding the text in memory; all are written to temporary files first, then renamed."""
        self.flush()
        temporary: dict[Path, Path] = {}
        if self._turtle is not None and targets.get(self._turtle[0]) == "ttl":
            temporary[self._turtle[0]] = self._turtle[1]  # streamed while mapping (stream_turtle)
        try:
            for path, fmt in targets.items():
                if path in temporary:
                    continue
                path.parent.mkdir(parents=True, exist_ok=True)
                # named as kg.rdf.serialise names its temporaries, so a killed build's are cleaned up
                fd, name = temporary_beside(path)
                os.close(fd)
                temporary[path] = Path(name)
                self.store.dump(
                    name, format=OXIGRAPH_FORMATS[fmt], from_graph=ox.DefaultGraph(), prefixes=self.prefixes
                )
            for path, name in temporary.items():
                os.replace(name, path)
        finally:
            for name in temporary.values():
                name.unlink(missing_ok=True)
            self.abandon_turtle()
        return list(targets)

    @property
    def prefixes(self) -> dict[str, str]:
        return self.namespaces_bound or {k: str(v) for k, v in PREFIXES.items()}

    def ntriples(self) -> Iterator[str]:
        """The graph as N-Triples lines, streamed from the store."""
        self.flush()
        for quad in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield f"{quad.subject} {quad.predicate} {quad.object} ."


def graph_ntriples(graph) -> Iterator[str]:
    """N-Triples lines of an rdflib Graph or an OxigraphGraph."""
    if isinstance(graph, OxigraphGraph):
        yield from graph.ntriples()
        return
    for line in graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines():
        if line.strip():
            yield line


# -- querying a store -------------------------------------------------------------------------
def open_store(folder: Path) -> ox.Store:
    if not folder.is_dir():
        raise StoreError(f"{folder}: no such store (build one with `kg build --store oxigraph:{folder}`)")
    try:
        return ox.Store.read_only(str(folder))
    except OSError as error:
        raise StoreError(f"{folder}: cannot open as an Oxigraph store: {error}") from error


def query_store(store: ox.Store, sparql: str) -> Result:
    """Run SPARQL on Oxigraph and hand back an rdflib Result, so every output format works as before."""
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    try:
        answer = store.query(sparql, prefixes=prefixes)
    except (SyntaxError, ValueError, OSError) as error:
        raise StoreError(f"SPARQL error: {error}") from error
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QueryTriples):
        graph = Graph()
        for triple in answer:
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        result = Result("CONSTRUCT")
        result.graph = graph
        return result
    names = [v.value for v in answer.variables]
    result = Result("SELECT")
    result.vars = [Variable(n) for n in names]
    result.bindings = [
        {Variable(n): to_rdflib(solution[n]) for n in names if solution[n] is not None} for solution in answer
    ]
    return result


# -- pushing to a remote SPARQL 1.1 store -----------------------------------------------------
def _request(url: str, data: bytes, content_type: str, method: str = "POST", timeout: float = 120) -> None:
    parts = urllib.parse.urlsplit(url)
    headers = {"Content-Type": content_type}
    if parts.username:
        token = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        headers["Authorization"] = "Basic " + base64.b64encode(token.encode("utf-8")).decode("ascii")
        url = urllib.parse.urlunsplit(
            parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))
        )
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip().splitlines()
        raise StoreError(f"{url}: HTTP {error.code} {error.reason}: {' '.join(detail[:3])[:300]}") from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise StoreError(f"{url}: cannot reach the SPARQL store ({reason})") from error


def _batches(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def push_graph(graph, spec: StoreSpec, graph_iri: str, batch_size: int = 5000) -> int:
    """Replace the named graph `graph_iri` at a remote store with this graph; returns triples sent."""
    lines = graph_ntriples(graph)
    sent = 0
    if spec.kind == GRAPH_STORE:
        separator = "&" if "?" in spec.location else "?"
        url = f"{spec.location}{separator}graph={urllib.parse.quote(graph_iri, safe='')}"
        body = "\n".join(lines) + "\n"
        sent = body.count("\n") - (1 if body == "\n" else 0)
        _request(url, body.encode("utf-8"), "application/n-triples; charset=utf-8", method="PUT")
        return sent
    if spec.kind != SPARQL_UPDATE:
        raise StoreError(f"{spec.kind}: not a remote store")
    target = f"<{graph_iri}>"
    _request(
        spec.location, f"DROP SILENT GRAPH {target}".encode(), "application/sparql-update; charset=utf-8"
    )
    for batch in _batches(lines, batch_size):
        update = f"INSERT DATA {{ GRAPH {target} {{\n" + "\n".join(batch) + "\n} }"
        _request(spec.location, update.encode("utf-8"), "application/sparql-update; charset=utf-8")
        sent += len(batch)
    return sent
