# ruff: noqa: E501  (test sentences are kept one per line)
"""Rankings named by their size ("Top 10 Doanh nghiệp …"), awards with a quoted name before
"cho N doanh nghiệp", one programme named in the title and again in the lead, and criteria
given after a sentence that names two programmes (sentences written for these tests)."""

from __future__ import annotations

from tests.test_metrics_generalise_selections import selections

ANNOUNCEMENT = (
    "Công bố Top 10 Doanh nghiệp Logistics xanh tiêu biểu 2025\n\n"
    "Tối 5/11 tại Đà Nẵng, Hiệp hội Vận tải Miền Trung công bố danh sách Top 10 Doanh nghiệp Logistics xanh tiêu biểu 2025, "
    'đồng thời trao chứng nhận "Vận tải bền vững" cho 40 doanh nghiệp. '
    "Hội đồng giám khảo chấm điểm hồ sơ dựa trên 7 nhóm tiêu chí: chi phí, khí thải, an toàn, nhân lực, công nghệ, dịch vụ và quản trị."
)


def test_a_ranking_named_by_its_size_keeps_its_whole_name_and_count():
    found = {(s.programme.name, s.count) for s in selections(ANNOUNCEMENT)}
    assert ("Top 10 Doanh nghiệp Logistics xanh tiêu biểu 2025", 10) in found


def test_a_quoted_award_before_the_count_is_a_selection():
    found = {(s.programme.name, s.count) for s in selections(ANNOUNCEMENT)}
    assert ("Vận tải bền vững", 40) in found


def test_the_title_and_the_lead_name_one_selection():
    names = [s.programme.name for s in selections(ANNOUNCEMENT)]
    assert names.count("Top 10 Doanh nghiệp Logistics xanh tiêu biểu 2025") == 1


def test_criteria_after_a_sentence_naming_two_programmes_belong_to_both():
    assert {s.criteria for s in selections(ANNOUNCEMENT)} == {7}


def test_the_selector_is_who_announces():
    assert {s.selector.name for s in selections(ANNOUNCEMENT)} == {"Hiệp hội Vận tải Miền Trung"}


def test_a_quoted_ranking_after_the_announcing_verb():
    text = 'Tối 28/12, Câu lạc bộ Doanh nhân Sông Tiền tổ chức lễ công bố "Top 30 Doanh nghiệp phát triển bền vững 2024".'
    [found] = selections(text)
    assert (found.programme.name, found.count) == ("Top 30 Doanh nghiệp phát triển bền vững 2024", 30)


def test_top_followed_by_a_figure_that_is_not_a_ranking_is_no_selection():
    text = "Công ty CP Thép Đông Á lọt top 10 doanh nghiệp có doanh thu cao nhất ngành, với 5.000 tỷ đồng."
    assert [s.programme.name for s in selections(text)] == []
