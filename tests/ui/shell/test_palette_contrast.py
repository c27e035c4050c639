"""Every colour pair that meets on screen, computed from the one palette module (WCAG 2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from companion.core.states import StateId
from companion.ui.shell.palette import (
    CARD_INK,
    CARD_PANEL,
    THEME_DARK,
    THEME_LIGHT,
    contrast_ratio,
    focus_colors,
    state_color,
)
from companion.ui.shell.theme import build_palette

THEMES = {"light": THEME_LIGHT, "dark": THEME_DARK}
SURFACES = ("window", "base", "alt", "button")
TEXT = 4.5  # normal text
COMPONENT = 3.0  # boundaries of controls, focus indicators, chart marks


def test_the_ratio_is_the_wcag_one() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#3f8f83", "#ffffff") == pytest.approx(3.84, abs=0.01)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("ink", ["text", "muted", "link"])
@pytest.mark.parametrize("surface", SURFACES)
def test_text_reads_on_every_surface(theme: str, ink: str, surface: str) -> None:
    colors = THEMES[theme]
    assert contrast_ratio(colors[ink], colors[surface]) >= TEXT


@pytest.mark.parametrize("theme", THEMES)
def test_selected_area_and_take_a_break_text(theme: str) -> None:
    colors = THEMES[theme]
    assert contrast_ratio(colors["highlight_text"], colors["highlight"]) >= TEXT
    # The selected area and the button face stand out from the window around them.
    assert contrast_ratio(colors["highlight"], colors["window"]) >= COMPONENT


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("surface", SURFACES)
def test_field_borders_and_the_focus_ring_stand_out(theme: str, surface: str) -> None:
    colors = THEMES[theme]
    assert contrast_ratio(colors["border"], colors[surface]) >= COMPONENT
    assert contrast_ratio(colors["focus"], colors[surface]) >= COMPONENT


@pytest.mark.parametrize("theme", THEMES)
def test_the_two_focus_bands_differ_and_one_shows_on_a_highlighted_face(theme: str) -> None:
    colors = THEMES[theme]
    outer, inner = focus_colors(theme == "dark")
    assert contrast_ratio(outer, inner) >= COMPONENT
    best = max(
        contrast_ratio(outer, colors["highlight"]), contrast_ratio(inner, colors["highlight"])
    )
    assert best >= COMPONENT


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("state", [s.value for s in StateId])
@pytest.mark.parametrize("surface", ("window", "base", "alt"))
def test_state_colours_stand_out_as_marks_and_cell_edges(
    theme: str, state: str, surface: str
) -> None:
    mark = state_color(state, theme == "dark")
    assert contrast_ratio(mark, THEMES[theme][surface]) >= COMPONENT


@pytest.mark.parametrize("theme", THEMES)
def test_the_qt_palette_is_built_from_these_colours(theme: str) -> None:
    colors = THEMES[theme]
    palette = build_palette(theme == "dark")
    role = QPalette.ColorRole
    for qt_role, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.Text, "text"),
        (role.Button, "button"),
        (role.Highlight, "highlight"),
        (role.HighlightedText, "highlight_text"),
        (role.PlaceholderText, "muted"),
    ):
        assert palette.color(qt_role) == QColor(colors[key]), key


@pytest.mark.parametrize("ground", ("#ffffff", CARD_PANEL))
def test_the_printed_card_reads_in_its_ink(ground: str) -> None:
    assert contrast_ratio(CARD_INK, ground) >= 4.5


def test_no_colour_is_written_down_outside_the_palette_module() -> None:
    package = Path(__file__).parents[3] / "companion"
    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b")
    found = [
        f"{path.relative_to(package)}: {match}"
        for path in package.rglob("*.py")
        if path.name != "palette.py"
        for match in hex_colour.findall(path.read_text(encoding="utf-8"))
    ]
    assert found == []
