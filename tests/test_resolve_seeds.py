"""On the seeds' graph, no organisation or person appears twice: every real thing is one node.

The seeds write one ministry three ways ("Bộ Công Thương", "Bộ Công thương",
"Bộ_Công_Thương"), one platform as "Alibaba" and "Alibaba.com", its Vietnamese branch as
"Alibaba.com Việt Nam" and "Alibaba Việt Nam", and refer to people by given name.
"""

from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from kg.corpus.normalise import match_key
from kg.rdf.vocab import KG, ORG, SCHEMA, WD

# each set: the names one node may carry (its label and aliases)
ORGANISATIONS = [
    {"Alibaba", "Alibaba.com"},
    {"Alibaba.com Việt Nam", "Alibaba Việt Nam"},
    {"Bộ Công Thương", "Bộ Công thương"},
    {"Công ty OSB", "OSB"},
    {"Cục Thương mại điện tử và Kinh tế số", "Cục Thương mại điện tử & Kinh tế số"},
    {"Cục Xúc tiến thương mại"},
    {"Google"},
    {"Indochina JSC"},
    {"M.i.i.n Eyelash"},
    {"Tổng cục Hải quan"},
]
PEOPLE = [
    {"Andrew Zheng"},
    {"Hoàng Thanh Tâm"},
    {"Joey Zhu"},
    {"John Caplan"},
    {"Mike Zhang"},
    {"Nguyễn Thị Minh Huyền"},
    {"Trần Bảo Ngọc"},
    {"Trần Đình Toản"},
    {"Vũ Bá Phú"},
    {"Zhang Kuo"},
]


def _names(graph, node) -> set[str]:
    return {match_key(str(n)) for p in (RDFS.label, SKOS.altLabel) for n in graph.objects(node, p)}


def _check_one_node_each(graph, cls, expected):
    nodes = sorted(set(graph.subjects(RDF.type, cls)))
    labels = sorted(str(graph.value(n, RDFS.label)) for n in nodes)
    for names in expected:
        keys = {match_key(n) for n in names}
        holders = [n for n in nodes if _names(graph, n) & keys]
        assert len(holders) == 1, (sorted(names), labels)
    assert len(nodes) == len(expected), labels


def test_every_organisation_of_the_seeds_is_one_node(seed_graph):
    _check_one_node_each(seed_graph, ORG.Organization, ORGANISATIONS)


def test_every_person_of_the_seeds_is_one_node(seed_graph):
    _check_one_node_each(seed_graph, SCHEMA.Person, PEOPLE)


def _node(graph, label):
    return next(
        graph.subjects(RDFS.label, next(o for o in graph.objects(None, RDFS.label) if str(o) == label))
    )


def test_the_ministry_written_three_ways_is_one_node_in_all_three_seeds(seed_graph):
    ministry = _node(seed_graph, "Bộ Công Thương")
    facts = set(seed_graph.subjects(None, ministry))
    sources = {
        str(seed_graph.value(a, KG.sourceFile))
        for f in facts
        for a in seed_graph.objects(f, PROV.wasDerivedFrom)
    }
    assert sources == {"000_d53137713d114baf.txt", "001_f20659de51ac87f9.txt", "002_b632a6a23d50efb0.txt"}


def test_platform_is_linked_and_its_branch_points_to_it(seed_graph):
    platform = _node(seed_graph, "Alibaba")
    assert (platform, OWL.sameAs, WD.Q1359568) in seed_graph
    branch = next(
        n
        for n in seed_graph.subjects(RDF.type, ORG.Organization)
        if "alibaba việt nam" in _names(seed_graph, n)
    )
    assert seed_graph.value(branch, SCHEMA.parentOrganization) == platform
