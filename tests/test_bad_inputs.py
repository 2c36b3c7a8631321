"""Bad, odd and hostile input: each file is read or refused with a message naming it, the
rest of the corpus still builds, and the exit status says whether anything was skipped.

The corpus is tests/bad_inputs/ (small files, committed) plus big files generated here at
run time (a 50 MB article, an article that is one 2 MB line). How the legacy-encoding files
were made: legacy_cp1258.txt with `iconv -t WINDOWS-1258`, legacy_tcvn3.txt with
`iconv -t TCVN5712-1` after writing capitals with tone marks as small letters (TCVN3/ABC
has no such capitals), legacy_vni.txt by hand from a published VNI Windows table; all three
hold LEGACY_TEXT below.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.corpus import ReadError, read_article
from kg.rdf.vocab import KG, SCHEMA
from tests.conftest import ROOT, run_kg

BAD = ROOT / "tests" / "bad_inputs"

LEGACY_TEXT = (
    "CÔNG TY BÌNH MINH BÁO LÃI QUÝ III\n\n"
    "Công ty Cổ phần Thực phẩm Bình Minh công bố lợi nhuận quý III đạt 215 tỷ đồng, "
    "tăng 18% so với cùng kỳ năm trước. Ông Phạm Quốc Huy, Tổng giám đốc công ty, cho biết "
    "doanh nghiệp sẽ mở thêm hai nhà máy ở Long An và Bắc Ninh trong năm tới. "
    "Theo kế hoạch, sản lượng xuất khẩu sang thị trường châu Âu dự kiến đạt 40.000 tấn.\n"
)
ARTICLE = (
    "Tập đoàn Sông Hồng Xanh vừa công bố doanh thu năm 2023 đạt 3.450 tỷ đồng. "
    "Bà Nguyễn Thị Lan Anh, Giám đốc tài chính của tập đoàn, cho biết kết quả này vượt kế hoạch 12%.\n"
)


@dataclass(frozen=True)
class Refused:
    reason: str  # words the message must contain


@dataclass(frozen=True)
class Read:
    warning: str | None = None  # words a warning must contain; None: no warning at all
    text: str | None = None  # the text the article must read as, if known


CASES = {
    "empty.txt": Refused("file is empty (0 bytes)"),
    "whitespace_only.txt": Refused("file is empty (only white space)"),
    "image_renamed.txt": Refused("binary data (a PNG image), not a text article"),
    "report.pdf.txt": Refused("binary data (a PDF document)"),
    "utf16_bom.txt": Read("decoded from UTF-16 (utf-16-le, with a byte-order mark)", ARTICLE),
    "utf16_no_bom.txt": Read("decoded from UTF-16 (utf-16-be) without a byte-order mark", ARTICLE),
    "utf8_bom.txt": Read(None, ARTICLE),
    "legacy_cp1258.txt": Read("decoded from Windows-1258", LEGACY_TEXT),
    "legacy_tcvn3.txt": Read("decoded from TCVN3", LEGACY_TEXT),
    "legacy_vni.txt": Read("decoded from VNI Windows", LEGACY_TEXT),
    "legacy_too_short.txt": Refused(
        "it looks like Vietnamese in TCVN3 (ABC, .VnTime fonts), but not surely enough to convert it"
    ),
    "western_cp1252.txt": Refused(
        "not valid UTF-8 (byte 0xE9 at line 1, column 7), and not Vietnamese in Windows-1258, TCVN3 or VNI"
    ),
    "broken_utf8_byte.txt": Read(
        "1 broken UTF-8 byte sequence(s) replaced by U+FFFD (first: byte 0xFF at line 1"
    ),
    "control_chars.txt": Read("3 control character(s) replaced by spaces (first at line 1)"),
    "nfd.txt": Read(None, ARTICLE),
    "mixed_line_endings.txt": Read(None),
    "broken_metadata_head.md": Read("line 3: metadata 'Published at' is not a date"),
    "hostile_names.txt": Read(None),
    "injection_turtle_sparql.txt": Read(None),
}


def test_every_file_of_the_corpus_has_a_case():
    assert sorted(p.name for p in BAD.iterdir()) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_input_is_read_or_refused_as_documented(name):
    case, path = CASES[name], BAD / name
    if isinstance(case, Refused):
        with pytest.raises(ReadError) as error:
            read_article(path)
        assert str(error.value).startswith(f"{path}: ")
        assert case.reason in str(error.value)
        return
    read = read_article(path)
    if case.warning is None:
        assert read.warnings == []
    else:
        assert any(w.startswith(f"{path}: ") and case.warning in w for w in read.warnings), read.warnings
    if case.text is not None:
        assert read.text.text == case.text


def test_refusals_say_how_to_convert_a_legacy_file():
    with pytest.raises(ReadError) as error:
        read_article(BAD / "legacy_too_short.txt")
    assert "iconv -f TCVN5712-1 -t UTF-8" in str(error.value)


def test_nfd_and_mixed_line_endings_map_back_to_the_original_file():
    nfd = read_article(BAD / "nfd.txt")
    assert nfd.article.original == unicodedata.normalize("NFD", ARTICLE)
    start = nfd.text.text.index("Nguyễn Thị Lan Anh")
    quote = nfd.text.original_slice(start, start + len("Nguyễn Thị Lan Anh"))
    assert unicodedata.normalize("NFC", quote) == "Nguyễn Thị Lan Anh" and quote != "Nguyễn Thị Lan Anh"

    mixed = read_article(BAD / "mixed_line_endings.txt")
    assert "\r" not in mixed.text.text
    assert mixed.text.text.splitlines() == [
        "Tin doanh nghiệp",
        "",
        "Công ty Hải Đăng báo lãi 90 tỷ đồng.",
        "Ông Lý Minh Tuấn, Chủ tịch công ty, nói vậy.",
        "",
        "Hết.",
    ]
    start = mixed.text.text.index("Ông Lý Minh Tuấn")
    assert mixed.text.original_slice(start, start + 16) == "Ông Lý Minh Tuấn"
    assert mixed.article.original[mixed.text.original_span(start, start + 16)[0] - 1] == "\r"


def test_broken_metadata_head_keeps_the_article_and_drops_only_the_bad_fields():
    read = read_article(BAD / "broken_metadata_head.md")
    article = read.article
    assert (article.published, article.author, article.url) == (None, None, None)
    assert article.title == "Doanh nghiệp Phú Quý mở rộng sản xuất"
    assert "đầu tư thêm 200 tỷ đồng" in read.text.text
    problems = "\n".join(read.warnings)
    for expected in (
        "line 3: metadata 'Published at' is not a date",
        "line 5: metadata 'Author' is empty",
        "line 7: metadata 'Original' has no http(s) link",
        "line 9: metadata 'Date' is not a date: 'hôm qua'",
    ):
        assert expected in problems


def test_a_file_name_cannot_forge_a_line_of_output(tmp_path):
    path = tmp_path / "tin\nskipped: fake.txt\u202e.txt"
    path.write_bytes(b"")
    with pytest.raises(ReadError) as error:
        read_article(path)
    message = str(error.value)
    assert "\n" not in message and "\u202e" not in message
    assert "\\u000a" in message and "\\u202e" in message


# -- the whole corpus through `kg build` ------------------------------------------------


def _generated(folder: Path) -> dict[str, Refused | Read]:
    """Big inputs written at run time (never committed)."""
    folder.mkdir()
    sentence = "Công ty Cổ phần Hoàng Gia báo lãi 75 tỷ đồng trong quý II, tăng 9% so với cùng kỳ. "
    line = sentence.encode("utf-8")
    with (folder / "huge_50mb.txt").open("wb") as handle:
        for _ in range(50_000_000 // (len(line) * 1000) + 1):
            handle.write(line * 1000)
    run_on = "doanh thu tăng 9%, lợi nhuận đạt 75 tỷ đồng, "  # no full stop, no line break
    (folder / "one_long_line.txt").write_text(run_on * (100_000 // len(run_on)), encoding="utf-8")
    return {
        "huge_50mb.txt": Refused(
            "MB, more than the 2 MB allowed for one article (raise the limit with --max-article-mb)"
        ),
        "one_long_line.txt": Read("line 1 is 99,990 characters long; read as it is"),
    }


def _articles_in(graph: Graph) -> set[str]:
    return {str(o) for o in graph.objects(None, KG.sourceFile)}


def test_kg_build_over_the_bad_corpus_names_every_problem_and_builds_the_rest(tmp_path):
    cases = dict(CASES) | _generated(tmp_path / "generated")
    out = tmp_path / "out"
    result = run_kg(
        "build", str(BAD), str(tmp_path / "generated"), "--out", str(out), "--format", "nt", "--format", "xml"
    )
    assert result.returncode == 3, result.stderr
    stderr_lines = result.stderr.splitlines()
    for name, case in cases.items():
        path = BAD / name if (BAD / name).exists() else tmp_path / "generated" / name
        if isinstance(case, Refused):
            assert any(
                line.startswith(f"skipped: {path}: ") and case.reason in line for line in stderr_lines
            ), name
        elif case.warning:
            assert any(
                line.startswith(f"warning: {path}: ") and case.warning in line for line in stderr_lines
            ), name
    refused = sum(isinstance(c, Refused) for c in cases.values())
    assert f"Read {len(cases) - refused} article(s), skipped {refused}" in result.stdout

    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert _articles_in(graph) == {n for n, c in cases.items() if isinstance(c, Read)}
    # every format carries the hostile text: RDF/XML too (control characters were replaced)
    assert isomorphic(graph, Graph().parse(out / "graph.nt", format="nt"))
    assert isomorphic(graph, Graph().parse(out / "graph.rdf", format="xml"))


def test_exit_status_is_zero_when_everything_was_read_even_with_warnings(tmp_path):
    result = run_kg(
        "build", str(BAD / "utf16_bom.txt"), str(BAD / "legacy_vni.txt"), "--out", str(tmp_path / "out")
    )
    assert result.returncode == 0, result.stderr
    assert "warning: " in result.stderr and "skipped" not in result.stderr
    assert "Read 2 article(s)" in result.stdout


def test_exit_status_is_one_and_nothing_written_when_no_file_is_readable(tmp_path):
    result = run_kg(
        "build", str(BAD / "image_renamed.txt"), str(BAD / "empty.txt"), "--out", str(tmp_path / "out")
    )
    assert result.returncode == 1
    assert (
        "skipped: " in result.stderr
        and "error: no article could be read; nothing was written." in result.stderr
    )
    assert not (tmp_path / "out").exists()


def test_a_run_on_line_is_cut_into_sentences_that_cover_it(tmp_path):
    from kg.extract.context import ArticleContext
    from kg.nlp.sentences import MAX_SENTENCE_CHARS

    _generated(tmp_path / "generated")
    read = read_article(tmp_path / "generated" / "one_long_line.txt")
    sentences = ArticleContext(read.article, read.text).sentences
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == read.text.text.replace(" ", "")


def test_max_article_size_is_an_option_with_a_clear_message(tmp_path):
    article = tmp_path / "tin.txt"
    article.write_text(ARTICLE * 20, encoding="utf-8")
    small = run_kg("build", str(article), "--out", str(tmp_path / "a"), "--max-article-mb", "0.001")
    assert small.returncode == 1
    assert f"skipped: {article}: 0.0 MB, more than the 0.001 MB allowed for one article" in small.stderr
    assert (
        run_kg("build", str(article), "--out", str(tmp_path / "b"), "--max-article-mb", "1").returncode == 0
    )
    wrong = run_kg("build", str(article), "--max-article-mb", "0")
    assert wrong.returncode == 2 and "--max-article-mb" in wrong.stderr


def test_hostile_base_iri_is_refused_before_anything_is_read(tmp_path):
    result = run_kg("build", str(BAD / "nfd.txt"), "--out", str(tmp_path), "--base-iri", "http://x/> <y")
    assert result.returncode == 2 and "--base-iri" in result.stderr
    assert not (tmp_path / "graph.ttl").exists()


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs POSIX named pipes")
def test_a_device_or_a_pipe_is_not_read(tmp_path):
    import os

    fifo = tmp_path / "tin.txt"
    os.mkfifo(fifo)  # reading it would wait for a writer for ever
    result = run_kg("build", str(fifo), "/dev/zero", str(BAD / "nfd.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 3
    assert f"skipped: {fifo}: not a regular file (a device, pipe or socket), not read" in result.stderr
    assert "skipped: /dev/zero: not a regular file" in result.stderr


def test_unwritable_output_is_an_error_not_a_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run_kg("build", str(BAD / "nfd.txt"), "--out", str(blocker / "out"))
    assert result.returncode == 1
    assert f"error: cannot write {blocker / 'out'}" in result.stderr and "Traceback" not in result.stderr


# -- hostile text ends up as literals, exactly ------------------------------------------


def test_turtle_and_sparql_injection_in_an_article_stays_a_literal(tmp_path):
    out = tmp_path / "out"
    result = run_kg("build", str(BAD / "injection_turtle_sparql.txt"), "--out", str(out), "--format", "nt")
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert not [t for t in graph if any(isinstance(x, URIRef) and "evil.example" in x for x in t)]
    original = (BAD / "injection_turtle_sparql.txt").read_text(encoding="utf-8")
    titles = [str(o) for o in graph.objects(None, SCHEMA.name)]
    assert titles == [original.split("\n", 1)[0]]  # the first line, byte for byte, as a literal
    assert all(isinstance(o, Literal) for o in graph.objects(None, SCHEMA.name))
    assert isomorphic(graph, Graph().parse(out / "graph.nt", format="nt"))
    # and the query layer does not execute it either
    query = run_kg(
        "query",
        "SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?s), 'evil')) }",
        "--graph",
        str(out / "graph.ttl"),
    )
    assert query.returncode == 0 and "(0 rows)" in query.stdout


def test_hostile_article_text_round_trips_through_every_format(tmp_path):
    out = tmp_path / "out"
    result = run_kg(
        "build", str(BAD / "hostile_names.txt"), "--out", str(out), "--format", "jsonld", "--format", "xml"
    )
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    original = (BAD / "hostile_names.txt").read_text(encoding="utf-8")
    assert [str(o) for o in graph.objects(None, SCHEMA.name)] == [original.split("\n", 1)[0]]
    assert isomorphic(graph, Graph().parse(out / "graph.jsonld", format="json-ld"))
    assert isomorphic(graph, Graph().parse(out / "graph.rdf", format="xml"))
    html = (out / "graph.html").read_text(encoding="utf-8")
    for raw in ("<script>alert(", "<img src=x onerror", "alert(document.cookie)"):
        assert raw not in html


HOSTILE_NAMES = {
    "person": 'Lê "Sấm" </script><script>alert(1)</script>',
    "company": "Ánh Sao <img src=x onerror=alert(1)> & Cộng sự",
    "group": 'Hà\u202eGNOHP\u202c \\" \'\'\' """ > <',
    "bank": "Ngân hàng\nXanh\r\u200f'\u2028",
}


def _hostile_graph():
    from kg.model import ORGANISATION, PERSON, Article, Entity, Evidence, PartFact, RoleFact
    from kg.rdf.mapping import GraphMapper

    quote = 'Ông Lê "Sấm", Giám đốc <script>alert(2)</script>, nói.'
    evidence = Evidence("hostile.txt", quote, 0, len(quote), "test", "hostile")
    person = Entity(HOSTILE_NAMES["person"], PERSON)
    company = Entity(HOSTILE_NAMES["company"], ORGANISATION)
    article = Article("hostile.txt", "hostile.txt", quote)
    article.facts = [
        RoleFact(person, "Giám đốc <b>", company, evidence),
        PartFact(company, Entity(HOSTILE_NAMES["group"], ORGANISATION), evidence),
        PartFact(Entity(HOSTILE_NAMES["bank"], ORGANISATION), company, evidence),
    ]
    return GraphMapper().add_articles([article]), quote


def test_hostile_names_round_trip_exactly_in_turtle(tmp_path):
    from rdflib.namespace import RDFS

    from kg.build import write_outputs

    graph, quote = _hostile_graph()
    write_outputs(graph, tmp_path, formats=("nt",), html=False)
    back = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert isomorphic(graph, back)
    labels = {str(o) for o in back.objects(None, RDFS.label)}
    from kg.resolve.names import clean_name

    # labels are display text (one space between words, no wrapping quotes); the rest survives
    assert {clean_name(name) for name in HOSTILE_NAMES.values()} <= labels
    assert quote in {str(o) for o in back.objects()}


def test_graph_html_escapes_hostile_names_and_keeps_them_readable(tmp_path):
    import json
    import re

    from kg.build import write_outputs

    graph, _ = _hostile_graph()
    write_outputs(graph, tmp_path, html=True)
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    for raw in ("<script>alert(1)", "<script>alert(2)", "<img src=x onerror", "Giám đốc <b>", "\u2028"):
        assert raw not in html, raw
    nodes = json.loads(re.search(r"var NODES = (\[.*?\]);\n", html, re.S).group(1))
    labels = {node["label"] for node in nodes}
    # the names are still there for people to read, whole, once the page's JSON is decoded
    assert {HOSTILE_NAMES["person"], HOSTILE_NAMES["company"], HOSTILE_NAMES["group"]} <= labels


def test_the_escaping_helpers_leave_no_markup_and_lose_nothing():
    import html
    import json

    from kg.escape import escape_html, safe_url, script_json

    for name in HOSTILE_NAMES.values():
        escaped = escape_html(name)
        assert not set("<>\"'") & set(escaped)
        assert html.unescape(escaped) == name
        in_script = script_json({"label": name})
        assert not {"<", ">", "\u2028", "\u2029"} & set(in_script)
        assert json.loads(in_script) == {"label": name}
    for url in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "//evil.example/x"):
        assert safe_url(url) is None
    assert safe_url("https://bao.example/tin-1.html") == "https://bao.example/tin-1.html"
