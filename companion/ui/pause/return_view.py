"""Coming back, one thing at a time: how you are now, the shift since before, words to start.

Finish records the break (the rule lives in core.agreement). Until then, "Not yet" (or Esc)
goes back to the countdown: a mistaken "I'm back" costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.agreement import Shift, compare_checkins
from companion.core.phrases import Phrases
from companion.core.states import Context
from companion.services.breaks import BreakController
from companion.services.plan import PlanService
from companion.ui.pause import plan_hook
from companion.ui.pause.break_widgets import (
    announce,
    hidden_note,
    make_accent,
    save_or_say_why,
    scaled_font,
    titled_scroll_page,
)
from companion.ui.pause.quick_checkin import QuickCheckin
from companion.ui.shell.labels import state_label

__all__ = ["ReturnView"]


class ReturnView(QWidget):
    """The return step. Emits ``finished(outcome)`` and ``notYet`` (back to the countdown)."""

    finished = Signal(str)
    notYet = Signal()

    def __init__(
        self,
        controller: BreakController,
        phrases: Phrases,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnView")
        self._controller = controller
        # Each suggestion: (what is shown, the words to copy).
        self._phrase_suggestions = [(self.tr(o), self.tr(o)) for o in phrases.openers]
        for pair in phrases.protest_need:
            shown = self.tr("Instead of “{protest}”, try: “{need}”").format(
                protest=self.tr(pair.protest), need=self.tr(pair.need)
            )
            self._phrase_suggestions.append((shown, self.tr(pair.need)))
        self._suggestions = list(self._phrase_suggestions)
        self._index = 0
        self._drafts: list[tuple[str, str]] = []  # the waiting side's unsent words, offered first
        # An "after" check-in saved by a finish that then failed: (break id, check-in id).
        # Finish again revises it instead of saving the same feeling twice.
        self._saved_after: tuple[int, int] | None = None
        self._plan: PlanService | None = None  # our pause plan: its opener comes first
        self._build()
        controller.changed.connect(self.load)
        self.load()

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        outer, body, layout = titled_scroll_page(self, self.tr("Welcome back"))
        self.missed_label = self._text(body, "missedNote")
        self.missed_label.setText(
            self.tr(
                "Your return time passed while Companion was closed. That's all right: "
                "you're here now, and that counts."
            )
        )
        layout.addWidget(self.missed_label)
        self.summary_label = self._text(body, "returnSummary")
        layout.addWidget(self.summary_label)
        self.checkin_title = QLabel(self.tr("How are you now?"), body)
        self.checkin_title.setFont(scaled_font(self.checkin_title, 1.2))
        layout.addWidget(self.checkin_title)
        self.checkin = QuickCheckin(body)
        self.checkin.setObjectName("afterCheckin")
        self.checkin.changed.connect(self._show_shift)
        self.checkin_title.setBuddy(self.checkin)
        layout.addWidget(self.checkin)
        self.shift_label = self._text(body, "shiftLabel")
        layout.addWidget(self.shift_label)
        self.words_title = QLabel(self.tr("A gentle way to start again:"), body)
        self.words_title.setFont(scaled_font(self.words_title, 1.2))
        layout.addWidget(self.words_title)
        self.suggestion_label = self._text(body, "chosenWords")
        self.suggestion_label.setFont(scaled_font(self.suggestion_label, 1.3))
        self.suggestion_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.suggestion_label)
        row = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Other words"), body)
        self.other_button.setObjectName("otherOpenerButton")
        self.other_button.setAccessibleName(self.tr("Show other words to start again"))
        self.other_button.clicked.connect(self.next_words)
        self.copy_button = QPushButton(self.tr("Copy"), body)
        self.copy_button.setObjectName("copyWordsButton")
        self.copy_button.setAccessibleName(self.tr("Copy the words to start again"))
        self.copy_button.clicked.connect(self.copy_words)
        self.copied_label = self._text(body, "returnCopiedLabel")
        row.addWidget(self.other_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.copied_label, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._build_finish(outer)
        self._show_words()

    def _build_finish(self, outer: QVBoxLayout) -> None:
        self.finish_error = hidden_note(self, "finishError")
        outer.addWidget(self.finish_error)
        buttons = QHBoxLayout()
        self.not_yet_button = QPushButton(self.tr("Not yet: back to my countdown"), self)
        self.not_yet_button.setObjectName("notYetButton")
        self.not_yet_button.clicked.connect(lambda: self.notYet.emit())
        self.finish_button = QPushButton(self.tr("Finish"), self)
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setAccessibleName(self.tr("Finish the break"))
        make_accent(self.finish_button, 1.2)
        self.finish_button.clicked.connect(self.finish)
        buttons.addWidget(self.not_yet_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.finish_button, 1)
        outer.addLayout(buttons)

    @staticmethod
    def _text(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    # ----------------------------------------------------------------- public
    def set_drafts(self, texts: list[str]) -> None:
        """Offer what the waiting partner wrote instead of sending it, first among the words."""
        self._drafts = [(self.tr("What you wrote while you waited: “{draft}”").format(
            draft=text), text) for text in texts]  # fmt: skip
        self.load()

    def use_plan(self, service: PlanService) -> None:
        """Open the way back with the couple's own opener (see ``plan_hook``)."""
        self._plan = service
        self.load()

    def load(self) -> None:
        """Read the running break: was it missed, when was the promise, the "before" state."""
        suggestions = self._drafts + plan_hook.opener_first(self._plan, self._phrase_suggestions)
        if suggestions != self._suggestions:  # our pause plan: its opener is offered first
            self._suggestions, self._index = suggestions, 0
            self._show_words()
        found = self._controller.active()
        self.finish_button.setEnabled(found is not None)
        self.not_yet_button.setEnabled(found is not None)
        self.missed_label.setVisible(found is not None and self._controller.missed_while_closed())
        if found is None:
            self.finish_error.setVisible(False)
            self._saved_after = None
            self.summary_label.setText(self.tr("No break is running."))
            self._show_shift()
            return
        record, agreement = found
        when = self._controller.format_time(agreement.return_at)
        if record.role == "waiting":
            said = self.tr("Your partner said they'd be back at {time}.")
        else:
            said = self.tr("You said you'd be back at {time}.")
        self.summary_label.setText(said.format(time=when))
        self._show_shift()

    def words(self) -> str:
        """The words offered to copy, as shown ("" when there are none)."""
        return self._suggestions[self._index][1] if self._suggestions else ""

    def next_words(self) -> None:
        """Offer the next opener or protest → need pair."""
        if self._suggestions:
            self._index = (self._index + 1) % len(self._suggestions)
        self._show_words()

    def copy_words(self) -> None:
        """Put the chosen words on the clipboard, and say so."""
        QGuiApplication.clipboard().setText(self.words())
        done = self.tr("Copied. You can paste it into a message.")
        self.copied_label.setText(done)
        announce(self.copied_label, done)

    def error_text(self) -> str:
        """What is shown when the return could not be saved ("" when nothing is wrong)."""
        return self.finish_error.text() if not self.finish_error.isHidden() else ""

    def finish(self) -> str | None:
        """Save the "after" check-in (if any) and record the break; returns the outcome.

        None when no break runs or it cannot be saved; then the check-in stays on screen,
        the reason is shown, and Finish can be pressed again.
        """
        found = self._controller.active()
        if found is None:
            return None
        break_id = found[0].id
        assert break_id is not None
        problem = self.tr(
            "Your return could not be saved yet, so the break is still open: "
            "{problem}\nHow you feel is still here. Press Finish again in a moment."
        )
        saved = save_or_say_why(
            lambda: self._controller.mark_returned(self._save_after_checkin(break_id)),
            self.finish_error,
            problem,
        )
        if saved is None:
            return None
        (outcome,) = saved
        self._saved_after = None
        self.checkin.clear()
        self.finished.emit(outcome)
        return outcome

    # ----------------------------------------------------------------- internals
    def _show_words(self) -> None:
        shown = self._suggestions[self._index][0] if self._suggestions else ""
        self.suggestion_label.setText(shown)
        self.copied_label.clear()
        for widget in (self.words_title, self.suggestion_label, self.copy_button):
            widget.setVisible(bool(shown))
        self.other_button.setVisible(len(self._suggestions) > 1)

    def _save_after_checkin(self, break_id: int) -> int | None:
        """The id of the "after" check-in, saving it unless a failed finish already did."""
        state = self.checkin.state()
        if state is None:
            return None
        saved = self._saved_after
        previous = saved[1] if saved is not None and saved[0] == break_id else None
        checkin_id = self._controller.save_quick_checkin(
            previous, state, self.checkin.intensity(), Context.AFTER_RETURN
        )
        self._saved_after = (break_id, checkin_id)
        return checkin_id

    def _show_shift(self) -> None:
        after = self.checkin.state()
        before = self._controller.before_checkin() if self._controller.active() else None
        before_text = (
            self.tr("Before the break: {state}, {n} of 5.").format(
                state=state_label(before.state), n=before.intensity
            )
            if before is not None
            else ""
        )
        if after is None:
            self.shift_label.setText(before_text)
            return
        now_text = self.tr("Now: {state}, {n} of 5.").format(
            state=state_label(after), n=self.checkin.intensity()
        )
        if before is None:
            self.shift_label.setText(now_text)
            return
        shift = compare_checkins(before.state, before.intensity, after, self.checkin.intensity())
        meaning = {
            Shift.SETTLED: self.tr("You've come back to settled. The break helped."),
            Shift.CALMER: self.tr("Calmer than before. Your body is settling."),
            Shift.SAME: self.tr("About the same as before. Go gently, or take a little more time."),
            Shift.STRONGER: self.tr(
                "Stronger than before. It's fine to ask for more time before you talk."
            ),
            Shift.DIFFERENT: self.tr("A different state from before, about as strong."),
        }[shift]
        self.shift_label.setText(f"{before_text} → {now_text}\n{meaning}")

    # ----------------------------------------------------------------- Qt events
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._controller.active() is not None:
            self.notYet.emit()
            return
        if self.checkin.handle_key(event):
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()
        self.checkin.setFocus(Qt.FocusReason.OtherFocusReason)
