"""Named events with date and place, read from invented news sentences."""

from __future__ import annotations

from kg.corpus.normalise import normalise
from kg.extract import events
from kg.extract.context import ArticleContext
from kg.model import Article, EventFact


def extract(text: str, published: str | None = None) -> list[EventFact]:
    article = Article(doc_id="bai.txt", path="bai.txt", original=text, published=published)
    return list(events.extract(ArticleContext(article, normalise(text))))


def test_a_quoted_forum_with_its_date_and_place():
    [fact] = extract(
        'Ông Kevin Ross phát biểu tại Diễn đàn "Sell Global" diễn ra chiều 14/9 ở Hà Nội.',
        published="2022-09-15",
    )
    assert fact.event.name == "Sell Global"
    assert "Diễn đàn Sell Global" in fact.event.aliases
    assert (fact.date, fact.place) == ("2022-09-14", "Hà Nội")


def test_a_conference_named_by_its_head_noun_and_a_date():
    [fact] = extract(
        "Tại Hội nghị Xúc tiến đầu tư Tây Nguyên ngày 12-4, tỉnh ký 15 biên bản ghi nhớ.", "2023-04-13"
    )
    assert fact.event.name == "Hội nghị Xúc tiến đầu tư Tây Nguyên"
    assert fact.date == "2023-04-12"


def test_an_event_named_twice_is_one_event():
    facts = extract(
        "Hội thảo Kinh tế số Miền Trung khai mạc sáng 5/6 tại Đà Nẵng. "
        "Hội thảo Kinh tế số Miền Trung thu hút 300 đại biểu.",
        "2021-06-06",
    )
    assert [(f.event.name, f.date, f.place) for f in facts] == [
        ("Hội thảo Kinh tế số Miền Trung", "2021-06-05", "Đà Nẵng")
    ]


def test_a_conference_in_passing_is_not_a_named_event():
    assert extract("Tại hội nghị, nhiều doanh nghiệp nêu khó khăn về vốn.") == []


def test_the_evidence_is_the_sentence_in_the_original_file():
    text = "Sáng nay, Triển lãm Nông sản Xanh khai mạc tại Cần Thơ."
    [fact] = extract(text)
    assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
