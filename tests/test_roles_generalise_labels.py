"""A gazetteer match adds names (alias, sameAs, English label) but never renames an
organisation: the label is a name the articles write (invented companies and entries)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.model import ORGANISATION, Article, Entity, Evidence, MetricFact
from kg.resolve import resolve
from kg.resolve.gazetteer import Gazetteer

GAZETTEER = Gazetteer.from_text(
    "Organisation\tcompany\tTập đoàn Viễn thông Sao Khuê\tSao Khue Telecom Group\tQ99000001\tSKT|Sao Khuê\n"
    "Organisation\tcompany\tLúa Vàng Holdings\tLua Vang Holdings\tQ99000002\tLúa Vàng\n"
    "Organisation\tcompany\tTổng công ty Cảng biển Đông Hải\tDong Hai Port Corporation\t\tĐHP|Cảng Đông Hải\n"
    "Organisation\tministry\tBộ Hàng hải\tMinistry of Shipping\tQ99000003\t\n"
    "Organisation\tcompany\tNgân hàng TMCP Hoa Sen\tLotus Bank\tQ99000004\tLTB|LotusBank\n",
    source="test",
)


def _org_node(written: list[str], doc: str = "a.txt"):
    facts = []
    for i, name in enumerate(written):
        text = "Câu mẫu."
        evidence = Evidence(doc, text, 10 * i, 10 * i + len(text), "test", "hand-made")
        facts.append(MetricFact(Entity(name, ORGANISATION), "doanh thu", Decimal(1), "tỷ đồng", evidence))
    article = Article(doc, doc, "Câu mẫu.")
    article.facts = facts
    resolution = resolve([article], gazetteer=GAZETTEER)
    return resolution.node(doc, Entity(written[0], ORGANISATION))


@pytest.mark.parametrize(
    ("written", "label", "canonical"),
    [
        (["Sao Khuê", "Sao Khuê", "SKT"], "Sao Khuê", "Tập đoàn Viễn thông Sao Khuê"),
        (["Lúa Vàng"], "Lúa Vàng", "Lúa Vàng Holdings"),
        (["ĐHP", "Cảng Đông Hải", "Cảng Đông Hải"], "Cảng Đông Hải", "Tổng công ty Cảng biển Đông Hải"),
        (["LotusBank", "LTB"], "LotusBank", "Ngân hàng TMCP Hoa Sen"),
        (["SKT"], "SKT", "Tập đoàn Viễn thông Sao Khuê"),
    ],
)
def test_gazetteer_name_is_an_alias_never_the_label(written, label, canonical):
    node = _org_node(written)
    assert node.label == label
    assert canonical in node.aliases  # still findable by its canonical name
    assert node.label_en  # the English label and sameAs still come from the entry


def test_gazetteer_spelling_is_the_label_when_an_article_writes_that_name():
    node = _org_node(["Bộ Hàng Hải"])  # written with another capitalisation
    assert node.label == "Bộ Hàng hải"
    assert node.same_as


def test_most_written_name_wins_and_iri_does_not_depend_on_it():
    one = _org_node(["Sao Khuê"])
    other = _org_node(["Tập đoàn Viễn thông Sao Khuê", "Tập đoàn Viễn thông Sao Khuê", "Sao Khuê"])
    assert other.label == "Tập đoàn Viễn thông Sao Khuê"
    assert one.path == other.path
