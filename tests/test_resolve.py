"""Resolution on hand-made facts: one node per real thing, and never two people merged on a name.

The companies, ministries and people here are invented; the sentences are our own.
"""

from collections import defaultdict
from decimal import Decimal

import pytest
from rdflib.namespace import OWL, RDF, RDFS, SKOS

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
from kg.rdf.mapping import facts_to_graph
from kg.rdf.vocab import ORG, SCHEMA, WD
from kg.resolve import resolve
from kg.resolve.gazetteer import Gazetteer, GazetteerError, default_gazetteer


def org(name, *aliases):
    return Entity(name, ORGANISATION, tuple(aliases))


def person(name):
    return Entity(name, PERSON)


def evidence(doc, start=0):
    text = "Câu mẫu."
    return Evidence(doc, text, start, start + len(text), "test", "hand-made")


def article(doc, *facts):
    a = Article(doc, doc, "Câu mẫu.")
    a.facts = list(facts)
    return a


def metric(doc, subject, value=1, start=0):
    return MetricFact(subject, "doanh thu", Decimal(value), "tỷ đồng", evidence(doc, start))


def role(doc, who, title, where, start=0):
    return RoleFact(person(who), title, org(where) if where else None, evidence(doc, start))


def node_of(resolution, doc, entity):
    return resolution.node(doc, entity)


def labels(graph, cls):
    return sorted(str(graph.value(n, RDFS.label)) for n in set(graph.subjects(RDF.type, cls)))


# --- organisations ---------------------------------------------------------------------------


def test_case_tone_mark_and_underscore_variants_are_one_organisation():
    spellings = ["Sở Công Thương Hòa Bình", "Sở Công thương Hoà Bình", "Sở_Công_Thương Hòa_Bình"]
    articles = [article(f"{i}.txt", metric(f"{i}.txt", org(name))) for i, name in enumerate(spellings)]
    graph = facts_to_graph(articles)
    assert labels(graph, ORG.Organization) == ["Sở Công Thương Hòa Bình"]
    node = next(graph.subjects(RDF.type, ORG.Organization))
    assert {str(a) for a in graph.objects(node, SKOS.altLabel)} == {"Sở Công thương Hoà Bình"}


def test_legal_form_words_and_web_address_name_one_company():
    names = ["Công ty Cổ phần Minh Khang", "Minh Khang JSC", "Tập đoàn Minh Khang", "MinhKhang.vn"]
    a = article("a.txt", *(metric("a.txt", org(n), start=10 * i) for i, n in enumerate(names)))
    resolution = resolve([a])
    assert len({node_of(resolution, "a.txt", org(n)).path for n in names}) == 1
    node = node_of(resolution, "a.txt", org("Minh Khang JSC"))
    assert node.label == "Công ty Cổ phần Minh Khang"  # each written once: the longest name
    assert set(node.aliases) == set(names) - {node.label}


def test_country_branch_is_its_own_node_linked_to_the_company():
    a = article(
        "a.txt", metric("a.txt", org("Minh Khang")), metric("a.txt", org("Minh Khang Việt Nam"), start=9)
    )
    graph = facts_to_graph([a])
    assert labels(graph, ORG.Organization) == ["Minh Khang", "Minh Khang Việt Nam"]
    branch = next(graph.subjects(RDFS.label, next(o for o in graph.objects(None, RDFS.label) if "Việt" in o)))
    parent = graph.value(branch, SCHEMA.parentOrganization)
    assert str(graph.value(parent, RDFS.label)) == "Minh Khang"


def test_parenthesised_short_name_is_an_alias_across_articles():
    a = article("a.txt", metric("a.txt", org("Ngân hàng TMCP Phú Thịnh (PTBank)")))
    b = article("b.txt", metric("b.txt", org("PTBank")), metric("b.txt", org("Ngân hàng Phú Thịnh"), start=5))
    resolution = resolve([a, b])
    paths = {
        node_of(resolution, "a.txt", org("Ngân hàng TMCP Phú Thịnh (PTBank)")).path,
        node_of(resolution, "b.txt", org("PTBank")).path,
        node_of(resolution, "b.txt", org("Ngân hàng Phú Thịnh")).path,
    }
    assert len(paths) == 1
    node = resolution.nodes[paths.pop()]
    assert node.label == "Ngân hàng TMCP Phú Thịnh" and "PTBank" in node.aliases


def test_bracketed_parent_organisation_is_not_an_alias():
    a = article("a.txt", metric("a.txt", org("Cục Quản lý Thị trường Số (Bộ Kinh tế Số)")))
    node = node_of(resolve([a]), "a.txt", org("Cục Quản lý Thị trường Số (Bộ Kinh tế Số)"))
    assert node.label == "Cục Quản lý Thị trường Số" and node.aliases == ()


def test_acronym_is_the_organisation_of_its_article_whose_initials_it_spells():
    a = article(
        "a.txt",
        metric("a.txt", org("Hiệp hội Dệt may Sông Hồng")),
        metric("a.txt", org("Công ty Thép Bắc Sơn"), start=5),
        metric("a.txt", org("HHDMSH"), start=9),
    )
    b = article("b.txt", metric("b.txt", org("HHDMSH")))
    resolution = resolve([a, b])
    full = node_of(resolution, "a.txt", org("Hiệp hội Dệt may Sông Hồng"))
    assert node_of(resolution, "a.txt", org("HHDMSH")) == full
    assert node_of(resolution, "b.txt", org("HHDMSH")) == full
    assert node_of(resolution, "a.txt", org("Công ty Thép Bắc Sơn")) != full


def test_acronym_that_two_organisations_could_spell_stays_apart():
    a = article(
        "a.txt",
        metric("a.txt", org("Công ty Thép Bắc Sơn")),
        metric("a.txt", org("Tập đoàn Than Bình Sơn"), start=5),
        metric("a.txt", org("TBS"), start=9),
    )
    resolution = resolve([a])
    assert len(resolution.nodes) == 3


def test_programme_named_with_a_description_is_the_programme():
    sel_a = SelectionFact(Entity("Hàng Việt Xanh", PROGRAMME), 40, evidence("a.txt"))
    sel_b = SelectionFact(Entity("chương trình quốc gia Hàng Việt Xanh", PROGRAMME), 40, evidence("b.txt"))
    resolution = resolve([article("a.txt", sel_a), article("b.txt", sel_b)])
    assert len(resolution.nodes) == 1


def test_gazetteer_links_a_ministry_and_a_company_to_wikidata():
    a = article(
        "a.txt",
        metric("a.txt", org("Tổng cục Thống kê")),
        metric("a.txt", org("Bộ Tài Chính"), start=5),
    )
    graph = facts_to_graph([a])
    by_label = {str(graph.value(n, RDFS.label)): n for n in graph.subjects(RDF.type, ORG.Organization)}
    assert set(graph.objects(by_label["Tổng cục Thống kê"], OWL.sameAs)) == {WD.Q10831788}
    assert (
        str(graph.value(by_label["Tổng cục Thống kê"], SKOS.prefLabel))
        == "General Statistics Office of Vietnam"
    )
    # the canonical spelling of the gazetteer is the label; the article's spelling an alias
    assert str(graph.value(by_label["Bộ Tài chính"], SKOS.altLabel)) == "Bộ Tài Chính"
    assert list(graph.objects(by_label["Bộ Tài chính"], OWL.sameAs)) == []  # no Q-id shipped for it


# --- people ----------------------------------------------------------------------------------


def test_same_name_at_the_same_organisation_in_two_articles_is_one_person():
    a = article("a.txt", role("a.txt", "Đỗ Quang Vinh", "Giám đốc", "Công ty Cổ phần Minh Khang"))
    b = article("b.txt", role("b.txt", "Đỗ Quang Vinh", "Tổng giám đốc", "Minh Khang JSC"))
    graph = facts_to_graph([a, b])
    assert labels(graph, SCHEMA.Person) == ["Đỗ Quang Vinh"]
    assert len(set(graph.subjects(RDF.type, ORG.Membership))) == 2


def test_same_name_at_different_organisations_is_two_people():
    a = article("a.txt", role("a.txt", "Đỗ Quang Vinh", "Giám đốc", "Công ty Minh Khang"))
    b = article("b.txt", role("b.txt", "Đỗ Quang Vinh", "Giám đốc", "Công ty Hải Đăng"))
    graph = facts_to_graph([a, b])
    people = set(graph.subjects(RDF.type, SCHEMA.Person))
    assert len(people) == 2
    assert {str(graph.value(graph.value(p, ORG.memberOf), RDFS.label)) for p in people} == {
        "Công ty Minh Khang",
        "Công ty Hải Đăng",
    }


def test_a_name_alone_never_merges_two_people():
    a = article("a.txt", role("a.txt", "Đỗ Quang Vinh", "Giám đốc", None))
    b = article("b.txt", role("b.txt", "Đỗ Quang Vinh", "Chủ tịch", None))
    assert len(resolve([a, b]).nodes) == 2


def test_evidence_chains_people_across_three_articles():
    a = article("a.txt", role("a.txt", "Đỗ Quang Vinh", "Giám đốc", "Công ty Minh Khang"))
    b = article(
        "b.txt",
        role("b.txt", "Đỗ Quang Vinh", "Giám đốc", "Công ty Minh Khang"),
        role("b.txt", "Đỗ Quang Vinh", "Chủ tịch", "Quỹ Hải Đăng", start=9),
    )
    c = article("c.txt", role("c.txt", "Đỗ Quang Vinh", "Chủ tịch", "Quỹ Hải Đăng"))
    people = [n for n in resolve([a, b, c]).nodes.values() if n.type == PERSON]
    assert len(people) == 1 and people[0].articles == ("a.txt", "b.txt", "c.txt")


def test_short_reference_is_the_one_full_name_of_its_article():
    a = article(
        "a.txt",
        role("a.txt", "Đỗ Quang Vinh", "Giám đốc", "Công ty Minh Khang"),
        role("a.txt", "Vinh", "Giám đốc", "Công ty Minh Khang", start=9),
        role("a.txt", "Peter Lang", "Cố vấn", "Công ty Minh Khang", start=20),
        role("a.txt", "Peter", "Cố vấn", None, start=30),
    )
    resolution = resolve([a])
    assert node_of(resolution, "a.txt", person("Vinh")) == node_of(
        resolution, "a.txt", person("Đỗ Quang Vinh")
    )
    assert node_of(resolution, "a.txt", person("Peter")).label == "Peter Lang"
    assert sorted(n.label for n in resolution.nodes.values() if n.type == PERSON) == [
        "Peter Lang",
        "Đỗ Quang Vinh",
    ]


def test_ambiguous_short_reference_stays_apart_and_local_to_its_article():
    a = article(
        "a.txt",
        role("a.txt", "Đỗ Quang Vinh", "Giám đốc", "Công ty Minh Khang"),
        role("a.txt", "Lê Thành Vinh", "Kế toán trưởng", "Công ty Minh Khang", start=9),
        role("a.txt", "Vinh", "Giám đốc", "Công ty Minh Khang", start=20),
    )
    b = article("b.txt", role("b.txt", "Vinh", "Giám đốc", "Công ty Minh Khang"))
    resolution = resolve([a, b])
    short_a, short_b = (
        node_of(resolution, "a.txt", person("Vinh")),
        node_of(resolution, "b.txt", person("Vinh")),
    )
    assert short_a.label == "Vinh" and short_a != short_b


def test_role_titles_differing_by_case_are_one_role():
    a = article("a.txt", role("a.txt", "Đỗ Quang Vinh", "Tổng giám đốc", "Công ty Minh Khang"))
    b = article("b.txt", role("b.txt", "Lê Thành Vinh", "Tổng Giám đốc", "Công ty Hải Đăng"))
    graph = facts_to_graph([a, b])
    assert len(set(graph.subjects(RDF.type, ORG.Role))) == 1


def test_part_of_links_resolved_organisations():
    a = article("a.txt", PartFact(org("Cục Quản lý Thị trường Số"), org("Bộ Kinh tế Số"), evidence("a.txt")))
    b = article("b.txt", metric("b.txt", org("Bộ Kinh tế số")))
    graph = facts_to_graph([a, b])
    assert labels(graph, ORG.Organization) == ["Bộ Kinh tế Số", "Cục Quản lý Thị trường Số"]
    assert len(list(graph.triples((None, ORG.subOrganizationOf, None)))) == 1


def test_abbreviations_and_punctuation_in_names_do_not_split_an_organisation():
    names = ["UBND TP. HCM", "UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"]
    a = article("a.txt", *(metric("a.txt", org(n), start=10 * i) for i, n in enumerate(names)))
    resolution = resolve([a])
    assert len({node_of(resolution, "a.txt", org(n)).path for n in names}) == 1


# --- the gazetteer ---------------------------------------------------------------------------


def test_shipped_gazetteer_is_well_formed_and_unambiguous():
    entries = default_gazetteer().entries
    assert len(entries) > 50
    owners = defaultdict(set)
    for entry in entries:
        assert entry.label_en, entry.name
        for key in entry.keys:
            owners[(entry.type, key)].add(entry.name)
    assert not {k: v for k, v in owners.items() if len(v) > 1}, "one name, two gazetteer entries"
    assert {e.wikidata for e in entries if e.kind == "country"} >= {"Q881", "Q30", "Q148"}


def test_bad_gazetteer_line_is_reported_with_its_number():
    with pytest.raises(GazetteerError, match="gaz.tsv:2: 'Q-12' is not a Wikidata id"):
        Gazetteer.from_text("# c\nOrganisation\tagency\tCục Mẫu\tSample Agency\tQ-12\t\n", source="gaz.tsv")


def test_a_legal_form_alone_is_no_alias_and_joins_nothing():
    a = article(
        "a.txt", metric("a.txt", org("Minh Khang JSC", "JSC")), metric("a.txt", org("Công ty"), start=9)
    )
    b = article(
        "b.txt", metric("b.txt", org("Sông Lam JSC", "JSC")), metric("b.txt", org("Công ty"), start=9)
    )
    resolution = resolve([a, b])
    assert node_of(resolution, "a.txt", org("Minh Khang JSC")) != node_of(
        resolution, "b.txt", org("Sông Lam JSC")
    )
    assert node_of(resolution, "a.txt", org("Minh Khang JSC")).aliases == ()
    assert node_of(resolution, "a.txt", org("Công ty")) != node_of(resolution, "b.txt", org("Công ty"))


def test_descriptive_words_before_a_brand_do_not_split_it():
    names = ["hãng Sao Bắc", "Sao Bắc", "sàn Sao Bắc"]
    a = article("a.txt", *(metric("a.txt", org(n), start=10 * i) for i, n in enumerate(names)))
    resolution = resolve([a])
    assert len({node_of(resolution, "a.txt", org(n)).path for n in names}) == 1
    # but a head noun that makes a name of its own keeps it apart: the bank is not the army
    b = article(
        "b.txt", metric("b.txt", org("Ngân hàng Quân đội")), metric("b.txt", org("Quân đội"), start=9)
    )
    assert len(resolve([b]).nodes) == 2


def test_bare_name_the_gazetteer_knows_is_one_body_across_articles():
    a = article("a.txt", metric("a.txt", org("Chính phủ")))
    b = article("b.txt", metric("b.txt", org("Chính phủ")))
    resolution = resolve([a, b])
    assert node_of(resolution, "a.txt", org("Chính phủ")) == node_of(resolution, "b.txt", org("Chính phủ"))
