"""The Settings dialog: shows what is stored, stores on OK only, and works from the keyboard."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.audio.output import SilentOutput
from companion.services.settings import Settings
from companion.ui.shell.settings_dialog import SettingsDialog
from companion.ui.shell.sound_settings import SoundSettings

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def settings(qapp: QApplication, tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    """The dialog as the app opens it: with the live sound panel in its Sound section."""
    dialog = SettingsDialog(settings, sound_widget=SoundSettings(SilentOutput()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_it_shows_what_is_stored(qtbot: QtBot, settings: Settings) -> None:
    settings.update(
        {
            "appearance/theme": "dark",
            "appearance/reduced_motion": True,
            "breaks/default_minutes": 35,
            "reminder/enabled": True,
            "reminder/time": time(8, 15),
            "startup/at_login": True,
        }
    )
    dialog = open_dialog(qtbot, settings)
    assert dialog.theme_combo.currentText() == "Dark"
    assert dialog.reduced_motion_box.isChecked()
    assert dialog.break_minutes.text() == "35 min"
    assert dialog.reminder_box.isChecked()
    assert dialog.reminder_time.text() == "08:15"
    assert dialog.login_box.isChecked()


def test_the_first_time_the_reminder_and_login_are_off(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert not dialog.reminder_box.isChecked()
    assert not dialog.reminder_time.isEnabled()
    assert not dialog.login_box.isChecked()
    assert dialog.theme_combo.currentText() == "Follow the system"
    assert dialog.break_minutes.value() == 20


def test_ok_stores_the_changes_and_names_them(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    choose(dialog.theme_combo, "light")
    qtbot.mouseClick(dialog.reminder_box, Qt.MouseButton.LeftButton)
    assert dialog.reminder_time.isEnabled()
    dialog.reminder_time.setTime(QTime(21, 30))
    dialog.break_minutes.setValue(30)
    with qtbot.waitSignal(settings.changed) as changed:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert changed.args == [
        frozenset(
            {"appearance/theme", "reminder/enabled", "reminder/time", "breaks/default_minutes"}
        )
    ]
    assert not dialog.isVisible()
    again = Settings(QSettings(settings.qsettings.fileName(), QSettings.Format.IniFormat))
    assert again.theme == "light"
    assert again.reminder_enabled and again.reminder_time == time(21, 30)
    assert again.default_break_minutes == 30


def test_cancel_and_escape_leave_everything_as_it_was(qtbot: QtBot, settings: Settings) -> None:
    before = settings.values()
    dialog = open_dialog(qtbot, settings)
    dialog.login_box.setChecked(True)
    choose(dialog.theme_combo, "dark")
    with qtbot.assertNotEmitted(settings.changed):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.values() == before
    dialog = open_dialog(qtbot, settings)
    dialog.login_box.setChecked(True)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert settings.values() == before


def test_a_keyboard_only_user_can_change_and_save(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    # Alt+letter jumps to a field (or toggles a check box); Enter is OK.
    # (keys go to the window, as from a real keyboard, so shortcuts are seen)
    window = dialog.windowHandle()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.login_box.hasFocus()
    qtbot.waitUntil(dialog.login_box.isChecked)  # a mnemonic "clicks" with a short animation
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert dialog.break_minutes.hasFocus()
    qtbot.keyClick(dialog.break_minutes, Qt.Key.Key_Up)
    with qtbot.waitSignal(settings.changed) as changed:
        qtbot.keyClick(dialog.break_minutes, Qt.Key.Key_Return)
    assert changed.args == [frozenset({"startup/at_login", "breaks/default_minutes"})]
    assert settings.start_at_login
    assert settings.default_break_minutes == 25


def test_every_control_is_reachable_with_tab_and_named(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.reminder_box.setChecked(True)  # so its time field is enabled
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QComboBox, QAbstractSlider, QAbstractSpinBox))
        and w.isVisibleTo(dialog)
        and w.isEnabled()
    ]
    first = dialog.focusWidget() or controls[0]
    first.setFocus()
    seen: list[QWidget] = []
    widget = first
    for _ in range(len(controls) * 3):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus or (
            not widget.isVisibleTo(dialog)
        ):
            widget = widget.nextInFocusChain()
        if widget is first:
            break
    for control in controls:
        assert control in seen or control.focusProxy() in seen, control.objectName()
        name = control.accessibleName() or (
            control.text() if isinstance(control, QAbstractButton) else ""
        )
        assert name.strip(), control.objectName()


def test_mnemonics_do_not_clash(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton)]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
    boxes = [dialog.reduced_motion_box, dialog.reminder_box, dialog.login_box]
    assert all("&" in box.text() for box in boxes)
    assert len(letters) >= len(boxes) + 3  # and the colours, break length and time fields
    assert len(letters) == len(set(letters)), letters


def test_restore_defaults_shows_them_but_stores_only_on_ok(
    qtbot: QtBot, settings: Settings
) -> None:
    settings.update({"appearance/theme": "dark", "sound/volume": 0.2, "startup/at_login": True})
    dialog = open_dialog(qtbot, settings)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.theme_combo.currentData() == "system"
    assert settings.theme == "dark"  # not yet
    dialog.accept()
    assert settings.theme == "system" and not settings.start_at_login
    assert settings.volume == 0.2  # the sound panel keeps its own settings


def test_a_broken_stored_value_shows_its_default(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "settings.ini").write_text("[breaks]\ndefault_minutes=9999\n[sound]\nvolume=x\n")
    dialog = open_dialog(
        qtbot, Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    )
    assert dialog.break_minutes.value() == 20


def test_the_sound_panel_sits_in_the_sound_section_and_ok_leaves_sound_alone(
    qtbot: QtBot, settings: Settings
) -> None:
    dialog = open_dialog(qtbot, settings)
    panel = dialog.findChild(SoundSettings)
    assert panel is not None and panel.isVisible()
    assert panel.parentWidget() is dialog.findChild(QWidget, "soundSection")
    with qtbot.waitSignal(settings.changed) as changed:
        dialog.login_box.setChecked(True)
        dialog.accept()
    assert changed.args == [frozenset({"startup/at_login"})]  # sound keys are not touched


def test_without_a_sound_panel_there_is_no_sound_section(qtbot: QtBot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QWidget, "soundSection") is None
    assert dialog.findChild(QWidget, "appearanceSection") is not None
