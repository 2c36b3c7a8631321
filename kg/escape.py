"""Making article text safe for a web page: the one place that does it.

Anything read from an article (names, titles, quotes, URLs) is data, never markup. Text that goes
into HTML passes through `escape_html`; data that goes into an inline <script> passes through
`script_json`, which cannot close the script element or open a comment. A URL becomes a link only
through `safe_url`, which refuses javascript:, data: and other schemes.
"""

from __future__ import annotations

import html
import json
from urllib.parse import urlsplit

_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def escape_html(text: object) -> str:
    """`text` as HTML text or attribute value: & < > " ' become entities; None becomes ""."""
    if text is None:
        return ""
    return html.escape(str(text), quote=True)


def script_json(value: object) -> str:
    """`value` as JSON that is safe inside <script>…</script> (no </script>, <!--, or line separators)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    for char, replacement in _SCRIPT_UNSAFE.items():
        text = text.replace(char, replacement)
    return text


def safe_url(url: object) -> str | None:
    """The URL if it is a plain http(s) address, else None (so it is shown as text, not linked)."""
    if url is None:
        return None
    text = str(url).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c.isspace() for c in text):
        return text
    return None
