"""Making the plan together: every field optional, saved at once, refused calmly, printable."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.core.plan import Messaging, PausePlan, ReachOut, Tendency
from companion.services.plan import PlanService
from companion.storage.store import Store
from companion.ui.plan.plan_page import PlanPage

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def service(store: Store, clock: ManualClock) -> PlanService:
    return PlanService(store, clock)


def make_page(qtbot: QtBot, service: PlanService, phrases: Phrases) -> PlanPage:
    page = PlanPage(service, phrases)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def fill_by_keyboard(qtbot: QtBot, page: PlanPage) -> None:
    """What a couple types: every field through the keyboard."""
    qtbot.keyClicks(page.signal_edit, "Pineapple")
    page.usual_box.lineEdit().selectAll()
    qtbot.keyClicks(page.usual_box, "45")
    page.longest_box.lineEdit().selectAll()
    qtbot.keyClicks(page.longest_box, "180")
    page.messaging_box.setFocus()
    qtbot.keyClick(page.messaging_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.reach_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.reach_box, Qt.Key.Key_Down)
    qtbot.keyClicks(page.reach_how, "a soft knock")
    a, b = page.person_boxes
    qtbot.keyClicks(a.name_edit, "Sam")
    qtbot.keyClick(a.tendency_box, Qt.Key.Key_Down)
    qtbot.keyClicks(a.goes_edit, "the balcony")
    qtbot.keyClick(a.item_boxes["walk"], Qt.Key.Key_Space)
    qtbot.keyClicks(a.own_edit, "stretching")
    qtbot.keyClicks(b.name_edit, "Alex")
    qtbot.keyClicks(b.goes_edit, "the study")
    qtbot.keyClick(b.item_boxes["water"], Qt.Key.Key_Space)
    page.opener_box.lineEdit().clear()
    qtbot.keyClicks(page.opener_box.lineEdit(), "Tea first, then we talk?")


def test_a_plan_made_by_keyboard_is_saved_and_shown_again(
    qtbot: QtBot, service: PlanService, phrases: Phrases
) -> None:
    page = make_page(qtbot, service, phrases)
    assert page.plan().is_empty()
    fill_by_keyboard(qtbot, page)
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    saved = service.plan()
    assert saved is not None
    assert (saved.signal, saved.usual_minutes, saved.longest_minutes) == ("Pineapple", 45, 180)
    assert saved.messaging is Messaging.NONE
    assert (saved.reach_out, saved.reach_out_how) == (ReachOut.WAITER, "a soft knock")
    sam, alex = saved.people
    assert (sam.name, sam.tendency, sam.goes_to) == ("Sam", Tendency.PUSH, "the balcony")
    assert (sam.items, sam.own) == (("walk",), "stretching")
    assert (alex.name, alex.tendency, alex.items) == ("Alex", Tendency.UNSET, ("water",))
    assert saved.opener == "Tea first, then we talk?"
    assert "Saved" in page.status_label.text()
    again = make_page(qtbot, service, phrases)
    assert again.plan() == saved


def test_a_length_outside_the_rules_gets_one_message_and_loses_nothing(
    qtbot: QtBot, service: PlanService, phrases: Phrases
) -> None:
    page = make_page(qtbot, service, phrases)
    qtbot.keyClicks(page.signal_edit, "Pause please")
    page.usual_box.lineEdit().selectAll()
    qtbot.keyClicks(page.usual_box, "10")
    assert not page.save()
    assert "20 min" in page.status_label.text()
    assert service.plan() is None
    assert page.signal_edit.text() == "Pause please"
    assert page.usual_box.value() == 10


def test_an_opener_can_be_picked_from_the_soft_start_ups(
    qtbot: QtBot, service: PlanService, phrases: Phrases
) -> None:
    page = make_page(qtbot, service, phrases)
    page.opener_box.setCurrentIndex(2)
    assert page.save()
    saved = service.plan()
    assert saved is not None and saved.opener == phrases.openers[1]


def test_cards_are_saved_where_asked(
    qtbot: QtBot,
    service: PlanService,
    phrases: Phrases,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service.save(PausePlan(signal="Pineapple"))
    page = make_page(qtbot, service, phrases)
    target = tmp_path / "fridge"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert [a.text() for a in page.print_button.menu().actions()] == ["Print…", "Save as PDF…"]
    page.pdf_action.trigger()
    pdf = tmp_path / "fridge.pdf"
    png = page.save_card("png")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert png == tmp_path / "fridge.png" and png.read_bytes().startswith(b"\x89PNG")
    assert "fridge.png" in page.status_label.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert page.save_card("pdf") is None  # cancelled: nothing written, nothing said


def test_a_folder_that_cannot_be_written_gets_a_clear_message(
    qtbot: QtBot,
    service: PlanService,
    phrases: Phrases,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, service, phrases)
    missing = tmp_path / "no such folder" / "card.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    assert page.save_card("pdf") is None
    assert "could not be saved" in page.status_label.text()
    assert not missing.exists()


def test_print_sends_one_page_to_the_printer(
    qtbot: QtBot,
    service: PlanService,
    phrases: Phrases,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return int(QDialog.DialogCode.Accepted)

    service.save(PausePlan(signal="Pineapple", opener="Tea first?"))
    page = make_page(qtbot, service, phrases)
    page.page_size_box.setCurrentIndex(page.page_size_box.findData("letter"))
    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    page.print_action.trigger()
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Pineapple" in reader.pages[0].extract_text()
    assert "printer" in page.status_label.text()
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    assert not page.print_card()


def test_edits_not_saved_are_kept_when_the_window_closes(
    qtbot: QtBot, service: PlanService, phrases: Phrases
) -> None:
    page = make_page(qtbot, service, phrases)
    qtbot.keyClicks(page.signal_edit, "Time out")
    page.commit_pending()  # what the main window does on close
    saved = service.plan()
    assert saved is not None and saved.signal == "Time out"
    page.usual_box.setValue(5)  # outside the rules: kept on screen, said, not saved
    page.commit_pending()
    assert service.plan() == saved
    assert "20 min" in page.status_label.text()
