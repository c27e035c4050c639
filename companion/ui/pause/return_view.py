"""Coming back: an "after" check-in, gentle words to reopen the talk, and recording the break.

Finish records the break as kept, late or extended (the rule lives in core.agreement).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import Shift, compare_checkins
from companion.core.clock import Clock
from companion.core.phrases import Phrases
from companion.core.states import Context
from companion.services.breaks import BreakController
from companion.services.plan import PlanService
from companion.storage.store import StorageError
from companion.ui.pause import plan_hook
from companion.ui.pause.break_flow import QuickCheckin
from companion.ui.pause.break_widgets import scaled_font, spoken_words_edit, titled_scroll_page
from companion.ui.shell.labels import state_label

__all__ = ["ReturnView"]

_WORDS_ROLE = Qt.ItemDataRole.UserRole


class ReturnView(QWidget):
    """The return step. Emits ``finished(outcome)`` with "kept", "late" or "extended"."""

    finished = Signal(str)

    def __init__(
        self,
        controller: BreakController,
        clock: Clock,
        phrases: Phrases,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnView")
        self._controller = controller
        self._clock = clock
        self._phrases = phrases
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

        self.missed_label = QLabel(body)
        self.missed_label.setObjectName("missedNote")
        self.missed_label.setWordWrap(True)
        self.missed_label.setText(
            self.tr(
                "Your return time passed while Companion was closed. That's all right: "
                "you're here now, and that counts."
            )
        )
        layout.addWidget(self.missed_label)
        self.summary_label = QLabel(body)
        self.summary_label.setObjectName("returnSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        layout.addWidget(QLabel(self.tr("How are you now?"), body))
        self.checkin = QuickCheckin(body)
        self.checkin.setObjectName("afterCheckin")
        self.checkin.changed.connect(self._show_shift)
        layout.addWidget(self.checkin)
        self.shift_label = QLabel(body)
        self.shift_label.setObjectName("shiftLabel")
        self.shift_label.setWordWrap(True)
        layout.addWidget(self.shift_label)

        layout.addWidget(QLabel(self.tr("A gentle way to start again:"), body))
        openers = [(self.tr(opener), self.tr(opener)) for opener in self._phrases.openers]
        self.openers_list = self._words_list(
            body, "openersList", self.tr("Ways to start again"), openers
        )
        self.openers_list.setMaximumHeight(150)
        layout.addWidget(self.openers_list)

        self._build_drafts(body, layout)
        layout.addWidget(QLabel(self.tr("What's under the complaint? Some examples:"), body))
        needs: list[tuple[str, str]] = []
        for pair in self._phrases.protest_need:
            protest, need = self.tr(pair.protest), self.tr(pair.need)
            text = self.tr("Instead of “{protest}”\n    try “{need}”").format(
                protest=protest, need=need
            )
            needs.append((text, need))
        self.needs_list = self._words_list(
            body, "protestNeedList", self.tr("Complaints and the needs under them"), needs
        )
        self.needs_list.setWordWrap(True)
        layout.addWidget(self.needs_list)

        layout.addWidget(QLabel(self.tr("Your words:"), body))
        self.words_edit = spoken_words_edit(body, "chosenWords", self.tr("Your words"), 1.4)
        self.words_edit.setMaximumHeight(110)
        layout.addWidget(self.words_edit)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), body)
        self.copy_button.setObjectName("copyWordsButton")
        self.copy_button.clicked.connect(self.copy_words)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        layout.addStretch(1)

        self.finish_error = QLabel(self)
        self.finish_error.setObjectName("finishError")
        self.finish_error.setWordWrap(True)
        self.finish_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.finish_error.setVisible(False)
        outer.addWidget(self.finish_error)
        self.finish_button = QPushButton(self.tr("Finish"), self)
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setFont(scaled_font(self.finish_button, 1.2))
        self.finish_button.clicked.connect(self.finish)
        outer.addWidget(self.finish_button)

    def _build_drafts(self, body: QWidget, layout: QVBoxLayout) -> None:
        """The waiting side's drafts, offered beside the examples (see set_drafts)."""
        self.drafts_title = QLabel(self.tr("What you wrote while you waited:"), body)
        layout.addWidget(self.drafts_title)
        self.drafts_list = self._words_list(
            body, "returnDraftsList", self.tr("What you wrote while you waited"), []
        )
        self.drafts_list.setWordWrap(True)
        layout.addWidget(self.drafts_list)
        self.set_drafts([])

    def _words_list(
        self, body: QWidget, name: str, accessible_name: str, entries: list[tuple[str, str]]
    ) -> QListWidget:
        """A list of (shown text, words) entries; picking one puts its words in the box."""
        words_list = QListWidget(body)
        words_list.setObjectName(name)
        words_list.setAccessibleName(accessible_name)
        for text, words in entries:
            item = QListWidgetItem(text, words_list)
            item.setData(_WORDS_ROLE, words)
        words_list.setSpacing(3)
        words_list.setAlternatingRowColors(True)
        words_list.currentItemChanged.connect(self._picked)
        return words_list

    # ----------------------------------------------------------------- public
    def set_drafts(self, texts: list[str]) -> None:
        """Offer what the waiting partner wrote instead of sending it; hidden when none."""
        self.drafts_list.clear()
        for text in texts:
            QListWidgetItem(text, self.drafts_list).setData(_WORDS_ROLE, text)
        self.drafts_title.setVisible(bool(texts))
        self.drafts_list.setVisible(bool(texts))

    def use_plan(self, service: PlanService) -> None:
        """Open the way back with the couple's own opener (see ``plan_hook``)."""
        self._plan = service
        self.load()

    def load(self) -> None:
        """Read the running break: was it missed, when was the promise, the "before" state."""
        plan_hook.opener_first(self._plan, self.openers_list, self.words_edit, _WORDS_ROLE)
        found = self._controller.active()
        self.finish_button.setEnabled(found is not None)
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

    def copy_words(self) -> None:
        """Put the chosen words on the clipboard."""
        QGuiApplication.clipboard().setText(self.words_edit.toPlainText())

    def error_text(self) -> str:
        """What is shown when the return could not be saved ("" when nothing is wrong)."""
        return self.finish_error.text() if not self.finish_error.isHidden() else ""

    def finish(self) -> str | None:
        """Save the "after" check-in (if any) and record the break; returns the outcome.

        None when no break runs or it cannot be saved; then the check-in and words stay on
        screen, the reason is shown, and Finish can be pressed again.
        """
        found = self._controller.active()
        if found is None:
            return None
        break_id = found[0].id
        assert break_id is not None
        try:
            after_id = self._save_after_checkin(break_id)
            outcome = self._controller.mark_returned(after_id)
        except StorageError as exc:
            self.finish_error.setText(
                self.tr(
                    "Your return could not be saved yet, so the break is still open: "
                    "{problem}\nHow you feel and your words are still here. "
                    "Press Finish again in a moment."
                ).format(problem=exc)
            )
            self.finish_error.setVisible(True)
            return None
        self._saved_after = None
        self.finish_error.setVisible(False)
        self.checkin.clear()
        self.words_edit.clear()
        self.finished.emit(outcome)
        return outcome

    # ----------------------------------------------------------------- internals
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

    def _state_name(self, state: str) -> str:
        return state_label(state)

    def _show_shift(self) -> None:
        after = self.checkin.state()
        before = self._controller.before_checkin() if self._controller.active() else None
        if after is None:
            if before is None:
                self.shift_label.setText("")
            else:
                self.shift_label.setText(
                    self.tr("Before the break: {state}, {n} of 5.").format(
                        state=self._state_name(before.state), n=before.intensity
                    )
                )
            return
        now_text = self.tr("Now: {state}, {n} of 5.").format(
            state=self._state_name(after), n=self.checkin.intensity()
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
        before_text = self.tr("Before: {state}, {n} of 5.").format(
            state=self._state_name(before.state), n=before.intensity
        )
        self.shift_label.setText(f"{before_text} → {now_text}\n{meaning}")

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.words_edit.setPlainText(str(item.data(_WORDS_ROLE)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()
