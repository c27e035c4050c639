"""The pacer's choices before a session: which pattern, how long, and whether to ease in.

The picker lists the presets, then the saved patterns, then "Edit patterns…"; each item
carries a :class:`Choice` as text (``preset:<id>``, ``custom:<name>``, ``edit:``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from companion.core.breath_pattern import DEFAULT_PRESET, PRESETS, Pattern, resolve_pattern
from companion.desktop.translate import translator
from companion.services.patterns import PatternService
from companion.ui.breathe.pattern_editor import PatternEditor, rate_text, ratio_text
from companion.ui.shell.a11y import buddy_label
from companion.ui.shell.labels import preset_display_name
from companion.ui.shell.named import named, wrapped_label

__all__ = ["Choice", "ChoiceKind", "LengthMode", "SessionSetup"]


_tr = translator("PacerView")


class ChoiceKind(str, Enum):
    """What an item of the pattern picker stands for."""

    PRESET = "preset"
    CUSTOM = "custom"
    EDIT = "edit"


@dataclass(frozen=True)
class Choice:
    """One item of the pattern picker: its kind and key (a preset id or a pattern's name)."""

    kind: ChoiceKind
    key: str = ""

    @property
    def data(self) -> str:
        """The item's data in the combo box."""
        return f"{self.kind.value}:{self.key}"

    @classmethod
    def parse(cls, data: object) -> Choice | None:
        """The choice an item's data stands for; None for separators and unknown data."""
        kind, _, key = str(data or "").partition(":")
        try:
            return cls(ChoiceKind(kind), key)
        except ValueError:
            return None


class LengthMode(str, Enum):
    """How a session's length is given."""

    MINUTES = "minutes"
    BREATHS = "breaths"
    OPEN = "open"


class SessionSetup(QWidget):
    """Pattern picker, length and ease-in; the pacer reads them when Start is pressed."""

    def __init__(self, patterns: PatternService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSetup")
        self._patterns = patterns
        self._editor: PatternEditor | None = None
        self.picker = named(QComboBox(), "patternPicker")
        self.picker.setAccessibleName(_tr("Breathing pattern"))
        self.picker.activated.connect(self._on_picker_activated)
        self.pattern_info = wrapped_label("patternInfo")
        self.length_mode = named(QComboBox(), "lengthMode")
        self.length_mode.setAccessibleName(_tr("Session length"))
        self.length_mode.addItem(_tr("Minutes"), LengthMode.MINUTES.value)
        self.length_mode.addItem(_tr("Breaths"), LengthMode.BREATHS.value)
        self.length_mode.addItem(_tr("Open-ended"), LengthMode.OPEN.value)
        self.length_mode.currentIndexChanged.connect(self._on_length_mode)
        self.length_value = named(QSpinBox(), "lengthValue")
        self.length_value.setAccessibleName(_tr("How many"))
        self.length_value.setRange(1, 60)
        self.length_value.setValue(5)
        self.ease_in = named(QCheckBox(_tr("Ease in from a faster pace")), "easeInCheck")
        self.ease_in.setToolTip(
            _tr("Start near 10 breaths a minute and slow down over the first minute.")
        )
        row = QHBoxLayout()
        row.addWidget(buddy_label(_tr("&Pattern:"), self.picker, self))
        row.addWidget(self.picker, 1)
        row.addWidget(buddy_label(_tr("&Length:"), self.length_mode, self))
        row.addWidget(self.length_mode)
        row.addWidget(self.length_value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.ease_in)
        layout.addWidget(self.pattern_info)
        self._last_choice: object = None
        self.refresh_patterns()

    # ------------------------------------------------------------------ patterns
    def refresh_patterns(self) -> None:
        """List the presets and the saved patterns again, keeping the current choice."""
        current = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        for preset_id in PRESETS:
            self.picker.addItem(
                preset_display_name(preset_id), Choice(ChoiceKind.PRESET, preset_id).data
            )
        customs = self._patterns.custom_patterns()
        if customs:
            self.picker.insertSeparator(self.picker.count())
            for pattern in customs:
                self.picker.addItem(pattern.name, Choice(ChoiceKind.CUSTOM, pattern.name).data)
        self.picker.insertSeparator(self.picker.count())
        self.picker.addItem(_tr("Edit patterns…"), Choice(ChoiceKind.EDIT).data)
        index = self.picker.findData(current) if current else -1
        if index < 0:
            index = self.picker.findData(Choice(ChoiceKind.PRESET, DEFAULT_PRESET).data)
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self._last_choice = self.picker.currentData()
        self.show_pattern_info()

    def _custom(self, name: str) -> Pattern | None:
        return next((p for p in self._patterns.custom_patterns() if p.name == name), None)

    def selected_pattern(self) -> Pattern:
        """The pattern chosen in the picker (the default preset if nothing fits)."""
        choice = Choice.parse(self.picker.currentData())
        if choice is not None and choice.kind is ChoiceKind.CUSTOM:
            custom = self._custom(choice.key)
            if custom is not None:
                return custom
        key = choice.key if choice is not None else DEFAULT_PRESET
        return PRESETS.get(key, PRESETS[DEFAULT_PRESET])

    def pattern_for(self, key: str) -> Pattern:
        """A preset id, a saved pattern's name, or a spec such as "4-7-8"."""
        if key in PRESETS:
            return PRESETS[key]
        return self._custom(key) or resolve_pattern(key)

    def show_pattern_info(self, pattern: Pattern | None = None) -> None:
        """The rate and ratio of ``pattern`` (default: the one chosen), with a gentle note."""
        pattern = pattern or self.selected_pattern()
        text = _tr("{rate} breaths a minute · in : out {ratio}").format(
            rate=rate_text(pattern.breaths_per_minute), ratio=ratio_text(pattern)
        )
        if not pattern.longer_exhale:
            text += "\n" + _tr(
                "The breath out is not longer than the breath in, so this may calm less."
            )
        self.pattern_info.setText(text)

    def select(self, pattern: Pattern) -> None:
        """Show the pattern being practised in the picker (when it is one listed there)."""
        for index in range(self.picker.count()):
            choice = Choice.parse(self.picker.itemData(index))
            if choice is None:
                continue
            listed = PRESETS.get(choice.key) if choice.kind is ChoiceKind.PRESET else None
            if listed == pattern or (
                choice.kind is ChoiceKind.CUSTOM and choice.key == pattern.name
            ):
                self.picker.setCurrentIndex(index)
                self._last_choice = self.picker.currentData()
                break
        self.show_pattern_info(pattern)

    def _on_picker_activated(self, index: int) -> None:
        data = self.picker.itemData(index)
        choice = Choice.parse(data)
        if choice is not None and choice.kind is ChoiceKind.EDIT:
            self.picker.setCurrentIndex(self.picker.findData(self._last_choice))
            self.open_pattern_editor()
            return
        self._last_choice = data
        self.show_pattern_info()

    def open_pattern_editor(self) -> PatternEditor:
        """Open the editor for saved patterns; the picker refreshes as they change."""
        if self._editor is None:
            self._editor = PatternEditor(self._patterns, parent=self)
            self._editor.patternsChanged.connect(self.refresh_patterns)
        choice = Choice.parse(self.picker.currentData())
        custom = choice is not None and choice.kind is ChoiceKind.CUSTOM
        self._editor.reload(choice.key if choice is not None and custom else None)
        self._editor.open()
        return self._editor

    # ------------------------------------------------------------------ length
    def mode(self) -> LengthMode:
        """How the chosen length is counted."""
        return LengthMode(self.length_mode.currentData())

    def minutes(self) -> float | None:
        """The chosen length in minutes, or None when counted otherwise."""
        return float(self.length_value.value()) if self.mode() is LengthMode.MINUTES else None

    def breaths(self) -> int | None:
        """The chosen number of breaths, or None when counted otherwise."""
        return self.length_value.value() if self.mode() is LengthMode.BREATHS else None

    def show_length(self, minutes: float | None, breaths: int | None, ease_in: bool) -> None:
        """Let the (disabled) controls tell the truth about the session under way."""
        mode = (
            LengthMode.MINUTES
            if minutes is not None
            else LengthMode.BREATHS
            if breaths is not None
            else LengthMode.OPEN
        )
        self.length_mode.setCurrentIndex(self.length_mode.findData(mode.value))
        self._on_length_mode()
        if minutes is not None:
            self.length_value.setValue(round(minutes))
        elif breaths is not None:
            self.length_value.setValue(breaths)
        self.ease_in.setChecked(ease_in)

    def set_choosable(self, choosable: bool) -> None:
        """Enable the choices while no session runs; a running one shows them disabled."""
        for widget in (self.picker, self.length_mode, self.length_value, self.ease_in):
            widget.setEnabled(choosable)
        if choosable:
            self._on_length_mode()

    def _on_length_mode(self) -> None:
        mode = self.mode()
        self.length_value.setEnabled(mode is not LengthMode.OPEN)
        if mode is LengthMode.MINUTES:
            self.length_value.setRange(1, 60)
            self.length_value.setSuffix(_tr(" min"))
        elif mode is LengthMode.BREATHS:
            self.length_value.setRange(1, 300)
            self.length_value.setSuffix(_tr(" breaths"))
