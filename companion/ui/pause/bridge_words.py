"""The words to say when leaving: written for the chosen time, editable, and never stale.

The box keeps one promise: what Copy puts on the clipboard is the text on screen, and that
text names the return time Start would store. While no usable time is chosen, or edited
words no longer name it, the words are set aside (greyed, with the reason) and Copy is off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.phrases import bridge_sentence
from companion.ui.pause.break_widgets import announce, hidden_note, spoken_words_edit

__all__ = ["BridgeWords"]


def _phrase(text: str) -> re.Pattern[str]:
    """``text`` as a whole phrase: "5 minutes" is not found inside "15 minutes"."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


class BridgeWords(QWidget):
    """The bridge sentence box with its Copy button; emits ``edited`` when the person types."""

    edited = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, before_copy: Callable[[], object] | None = None
    ) -> None:
        """``before_copy`` brings the words up to date with the clock before they are copied."""
        super().__init__(parent)
        self.setObjectName("bridgeWords")
        self._before_copy = before_copy
        # What the words on screen say for the return time, the {duration} and the {minutes}
        # of their template ("" for a placeholder the template does not use).
        self._said: tuple[str, str, str] = ("", "", "")
        self._wanted: tuple[str, str, str] = ("", "", "")
        self._edited = False
        self._reason = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Say this, or send it:"), self)
        layout.addWidget(self.title)
        self.edit = spoken_words_edit(self, "bridgeText", self.tr("What to say before you go"), 1.4)
        lines = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(3 * lines + 12)  # room for a sentence, not a page
        self.edit.setMaximumHeight(5 * lines + 12)
        self.edit.textChanged.connect(self._typed)
        self.title.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.reason_label = hidden_note(self, "wordsSetAsideReason")
        layout.addWidget(self.reason_label)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyBridgeButton")
        self.copy_button.setAccessibleName(self.tr("Copy the words to say before you go"))
        self.copy_button.setToolTip(self.tr("Copy these words, to paste into a message"))
        self.copy_button.clicked.connect(self.copy)
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("copiedLabel")
        self.copied_label.setWordWrap(True)
        self.update_button = QPushButton(self.tr("Update the words to the new time?"), self)
        self.update_button.setObjectName("updateWordsButton")
        self.update_button.setVisible(False)
        self.update_button.clicked.connect(self.rewrite)
        self._row = row
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.copied_label, 1)
        row.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def add_action(self, button: QPushButton) -> None:
        """Another small action beside Copy (e.g. "Other words")."""
        self._row.insertWidget(1, button, 0, Qt.AlignmentFlag.AlignTop)

    # ----------------------------------------------------------------- reading
    def text(self) -> str:
        return self.edit.toPlainText()

    def usable(self) -> bool:
        """Whether the words on screen may be copied and stored (they name the chosen time)."""
        return not self._reason and self._said == self._wanted

    def reason(self) -> str:
        """Why the words are set aside ("" while they can be used)."""
        return self.reason_label.text() if not self.reason_label.isHidden() else ""

    # ----------------------------------------------------------------- writing
    def write(
        self,
        template: str,
        when: str,
        minutes: int | None,
        framed: Callable[[str], str] | None = None,
    ) -> None:
        """Words from ``template`` for return time ``when`` (``minutes`` None: a clock time).

        ``framed`` may set the written sentence in more words (the plan's signal word).

        Edited words keep the person's text: the time (and a length said once) follow the
        new choice where that is safe; otherwise "Update the words" is offered and the words
        are set aside until then.
        """
        duration = bridge_sentence("{duration}", when, minutes) if "{duration}" in template else ""
        number = bridge_sentence("{minutes}", when, minutes) if "{minutes}" in template else ""
        self._wanted = (when, duration, number)
        if self._edited:
            self._follow_edits()
        else:
            sentence = bridge_sentence(template, when, minutes)
            self._set_text(framed(sentence) if framed is not None else sentence)
            self._said = self._wanted
        self._reason = ""
        self._show_state(self.tr("These words name another time than {time}.").format(time=when))

    def set_aside(self, reason: str) -> None:
        """No usable time: grey the words out, say why, and turn Copy off."""
        self._reason = reason
        self._show_state("")

    def start_afresh(self) -> None:
        """Forget the person's edits: the next :meth:`write` writes the template's words."""
        self._edited = False
        self.copied_label.clear()

    def rewrite(self) -> None:
        """Write the words afresh for the current time (replaces edits)."""
        self._edited = False
        self.edited.emit()

    def copy(self) -> bool:
        """Put the words on the clipboard, only when they can be used; True when copied."""
        if self._before_copy is not None:
            self._before_copy()
        if not self.usable():
            return False
        QGuiApplication.clipboard().setText(self.text())
        done = self.tr("Copied. You can paste it into a message.")
        self.copied_label.setText(done)
        announce(self.copied_label, done)
        return True

    # ----------------------------------------------------------------- internals
    def _show_state(self, mismatch: str) -> None:
        usable = self.usable()
        reason = self._reason or ("" if usable else mismatch)
        self.edit.setEnabled(not self._reason)
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))
        self.copy_button.setEnabled(usable)
        self.update_button.setVisible(not self._reason and not usable)
        if not usable:
            self.copied_label.clear()

    def _follow_edits(self) -> None:
        """Carry a new time and length into edited words where that is safe.

        The time is swapped wherever it appears; the template's length phrase only when it
        appears exactly once. A bare number of minutes is never guessed at.
        """
        text = self.text()
        when, duration, _number = self._wanted
        said_time, said_duration, said_number = self._said
        if when != said_time:
            old_time = _phrase(said_time)
            if said_time and old_time.search(text):
                text = old_time.sub(lambda _m: when, text)
                said_time = when
            elif _phrase(when).search(text):
                said_time = when
        if duration != said_duration:
            old = _phrase(said_duration)
            found = len(old.findall(text)) if said_duration else 0
            if found == 1:
                text = old.sub(lambda _m: duration, text)
            if found <= 1:
                said_duration = duration
        self._said = (said_time, said_duration, said_number)  # a bare number is not guessed
        self._set_text(text)

    def _set_text(self, text: str) -> None:
        if text == self.text():
            return
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)

    def _typed(self) -> None:
        self._edited = True
        self.copied_label.clear()
        self.edited.emit()
