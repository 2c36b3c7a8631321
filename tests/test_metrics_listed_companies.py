# ruff: noqa: E501  (test sentences are kept one per line)
"""Figures about listed companies: a stock ticker given in the brackets after a company's name
("(mã CK: XYZ)", "(HoSE: XYZ)") names the company when the article later writes "cổ phiếu XYZ",
and a company name that ends like a person's name ("… Hoàng Anh") is not cut when an acronym in
brackets follows it. Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from kg.extract import metrics
from kg.model import MetricFact
from tests.article_helpers import context


def _subjects(text: str) -> dict[float, set[str]]:
    """value -> every name of the figure's subject (its name and aliases)."""
    return {
        float(f.value): {f.subject.name, *f.subject.aliases} if f.subject else set()
        for f in metrics.extract(context(text))
        if isinstance(f, MetricFact)
    }


@pytest.mark.parametrize(
    "introduction",
    [
        "Ngân hàng TMCP Sông Lam (mã CK: SLB) vừa công bố kết quả kinh doanh.",
        "Ngân hàng TMCP Sông Lam (HoSE: SLB) vừa công bố kết quả kinh doanh.",
        "Ngân hàng TMCP Sông Lam (SLBank - mã chứng khoán: SLB) vừa công bố kết quả kinh doanh.",
    ],
)
def test_a_share_price_by_ticker_belongs_to_the_company_given_that_ticker(introduction):
    text = introduction + "\n\nCổ phiếu SLB đóng cửa ở mức 51.700 đồng/cổ phiếu."
    assert "Ngân hàng TMCP Sông Lam" in _subjects(text)[51700]


def test_a_ticker_must_be_introduced_as_one():
    text = "Ngân hàng TMCP Sông Lam vừa công bố kết quả kinh doanh.\n\nCổ phiếu SLB đóng cửa ở mức 51.700 đồng/cổ phiếu."
    assert "Ngân hàng TMCP Sông Lam" not in _subjects(text)[51700]


def test_a_company_name_ending_like_a_person_stays_whole_before_its_acronym():
    text = "Công ty CP Nông nghiệp Quốc tế Hoàng Anh (HAAG) đạt doanh thu 120 tỷ đồng."
    assert "Công ty CP Nông nghiệp Quốc tế Hoàng Anh" in _subjects(text)[120e9]


def test_a_person_after_a_company_name_is_still_cut_off():
    text = "Công ty CP Thép Việt Ý Nguyễn Văn An cho biết doanh thu đạt 120 tỷ đồng."
    assert "Công ty CP Thép Việt Ý" in _subjects(text)[120e9]
