"""Refresh docs/graph.png: graph.html of the seeds, in Debian's Chromium, offline.

    kg build && python docs/make_screenshot.py out/graph.html docs/graph.png

Needs the playwright Python package (the [test] extra) and /usr/bin/chromium; it never downloads
a browser of its own.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def screenshot(page_file: Path, png: Path, search: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", args=ARGS, headless=True, offline=True,
            viewport={"width": 1400, "height": 860}, device_scale_factor=1,
        )  # fmt: skip
        page = context.new_page()
        page.goto(page_file.resolve().as_uri())
        page.wait_for_selector("body[data-ready='true']", state="attached", timeout=60_000)
        if search:
            page.fill("#search", search)
            page.press("#search", "Enter")
            page.wait_for_timeout(800)
            page.evaluate("kg.network.fit()")  # keep the selection and details, show the whole graph
            page.wait_for_timeout(300)
        page.screenshot(path=str(png))
        context.close()


if __name__ == "__main__":
    screenshot(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
