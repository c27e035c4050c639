"""The Settings dialog: sound, appearance, breaks, the daily reminder and starting at login.

It shows the stored values, lets the user change them with mouse or keyboard, and stores
them only on OK (Cancel or Escape leaves everything as it was). It holds no rules of its
own: the options, their bounds and defaults come from :mod:`companion.services.settings`.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.services.settings import (
    DEFAULT_BREAK_MINUTES,
    OPTIONS,
    REDUCED_MOTION,
    REMINDER_ENABLED,
    REMINDER_TIME,
    START_AT_LOGIN,
    THEME,
    Settings,
)

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    """Edit the user's settings; OK stores them (``Settings.changed`` then names the keys).

    ``sound_widget`` (the live sound settings with a test button) fills the Sound section;
    it applies its changes itself, as the user makes them. Without it there is no Sound section.
    """

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        sound_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings

        layout = QVBoxLayout(self)
        if sound_widget is not None:
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

    def _sound_section(self, sound_widget: QWidget) -> QGroupBox:
        box, form = self._group("soundSection", self.tr("Sound"))
        form.addRow(sound_widget)
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
        return {
            THEME.key: self.theme_combo.currentData(),
            REDUCED_MOTION.key: self.reduced_motion_box.isChecked(),
            DEFAULT_BREAK_MINUTES.key: self.break_minutes.value(),
            REMINDER_ENABLED.key: self.reminder_box.isChecked(),
            REMINDER_TIME.key: time(
                self.reminder_time.time().hour(), self.reminder_time.time().minute()
            ),
            START_AT_LOGIN.key: self.login_box.isChecked(),
        }

    def restore_defaults(self) -> None:
        """Show every option's default; nothing is stored until OK."""
        self.load({option.key: option.default for option in OPTIONS})

    def accept(self) -> None:
        """Store what changed (``Settings.changed`` tells listeners which keys) and close."""
        self._settings.update(self.values())
        super().accept()

    # ------------------------------------------------------------------ helpers
    def _sync_enabled(self, _on: bool = False) -> None:
        self.reminder_time.setEnabled(self.reminder_box.isChecked())
