"""CSV node and relationship files in the layout `neo4j-admin database import full` reads.

    neo4j-admin database import full --nodes=neo4j/nodes.csv --relationships=neo4j/relationships.csv kg

Header fields carry Neo4j's types (`iri:ID`, `:LABEL`, `value:double`, `articles:string[]` with ';'
between items). Whitespace, newlines included, is collapsed so no field spans lines.
"""

from __future__ import annotations

import csv
import io

from rdflib import Graph

from kg.viz.view import KINDS, to_networkx

NODE_LABELS = {kind: en.replace(" ", "") for kind, (_vi, en) in KINDS.items()}
REL_TYPES = {
    "member": "MEMBER_OF",
    "holds": "HOLDS_ROLE",
    "part": "PART_OF",
    "reports": "REPORTS",
    "announces": "ANNOUNCES",
    "selects": "SELECTS",
    "hosts": "HOSTED_ON",
    "mentions": "MENTIONS",
}
NODE_HEADER = [
    "iri:ID",
    "name",
    ":LABEL",
    "name_en",
    "aliases:string[]",
    "value:double",
    "unit",
    "qualifier",
    "period",
    "change",
    "date",
    "author",
    "url",
    "file",
    "articles:string[]",
]
REL_HEADER = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "label",
    "label_en",
    "past:boolean",
    "quote",
    "articles:string[]",
]


def _cell(text: object) -> str:
    return " ".join(str(text).split())


def _array(items) -> str:
    return ";".join(_cell(item).replace(";", ",") for item in items)


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def neo4j_csv(graph: Graph) -> dict[str, str]:
    """{"nodes.csv": text, "relationships.csv": text}."""
    view = to_networkx(graph)
    nodes = []
    for node, data in view.nodes(data=True):
        details: dict[str, list[str]] = {}
        for name, value in data["details"]:
            details.setdefault(name, []).append(value)

        def one(name: str, details=details) -> str:
            return _cell(details.get(name, [""])[0])

        nodes.append(
            [
                node,
                _cell(data["label"]),
                NODE_LABELS[data["kind"]],
                one("en"),
                _array(details.get("alias", [])),
                data["value"] or "",
                one("unit"),
                one("qualifier"),
                one("period"),
                one("change"),
                one("date"),
                one("author"),
                one("url"),
                one("file"),
                _array(data["articles"]),
            ]
        )
    rels = []
    for source, target, data in view.edges(data=True):
        quotes = [e["quote"] for e in data["evidence"] if e["quote"]]
        rels.append(
            [
                source,
                target,
                REL_TYPES[data["relation"]],
                _cell(data["label"]),
                _cell(data["label_en"]),
                "true" if data["past"] else "false",
                _cell(quotes[0]) if quotes else "",
                _array(data["articles"]),
            ]
        )
    return {"nodes.csv": _csv(NODE_HEADER, nodes), "relationships.csv": _csv(REL_HEADER, rels)}
