"""Tooltip HTML for nodes and edges: the evidence quote and the article's title, date and URL.

Built here, in Python, so that every string from an article passes through kg.escape.escape_html
once; the page turns the result into DOM elements (vis-network shows plain strings as text).
"""

from __future__ import annotations

from kg.escape import escape_html, safe_url
from kg.viz.view import KINDS

_FIELD_NAMES = {
    "date": ("Ngày", "Date"),
    "author": ("Tác giả", "Author"),
    "url": ("Địa chỉ", "URL"),
    "file": ("Tệp", "File"),
    "en": ("Tiếng Anh", "English"),
    "measure": ("Chỉ tiêu", "Measure"),
    "value": ("Giá trị", "Value"),
    "unit": ("Đơn vị", "Unit"),
    "qualifier": ("Mức", "Qualifier"),
    "period": ("Kỳ", "Period"),
    "change": ("Biến động", "Change"),
    "compared": ("So với", "Compared with"),
    "alias": ("Tên khác", "Also called"),
}
MAX_SOURCES = 5
MAX_LINKS = 8


def link(url: str, text: str | None = None) -> str:
    """A link for an http(s) URL; anything else is shown as text."""
    safe = safe_url(url)
    shown = escape_html(text if text is not None else url)
    if safe is None:
        return shown
    return f'<a href="{escape_html(safe)}" target="_blank" rel="noopener noreferrer">{shown}</a>'


def article_line(info: dict[str, str] | None, iri: str) -> str:
    """ "Title (2024-03-05) — link" for one source article."""
    if not info:
        return escape_html(iri)
    title = info.get("title") or info.get("file") or iri
    parts = [f'<span class="kg-title">{escape_html(title)}</span>']
    if info.get("date"):
        parts.append(f'<span class="kg-date">{escape_html(info["date"])}</span>')
    if info.get("url"):
        parts.append(link(info["url"]))
    return " · ".join(parts)


def _evidence_html(evidence: list[dict], articles: dict[str, dict[str, str]]) -> str:
    out = []
    for item in evidence[:MAX_SOURCES]:
        quote = (
            f'<blockquote class="kg-quote">{escape_html(item["quote"])}</blockquote>' if item["quote"] else ""
        )
        source = article_line(articles.get(item["article"]), item["article"]) if item["article"] else ""
        out.append(f'{quote}<div class="kg-source">{source}</div>')
    if len(evidence) > MAX_SOURCES:
        out.append(f'<div class="kg-more">+{len(evidence) - MAX_SOURCES}</div>')
    return "".join(out)


def links_html(links: list[tuple[str, str, str]]) -> str:
    """ "→ Công ty X (Giám đốc)" lines: (arrow, other node's label, relation label as written)."""
    lines = [
        f"<li>{escape_html(arrow)} {escape_html(other)} <i>({escape_html(label)})</i></li>"
        for arrow, other, label in links[:MAX_LINKS]
    ]
    if len(links) > MAX_LINKS:
        lines.append(f"<li>+{len(links) - MAX_LINKS}</li>")
    return f'<ul class="kg-links">{"".join(lines)}</ul>' if lines else ""


def node_tooltip(data: dict, articles: dict[str, dict[str, str]], links=()) -> str:
    vi, en = KINDS[data["kind"]]
    rows = []
    for name, value in data.get("details", []):
        field_vi, field_en = _FIELD_NAMES.get(name, (name, name))
        shown = link(value) if name == "url" else escape_html(value)
        rows.append(
            f'<tr><th title="{escape_html(field_en)}">{escape_html(field_vi)}</th><td>{shown}</td></tr>'
        )
    table = f'<table class="kg-fields">{"".join(rows)}</table>' if rows else ""
    sources = ""
    if data["kind"] != "article":
        if data.get("evidence"):
            sources = _evidence_html(data["evidence"], articles)
        else:
            lines = [
                f"<li>{article_line(articles.get(a), a)}</li>" for a in data.get("articles", [])[:MAX_SOURCES]
            ]
            extra = len(data.get("articles", [])) - MAX_SOURCES
            if extra > 0:
                lines.append(f"<li>+{extra}</li>")
            sources = f'<ul class="kg-sources">{"".join(lines)}</ul>' if lines else ""
    return (
        f'<div class="kg-head">{escape_html(data["label"])}</div>'
        f'<div class="kg-kind">{escape_html(vi)} · {escape_html(en)}</div>'
        f"{table}{links_html(list(links))}{sources}"
    )


def edge_tooltip(
    data: dict, source_label: str, target_label: str, articles: dict[str, dict[str, str]]
) -> str:
    return (
        f'<div class="kg-head">{escape_html(source_label)} → {escape_html(target_label)}</div>'
        f'<div class="kg-rel"><span lang="vi">{escape_html(data["label"])}</span>'
        f' · <span lang="en">{escape_html(data["label_en"])}</span></div>'
        + _evidence_html(data.get("evidence", []), articles)
    )
