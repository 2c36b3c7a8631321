"""`kg eval` as a user runs it: scores printed, predictions written in the gold format."""

from __future__ import annotations

import json
import shutil

from kg.evaluate import score_corpus
from tests.conftest import ROOT, SEEDS, run_kg

GOLD = ROOT / "tests" / "gold"


def _score_line(output: str, kind: str) -> list[str]:
    line = next(line for line in output.splitlines() if line.startswith(kind))
    return line.split()


def test_eval_on_the_seeds_prints_scores_and_writes_predictions(tmp_path):
    out = tmp_path / "predictions"
    result = run_kg("eval", str(GOLD), "--corpus", str(SEEDS), "--predictions", str(out))
    assert result.returncode == 0, result.stderr
    roles = _score_line(result.stdout, "roles")
    parts = _score_line(result.stdout, "parts")
    assert float(roles[3]) >= 0.95  # kind, P, R, F1, counts
    assert float(parts[3]) == 1.0
    for kind in ("metrics", "selections", "micro", "affiliation"):
        assert _score_line(result.stdout, kind)
    assert "past" in result.stdout and "unit" in result.stdout and "selector" in result.stdout
    written = sorted(p.name for p in out.glob("*.json"))
    assert written == sorted(p.name for p in GOLD.glob("*.json"))


def test_written_predictions_score_the_same_with_the_pure_scorer(tmp_path):
    out = tmp_path / "predictions"
    result = run_kg("eval", str(GOLD), "--corpus", str(SEEDS), "--predictions", str(out), "--no-details")
    assert result.returncode == 0, result.stderr
    pairs = []
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        prediction = json.loads((out / gold_path.name).read_text(encoding="utf-8"))
        assert prediction["document"] == gold["document"]
        pairs.append((gold, prediction))
    report = score_corpus(pairs)
    roles = _score_line(result.stdout, "roles")
    assert (
        roles[4]
        == f"{report.kinds['roles'].matched}/{report.kinds['roles'].predicted}/{report.kinds['roles'].gold}"
    )


def test_predictions_carry_the_evidence_sentence(tmp_path):
    out = tmp_path / "predictions"
    run_kg("eval", str(GOLD), "--corpus", str(SEEDS), "--predictions", str(out))
    prediction = json.loads((out / "002_b632a6a23d50efb0.json").read_text(encoding="utf-8"))
    role = next(r for r in prediction["roles"] if r["role"] == "Cục trưởng")
    assert "Cục trưởng" in role["evidence"].replace("_", " ")


def test_misses_and_false_facts_are_listed_with_sentences(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(SEEDS / "000_d53137713d114baf.txt", gold_dir)
    gold = {
        "document": "000_d53137713d114baf.txt",
        "entities": [],
        "roles": [{"person": "Trần Đình Toản", "role": "Tổng giám đốc", "org": "Công ty OSB"}],
        "parts": [],
        "metrics": [],
        "selections": [],
    }
    (gold_dir / "000_d53137713d114baf.json").write_text(
        json.dumps(gold, ensure_ascii=False), encoding="utf-8"
    )
    result = run_kg("eval", str(gold_dir))
    assert result.returncode == 0, result.stderr
    assert "MISS  roles      Trần Đình Toản | Tổng giám đốc | Công ty OSB" in result.stdout
    assert "FALSE roles      Trần Đình Toản | Phó Tổng giám đốc | Công ty OSB" in result.stdout
    assert "« " in result.stdout


def test_missing_article_is_named_and_its_facts_are_missed(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"document": "nowhere.txt", "roles": [{"person": "A B", "role": "Giám đốc", "org": "Công ty C"}]}
    (gold_dir / "nowhere.json").write_text(json.dumps(gold), encoding="utf-8")
    result = run_kg("eval", str(gold_dir))
    assert result.returncode == 0
    assert "nowhere.txt" in result.stderr and "missing" in result.stderr
    assert _score_line(result.stdout, "roles")[4] == "0/0/1"


def test_a_folder_without_gold_files_is_an_error(tmp_path):
    result = run_kg("eval", str(tmp_path))
    assert result.returncode == 1
    assert "no gold files" in result.stderr


def test_a_broken_gold_file_is_named(tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    result = run_kg("eval", str(tmp_path))
    assert result.returncode == 1
    assert "bad.json" in result.stderr
