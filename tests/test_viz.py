"""graph.html as a file: self-contained, escaped, styled by type, the same bytes every build."""

from __future__ import annotations

import re

import pytest

from kg.escape import escape_html, safe_url, script_json
from kg.viz import KINDS, NODE_STYLE, build_network, graph_html, to_networkx
from tests.conftest import SEEDS, run_kg
from tests.viz_sample import SCRIPT, XSS, sample_graph


@pytest.fixture(scope="module")
def sample_page() -> str:
    return graph_html(sample_graph())


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return graph_html(sample_graph(hostile=True))


def test_escape_html_turns_markup_into_text():
    assert escape_html(XSS) == "&lt;img src=x onerror=alert(1)&gt;"
    assert escape_html("\"Hòa\" & 'Bình'") == "&quot;Hòa&quot; &amp; &#x27;Bình&#x27;"
    assert escape_html(None) == ""


def test_script_json_cannot_close_the_script_or_split_lines():
    text = script_json({"name": SCRIPT + "<!-- \u2028"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    import json

    assert json.loads(text) == {"name": SCRIPT + "<!-- \u2028"}


def test_only_http_urls_become_links():
    assert safe_url("https://tin.example.vn/a?b=1") == "https://tin.example.vn/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,<b>x</b>", "//evil.example", "tin.example.vn", None):
        assert safe_url(bad) is None


def test_page_needs_no_network(sample_page):
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", sample_page, re.I)
    assert not re.search(r"url\(\s*(?!['\"]?data:)", sample_page)  # styles load nothing either
    assert "@import" not in sample_page
    assert sample_page.count("</script>") == 2  # vis-network inline, then ours
    assert "vis.Network" in sample_page and "default-src 'none'" in sample_page


def test_no_article_string_reaches_the_page_as_markup(hostile_page):
    for hostile in (XSS, SCRIPT, "<x>"):
        assert hostile not in hostile_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_page  # escaped in the datalist and filter
    assert hostile_page.count("</script>") == 2


def test_link_to_a_javascript_url_is_not_made(tmp_path):
    from kg.viz.tooltips import link

    assert "<a" not in link("javascript:alert(1)")
    assert link("https://tin.example.vn/x?a=1&b=2").startswith(
        '<a href="https://tin.example.vn/x?a=1&amp;b=2"'
    )


def test_the_network_is_built_with_pyvis_and_styled_by_type():
    from pyvis.network import Network

    net, view, large = build_network(sample_graph())
    assert isinstance(net, Network) and not large
    kinds = {node["kind"] for node in net.nodes}
    assert {"person", "organisation", "role", "programme", "metric", "article"} <= kinds
    styles = {(node["color"], node["shape"]) for node in net.nodes}
    assert len(styles) == len(kinds)  # one look per type
    assert all(NODE_STYLE[node["kind"]] == (node["color"], node["shape"]) for node in net.nodes)
    size = {node["id"]: node["size"] for node in net.nodes}
    hub = max(view.nodes, key=view.degree)
    leaf = min(view.nodes, key=view.degree)
    assert view.degree(hub) > view.degree(leaf) and size[hub] > size[leaf]


def test_edges_are_labelled_in_vietnamese_with_english_and_evidence_on_hover():
    net, _view, _large = build_network(sample_graph())
    member = next(e for e in net.edges if e["relation"] == "member" and "Lan" in e["title"])
    assert member["label"] == "Tổng giám đốc" and "Chief Executive Officer" in member["title"]
    assert "cho biết doanh thu năm 2023 đạt 1.250 tỷ đồng." in member["title"]  # the evidence quote
    assert "Thép Hòa Bình báo lãi" in member["title"] and "2024-03-05" in member["title"]
    assert 'href="https://tin.example.vn/thep-hoa-binh"' in member["title"]
    part = next(e for e in net.edges if e["relation"] == "part")
    assert part["label"] == "thuộc" and "part of" in part["title"]
    selects = next(e for e in net.edges if e["relation"] == "selects")
    assert (
        selects["label"].startswith("chọn 15 doanh nghiệp")
        and "selects 15 firms on 4 criteria" in selects["title"]
    )


def test_legend_search_and_filters_are_on_the_page(sample_page):
    for kind, (vi, en) in KINDS.items():
        if kind in ("event", "place"):
            continue
        assert f'value="{kind}"' in sample_page and vi in sample_page and en in sample_page
    assert '<input id="search"' in sample_page and '<datalist id="node-names">' in sample_page
    assert '<option value="Trần Thị Lan">' in sample_page
    assert (
        '<select id="article-filter">' in sample_page
        and "Chương trình Doanh nghiệp Xanh (2024-04-10)" in sample_page
    )


def test_same_graph_same_page():
    assert graph_html(sample_graph()) == graph_html(sample_graph())


def test_large_graph_gets_positions_and_no_physics(monkeypatch):
    import kg.viz.page

    monkeypatch.setattr(kg.viz.page, "LARGE_GRAPH", 5)
    net, view, large = build_network(sample_graph())
    assert large and view.number_of_nodes() > 5
    assert net.options["physics"]["enabled"] is False
    assert all(isinstance(node["x"], float) and isinstance(node["y"], float) for node in net.nodes)


def test_small_graph_settles_then_freezes(sample_page):
    options = build_network(sample_graph())[0].options
    assert options["physics"]["enabled"] and options["physics"]["stabilization"]["enabled"]
    assert "network.setOptions({ physics: { enabled: false } })" in sample_page


def test_view_keeps_every_article_entity_and_fact():
    view = to_networkx(sample_graph())
    labels = {data["label"] for _n, data in view.nodes(data=True)}
    assert {"Trần Thị Lan", "Công ty Cổ phần Thép Hòa Bình", "Tổng giám đốc", "Doanh nghiệp Xanh"} <= labels
    assert "doanh thu: 1.250 tỷ đồng" in labels
    relations = {data["relation"] for _u, _v, data in view.edges(data=True)}
    assert {"member", "holds", "part", "reports", "selects", "hosts", "mentions"} <= relations


def test_build_under_an_ascii_locale_writes_utf8_html(tmp_path):
    env = {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""}
    result = run_kg("build", str(SEEDS), "--out", str(tmp_path), env=env)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "graph.html").read_bytes().decode("utf-8")
    assert "Chú giải · Legend" in page and '<meta charset="utf-8">' in page


def test_a_person_tooltip_lists_their_roles_and_organisations():
    net, _view, _large = build_network(sample_graph())
    lan = next(n for n in net.nodes if n["label"] == "Trần Thị Lan")
    assert "→ Công ty Cổ phần Thép Hòa Bình <i>(Tổng giám đốc)</i>" in lan["title"]
    assert "Người · Person" in lan["title"] and "Thép Hòa Bình báo lãi" in lan["title"]
