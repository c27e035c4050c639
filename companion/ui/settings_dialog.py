"""The Settings dialog: sound, appearance, breaks, the daily reminder and starting at login.

It shows the stored values, lets the user change them with mouse or keyboard, and stores
them only on OK (Cancel or Escape leaves everything as it was). It holds no rules of its
own: the options, their bounds and defaults come from :mod:`companion.settings`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.settings import (
    CUE_STYLE,
    DEFAULT_BREAK_MINUTES,
    OPTIONS,
    OUTPUT_DEVICE,
    REDUCED_MOTION,
    REMINDER_ENABLED,
    REMINDER_TIME,
    SOUND_ENABLED,
    START_AT_LOGIN,
    THEME,
    VOLUME,
    Settings,
)

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    """Edit the user's settings; ``changed(frozenset_of_keys)`` fires after OK stored them.

    ``sound_widget`` (e.g. the live sound settings with a test button) replaces the plain
    sound controls; it applies its changes itself, as the user makes them.
    """

    changed = Signal(object)

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        sound_widget: QWidget | None = None,
        devices: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._sound_widget = sound_widget
        self._devices = tuple(devices)

        layout = QVBoxLayout(self)
        layout.addWidget(self._sound_section(sound_widget))
        layout.addWidget(self._appearance_section())
        layout.addWidget(self._breaks_section())
        layout.addWidget(self._reminder_section())
        layout.addWidget(self._login_section())
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setObjectName("restoreDefaultsButton")
        defaults.setToolTip(self.tr("Put every setting here back as it was at first (until OK)"))
        defaults.clicked.connect(self.restore_defaults)

        layout.addWidget(self.buttons)
        self.load(settings.values())
        self.setMinimumWidth(460)

    # ------------------------------------------------------------------ sections
    def _group(self, name: str, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _sound_section(self, sound_widget: QWidget | None) -> QGroupBox:
        box, form = self._group("soundSection", self.tr("Sound"))
        self.sound_box: QCheckBox | None = None
        self.style_combo: QComboBox | None = None
        self.volume_slider: QSlider | None = None
        self.device_combo: QComboBox | None = None
        if sound_widget is not None:
            form.addRow(sound_widget)
            return box
        self.sound_box = QCheckBox(self.tr("&Play sound cues with the breathing guide"))
        self.sound_box.setObjectName("soundEnabledBox")
        form.addRow(self.sound_box)

        self.style_combo = QComboBox()
        self.style_combo.setObjectName("cueStyleCombo")
        styles = {
            "soft": self.tr("Soft tones"),
            "bell": self.tr("Bells"),
            "breath": self.tr("Breath sounds"),
            "silent": self.tr("Silent"),
        }
        for value in CUE_STYLE.choices:
            self.style_combo.addItem(styles[value], value)
        self._row(form, self.tr("Cue &style:"), self.style_combo)

        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setObjectName("volumeSlider")
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self._row(form, self.tr("&Volume:"), self.volume_slider)

        self.device_combo = QComboBox()
        self.device_combo.setObjectName("deviceCombo")
        self._row(form, self.tr("&Device:"), self.device_combo)

        self.sound_box.toggled.connect(self._sync_enabled)
        return box

    def _appearance_section(self) -> QGroupBox:
        box, form = self._group("appearanceSection", self.tr("Appearance"))
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themeCombo")
        themes = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for value in THEME.choices:
            self.theme_combo.addItem(themes[value], value)
        self._row(form, self.tr("&Colours:"), self.theme_combo)
        self.reduced_motion_box = QCheckBox(self.tr("&Reduce motion (no growing and shrinking)"))
        self.reduced_motion_box.setObjectName("reducedMotionBox")
        form.addRow(self.reduced_motion_box)
        return box

    def _breaks_section(self) -> QGroupBox:
        box, form = self._group("breaksSection", self.tr("Breaks"))
        self.break_minutes = QSpinBox()
        self.break_minutes.setObjectName("breakMinutesSpin")
        assert DEFAULT_BREAK_MINUTES.minimum is not None
        assert DEFAULT_BREAK_MINUTES.maximum is not None
        self.break_minutes.setRange(
            int(DEFAULT_BREAK_MINUTES.minimum), int(DEFAULT_BREAK_MINUTES.maximum)
        )
        self.break_minutes.setSingleStep(5)
        self.break_minutes.setSuffix(self.tr(" min"))
        self.break_minutes.setToolTip(
            self.tr("Twenty minutes or more gives the body time to calm down.")
        )
        self._row(form, self.tr("Default &break length:"), self.break_minutes)
        return box

    def _reminder_section(self) -> QGroupBox:
        box, form = self._group("reminderSection", self.tr("Daily reminder"))
        self.reminder_box = QCheckBox(self.tr("Re&mind me to practise each day"))
        self.reminder_box.setObjectName("reminderBox")
        form.addRow(self.reminder_box)
        self.reminder_time = QTimeEdit()
        self.reminder_time.setObjectName("reminderTimeEdit")
        self.reminder_time.setDisplayFormat("HH:mm")
        self._row(form, self.tr("&At:"), self.reminder_time)
        hint = QLabel(
            self.tr(
                "The reminder comes while Companion is running, and not on days you "
                "have already practised."
            )
        )
        hint.setObjectName("reminderHint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.reminder_box.toggled.connect(self._sync_enabled)
        return box

    def _login_section(self) -> QGroupBox:
        box, form = self._group("loginSection", self.tr("Start at login"))
        self.login_box = QCheckBox(self.tr("S&tart Companion when I log in"))
        self.login_box.setObjectName("startAtLoginBox")
        form.addRow(self.login_box)
        return box

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        """A labelled row; the label's mnemonic (Alt+letter) moves the focus to ``field``."""
        label = QLabel(text)
        label.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, field)

    # ------------------------------------------------------------------ values
    def load(self, values: dict[str, Any]) -> None:
        """Show ``values`` (by option key) in the controls."""
        if self.sound_box is not None:
            self.sound_box.setChecked(bool(values[SOUND_ENABLED.key]))
        if self.style_combo is not None:
            self.style_combo.setCurrentIndex(self.style_combo.findData(values[CUE_STYLE.key]))
        if self.volume_slider is not None:
            self.volume_slider.setValue(round(float(values[VOLUME.key]) * 100))
        if self.device_combo is not None:
            self._fill_devices(values[OUTPUT_DEVICE.key])
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(values[THEME.key]))
        self.reduced_motion_box.setChecked(bool(values[REDUCED_MOTION.key]))
        self.break_minutes.setValue(int(values[DEFAULT_BREAK_MINUTES.key]))
        self.reminder_box.setChecked(bool(values[REMINDER_ENABLED.key]))
        at: time = values[REMINDER_TIME.key]
        self.reminder_time.setTime(QTime(at.hour, at.minute))
        self.login_box.setChecked(bool(values[START_AT_LOGIN.key]))
        self._sync_enabled()

    def values(self) -> dict[str, Any]:
        """What the controls say now, by option key (only the options shown here)."""
        chosen: dict[str, Any] = {
            THEME.key: self.theme_combo.currentData(),
            REDUCED_MOTION.key: self.reduced_motion_box.isChecked(),
            DEFAULT_BREAK_MINUTES.key: self.break_minutes.value(),
            REMINDER_ENABLED.key: self.reminder_box.isChecked(),
            REMINDER_TIME.key: time(
                self.reminder_time.time().hour(), self.reminder_time.time().minute()
            ),
            START_AT_LOGIN.key: self.login_box.isChecked(),
        }
        if self.sound_box is not None:
            chosen[SOUND_ENABLED.key] = self.sound_box.isChecked()
        if self.style_combo is not None:
            chosen[CUE_STYLE.key] = self.style_combo.currentData()
        if self.volume_slider is not None:
            chosen[VOLUME.key] = self.volume_slider.value() / 100
        if self.device_combo is not None:
            chosen[OUTPUT_DEVICE.key] = self.device_combo.currentData() or None
        return chosen

    def restore_defaults(self) -> None:
        """Show every option's default; nothing is stored until OK."""
        self.load({option.key: option.default for option in OPTIONS})

    def accept(self) -> None:
        """Store what changed, tell listeners which keys, and close."""
        keys = self._settings.update(self.values())
        if keys:
            self.changed.emit(keys)
        super().accept()

    # ------------------------------------------------------------------ helpers
    def _fill_devices(self, current: str | None) -> None:
        assert self.device_combo is not None
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("System default"), "")
        names = list(self._devices)
        if current and current not in names:
            names.append(current)
        for name in names:
            self.device_combo.addItem(name, name)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(current or "")))

    def _sync_enabled(self, _on: bool = False) -> None:
        self.reminder_time.setEnabled(self.reminder_box.isChecked())
        if self.sound_box is not None:
            on = self.sound_box.isChecked()
            for widget in (self.style_combo, self.volume_slider, self.device_combo):
                if widget is not None:
                    widget.setEnabled(on)
