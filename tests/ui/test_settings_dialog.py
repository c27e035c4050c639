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

from companion.settings import Settings
from companion.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def settings(qapp: QApplication, tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_dialog(qtbot: QtBot, settings: Settings, **kwargs: object) -> SettingsDialog:
    dialog = SettingsDialog(settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo: QComboBox | None, data: object) -> None:
    assert combo is not None
    combo.setCurrentIndex(combo.findData(data))


def test_it_shows_what_is_stored(qtbot: QtBot, settings: Settings) -> None:
    settings.update(
        {
            "sound/enabled": False,
            "sound/style": "breath",
            "sound/volume": 0.3,
            "sound/device": "Headphones",
            "appearance/theme": "dark",
            "appearance/reduced_motion": True,
            "breaks/default_minutes": 35,
            "reminder/enabled": True,
            "reminder/time": time(8, 15),
            "startup/at_login": True,
        }
    )
    dialog = open_dialog(qtbot, settings)
    assert dialog.sound_box is not None and not dialog.sound_box.isChecked()
    assert dialog.style_combo is not None and dialog.style_combo.currentText() == "Breath sounds"
    assert dialog.volume_slider is not None and dialog.volume_slider.value() == 30
    assert dialog.device_combo is not None and dialog.device_combo.currentText() == "Headphones"
    assert not dialog.style_combo.isEnabled()  # sound is off
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
    assert dialog.device_combo is not None and dialog.device_combo.currentText() == "System default"


def test_ok_stores_the_changes_and_names_them(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    choose(dialog.theme_combo, "light")
    qtbot.mouseClick(dialog.reminder_box, Qt.MouseButton.LeftButton)
    assert dialog.reminder_time.isEnabled()
    dialog.reminder_time.setTime(QTime(21, 30))
    dialog.break_minutes.setValue(30)
    with qtbot.waitSignal(dialog.changed) as changed:
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
    with qtbot.assertNotEmitted(dialog.changed):
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
    with qtbot.waitSignal(dialog.changed) as changed:
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
    assert len(letters) >= 8
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
    assert dialog.volume_slider is not None and dialog.volume_slider.value() == 80
    assert settings.theme == "dark"  # not yet
    dialog.accept()
    assert settings.theme == "system" and settings.volume == 0.8 and not settings.start_at_login


def test_a_broken_stored_value_shows_its_default(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "settings.ini").write_text("[breaks]\ndefault_minutes=9999\n[sound]\nvolume=x\n")
    dialog = open_dialog(
        qtbot, Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    )
    assert dialog.break_minutes.value() == 20
    assert dialog.volume_slider is not None and dialog.volume_slider.value() == 80


def test_the_live_sound_panel_takes_the_place_of_the_plain_controls(
    qtbot: QtBot, settings: Settings
) -> None:
    panel = QWidget()
    panel.setObjectName("soundSettings")
    dialog = open_dialog(qtbot, settings, sound_widget=panel)
    assert panel.window() is dialog
    assert panel.isVisible()
    assert dialog.sound_box is None and dialog.volume_slider is None
    with qtbot.waitSignal(dialog.changed) as changed:
        dialog.login_box.setChecked(True)
        dialog.accept()
    assert changed.args == [frozenset({"startup/at_login"})]  # sound keys are not touched


def test_known_devices_can_be_chosen(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings, devices=["Speakers", "USB headset"])
    combo = dialog.device_combo
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System default",
        "Speakers",
        "USB headset",
    ]
    choose(combo, "USB headset")
    dialog.accept()
    assert settings.output_device == "USB headset"
