"""What a screen reader hears, read through AT-SPI from the real app on a real X server.

One walk visits every area and dialog (a private D-Bus session, the AT-SPI bus and registry,
Xvfb, the app with accessibility always on) and records the accessible tree of each, plus the
events a screen reader receives. The tests below judge that record.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

import pytest
from e2e.atspi_run import run_walk
from helpers.generate import generate

from companion.storage.store import Store

pytestmark = pytest.mark.e2e

#: The walk: keys a keyboard user presses, actions a screen reader takes, and what to record.
STEPS: list[list[str]] = [
    ["wait_name", "Breathe for a few minutes"],  # a first start: the welcome's ways in
    ["snapshot", "welcome"],
    ["press", "push button", "Breathe for a few minutes"],
    ["wait_name", "Breathing pacer"],
    ["snapshot", "breathe"],
    ["keys", "ctrl+2"],
    ["wait_name", "Freeze, strength 4 of 5"],
    ["press", "radio button", "Freeze, strength 4 of 5"],
    ["wait_name", "Check-in wheel, chosen: Freeze, strength 4 of 5"],
    ["snapshot", "checkin"],
    ["press", "push button", "Save"],
    ["keys", "ctrl+4"],
    ["wait_name", "History"],
    ["wait_name", "How often each state came up"],
    ["snapshot", "charts"],
    ["press", "page tab", "History"],
    ["wait_name", "Saved entries"],
    ["snapshot", "history"],
    ["keys", "Tab", "Tab", "Tab", "Tab", "Tab", "Return"],
    ["wait_window", "Edit check-in — Companion"],
    ["snapshot", "edit"],
    ["keys", "Escape"],
    ["wait_window", "Companion"],
    ["keys", "ctrl+comma"],
    ["wait_window", "Settings — Companion"],
    ["snapshot", "settings"],
    ["keys", "Escape"],
    ["wait_window", "Companion"],
    ["keys", "F1"],
    ["wait_window", "How breaks work, and when not — Companion"],
    ["snapshot", "help"],
    ["keys", "Escape"],
    ["wait_window", "Companion"],
    ["press", "menu item", "Help"],
    ["wait_menu_item", "About Companion"],
    ["keys", "a"],
    ["wait_window", "About Companion"],
    ["snapshot", "about"],
    ["keys", "Escape"],
    ["wait_window", "Companion"],
    ["keys", "ctrl+1"],
    ["tab_to", "combo box", "Pattern:"],
    ["keys", "End"],
    ["wait_window", "Your breathing patterns — Companion"],
    ["snapshot", "patterns"],
    ["keys", "Escape"],
    ["wait_window", "Companion"],
    ["keys", "ctrl+5"],
    ["wait_name", "Save our plan"],
    ["snapshot", "plan"],
    ["keys", "ctrl+3"],
    ["wait_name", "Not now: leave without a break"],
    ["snapshot", "break"],
    ["press_prefix", "push button", "Start 20-minute break"],
    ["wait_name", "I'm back"],
    ["snapshot", "countdown"],
]
SCREENS = (
    "welcome",
    "breathe",
    "checkin",
    "charts",
    "history",
    "edit",
    "settings",
    "help",
    "about",
    "patterns",
    "plan",
    "break",
    "countdown",
)

Node = dict[str, Any]


@pytest.fixture(scope="module")
def report(module_xvfb_display: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the walk once for the module and return what it read."""
    root = tmp_path_factory.mktemp("atspi")
    data_dir = root / "data"
    store = Store.open(data_dir)
    try:
        generate(store, checkins=40, end=datetime.now(timezone.utc), days=20, seed=3)
    finally:
        store.close()
    return run_walk(module_xvfb_display, root, data_dir, STEPS)


def _showing(nodes: list[Node]) -> list[Node]:
    return [n for n in nodes if "showing" in n["states"]]


def _unnamed_focusable(nodes: list[Node]) -> list[str]:
    """Focusable nodes without a name; a table cell is named by its content and column, and
    an empty cell is read as blank, as it should be."""
    return [
        f"{n['role']} at {n['path']}"
        for n in _showing(nodes)
        if "focusable" in n["states"] and not n["name"].strip() and n["role"] != "table cell"
    ]


@pytest.mark.parametrize("screen", SCREENS)
def test_every_control_you_can_focus_has_a_name(report: dict[str, Any], screen: str) -> None:
    assert _unnamed_focusable(report["snapshots"][screen]) == []


@pytest.mark.parametrize("screen", SCREENS)
def test_every_combo_box_is_labelled_by_what_it_is_for(report: dict[str, Any], screen: str) -> None:
    unlabelled = [
        f"{n['name']!r} at {n['path']}"
        for n in _showing(report["snapshots"][screen])
        if n["role"] == "combo box" and not n["labelled_by"]
    ]
    assert unlabelled == []


def test_a_first_start_offers_three_ways_in_the_break_first(report: dict[str, Any]) -> None:
    nodes = _showing(report["snapshots"]["welcome"])
    ways = ["I need a break now", "Make our pause plan together", "Breathe for a few minutes"]
    buttons = [n for n in nodes if n["role"] == "push button" and n["name"] in ways]
    assert [n["name"] for n in buttons] == ways
    assert "focused" in buttons[0]["states"]  # Enter or Space starts a break at once
    assert not any(n["name"] == "Breathing pacer" for n in nodes)  # nothing hidden is read


def test_the_areas_are_page_tabs_not_check_boxes(report: dict[str, Any]) -> None:
    nodes = _showing(report["snapshots"]["breathe"])
    tabs = [n["name"] for n in nodes if n["role"] == "page tab"]
    assert tabs == ["Breathe", "Check in", "Break", "Insights", "Our plan"]
    assert all("Press" in n["actions"] for n in nodes if n["role"] == "page tab")
    # The list says what it is, not the name of whichever area is open.
    assert [n["name"] for n in nodes if n["role"] == "page tab list"] == ["Areas"]
    assert [n["name"] for n in nodes if "selected" in n["states"] and n["role"] == "page tab"] == [
        "Breathe"
    ]
    area_names = set(tabs)
    assert [n["name"] for n in nodes if n["role"] == "check box" and n["name"] in area_names] == []


def test_nothing_decorative_is_a_tab_stop(report: dict[str, Any]) -> None:
    """Fillers and panels that a user cannot act on must not take the focus."""
    for screen in SCREENS:
        stops = [
            n["path"]
            for n in _showing(report["snapshots"][screen])
            if "focusable" in n["states"]
            and n["role"] in ("filler", "panel")
            and not n["name"].strip()
        ]
        assert stops == [], screen


def test_the_wheel_offers_every_cell_with_a_press_action(report: dict[str, Any]) -> None:
    nodes = _showing(report["snapshots"]["checkin"])
    cells = [n for n in nodes if n["role"] == "radio button"]
    pattern = re.compile(r"^(Fight|Flight|Freeze|Fawn), strength [1-5] of 5$")
    assert len([c for c in cells if pattern.match(c["name"])]) == 20
    assert [c["name"] for c in cells if c["name"] == "Settled"] == ["Settled"]
    assert all("Press" in c["actions"] for c in cells)
    # The walk pressed "Freeze, strength 4 of 5" through AT-SPI: it is now the choice.
    checked = [c["name"] for c in cells if "checked" in c["states"]]
    assert checked == ["Freeze, strength 4 of 5"]
    wheel = [n for n in nodes if n["name"].startswith("Check-in wheel")]
    assert [w["name"] for w in wheel] == ["Check-in wheel, chosen: Freeze, strength 4 of 5"]


def test_saving_a_check_in_is_announced(report: dict[str, Any]) -> None:
    said = [e["detail"] for e in report["events"] if e["type"] == "object:announcement"]
    assert any(re.fullmatch(r"Saved at \d{1,2}:\d{2}( [AP]M)?\.", s) for s in said), said


def test_the_insights_tab_list_says_what_it_holds(report: dict[str, Any]) -> None:
    for screen, selected in (("charts", "Charts"), ("history", "History")):
        nodes = _showing(report["snapshots"][screen])
        lists = [n["name"] for n in nodes if n["role"] == "page tab list"]
        assert lists == ["Areas", "Insights"], screen
        chosen = [n["name"] for n in nodes if n["role"] == "page tab" and "selected" in n["states"]]
        assert chosen == ["Insights", selected], screen


def test_the_history_table_and_its_dates_are_named(report: dict[str, Any]) -> None:
    nodes = _showing(report["snapshots"]["history"])
    assert [n for n in nodes if n["role"] == "table" and n["name"] == "Saved entries"]
    dates = [n["name"] for n in report["snapshots"]["history"] if n["role"] == "spin button"]
    assert {"From date", "To date"} <= set(dates)
