"""An ordinal keeps being an ordinal when a scale word follows ("thành viên thứ 1 triệu")."""

import pytest

from kg.extract.numbers import find_quantities


@pytest.mark.parametrize(
    "text",
    [
        "Sàn đã chào đón thành viên thứ 1 triệu tại Nhật Bản.",
        "Công ty vừa xuất xưởng chiếc xe thứ 2 triệu.",
        "Ngân hàng phát hành thẻ thứ 10 nghìn trong quý.",
    ],
)
def test_scaled_ordinal_is_not_a_metric(text):
    assert not [q for q in find_quantities(text) if q.is_metric]


def test_scaled_count_without_thu_is_still_a_metric():
    quantities = [q for q in find_quantities("Sàn đã có 1 triệu thành viên tại Nhật Bản.") if q.is_metric]
    assert [q.value for q in quantities] == [1_000_000]


def test_a_percentage_of_broken_grains_is_a_grade_not_a_figure():
    from kg.extract.numbers import find_quantities

    found = {q.text: q.is_metric for q in find_quantities("Giá gạo 5% tấm giảm xuống 530 USD/tấn.")}
    assert found == {"5% tấm": False, "530 USD/tấn": True}
