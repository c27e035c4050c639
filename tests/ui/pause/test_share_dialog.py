"""Sharing the return time without a network: the QR code and the calendar file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
import numpy as np
import pytest
import zxingcpp
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.agreement import parse_return
from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.services.breaks import BreakController
from companion.ui.pause.countdown_view import CountdownView
from companion.ui.pause.share_dialog import QR_MIN_PIXELS, ShareDialog, qr_image

pytestmark = pytest.mark.usefixtures("c_locale")

SENTENCE = (
    "I'm getting overwhelmed and I can't talk well right now. I'm not leaving you; "
    "I need 20 minutes to calm down. I'll be back at 19:20."
)


def decode(image: QImage) -> list[str]:
    """What a QR reader sees in the image."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = np.frombuffer(bytes(gray.constBits()), dtype=np.uint8)
    array = pixels.reshape(height, stride)[:, :width].copy()
    return [result.text for result in zxingcpp.read_barcodes(array)]


@pytest.mark.parametrize(
    "text",
    [SENTENCE, "Ich brauche 20 Minuten. Ich bin um 19:20 zurück – versprochen.", "back at 7:30"],
)
def test_the_qr_code_reads_back_to_exactly_the_sentence(text: str) -> None:
    image = qr_image(text)
    assert image.width() >= QR_MIN_PIXELS
    assert decode(image) == [text]


def started_view(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> CountdownView:
    controller.start(parse_return("20", clock.now()), ["walk"], SENTENCE)
    view = CountdownView(controller, phrases)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_countdown_shows_its_words_as_a_scannable_code(
    qtbot: QtBot, controller: BreakController, clock: ManualClock, phrases: Phrases
) -> None:
    view = started_view(qtbot, controller, clock, phrases)
    view.share_button.click()
    dialog = view.share_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.qr_label.isVisible()
    dialog.qr_button.click()
    assert dialog.qr_label.isVisible()
    shown = dialog.qr_label.pixmap().toImage()
    assert decode(shown) == [dialog.sentence_label.text()] == [SENTENCE]
    assert shown.width() >= QR_MIN_PIXELS
    dialog.close()


def test_add_to_calendar_saves_where_chosen_and_ends_at_the_countdowns_time(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    tmp_path: Path,
) -> None:
    view = started_view(qtbot, controller, clock, phrases)
    view.extend_minutes(10)  # the calendar follows the time as it now stands
    found = controller.active()
    assert found is not None
    record, agreement = found
    target = tmp_path / "for you"
    dialog = ShareDialog(
        SENTENCE, record.started, agreement.return_at, "u", view, ask_path=lambda *_: str(target)
    )
    qtbot.addWidget(dialog)
    saved = dialog.save_calendar()
    assert saved == tmp_path / "for you.ics"
    event = icalendar.Calendar.from_ical(saved.read_bytes()).walk("VEVENT")[0]
    assert event.decoded("DTEND") == agreement.return_at == clock.now() + timedelta(minutes=30)
    assert str(saved) in dialog.status_label.text()


def test_a_calendar_file_that_cannot_be_written_says_so_and_nothing_breaks(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    blocked = tmp_path / "no-such-folder" / "x.ics"
    now = clock.now()
    dialog = ShareDialog(
        "x", now, now + timedelta(minutes=20), "u", parent, ask_path=lambda *_: str(blocked)
    )
    assert dialog.save_calendar() is None
    assert "could not be saved" in dialog.status_label.text()
    cancelled = ShareDialog(
        "x", now, now + timedelta(minutes=20), "u", parent, ask_path=lambda *_: None
    )
    assert cancelled.save_calendar() is None and cancelled.status_label.text() == ""


@pytest.mark.parametrize(
    ("words", "shared"),
    [
        (SENTENCE, SENTENCE),
        ("I need some air.", "I need some air. I'll be back at 19:20."),
        ("", "I'll be back at 19:20."),
        ("Back at 19:50, sorry.", "Back at 19:50, sorry. I'll be back at 19:20."),
    ],
)
def test_the_shared_words_always_carry_the_countdowns_time(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    words: str,
    shared: str,
) -> None:
    controller.start(parse_return("20", clock.now()), [], words)
    view = CountdownView(controller, phrases)
    qtbot.addWidget(view)
    dialog = view.share()
    assert dialog is not None
    assert dialog.sentence() == dialog.sentence_label.text() == shared
    dialog.show_qr()
    assert decode(dialog.qr_label.pixmap().toImage()) == [shared]
    dialog.close()
