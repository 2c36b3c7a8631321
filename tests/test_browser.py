"""graph.html in a real browser (Debian's Chromium driven by Playwright), with the network off:
it draws the nodes, logs no error, the search box focuses a named node, physics freezes,
and an article's hostile "company name" shows as text and never runs."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from rdflib import Graph

from kg.viz import LARGE_GRAPH, graph_html, to_networkx
from tests.conftest import SEEDS, run_kg
from tests.external_tools import missing, require_program
from tests.viz_sample import SCRIPT, XSS, big_graph, sample_graph

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
WAIT_MS = 30_000


@pytest.fixture(scope="module")
def browser_context():
    chromium = require_program("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright Python package is not installed (pip install -e '.[test]')")
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=chromium, args=CHROMIUM_ARGS, headless=True, offline=True,
            viewport={"width": 1400, "height": 850},
        )  # fmt: skip
        # no request may leave the machine: anything but file:// is refused and recorded
        context.outside = []

        def refuse(route):
            context.outside.append(route.request.url)
            route.abort()

        context.route(lambda url: not url.startswith("file:"), refuse)
        try:
            yield context
        finally:
            context.close()


class Page:
    """One loaded graph.html with what it logged and asked for."""

    def __init__(self, context, path: Path):
        self.page = context.new_page()
        self.page.set_default_timeout(WAIT_MS)
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        # the page's Content-Security-Policy forbids eval, so wait on the DOM, not on a JS predicate
        self.page.wait_for_selector("body[data-ready='true']", state="attached", timeout=WAIT_MS)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn_nodes(self) -> int:
        return self.js("Object.keys(kg.network.getPositions()).length")

    def canvas_has_ink(self) -> bool:
        return self.js(
            """() => { const c = document.querySelector('#mynetwork canvas');
                       const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                       for (let i = 0; i < d.length; i += 4)
                         if (d[i+3] && (d[i] < 200 || d[i+1] < 200)) return true;
                       return false; }"""
        )

    def hover_everything(self) -> None:
        """Move the mouse over every node and edge so every tooltip is built and shown."""
        box = self.page.locator("#mynetwork").bounding_box()
        for node in self.js("kg.nodes.getIds()"):
            self.js("(id) => kg.network.focus(id, {scale: 1})", node)
            point = self.js("(id) => kg.network.canvasToDOM(kg.network.getPositions([id])[id])", node)
            self.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
            self.page.wait_for_timeout(250)
            self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def search(self, name: str, found: bool = True) -> None:
        self.js("document.body.removeAttribute('data-focused')")
        self.page.fill("#search", name)
        self.page.press("#search", "Enter")
        if found:  # the page marks the end of the focus animation
            self.page.wait_for_selector("body[data-focused='true']", state="attached", timeout=WAIT_MS)

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def seed_page_file(tmp_path_factory) -> Path:
    """graph.html built from the seeds by `kg build` under an ASCII locale."""
    out = tmp_path_factory.mktemp("browser-seeds")
    ascii_env = {
        "LANG": "C",
        "LC_ALL": "C",
        "PYTHONUTF8": "0",
        "PYTHONCOERCECLOCALE": "0",
        "PYTHONIOENCODING": "",
    }
    result = run_kg("build", str(SEEDS), "--out", str(out), env=ascii_env)
    assert result.returncode == 0, result.stderr
    return out


def test_seed_graph_loads_offline_draws_every_node_and_logs_nothing(browser_context, seed_page_file):
    graph = Graph().parse(seed_page_file / "graph.ttl", format="turtle")
    expected = to_networkx(graph).number_of_nodes()
    page = Page(browser_context, seed_page_file / "graph.html")
    try:
        assert page.drawn_nodes() == expected > 0
        assert page.canvas_has_ink()
        assert page.js("document.querySelectorAll('#legend input.kind-filter').length") >= 6
        assert page.problems == [] and page.dialogs == []
        assert browser_context.outside == [], "graph.html asked the network for something"
    finally:
        page.close()


def test_search_box_focuses_the_named_node(browser_context, seed_page_file):
    graph = Graph().parse(seed_page_file / "graph.ttl", format="turtle")
    view = to_networkx(graph)
    kinds = ("person", "organisation", "programme", "article")
    node, data = min(
        ((n, d) for n, d in view.nodes(data=True) if d["kind"] in kinds),
        key=lambda item: (kinds.index(item[1]["kind"]), item[0]),
    )
    page = Page(browser_context, seed_page_file / "graph.html")
    try:
        page.search(data["label"])
        assert page.js("kg.network.getSelectedNodes()") == [node]
        centre = page.js("kg.network.getViewPosition()")
        position = page.js("(id) => kg.network.getPositions([id])[id]", node)
        assert abs(centre["x"] - position["x"]) < 5 and abs(centre["y"] - position["y"]) < 5
        assert data["label"] in page.js("document.getElementById('details-body').innerText")
        page.search("Không có tên này trong đồ thị", found=False)
        assert "Không tìm thấy" in page.js("document.getElementById('search-status').innerText")
        assert page.problems == []
    finally:
        page.close()


def test_physics_settles_then_freezes(browser_context, seed_page_file):
    page = Page(browser_context, seed_page_file / "graph.html")
    try:
        before = page.js("kg.network.getPositions()")
        page.page.wait_for_timeout(1000)
        assert page.js("kg.network.getPositions()") == before
    finally:
        page.close()


def test_hostile_names_show_as_text_and_never_run(browser_context, tmp_path):
    path = tmp_path / "graph.html"
    path.write_text(graph_html(sample_graph(hostile=True)), encoding="utf-8")
    page = Page(browser_context, path)
    try:
        page.hover_everything()
        page.search(XSS)
        assert page.dialogs == [], "an article's text ran as script"
        assert page.js("document.querySelectorAll('img').length") == 0, "an article's text became an <img>"
        assert page.js("document.querySelectorAll('script').length") == 2  # vis-network and ours
        details = page.js("document.getElementById('details-body').innerText")
        assert XSS in details  # shown, literally, as text
        tooltip = page.js(
            "Array.from(document.querySelectorAll('div.vis-tooltip')).map(t => t.innerText).join(' ')"
        )
        assert XSS in tooltip or SCRIPT in tooltip
        assert page.problems == []
    finally:
        page.close()


def test_article_and_type_filters_hide_what_they_should(browser_context, tmp_path):
    path = tmp_path / "graph.html"
    graph = sample_graph()
    path.write_text(graph_html(graph), encoding="utf-8")
    page = Page(browser_context, path)
    try:
        everything = page.drawn_nodes()
        page.page.locator("#legend input[value='article']").uncheck()
        articles = sum(1 for _n, kind in to_networkx(graph).nodes(data="kind") if kind == "article")
        assert page.drawn_nodes() == everything - articles
        page.page.locator("#legend input[value='article']").check()
        first = page.js("document.querySelector('#article-filter option:nth-child(2)').value")
        page.page.select_option("#article-filter", first)
        shown = page.js("kg.network.body.nodeIndices.length")
        assert 0 < shown < everything
        page.page.click("#reset")
        assert page.js("kg.network.body.nodeIndices.length") == everything
        assert page.problems == []
    finally:
        page.close()


def test_large_graph_is_laid_out_up_front_and_usable_at_once(browser_context, tmp_path):
    graph = big_graph(people=LARGE_GRAPH * 3 // 4 + 3)  # just over the threshold, with the companies
    path = tmp_path / "graph.html"
    path.write_text(graph_html(graph), encoding="utf-8")
    page = Page(browser_context, path)
    try:
        assert page.js("kg.network.physics.physicsEnabled") is False
        assert page.drawn_nodes() > LARGE_GRAPH
        before = page.js("kg.network.getPositions()")
        page.page.wait_for_timeout(500)
        assert page.js("kg.network.getPositions()") == before
        page.search("Nguyễn Văn Số 7")
        assert len(page.js("kg.network.getSelectedNodes()")) == 1
        assert page.problems == []
    finally:
        page.close()

