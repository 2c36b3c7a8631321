"""The scorer's matching rules, pinned on small hand-made gold/prediction pairs."""

from __future__ import annotations

import pytest

from kg.evaluate import Counts, score_corpus, score_document, values_agree


def doc(**kinds):
    return {"document": "a.txt", **kinds}


def test_counts_ratios():
    c = Counts(matched=3, predicted=4, gold=6)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.5)
    assert c.f1 == pytest.approx(0.6)


def test_empty_gold_and_empty_prediction_is_perfect():
    c = Counts()
    assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)


def test_nothing_predicted_against_gold_scores_zero():
    c = Counts(matched=0, predicted=0, gold=2)
    assert c.recall == 0.0 and c.f1 == 0.0


GOLD_ROLES = doc(
    entities=[
        {"name": "Lê Văn Khải", "type": "Person"},
        {"name": "Tập đoàn Sông Hồng", "type": "Organisation", "aliases": ["SongHong Group"]},
    ],
    roles=[{"person": "Lê Văn Khải", "role": "Phó Tổng giám đốc", "org": "Tập đoàn Sông Hồng"}],
)


def test_role_matches_after_name_normalisation():
    pred = doc(roles=[{"person": "lê_văn_khải", "role": "phó tổng giám đốc", "org": "TẬP ĐOÀN SÔNG HỒNG"}])
    result = score_document(GOLD_ROLES, pred).kinds["roles"]
    assert (result.counts.matched, result.counts.predicted, result.counts.gold) == (1, 1, 1)


def test_role_organisation_may_be_written_as_a_gold_alias():
    pred = doc(roles=[{"person": "Lê Văn Khải", "role": "Phó Tổng giám đốc", "org": "SongHong Group"}])
    assert score_document(GOLD_ROLES, pred).kinds["roles"].counts.matched == 1


def test_prediction_aliases_also_count():
    pred = doc(
        entities=[{"name": "Sông Hồng", "type": "Organisation", "aliases": ["Tập đoàn Sông Hồng"]}],
        roles=[{"person": "Lê Văn Khải", "role": "Phó Tổng giám đốc", "org": "Sông Hồng"}],
    )
    assert score_document(GOLD_ROLES, pred).kinds["roles"].counts.matched == 1


def test_wrong_role_text_is_a_miss_and_a_false_fact_but_the_affiliation_holds():
    pred = doc(roles=[{"person": "Lê Văn Khải", "role": "Tổng giám đốc", "org": "Tập đoàn Sông Hồng"}])
    result = score_document(GOLD_ROLES, pred)
    assert result.kinds["roles"].counts.matched == 0
    assert len(result.kinds["roles"].misses) == 1 and len(result.kinds["roles"].false) == 1
    assert result.kinds["affiliations"].counts.matched == 1


def test_tone_mark_convention_does_not_matter():
    gold = doc(roles=[{"person": "Nguyễn Thị Hòa", "role": "Giám đốc", "org": "Công ty Thủy sản Hòa Bình"}])
    pred = doc(roles=[{"person": "Nguyễn Thị Hoà", "role": "Giám đốc", "org": "Công ty Thuỷ sản Hoà Bình"}])
    assert score_document(gold, pred).kinds["roles"].counts.matched == 1


def test_ampersand_reads_as_va():
    gold = doc(parts=[{"part": "Cục Thương mại & Đầu tư", "whole": "Bộ Kế hoạch"}])
    pred = doc(parts=[{"part": "Cục Thương mại và Đầu tư", "whole": "Bộ Kế hoạch"}])
    assert score_document(gold, pred).kinds["parts"].counts.matched == 1


def test_each_gold_fact_matches_at_most_one_prediction():
    pred = doc(
        roles=[{"person": "Lê Văn Khải", "role": "Phó Tổng giám đốc", "org": "Tập đoàn Sông Hồng"}] * 2
    )
    counts = score_document(GOLD_ROLES, pred).kinds["roles"].counts
    assert (counts.matched, counts.predicted) == (1, 2)


def test_optional_fact_is_neither_missed_nor_wrong():
    gold = doc(
        roles=[
            {"person": "A B", "role": "Giám đốc", "org": "Công ty X"},
            {"person": "C D", "role": "Thủ tướng", "org": "Chính phủ", "optional": True},
        ]
    )
    found = score_document(gold, doc(roles=gold["roles"])).kinds["roles"].counts
    assert (found.matched, found.predicted, found.gold) == (1, 1, 1)
    absent = score_document(gold, doc(roles=gold["roles"][:1])).kinds["roles"]
    assert absent.counts.recall == 1.0 and absent.misses == []


def test_prediction_prefers_the_required_fact_over_the_optional_one():
    gold = doc(
        metrics=[
            {"subject": "X", "value": 100, "unit": "%", "optional": True},
            {"subject": "X", "value": 100, "unit": "%"},
        ]
    )
    counts = (
        score_document(gold, doc(metrics=[{"subject": "X", "value": 100, "unit": "%"}]))
        .kinds["metrics"]
        .counts
    )
    assert (counts.matched, counts.predicted, counts.gold) == (1, 1, 1)


def test_past_is_an_attribute_score_not_a_condition():
    gold = doc(roles=[{"person": "A B", "role": "Chủ tịch", "org": "Công ty X", "past": True}])
    pred = doc(roles=[{"person": "A B", "role": "Chủ tịch", "org": "Công ty X"}])
    result = score_document(gold, pred)
    assert result.kinds["roles"].counts.matched == 1
    assert (result.attributes["past"].agree, result.attributes["past"].total) == (0, 1)


def test_affiliation_counts_distinct_person_organisation_pairs():
    gold = doc(
        roles=[
            {"person": "A B", "role": "Phó chủ tịch", "org": "Công ty X"},
            {"person": "A B", "role": "Tổng giám đốc", "org": "Công ty X"},
        ]
    )
    pred = doc(roles=[{"person": "A B", "role": "Giám đốc", "org": "Công ty X"}])
    affiliations = score_document(gold, pred).kinds["affiliations"].counts
    assert (affiliations.matched, affiliations.predicted, affiliations.gold) == (1, 1, 1)


def test_part_needs_both_sides_in_the_right_direction():
    gold = doc(parts=[{"part": "Cục Y", "whole": "Bộ Z"}])
    assert (
        score_document(gold, doc(parts=[{"part": "Bộ Z", "whole": "Cục Y"}])).kinds["parts"].counts.matched
        == 0
    )
    assert (
        score_document(gold, doc(parts=[{"part": "Cục Y", "whole": "Bộ Z"}])).kinds["parts"].counts.matched
        == 1
    )


@pytest.mark.parametrize(
    ("gold_value", "predicted", "agrees"),
    [
        (1000000, 1000999, True),
        (1000000, 1001001, False),
        (27.6, "27.6", True),
        (0, 0, True),
        (0, 0.001, False),
    ],
)
def test_value_tolerance_is_a_tenth_of_a_percent(gold_value, predicted, agrees):
    assert values_agree(gold_value, predicted) is agrees


def test_metric_subject_may_match_the_reporter():
    gold = doc(metrics=[{"subject": "Tổng cục Thống kê", "value": 5.2, "unit": "%"}])
    pred = doc(metrics=[{"subject": "Việt Nam", "reporter": "Tổng cục Thống kê", "value": 5.2, "unit": "%"}])
    assert score_document(gold, pred).kinds["metrics"].counts.matched == 1


def test_unit_and_period_are_scored_as_shares_of_matched_metrics():
    gold = doc(
        metrics=[
            {"subject": "X", "value": 5, "unit": "đại lý", "period": "2020"},
            {"subject": "X", "value": 7, "unit": "tấn"},
        ]
    )
    pred = doc(
        metrics=[
            {"subject": "X", "value": 5, "unit": "đại lý", "period": "2021"},
            {"subject": "X", "value": 7, "unit": "USD"},
        ]
    )
    result = score_document(gold, pred)
    assert result.kinds["metrics"].counts.matched == 2
    assert (result.attributes["unit"].agree, result.attributes["unit"].total) == (1, 2)
    # only the gold metric that states a period is scored on period
    assert (result.attributes["period"].agree, result.attributes["period"].total) == (0, 1)


def test_matching_prefers_the_pair_whose_unit_agrees():
    gold = doc(
        metrics=[
            {"subject": "X", "value": 100, "unit": "người"},
            {"subject": "X", "value": 100, "unit": "công nhân"},
        ]
    )
    pred = doc(
        metrics=[
            {"subject": "X", "value": 100, "unit": "công nhân"},
            {"subject": "X", "value": 100, "unit": "người"},
        ]
    )
    assert score_document(gold, pred).attributes["unit"].agree == 2


def test_selection_criteria_only_checked_when_gold_states_them():
    gold = doc(
        selections=[
            {"programme": "Chương trình A", "selector": "Cục B", "count": 50, "criteria": None},
            {"programme": "Chương trình C", "count": 20, "criteria": 8},
        ]
    )
    pred = doc(
        selections=[
            {"programme": "Chương trình A", "selector": "Cục Khác", "count": 50, "criteria": 3},
            {"programme": "Chương trình C", "count": 20, "criteria": 9},
        ]
    )
    result = score_document(gold, pred)
    assert result.kinds["selections"].counts.matched == 1
    assert (result.attributes["selector"].agree, result.attributes["selector"].total) == (0, 1)


def test_alias_shared_by_two_gold_entities_binds_to_the_named_one():
    gold = doc(
        entities=[
            {"name": "Báo Sao Mai", "type": "Organisation", "aliases": ["Sao Mai"]},
            {"name": "Tập đoàn Sao Mai", "type": "Organisation", "aliases": ["Sao Mai"]},
        ],
        parts=[{"part": "Báo Sao Mai", "whole": "Tập đoàn Sao Mai"}],
    )
    wrong = doc(parts=[{"part": "Tập đoàn Sao Mai", "whole": "Báo Sao Mai"}])
    assert score_document(gold, wrong).kinds["parts"].counts.matched == 0


def test_corpus_micro_average_sums_the_fact_kinds():
    gold_a = doc(roles=[{"person": "A", "role": "Giám đốc", "org": "X"}], parts=[{"part": "P", "whole": "W"}])
    pred_a = doc(roles=[{"person": "A", "role": "Giám đốc", "org": "X"}], parts=[{"part": "P", "whole": "Q"}])
    gold_b = doc(metrics=[{"subject": "X", "value": 3, "unit": "tấn"}])
    pred_b = doc(metrics=[])
    report = score_corpus([(gold_a, pred_a), (gold_b, pred_b)])
    assert (report.micro.matched, report.micro.predicted, report.micro.gold) == (1, 2, 3)
    assert report.kinds["parts"].f1 == 0.0
    assert report.kinds["roles"].f1 == 1.0
    assert report.kinds["affiliations"].gold == 1
