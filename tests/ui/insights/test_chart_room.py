"""The room kept above the tallest bar: enough for its count at any font, never wasted."""

from __future__ import annotations

import pytest

from companion.ui.insights.chart_room import AIR, MIN_SHARE, top_of_range


def _pixels_above(tallest: float, chart_px: float, above_px: float) -> float:
    """How many pixels lie between the tallest bar's top and the chart's top."""
    top = top_of_range(tallest, chart_px, above_px)
    return chart_px * (top - tallest) / top


@pytest.mark.parametrize("label_px", [14.0, 22.0, 33.0, 45.0])
@pytest.mark.parametrize("chart_px", [150.0, 172.5, 300.0, 600.0])
def test_a_count_of_any_size_fits_above_the_tallest_bar(label_px: float, chart_px: float) -> None:
    assert _pixels_above(19, chart_px, label_px) >= label_px * (1 + AIR) - 1e-9


def test_small_text_keeps_the_usual_margin_and_no_more() -> None:
    assert top_of_range(20, 600, 14) == pytest.approx(20 * (1 + MIN_SHARE))
    assert top_of_range(0, 600, 14) == pytest.approx(1 + MIN_SHARE)  # an empty chart has a scale


def test_the_bars_keep_a_third_of_a_very_short_chart() -> None:
    assert top_of_range(10, 60, 50) == pytest.approx(30)
