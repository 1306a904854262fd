"""The NĐ 30 layout values: what raquan writes lies inside what the decree allows."""

from __future__ import annotations

import pytest

from raquan.domain import layout
from raquan.domain.textwidth import text_width_cm


def test_the_pages_raquan_writes_have_the_allowed_margins() -> None:
    for page, margins in (
        (layout.PORTRAIT, layout.PORTRAIT_MARGINS),
        (layout.LANDSCAPE, layout.LANDSCAPE_MARGINS),
    ):
        assert margins.top.holds(page.top_mm)
        assert margins.bottom.holds(page.bottom_mm)
        assert margins.left.holds(page.left_mm)
        assert margins.right.holds(page.right_mm)
        assert sorted((page.width_mm, page.height_mm)) == list(layout.A4_MM)
    assert layout.LANDSCAPE.landscape
    assert not layout.PORTRAIT.landscape


@pytest.mark.parametrize(
    "style", [v for v in vars(layout).values() if isinstance(v, layout.TextStyle)]
)
def test_each_element_is_written_in_a_size_the_decree_allows(style: layout.TextStyle) -> None:
    assert style.sizes.holds(style.size), style.label


def test_rule_fractions_and_body_values_are_inside_their_ranges() -> None:
    for rule in (layout.ISSUER_RULE, layout.MOTTO_RULE, layout.SUMMARY_RULE):
        assert rule.fractions.holds(rule.fraction)
    body = layout.BODY_PARAGRAPH
    assert body.first_lines.holds(body.first_line_cm)
    assert body.line_spacings.holds(body.line_spacing)
    assert body.space_after_pt >= body.least_space_pt


def test_range_words_use_a_decimal_comma() -> None:
    assert layout.Range(20, 25).words("mm") == "20-25 mm"
    assert layout.Range(13, 13).words("pt") == "13 pt"
    assert layout.Range(1.0, 1.27).words("cm") == "1-1,27 cm"


def test_text_width_follows_the_font_metrics() -> None:
    # "A" is 1479/2048 em wide in Times New Roman: at 72 pt, 1 em is 2.54 cm.
    assert text_width_cm("A", 72) == pytest.approx(1479 / 2048 * 2.54)
    assert text_width_cm("Ậ", 13) == text_width_cm("A", 13)
    assert text_width_cm("ĐỘC LẬP", 13, bold=True) > text_width_cm("ĐỘC LẬP", 13)
    assert text_width_cm("", 13) == 0
    motto = text_width_cm(layout.MOTTO, 13, bold=True)
    assert 5.5 < motto < 6.5
