"""Every fact can be traced back: its article (with date, author, URL when the file says),
the sentence, and offsets that cut that sentence out of the ORIGINAL file exactly."""

import unicodedata
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import PROV, RDF

from kg.corpus import read_article
from kg.extract.context import ArticleContext
from kg.model import ORGANISATION, PERSON, Entity, RoleFact
from kg.rdf.mapping import facts_to_graph
from kg.rdf.vocab import KG, OA, ORG, SCHEMA

FACT_CLASSES = (ORG.Membership, KG.SubOrganizationStatement, KG.MetricObservation, KG.Selection, SCHEMA.Event)


def original_text(path: Path) -> str:
    """The file as it is on disk: UTF-8, line ends and all (no newline translation)."""
    return path.read_bytes().decode("utf-8")


def evidence_rows(graph: Graph) -> list[tuple]:
    """(fact, source file, start, end, exact) for every evidence node of every fact."""
    rows = []
    for cls in FACT_CLASSES:
        for fact in graph.subjects(RDF.type, cls):
            for ev in graph.objects(fact, KG.evidence):
                article = graph.value(ev, OA.hasSource)
                selectors = list(graph.objects(ev, OA.hasSelector))
                quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in graph)
                position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in graph)
                rows.append(
                    (
                        fact,
                        str(graph.value(article, KG.sourceFile)),
                        graph.value(position, OA.start).toPython(),
                        graph.value(position, OA.end).toPython(),
                        str(graph.value(quote, OA.exact)),
                    )
                )
    return rows


def test_every_fact_names_its_article_extractor_rule_and_confidence(seed_graph):
    for cls in FACT_CLASSES[:-1]:
        for fact in seed_graph.subjects(RDF.type, cls):
            article = seed_graph.value(fact, PROV.wasDerivedFrom)
            assert (article, RDF.type, SCHEMA.NewsArticle) in seed_graph
            assert seed_graph.value(fact, KG.extractor) and seed_graph.value(fact, KG.rule)
            assert 0 <= seed_graph.value(fact, KG.confidence).toPython() <= 1


def test_article_carries_date_author_and_url_when_the_file_gives_them(seed_graph):
    (article,) = [
        a for a in seed_graph.subjects(RDF.type, SCHEMA.NewsArticle) if seed_graph.value(a, SCHEMA.url)
    ]
    assert str(seed_graph.value(article, SCHEMA.datePublished)) == "2019-11-01"
    assert str(seed_graph.value(article, SCHEMA.author)) == "VnExpress"
    assert str(seed_graph.value(article, SCHEMA.url)).startswith("https://vnexpress.net/")


def _quoted_fact(path: Path, phrase: str) -> RoleFact:
    """A role fact read from the sentence holding `phrase`, with evidence as extractors make it."""
    read = read_article(path)
    ctx = ArticleContext(read.article, read.text)
    sentence = next(s for s in ctx.sentences if phrase in s.text)
    ev = ctx.evidence(sentence, extractor="test", rule="hand-made", confidence=0.9)
    fact = RoleFact(
        Entity("Đỗ Quang Vinh", PERSON), "Giám đốc", Entity("Công ty Minh Khang", ORGANISATION), ev
    )
    read.article.facts = [fact]
    return read.article


LAYOUTS = {
    # plain text with Windows line ends and decomposed (NFD) Vietnamese
    "crlf-nfd.txt": unicodedata.normalize(
        "NFD",
        "Tin doanh nghiệp hôm nay.\r\nÔng Đỗ Quang Vinh, Giám đốc Công ty Minh Khang, cho biết "
        "doanh thu quý I tăng 12%.\r\nCông ty dự kiến mở thêm hai nhà máy.\r\n",
    ),
    # word-segmented: syllables joined by underscores, punctuation spaced out
    "segmented.seg": "Doanh_nghiệp Việt tăng xuất_khẩu trong quý I . Ông Đỗ_Quang_Vinh , Giám_đốc Công_ty "
    "Minh_Khang , cho_biết doanh_thu tăng 12 % so với cùng kỳ . Công_ty dự_kiến mở thêm hai "
    "nhà_máy tại Bình_Dương và Long_An trong năm_nay , theo kế_hoạch của hội_đồng quản_trị .",
    # markdown with a metadata head
    "head.md": "# Minh Khang mở rộng sản xuất\n\nPublished at: **2024-05-02T08:00:00+07:00**\n\n"
    "Author: **Báo Mẫu**\n\nOriginal: [Báo Mẫu](https://bao-mau.example.vn/minh-khang.html)\n\n"
    "Ông Đỗ Quang Vinh, Giám đốc Công ty Minh Khang, cho biết doanh thu quý I tăng 12%.\n",
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_offsets_cut_the_quote_out_of_the_original_file_in_every_layout(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(LAYOUTS[name].encode("utf-8"))
    article = _quoted_fact(path, "Giám")
    graph = facts_to_graph([article])
    ((_, source, start, end, exact),) = evidence_rows(graph)
    assert source == name and original_text(path)[start:end] == exact
    assert "Vinh" in unicodedata.normalize("NFC", exact)
