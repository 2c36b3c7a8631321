"""Small invented graphs for the viz, export and interop tests (not collected by pytest).

The articles, companies and people are made up, in the style of Vietnamese business news.
`hostile=True` puts markup in every string an article can give (names, titles, quotes, URL),
so tests can check that none of it reaches the page as HTML.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph

from kg.model import (
    ORGANISATION,
    PERSON,
    PROGRAMME,
    Article,
    Entity,
    Evidence,
    MetricFact,
    PartFact,
    RoleFact,
    SelectionFact,
)
from kg.rdf.mapping import GraphMapper

XSS = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"


def _evidence(doc_id: str, text: str, sentence: str, extractor: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(doc_id, sentence, start, start + len(sentence), extractor, "test")


def sample_articles(hostile: bool = False) -> list[Article]:
    """Two invented articles: roles, a part-of link, a metric and a programme selection."""
    company = f"Công ty Cổ phần Thép Hòa Bình {XSS}" if hostile else "Công ty Cổ phần Thép Hòa Bình"
    person = f"Trần Thị Lan {SCRIPT}" if hostile else "Trần Thị Lan"
    text1 = (
        f"Bà {person}, Tổng giám đốc {company}, cho biết doanh thu năm 2023 đạt 1.250 tỷ đồng. "
        f"{company} thuộc Tập đoàn Kim khí Sông Đà."
    )
    quote_role = text1.split(", cho biết")[0] + ", cho biết doanh thu năm 2023 đạt 1.250 tỷ đồng."
    quote_part = f"{company} thuộc Tập đoàn Kim khí Sông Đà."
    lan = Entity(person, PERSON)
    steel = Entity(company, ORGANISATION)
    group = Entity("Tập đoàn Kim khí Sông Đà", ORGANISATION)
    a1 = Article(
        doc_id="bai-mot.txt",
        path="bai-mot.txt",
        original=text1,
        title=f"Thép Hòa Bình báo lãi {XSS}" if hostile else "Thép Hòa Bình báo lãi",
        published="2024-03-05",
        author=f"Minh Anh {SCRIPT}" if hostile else "Minh Anh",
        url="https://tin.example.vn/thep?a=1&b=<x>" if hostile else "https://tin.example.vn/thep-hoa-binh",
    )
    a1.facts = [
        RoleFact(
            lan,
            "Tổng giám đốc",
            steel,
            _evidence(a1.doc_id, text1, quote_role, "roles"),
            role_en="Chief Executive Officer",
        ),
        PartFact(steel, group, _evidence(a1.doc_id, text1, quote_part, "roles")),
        MetricFact(
            steel,
            "doanh thu",
            Decimal("1250"),
            "tỷ đồng",
            _evidence(a1.doc_id, text1, quote_role, "metrics"),
            period="2023",
            change="increase",
            compared_to="năm 2022",
        ),
    ]
    text2 = (
        "Ông Phạm Văn Đức, Giám đốc Sở Công nghiệp Quảng Bắc, cho biết chương trình Doanh nghiệp Xanh "
        "sẽ chọn 15 doanh nghiệp theo 4 tiêu chí trên sàn Chợ Việt."
    )
    duc = Entity("Phạm Văn Đức", PERSON)
    dept = Entity("Sở Công nghiệp Quảng Bắc", ORGANISATION)
    a2 = Article(
        doc_id="bai-hai.md",
        path="bai-hai.md",
        original=text2,
        title="Chương trình Doanh nghiệp Xanh",
        published="2024-04-10",
    )
    ev2 = _evidence(a2.doc_id, text2, text2, "programmes")
    a2.facts = [
        RoleFact(duc, "Giám đốc", dept, _evidence(a2.doc_id, text2, text2, "roles"), role_en="Director"),
        SelectionFact(
            Entity("Doanh nghiệp Xanh", PROGRAMME),
            15,
            ev2,
            selector=dept,
            host=Entity("Chợ Việt", ORGANISATION),
            criteria=4,
        ),
    ]
    return [a1, a2]


def sample_graph(hostile: bool = False) -> Graph:
    return GraphMapper().add_articles(sample_articles(hostile))


def big_graph(people: int) -> Graph:
    """A large invented graph: `people` people, each director of one of people//3 companies."""
    mapper = GraphMapper()
    article = Article(doc_id="lon.txt", path="lon.txt", original="x", title="Danh sách lãnh đạo")
    facts = []
    for i in range(people):
        company = Entity(f"Công ty Số {i // 3}", ORGANISATION)
        name = Entity(f"Nguyễn Văn Số {i}", PERSON)
        ev = Evidence("lon.txt", "x", 0, 1, "roles", "test")
        facts.append(RoleFact(name, "Giám đốc", company, ev))
    article.facts = facts
    return mapper.add_articles([article])
