# ruff: noqa: E501  (test sentences are kept one per line)
"""Organisations in shapes met in real news: a state office written right before its parent,
a company officer named with no organisation in an article about one company, a company
written with two legal forms and a dash in its name, a year before a counted noun, and
financial ratios that are no organisations. Every sentence is invented for these tests."""

from __future__ import annotations

from kg.extract import metrics
from kg.extract.attribution import ArticleAttribution
from kg.extract.numbers import YEAR, find_quantities
from kg.model import MetricFact
from tests.article_helpers import context, part_facts, role_facts


def test_a_state_office_before_its_parent_is_a_part_of_it():
    text = "Ông Lê Văn Sơn, Phó Vụ trưởng Vụ Pháp chế Ngân hàng Nhà nước, được bổ nhiệm làm Chủ tịch Hội đồng thành viên Công ty In Bình Minh."
    assert {(p, r, o) for p, r, o, _ in role_facts(text)} == {
        ("Lê Văn Sơn", "Phó Vụ trưởng", "Vụ Pháp chế"),
        ("Lê Văn Sơn", "Chủ tịch Hội đồng thành viên", "Công ty In Bình Minh"),
    }
    assert part_facts(text) == {("Vụ Pháp chế", "Ngân hàng Nhà nước")}


def test_a_parent_named_by_its_acronym_does_not_end_the_role_chain():
    text = "Ông Lê Văn Sơn – Phó Cục trưởng Cục Thuế NHNN giữ chức vụ Tổng giám đốc Công ty In Bình Minh."
    assert ("Lê Văn Sơn", "Tổng giám đốc", "Công ty In Bình Minh") in {
        (p, r, o) for p, r, o, _ in role_facts(text)
    }


def test_an_office_whose_name_is_its_parent_is_not_split():
    # "Văn phòng Chính phủ": the parent's word is the whole name, no name before it
    assert role_facts("Ông Đào Minh Khoa, Chánh Văn phòng Chính phủ, cho biết.") == {
        ("Đào Minh Khoa", "Chánh Văn phòng", "Chính phủ", False)
    }


ARTICLE = (
    "Ngân hàng TMCP Hòa Lợi báo lãi lớn\n"
    "Ngân hàng TMCP Hòa Lợi (HLBank) vừa công bố lợi nhuận năm 2023 đạt 2.100 tỷ đồng.\n"
    "HLBank cho biết tổng tài sản tăng 12%.\n"
    "Tổng giám đốc Phan Minh Quân cho biết ngân hàng sẽ mở thêm 20 chi nhánh.\n"
)


def _roles_of(text: str) -> set[tuple[str, str, str | None]]:
    return {(person, role, org) for person, role, org, _ in role_facts(text)}


def _metrics(text: str) -> dict:
    """The article's metric facts by value."""
    return {f.value: f for f in metrics.extract(context(text)) if isinstance(f, MetricFact)}


def _subject(fact: MetricFact) -> str | None:
    return fact.subject.name if fact.subject else None


def test_a_company_officer_without_an_organisation_holds_the_post_at_the_article_company():
    assert ("Phan Minh Quân", "Tổng giám đốc", "Ngân hàng TMCP Hòa Lợi") in _roles_of(ARTICLE)


def test_a_title_companies_do_not_own_is_not_given_the_article_company():
    text = ARTICLE + "Chủ tịch Lê Hữu Trí cho biết thành phố ủng hộ ngân hàng.\n"
    assert ("Lê Hữu Trí", "Chủ tịch", "Ngân hàng TMCP Hòa Lợi") not in _roles_of(text)


def test_an_officer_in_an_article_about_a_ministry_gets_no_organisation():
    text = (
        "Bộ Tài chính họp báo\n"
        "Bộ Tài chính cho biết thu ngân sách tăng 8%.\n"
        "Tổng giám đốc Phan Minh Quân cho biết doanh nghiệp gặp khó.\n"
    )
    assert ("Phan Minh Quân", "Tổng giám đốc", "Bộ Tài chính") not in _roles_of(text)


def test_a_company_with_two_legal_forms_and_a_dash_keeps_its_short_name():
    text = (
        "Công ty CP Đầu tư Hưng Phát – Land vừa công bố kết quả kinh doanh.\n"
        "Công ty Hưng Phát - Land có vốn điều lệ 800 tỷ đồng.\n"
        "Trong quý I, lợi nhuận sau thuế của Hưng Phát – Land đạt 43 tỷ đồng, EPS đạt 2.735 đồng/cổ phiếu, YoY đạt 167%.\n"
    )
    subjects = {value: _subject(fact) for value, fact in _metrics(text).items()}
    assert subjects[43_000_000_000].startswith("Công ty")
    assert "Hưng Phát" in subjects[43_000_000_000]
    assert subjects[167] is not None and "YoY" not in subjects[167]


def test_a_company_name_with_a_middle_name_word_is_not_cut_as_a_person():
    ctx = context("Công ty CP Đầu tư Văn Phát – Invest vừa tổ chức thành công buổi gặp nhà đầu tư.")
    names = [r.entity.name for r in ArticleAttribution.of(ctx).refs[0]]
    assert names[0] == "Công ty CP Đầu tư Văn Phát – Invest"


def test_a_year_after_nam_is_no_count_of_the_noun_after_it():
    found = [
        (q.text, q.kind) for q in find_quantities("Theo đó, năm 2015 ngân hàng đạt 111 tỷ đồng lợi nhuận.")
    ]
    assert ("2015", YEAR) in found
    assert not any(text.startswith("2015 ngân hàng") for text, _ in found)
    assert any(q.text == "2015 doanh nghiệp" for q in find_quantities("Cả nước có 2015 doanh nghiệp mới."))


def test_a_company_name_that_ends_with_a_country_is_not_cut_as_a_person():
    ctx = context("Cụ thể, Công ty Cổ phần Bình Dương Việt Nam đặt mục tiêu doanh thu 2.160 tỷ đồng.")
    names = [r.entity.name for r in ArticleAttribution.of(ctx).refs[0]]
    assert names[0] == "Công ty Cổ phần Bình Dương Việt Nam"


def test_staff_abbreviations_are_counted_nouns():
    found = {(q.value, q.unit) for q in find_quantities("Toàn hệ thống có hơn 3.000 CBNV.") if q.is_metric}
    assert (3000, "CBNV") in found


SEGMENTED_LINES = (
    "Thép Đông_Á báo lãi\n\n"
    "Trong 9 tháng đầu năm 2017 , Công_ty CP Thép Đông_Á đạt doanh_thu 1.200 tỷ đồng .\n"
    "Lợi_nhuận sau thuế của công_ty đạt 120 tỷ đồng .\n"
    "Chi_phí tài_chính của công_ty là 30 tỷ đồng .\n\n"
    "Công_ty có 2.000 công_nhân .\n"
)


def test_a_period_holds_over_the_one_sentence_lines_of_a_paragraph():
    periods = {value: fact.period for value, fact in _metrics(SEGMENTED_LINES).items()}
    assert periods[120_000_000_000] == "2017-01/2017-09"
    assert periods[30_000_000_000] == "2017-01/2017-09"
    assert periods[2000] is None  # a blank line ends the paragraph


def test_in_running_paragraphs_a_line_break_still_ends_the_period():
    text = (
        "Trong 9 tháng đầu năm 2017, Công ty CP Thép Đông Á đạt doanh thu 1.200 tỷ đồng. "
        "Lợi nhuận sau thuế của công ty đạt 120 tỷ đồng.\n"
        "Chi phí tài chính của công ty là 30 tỷ đồng. Công ty có 2.000 công nhân.\n"
        "Công ty Thép Đông Á được thành lập từ lâu. Công ty có 3 nhà máy.\n"
        "Công ty xuất khẩu sang 20 nước.\n"
    )
    periods = {value: fact.period for value, fact in _metrics(text).items()}
    assert periods[120_000_000_000] == "2017-01/2017-09"
    assert periods[30_000_000_000] is None


def test_a_foreign_name_with_letters_vietnamese_lacks_is_one_organisation():
    text = (
        "Skånemejerier Ekonomisk Förening là hợp tác xã sữa lớn với khoảng 350 hộ nông dân chăn nuôi bò sữa."
    )
    assert _subject(_metrics(text)[350]) == "Skånemejerier Ekonomisk Förening"


def test_the_figure_of_the_same_period_a_year_before_has_that_period():
    facts = _metrics(
        "Trong 9 tháng đầu năm 2017, Tập đoàn Xăng dầu Nam Hải có chi phí tài chính 121 tỷ đồng, cùng kỳ năm trước là 223 tỷ đồng."
    )
    assert facts[121_000_000_000].period == "2017-01/2017-09"
    assert facts[223_000_000_000].period == "2016-01/2016-09"
    assert facts[223_000_000_000].compared_to is None
    facts = _metrics(
        "Nửa đầu năm 2018, Công ty Sao Mai lãi hợp nhất 50 tỷ đồng, tăng mạnh so với 33 tỷ đồng cùng kỳ năm ngoái."
    )
    assert facts[33_000_000_000].period == "2017-01/2017-06"
    assert facts[50_000_000_000].period == "2018-01/2018-06"


def test_a_change_compared_with_the_same_period_keeps_its_own_period():
    facts = _metrics("Năm 2018, doanh thu của Công ty Hoa Sen tăng 12% so với cùng kỳ năm trước.")
    assert facts[12].period == "2018"
    assert facts[12].compared_to == "cùng kỳ năm trước (2017)"


def test_an_office_named_after_another_organisation_keeps_that_name_whole():
    ctx = context("Văn phòng Bộ Tài chính vừa có thông báo về 3 dự án.")
    assert [r.entity.name for r in ArticleAttribution.of(ctx).refs[0]][0] == "Văn phòng Bộ Tài chính"


def test_a_scaled_number_with_nothing_to_say_what_it_counts_is_no_figure():
    text = "Công ty Hoa Sen đạt doanh thu 1.200 tỷ đồng. Trung bình 1 ngày, chị Lan thu 10 triệu."
    facts = _metrics(text)
    assert 1_200_000_000_000 in facts
    assert 10_000_000 not in facts
    assert all(fact.unit for fact in facts.values())
