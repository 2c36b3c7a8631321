"""What a newcomer sees after `kg build` on the seeds, through the shipped queries."""

import json

from tests.conftest import ROOT, run_kg


def _query(seed_build, name: str) -> list[dict]:
    result = run_kg(
        "query", str(ROOT / "queries" / name), "--graph", str(seed_build / "graph.ttl"), "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def test_seed_roles_are_visible_through_people_roles_query(seed_build):
    roles = {(r["person"], r["role"], r.get("organisation")) for r in _query(seed_build, "people_roles.rq")}
    assert ("Trần Đình Toản", "Phó Tổng giám đốc", "Công ty OSB") in roles
    assert any(
        p == "John Caplan" and r == "Giám đốc bộ phận B2B khu vực Bắc Mỹ" and o and o.startswith("Alibaba")
        for p, r, o in roles
    )
    assert ("Vũ Bá Phú", "Cục trưởng", "Cục Xúc tiến thương mại") in roles


def test_role_has_an_english_label(seed_build):
    rows = _query(seed_build, "people_roles.rq")
    toan = [r for r in rows if r["person"] == "Trần Đình Toản"]
    assert toan and toan[0].get("role_en") == "Deputy General Director"


def test_alibaba_buyer_count_is_a_metric(seed_build):
    metrics = _query(seed_build, "org_metrics.rq")
    buyers = [m for m in metrics if float(m["value"]) == 47_000_000]
    assert buyers and buyers[0]["unit"] == "nhà mua hàng"
    assert buyers[0]["organisation"].startswith("Alibaba")


def test_programme_selects_100_firms_on_14_criteria(seed_build):
    programmes = _query(seed_build, "programmes.rq")
    assert any(
        p["firms"] == "100" and p.get("criteria") == "14" and p.get("selector") == "Cục Xúc tiến thương mại"
        for p in programmes
    )


def test_every_fact_quote_is_cut_from_the_original_file(seed_build):
    rows = _query(seed_build, "facts_evidence.rq")
    assert len(rows) > 30
    for row in rows:
        original = (ROOT / "seeds" / row["article"]).read_text(encoding="utf-8")
        assert original[int(row["start"]) : int(row["end"])] == row["quote"]
