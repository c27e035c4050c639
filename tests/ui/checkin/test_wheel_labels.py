"""The wheel's names fit in any shipped language, all at one size: none shrinks alone."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.states import StateId
from companion.desktop.i18n import install_translators, remove_translators
from companion.storage.export import export_data
from companion.storage.store import CheckIn, Store
from companion.ui.checkin.checkin_wheel import CheckinWheel
from companion.ui.checkin.wheel_labels import SMALLEST_SCALE, line_options
from companion.ui.shell.labels import state_label

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def inside(wheel: CheckinWheel, sid: StateId, rect: QRectF) -> bool:
    """Every corner and edge middle of ``rect`` lies in the state's ring sector (or centre)."""
    g = wheel._geometry()
    axis = {StateId.FIGHT: 90.0, StateId.FLIGHT: 0.0, StateId.FREEZE: 270.0, StateId.FAWN: 180.0}
    points = [rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()]
    points += [QPointF(rect.center().x(), rect.top()), QPointF(rect.center().x(), rect.bottom())]
    points += [QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y())]
    for p in points:
        dx, dy = p.x() - g.center.x(), g.center.y() - p.y()
        r = math.hypot(dx, dy)
        if sid is StateId.SETTLED:
            if r > g.inner:
                return False
            continue
        turn = (math.degrees(math.atan2(dy, dx)) - axis[sid] + 180.0) % 360.0 - 180.0
        if not (g.inner <= r <= g.outer and abs(turn) <= 45.0):
            return False
    return True


@pytest.fixture(params=["en_US", "de_DE", "fr_FR"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, QLocale(str(request.param)))
    yield str(request.param)
    remove_translators(qapp)


@pytest.mark.parametrize("side", [260, 340, 600])
def test_every_name_fits_its_segment_at_one_shared_size(
    qtbot: QtBot, language: str, side: int
) -> None:
    wheel = CheckinWheel()
    qtbot.addWidget(wheel)
    wheel.resize(side, side)
    layout = wheel.label_layout()
    sizes = {round(label.font.pointSizeF(), 3) for label in layout.values()}
    assert len(sizes) == 1, f"names drawn at different sizes: {sizes}"
    (size,) = sizes
    assert size >= wheel._label_font(wheel._geometry()).pointSizeF() * SMALLEST_SCALE - 1e-6
    for sid, label in layout.items():
        for rect in label.rects:
            assert inside(wheel, sid, rect), (
                f"{language} {sid.value} {label.lines} leaves its place"
            )
        assert "".join(label.lines).replace("-", "") == state_label(sid.value).replace("-", "")


def test_beschwichtigen_is_not_drawn_smaller_than_the_other_german_names(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install_translators(qapp, QLocale("de_DE"))
    try:
        wheel = CheckinWheel()
        qtbot.addWidget(wheel)
        wheel.resize(340, 340)
        layout = wheel.label_layout()
        fawn, fight = layout[StateId.FAWN], layout[StateId.FIGHT]
        assert fawn.font.pointSizeF() == fight.font.pointSizeF()
        assert fawn.lines == ("Beschwich-", "tigen"), "it breaks where German allows"
        natural = wheel._label_font(wheel._geometry()).pointSizeF()
        assert fight.font.pointSizeF() >= 0.85 * natural, "and nothing had to shrink much"
    finally:
        remove_translators(qapp)


def test_names_break_at_spaces_hyphens_or_soft_hyphens_only() -> None:
    assert line_options("Fight") == [("Fight",)]
    assert line_options("Beschwich\u00adtigen") == [("Beschwichtigen",), ("Beschwich-", "tigen")]
    assert line_options("Mostly calm") == [("Mostly calm",), ("Mostly", "calm")]
    assert line_options("well-being") == [("well-being",), ("well-", "being")]


def test_the_break_mark_stays_on_the_wheel_and_out_of_every_other_text(
    qapp: QApplication, tmp_path: Path
) -> None:
    """History, charts and exports show the plain name; only the wheel may break it."""
    install_translators(qapp, QLocale("de_DE"))
    try:
        assert state_label("fawn") == "Beschwichtigen"
        assert "\u00ad" in state_label("fawn", breakable=True)
        store = Store.open(tmp_path / "data")
        store.add_checkin(CheckIn("fawn", 2, datetime(2026, 12, 2, 19, tzinfo=timezone.utc)))
        labels = {sid.value: state_label(sid.value) for sid in StateId}
        out = tmp_path / "export.csv"
        export_data(store, "csv", out, labels=labels)
        store.close()
        text = out.read_text(encoding="utf-8")
        assert "Beschwichtigen" in text and "\u00ad" not in text
    finally:
        remove_translators(qapp)
