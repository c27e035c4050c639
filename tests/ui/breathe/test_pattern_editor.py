"""The pattern editor: make, name, change and delete your own patterns, within safe bounds."""

from __future__ import annotations

import pytest
from helpers.german import shipped_german
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QListWidget, QPushButton

from companion.core.breath_pattern import PRESETS, parse_pattern
from companion.services.container import DataServices
from companion.services.storage_errors import StorageError
from companion.ui.breathe.pattern_editor import PatternEditor, ratio_text


@pytest.fixture
def make_editor(qtbot, data: DataServices):
    def make(select: str | None = None) -> PatternEditor:
        editor = PatternEditor(data.patterns, select=select)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def spin(editor: PatternEditor, name: str) -> QDoubleSpinBox:
    return editor.findChild(QDoubleSpinBox, name)


def button(editor: PatternEditor, name: str) -> QPushButton:
    return editor.findChild(QPushButton, name)


def note(editor: PatternEditor, name: str) -> QLabel:
    return editor.findChild(QLabel, name)


def test_create_a_named_pattern(qtbot, make_editor, store) -> None:
    editor = make_editor()
    name = editor.findChild(QLineEdit, "patternName")
    assert not button(editor, "savePatternButton").isEnabled()  # no name yet
    qtbot.keyClicks(name, "Evening calm")
    spin(editor, "inhaleSeconds").setValue(5)
    spin(editor, "topUpSeconds").setValue(1)
    spin(editor, "exhaleSeconds").setValue(9.5)
    assert "written 5+1-9.5" in note(editor, "patternSummary").text()
    with qtbot.waitSignal(editor.patternsChanged):
        qtbot.mouseClick(button(editor, "savePatternButton"), Qt.MouseButton.LeftButton)
    assert store.patterns() == [("Evening calm", "5+1-9.5")]
    assert parse_pattern("5+1-9.5").cycle_seconds == 15.5
    assert editor.findChild(QListWidget, "patternList").currentItem().text() == "Evening calm"


def test_equal_breath_is_flagged_with_the_reason_but_can_be_saved(make_editor, store) -> None:
    editor = make_editor()
    editor.findChild(QLineEdit, "patternName").setText("Box")
    warning = note(editor, "exhaleWarning")
    assert not warning.isVisible()
    spin(editor, "exhaleSeconds").setValue(4)
    assert warning.isVisible()
    assert "not longer than the breath in" in warning.text()
    assert editor.save()
    assert store.patterns() == [("Box", "4-4")]


def test_bounds_are_enforced_with_a_reason(make_editor, store) -> None:
    editor = make_editor()
    editor.findChild(QLineEdit, "patternName").setText("Too long")
    assert spin(editor, "inhaleSeconds").maximum() == 20
    assert spin(editor, "holdSeconds").maximum() == 15
    assert spin(editor, "exhaleSeconds").minimum() == 1
    spin(editor, "inhaleSeconds").setValue(20)
    spin(editor, "holdSeconds").setValue(15)
    spin(editor, "exhaleSeconds").setValue(20)
    error = note(editor, "patternError")
    assert error.isVisible() and "3 to 45 seconds" in error.text()
    assert not button(editor, "savePatternButton").isEnabled()
    assert not editor.save()
    spin(editor, "holdSeconds").setValue(0)
    spin(editor, "topUpSeconds").setValue(0.3)
    assert "top-up breath must last 0.5 to 5" in error.text()
    spin(editor, "topUpSeconds").setValue(0)
    assert not error.isVisible() and editor.save()
    assert store.patterns() == [("Too long", "20-20")]


def test_names_must_be_new_and_not_a_preset(make_editor, store) -> None:
    store.save_pattern("Mine", "4-7")
    editor = make_editor()
    name = editor.findChild(QLineEdit, "patternName")
    error = note(editor, "patternError")
    name.setText("Cyclic sigh")
    assert "preset" in error.text() and not editor.save()
    name.setText("mine")
    assert "already have" in error.text() and not editor.save()
    assert store.patterns() == [("Mine", "4-7")]


def test_edit_and_rename_an_existing_pattern(make_editor, store) -> None:
    store.save_pattern("Mine", "4-7")
    store.save_pattern("Other", "3-6")
    editor = make_editor(select="Mine")
    assert spin(editor, "exhaleSeconds").value() == 7
    editor.findChild(QLineEdit, "patternName").setText("Mine, slower")
    spin(editor, "restSeconds").setValue(2)
    assert editor.save()
    assert store.patterns() == [("Mine, slower", "4-0-7-2"), ("Other", "3-6")]


def test_delete_and_undo(qtbot, make_editor, store) -> None:
    store.save_pattern("Mine", "4-7")
    editor = make_editor(select="Mine")
    with qtbot.waitSignal(editor.patternsChanged):
        qtbot.mouseClick(button(editor, "deletePatternButton"), Qt.MouseButton.LeftButton)
    assert store.patterns() == []
    assert "Deleted" in note(editor, "patternStatus").text()
    undo = button(editor, "undoDeleteButton")
    assert undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert store.patterns() == [("Mine", "4-7")]
    assert not undo.isVisible()


def test_saved_pattern_reaches_the_pacer_picker(qtbot, data) -> None:
    from PySide6.QtWidgets import QComboBox

    from companion.core.clock import ManualClock
    from companion.ui.breathe.pacer_view import PacerView

    view = PacerView(data.practice, data.patterns, ManualClock())
    qtbot.addWidget(view)
    view.show()
    editor = view.open_pattern_editor()
    editor.findChild(QLineEdit, "patternName").setText("Night")
    assert editor.save()
    picker = view.findChild(QComboBox, "patternPicker")
    assert picker.findText("Night") >= 0
    editor.close()


@pytest.mark.usefixtures("german_numbers")
def test_numbers_are_written_the_way_the_user_s_language_writes_them(make_editor) -> None:
    editor = make_editor()
    editor.findChild(QLineEdit, "patternName").setText("Abend")
    spin(editor, "inhaleSeconds").setValue(4.5)
    spin(editor, "exhaleSeconds").setValue(4.5)
    summary = note(editor, "patternSummary").text()
    assert summary.startswith("9 s per breath · 6,7 breaths a minute · in : out 1 : 1 ·")
    assert "written 4.5-4.5" in summary  # the pattern as typed into fields stays as written
    assert "(4,5 s)" in note(editor, "exhaleWarning").text()
    spin(editor, "exhaleSeconds").setValue(6.5)
    assert "in : out 1 : 1,4" in note(editor, "patternSummary").text()
    assert not note(editor, "exhaleWarning").isVisible()


@pytest.mark.parametrize(
    ("preset_id", "english", "german"),
    [
        ("exhale-4-6", "1 : 1.5", "1 : 1,5"),
        ("exhale-4-8", "1 : 2", "1 : 2"),
        ("4-7-8", "1 : 2", "1 : 2"),
        ("gentle-3-5", "1 : 1.7", "1 : 1,7"),
    ],
)
def test_a_preset_s_ratio_reads_with_one_decimal_at_most(
    preset_id: str, english: str, german: str
) -> None:
    assert ratio_text(PRESETS[preset_id]) == english
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert ratio_text(PRESETS[preset_id]) == german
    finally:
        QLocale.setDefault(previous)


def test_a_pattern_s_problem_is_told_in_the_user_s_language(make_editor, german) -> None:
    editor = make_editor()
    spin(editor, "inhaleSeconds").setValue(20)
    spin(editor, "holdSeconds").setValue(15)
    spin(editor, "exhaleSeconds").setValue(20)
    error = note(editor, "patternError").text()
    template = shipped_german(
        "PatternProblem",
        "A whole breath must take {low} to {high} seconds (this one takes {seconds}).",
    )
    assert error == template.format(low="3", high="45", seconds="55")
    spin(editor, "holdSeconds").setValue(0)
    spin(editor, "topUpSeconds").setValue(0.3)
    word = shipped_german("PatternProblem", "top-up breath")
    assert note(editor, "patternError").text().startswith(word)
    assert "top-up" not in note(editor, "patternError").text()


def test_a_failed_save_is_told_in_the_user_s_language_without_english(
    qtbot, make_editor, store, german
) -> None:
    editor = make_editor()
    editor.findChild(QLineEdit, "patternName").setText("Abendruhe")
    spin(editor, "exhaleSeconds").setValue(9)
    conn = store._conn  # the disk fills up: the database can grow no further
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    for size in (4000, 500, 50, 1):  # ever smaller rows, until not one more byte fits
        with pytest.raises(StorageError):
            for n in range(10_000):
                store.save_pattern(f"{size}/{n}", "x" * size)
    editor.findChild(QLineEdit, "patternName").setText("Abendruhe")
    with qtbot.assertNotEmitted(editor.patternsChanged):
        assert editor.save() is False
    shown = note(editor, "patternError").text()
    assert shown == shipped_german(
        "StorageProblem",
        "The disk is full, so nothing was changed. Free some space and try again.",
    )
    assert not {"Could", "save", "database", "disk is full"} & set(shown.split())
    assert "Abendruhe" not in dict(store.patterns())
