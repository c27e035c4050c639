"""Editing a saved check-in: its note in place in the list, or everything in a small dialog.

A note over the limit is refused with its length shown, and what was typed is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from companion.core.states import (
    DEFAULT_INTENSITY,
    MAX_INTENSITY,
    MAX_NOTE_CHARS,
    MIN_INTENSITY,
    SETTLED_INTENSITY,
    Context,
    PatternTag,
    StateId,
    clamp_intensity,
    note_length,
)
from companion.ui.insights.history_model import CheckinEdit, HistoryModel
from companion.ui.shell import labels

__all__ = ["CheckinEditDialog", "NoteDelegate"]


class NoteDelegate(QStyledItemDelegate):
    """Edits a note in place; Enter or Tab on a note over the limit keeps the editor open with
    the text (the model says how long it is) instead of closing it."""

    def __init__(self, model: HistoryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                                Qt.Key.Key_Backtab)
            and note_length(editor.text()) > MAX_NOTE_CHARS
        ):  # fmt: skip
            self._model.noteTooLong.emit(note_length(editor.text()))
            return True
        return super().eventFilter(editor, event)


class CheckinEditDialog(QDialog):
    """Change a saved check-in: state, strength (none for settled), tag, situation and note.

    Save writes through ``save`` (None when saved, else the message to show) and closes; a
    note over the limit, or a store that refuses, keeps the dialog open with everything typed.
    """

    def __init__(
        self,
        edit: CheckinEdit,
        save: Callable[[CheckinEdit], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinEditDialog")
        self.setWindowTitle(self.tr("Edit check-in"))
        self._save = save
        self._original = edit
        # The strength a protective state gets back after settled was picked on the way.
        self._strength = max(MIN_INTENSITY, min(MAX_INTENSITY, edit.intensity or DEFAULT_INTENSITY))

        self._build_boxes(edit)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("editNote")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlainText(edit.note)
        self._count = QLabel(self)
        self._count.setObjectName("editNoteCount")
        self.message = QLabel(self)
        self.message.setObjectName("editMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("State"), self.state_box)
        form.addRow(self.tr("Strength"), self.strength_box)
        form.addRow(self.tr("Pattern"), self.tag_box)
        form.addRow(self.tr("Situation"), self.context_box)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow("", self._count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.state_box.setCurrentIndex(max(0, self.state_box.findData(edit.state)))
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(edit.tag or "")))
        self.context_box.setCurrentIndex(max(0, self.context_box.findData(edit.context or "")))
        self._show_strength()
        self._update_count()
        self.state_box.currentIndexChanged.connect(self._show_strength)
        self.strength_box.valueChanged.connect(self._remember_strength)
        self.note_edit.textChanged.connect(self._update_count)

    def _build_boxes(self, edit: CheckinEdit) -> None:
        """State, strength, tag and situation (with "Not recorded" when none was)."""
        self.state_box = QComboBox(self)
        self.state_box.setObjectName("editState")
        for state in StateId:
            self.state_box.addItem(labels.state_label(state.value), state.value)
        self.strength_box = QSpinBox(self)
        self.strength_box.setObjectName("editStrength")
        self.strength_box.setAccessibleName(self.tr("Strength"))
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("editTag")
        self.tag_box.addItem(self.tr("No tag"), "")
        for tag in PatternTag:
            self.tag_box.addItem(labels.tag_label(tag.value), tag.value)
        self.context_box = QComboBox(self)
        self.context_box.setObjectName("editContext")
        if edit.context is None or edit.context not in {c.value for c in Context}:
            self.context_box.addItem(self.tr("Not recorded"), "")
        for context in Context:
            self.context_box.addItem(labels.context_label(context.value), context.value)

    def edit(self) -> CheckinEdit:
        """What the dialog would save now."""
        state = str(self.state_box.currentData())
        return CheckinEdit(
            state=state,
            intensity=clamp_intensity(state, self.strength_box.value()),
            tag=str(self.tag_box.currentData()) or None,
            context=str(self.context_box.currentData()) or None,
            note=self.note_edit.toPlainText().strip(),
        )

    def save(self) -> bool:
        """Save and close; False (and a message, nothing lost) when it cannot be saved."""
        edit = self.edit()
        length = note_length(edit.note)
        if length > MAX_NOTE_CHARS:
            self._say(labels.too_long_text(length))
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        problem = self._save(edit) if edit != self._original else None
        if problem is not None:
            self._say(
                self.tr(
                    "This check-in could not be saved: {problem}\n"
                    "Everything you entered is still here; you can try again."
                ).format(problem=problem)
            )
            return False
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _show_strength(self, *_: object) -> None:
        settled = self.state_box.currentData() == StateId.SETTLED.value
        self.strength_box.blockSignals(True)
        if settled:
            self.strength_box.setRange(SETTLED_INTENSITY, SETTLED_INTENSITY)
            self.strength_box.setSpecialValueText(self.tr("None (settled)"))
        else:
            self.strength_box.setSpecialValueText("")
            self.strength_box.setRange(MIN_INTENSITY, MAX_INTENSITY)
            self.strength_box.setValue(self._strength)
        self.strength_box.blockSignals(False)
        self.strength_box.setEnabled(not settled)

    def _remember_strength(self, value: int) -> None:
        if MIN_INTENSITY <= value <= MAX_INTENSITY:
            self._strength = value

    def _update_count(self) -> None:
        length = note_length(self.note_edit.toPlainText())
        self._count.setText(labels.note_count_text(length))
        if length <= MAX_NOTE_CHARS and self.message.isVisible():
            self.message.hide()
