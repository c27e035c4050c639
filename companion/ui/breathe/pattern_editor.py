"""A small dialog to create, name, edit and delete the user's own breathing patterns.

Bounds come from the spin boxes and from ``Pattern`` itself, so nothing out of range can be
saved. A pattern whose breath out is not longer than its breath in may be saved, but the
dialog says plainly why it may calm less.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.breath_pattern import (
    PRESETS,
    Pattern,
    PatternError,
    Phase,
    PhaseKind,
    parse_pattern,
)
from companion.services.patterns import PatternService, StorageError
from companion.ui.shell.a11y import StatusLabel
from companion.ui.shell.labels import (
    decimal_text,
    pattern_problem_text,
    preset_display_name,
    storage_problem_text,
)
from companion.ui.shell.named import named, wrapped_label

__all__ = [
    "MAX_NAME_LENGTH",
    "PatternEditor",
    "rate_text",
    "ratio_text",
]

MAX_NAME_LENGTH = 40


def rate_text(breaths_per_minute: float) -> str:
    """Breaths a minute with one decimal, in this locale (``6.0`` or ``6,0``)."""
    return QLocale().toString(breaths_per_minute, "f", 1)


def ratio_text(pattern: Pattern) -> str:
    """Breath in : breath out in this locale, like ``1 : 1.5`` (``1 : 1,5`` in German)."""
    return f"1 : {decimal_text(float(f'{pattern.exhale_ratio:.1f}'))}"


_FIELDS = (
    # kind, object name, minimum, maximum, default
    (PhaseKind.INHALE, "inhaleSeconds", 1.0, 20.0, 4.0),
    (PhaseKind.TOP_UP, "topUpSeconds", 0.0, 5.0, 0.0),
    (PhaseKind.HOLD, "holdSeconds", 0.0, 15.0, 0.0),
    (PhaseKind.EXHALE, "exhaleSeconds", 1.0, 20.0, 6.0),
    (PhaseKind.REST, "restSeconds", 0.0, 15.0, 0.0),
)


class PatternEditor(QDialog):
    """Lists the custom patterns and edits one at a time; every change is saved at once."""

    patternsChanged = Signal()

    def __init__(
        self, patterns: PatternService, parent: QWidget | None = None, *, select: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patternEditor")
        self.setWindowTitle(self.tr("Your breathing patterns"))
        self._patterns = patterns
        self._editing: str | None = None
        self._deleted: tuple[str, str] | None = None

        left = self._build_list()
        right = self._build_form()

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        # Notes appear and vanish as the user types; the window keeps its size.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.resize(620, 440)
        layout.addLayout(body)
        layout.addWidget(close)

        self.reload(select)

    def _build_list(self) -> QVBoxLayout:
        """The saved patterns, with New, Delete and Undo under them."""
        self._list = named(QListWidget(), "patternList")
        self._list.setAccessibleName(self.tr("Your patterns"))
        self._list.currentItemChanged.connect(self._on_current_changed)
        self._new_button = named(QPushButton(self.tr("New pattern")), "newPatternButton")
        self._new_button.clicked.connect(self.new_pattern)
        self._delete_button = named(QPushButton(self.tr("Delete")), "deletePatternButton")
        self._delete_button.clicked.connect(self.delete_current)
        self._undo_button = named(QPushButton(self.tr("Undo delete")), "undoDeleteButton")
        self._undo_button.clicked.connect(self.undo_delete)
        self._undo_button.hide()
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self._new_button)
        list_buttons.addWidget(self._delete_button)
        list_buttons.addWidget(self._undo_button)
        left = QVBoxLayout()
        left.addWidget(self._list, 1)
        left.addLayout(list_buttons)
        return left

    def _build_form(self) -> QVBoxLayout:
        """Name and phase lengths, what the pattern comes to, and Save."""
        self._name = named(QLineEdit(), "patternName")
        self._name.setMaxLength(MAX_NAME_LENGTH)
        self._name.setPlaceholderText(self.tr("For example: Evening calm"))
        self._name.textChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self._name)
        labels = {
            PhaseKind.INHALE: self.tr("Breathe in"),
            PhaseKind.TOP_UP: self.tr("Top-up breath in"),
            PhaseKind.HOLD: self.tr("Hold after breathing in"),
            PhaseKind.EXHALE: self.tr("Breathe out"),
            PhaseKind.REST: self.tr("Rest after breathing out"),
        }
        self._spins: dict[PhaseKind, QDoubleSpinBox] = {}
        for kind, name, low, high, default in _FIELDS:
            spin = named(QDoubleSpinBox(), name)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(low, high)
            spin.setValue(default)
            spin.setSuffix(self.tr(" s"))
            spin.setAccessibleName(labels[kind])
            if low == 0.0:
                spin.setSpecialValueText(self.tr("none"))
            spin.valueChanged.connect(self._validate)
            self._spins[kind] = spin
            form.addRow(labels[kind], spin)
        self._spins[PhaseKind.TOP_UP].setToolTip(
            self.tr("A short second breath in on top of the first, 0.5 to 5 seconds.")
        )

        self._summary = wrapped_label("patternSummary")
        self._warning = wrapped_label("exhaleWarning")
        self._warning.setAccessibleName(self.tr("Note about this pattern"))
        self._error = wrapped_label("patternError")
        self._error.setAccessibleName(self.tr("Problem with this pattern"))
        self._status = named(StatusLabel(), "patternStatus")
        self._status.setWordWrap(True)
        self._save_button = named(QPushButton(self.tr("Save pattern")), "savePatternButton")
        self._save_button.clicked.connect(self.save)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self._summary)
        right.addWidget(self._warning)
        right.addWidget(self._error)
        right.addWidget(self._save_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self._status)
        right.addStretch(1)
        return right

    def reload(self, select: str | None = None) -> None:
        """Read the patterns from the store again, selecting ``select`` if it exists."""
        self._deleted = None
        self._undo_button.hide()
        self._status.setText("")
        self._reload(select)
        if self._list.currentItem() is None:
            self.new_pattern()

    # ------------------------------------------------------------------ list
    def _reload(self, select: str | None) -> None:
        self._list.blockSignals(True)
        self._list.clear()
        for name, spec in self._patterns.patterns():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, spec)
            self._list.addItem(item)
        self._list.blockSignals(False)
        matches = self._list.findItems(select, Qt.MatchFlag.MatchExactly) if select else []
        if matches:
            self._list.setCurrentItem(matches[0])
        else:
            self._delete_button.setEnabled(False)

    def _on_current_changed(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is None:
            return
        self._load(item.text(), str(item.data(Qt.ItemDataRole.UserRole)))

    def _load(self, name: str, spec: str) -> None:
        self._editing = name
        self._name.setText(name)
        try:
            pattern = parse_pattern(spec, name)
        except PatternError:
            pattern = parse_pattern("4-6", name)
        values = {kind: 0.0 for kind in PhaseKind}
        for phase in pattern.phases:
            values[phase.kind] = phase.seconds
        for kind, spin in self._spins.items():
            spin.blockSignals(True)
            spin.setValue(values[kind])
            spin.blockSignals(False)
        self._delete_button.setEnabled(True)
        self._status.setText("")
        self._validate()

    def new_pattern(self) -> None:
        """Clear the form for a new pattern (4 in, 6 out to begin with)."""
        self._list.blockSignals(True)
        self._list.setCurrentRow(-1)
        self._list.clearSelection()
        self._list.blockSignals(False)
        self._editing = None
        self._name.setText("")
        for kind, _, _, _, default in _FIELDS:
            self._spins[kind].setValue(default)
        self._delete_button.setEnabled(False)
        self._validate()

    # ------------------------------------------------------------------ checking
    def current_pattern(self) -> Pattern:
        """The pattern the form describes; raises PatternError with the reason if invalid."""
        phases = tuple(Phase(kind, round(spin.value(), 1)) for kind, spin in self._spins.items())
        return Pattern(self._name.text().strip() or self.tr("Unnamed"), phases)

    def _name_problem(self) -> str:
        name = self._name.text().strip()
        if not name:
            return self.tr("Give the pattern a name.")
        folded = name.casefold()
        for preset_id, preset in PRESETS.items():
            taken = (preset_id, preset.name, preset_display_name(preset_id))
            if folded in (t.casefold() for t in taken):
                return self.tr("A preset already has that name; please choose another.")
        for existing, _spec in self._patterns.patterns():
            if existing.casefold() == folded and existing != self._editing:
                return self.tr("You already have a pattern called “{name}”.").format(name=existing)
        return ""

    def _validate(self) -> bool:
        try:
            pattern = self.current_pattern()
        except PatternError as exc:
            self._summary.setText("")
            self._warning.hide()
            self._error.setText(pattern_problem_text(exc))
            self._error.show()
            self._save_button.setEnabled(False)
            return False
        self._summary.setText(
            self.tr(
                "{cycle} s per breath · {rate} breaths a minute · in : out {ratio} · written {spec}"
            ).format(
                cycle=decimal_text(pattern.cycle_seconds),
                rate=rate_text(pattern.breaths_per_minute),
                ratio=ratio_text(pattern),
                spec=pattern.spec,
            )
        )
        warning = (
            ""
            if pattern.longer_exhale
            else self.tr(
                "The breath out ({exhale} s) is not longer than the breath in ({inhale} s). "
                "A breath out that is longer than the breath in is what helps the body slow "
                "down, so this pattern may feel less calming."
            ).format(
                exhale=decimal_text(pattern.exhale_seconds),
                inhale=decimal_text(pattern.inhale_seconds),
            )
        )
        self._warning.setText(warning)
        self._warning.setVisible(bool(warning))
        problem = self._name_problem()
        self._error.setText(problem)
        self._error.setVisible(bool(problem))
        self._save_button.setEnabled(not problem)
        return not problem

    # ------------------------------------------------------------------ changes
    def save(self) -> bool:
        """Save the form (renaming the pattern being edited if its name changed)."""
        if not self._validate():
            return False
        pattern = self.current_pattern()
        name = self._name.text().strip()
        try:
            if self._editing is not None and self._editing != name:
                self._patterns.rename_pattern(self._editing, name)
            self._patterns.save_pattern(name, pattern.spec)
        except StorageError as exc:
            self._error.setText(storage_problem_text(exc))
            self._error.show()
            return False
        self._reload(name)
        self._status.setText(self.tr("Saved “{name}”.").format(name=name))
        self._undo_button.hide()
        self.patternsChanged.emit()
        return True

    def delete_current(self) -> None:
        """Delete the selected pattern; it can be brought back with Undo until the next one."""
        item = self._list.currentItem()
        if item is None:
            return
        name, spec = item.text(), str(item.data(Qt.ItemDataRole.UserRole))
        try:
            self._patterns.delete_pattern(name)
        except StorageError as exc:
            self._error.setText(storage_problem_text(exc))
            self._error.show()
            return
        self._deleted = (name, spec)
        self._reload(None)
        self.new_pattern()
        self._status.setText(self.tr("Deleted “{name}”.").format(name=name))
        self._undo_button.show()
        self.patternsChanged.emit()

    def undo_delete(self) -> None:
        """Bring back the pattern deleted last."""
        if self._deleted is None:
            return
        name, spec = self._deleted
        try:
            self._patterns.save_pattern(name, spec)
        except StorageError as exc:
            self._error.setText(storage_problem_text(exc))
            self._error.show()
            return
        self._deleted = None
        self._undo_button.hide()
        self._reload(name)
        self._status.setText(self.tr("“{name}” is back.").format(name=name))
        self.patternsChanged.emit()
