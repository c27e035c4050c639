"""Taking a break: how long, the words to say, and one large Start.

Built for shaking hands: the flow opens with the default length chosen and the words already
written with the real return time, so one press of the large button ("Start 20-minute break ·
back at 19:20") starts it. Everything else (a typed time, the kind of words, a check-in, the
plan) folds away beneath "More choices".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import (
    RequestKind,
    ReturnRequest,
    ReturnTimeError,
)
from companion.core.phrases import Phrases
from companion.core.states import Context
from companion.services.break_status import second_tick
from companion.services.break_words import problem_text
from companion.services.breaks import (
    BreakAlreadyRunning,
    BreakController,
    StorageError,
)
from companion.services.plan import PlanService
from companion.ui.pause import plan_hook
from companion.ui.pause.break_widgets import (
    announce,
    fold_button,
    make_accent,
    scaled_font,
    titled_scroll_page,
)
from companion.ui.pause.bridge_words import BridgeWords
from companion.ui.pause.duration_choice import QUICK_DURATIONS, DurationChoice
from companion.ui.pause.more_choices import MoreChoices

__all__ = ["BreakFlow"]


class BreakFlow(QWidget):
    """Choose the return time, get the bridge sentence, start.

    Emits ``started``, and ``dismissed`` on "Not now" or Esc.
    """

    started = Signal()
    dismissed = Signal()

    def __init__(
        self,
        controller: BreakController,
        phrases: Phrases,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breakFlow")
        self._controller = controller
        self._phrases = phrases
        self._locale = QLocale()
        self._default_minutes = QUICK_DURATIONS[0]
        self._plan: PlanService | None = None  # our pause plan: length, signal, items
        self._request: ReturnRequest | None = None
        self._confirmed_text: str | None = None
        self._template_index = 0
        # Enter starts the break only once the flow was opened for it or a choice was made in
        # it: after Finish or Call off, a stray Enter must not start a new break.
        self._armed = True
        # Shown until the next try: the break could not be saved (e.g. the disk is full).
        self._storage_error = ""
        # The id of a "before" check-in saved by a start that then failed. A retry revises it
        # instead of saving the same feeling twice.
        self._saved_before: int | None = None
        self._build()
        self._timer = second_tick(self, "breakFlowTick", self.refresh)
        self.reset()

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        outer, body, layout = titled_scroll_page(self, self.tr("Take a break"))
        # How the last break ended, until the flow is opened afresh. It takes the focus after
        # a break, so that no key pressed then can start another one.
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("breakSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setFont(scaled_font(self.summary_label, 1.15))
        self.summary_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary_label.setVisible(False)
        outer.insertWidget(1, self.summary_label)
        self._build_durations(body, layout)
        self.words = BridgeWords(body, before_copy=self.refresh)
        self.words.edited.connect(self._arm)
        self.bridge_edit = self.words.edit
        self.copy_button = self.words.copy_button
        self.copied_label = self.words.copied_label
        self.update_words_button = self.words.update_button
        layout.addWidget(self.words)
        self.other_words_button = QPushButton(self.tr("Other words"), body)
        self.other_words_button.setObjectName("otherWordsButton")
        self.other_words_button.setAccessibleName(self.tr("Show other words to say"))
        self.other_words_button.clicked.connect(self.next_wording)
        self.words.add_action(self.other_words_button)
        self.more_toggle = fold_button(body, "moreChoicesToggle", self.tr("More choices"))
        self.more_toggle.setAccessibleDescription(
            self.tr("Your own length or time, the kind of words, a check-in, the plan")
        )
        layout.addWidget(self.more_toggle)
        self.more_panel = MoreChoices(body)
        self.more_toggle.toggled.connect(self.more_panel.setVisible)
        self._alias_choices(self.more_panel)
        self.more_panel.setVisible(False)
        layout.addWidget(self.more_panel)
        layout.addStretch(1)
        self._build_start(outer)

    def _build_durations(self, body: QWidget, layout: QVBoxLayout) -> None:
        self.durations = DurationChoice(body)
        self.durations_title = self.durations.title
        self.duration_buttons = self.durations.buttons
        self.durations.chosen.connect(self._quick_duration_chosen)
        self.return_label = self.durations.return_label
        layout.addWidget(self.durations)

    def _alias_choices(self, more: MoreChoices) -> None:
        """The folded choices, by the names the rest of the app and its tests know them."""
        entry = self.time_entry = more.time_entry
        entry.edited.connect(self._typed)
        entry.submitted.connect(self.start_break)
        entry.confirmed.connect(self.refresh)
        more.flavourChanged.connect(self._flavour_changed)
        self.time_edit, self.error_label = entry.time_edit, entry.error_label
        self.note_label, self.tomorrow_prompt = entry.note_label, entry.tomorrow_prompt
        self.tomorrow_label = entry.tomorrow_label
        self.confirm_tomorrow_button = entry.confirm_tomorrow_button
        self.flavour_picker, self.plan_boxes = more.flavour_picker, more.plan_boxes
        self.checkin_toggle, self.checkin = more.checkin_toggle, more.checkin

    def _build_start(self, outer: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.not_now_button = QPushButton(self.tr("Not now"), self)
        self.not_now_button.setObjectName("notNowButton")
        self.not_now_button.setAccessibleName(self.tr("Not now: leave without a break"))
        self.not_now_button.clicked.connect(lambda: self.dismissed.emit())
        self.start_button = QPushButton(self.tr("Start break"), self)
        self.start_button.setObjectName("startBreakButton")
        make_accent(self.start_button, 1.3)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_button.setAutoDefault(True)  # Enter on the focused button presses it
        self.start_button.clicked.connect(self.start_break)
        buttons.addWidget(self.not_now_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.start_button, 1)
        outer.addLayout(buttons)

    # ----------------------------------------------------------------- public
    def set_default_minutes(self, minutes: int) -> None:
        """The length chosen when the flow opens (the user's "default break length")."""
        self._default_minutes = int(minutes)
        self.reset()

    def use_plan(self, service: PlanService) -> None:
        """Start each break from the couple's pause plan (see ``plan_hook``)."""
        self._plan = service
        service.changed.connect(self.reset)
        self.reset()

    def reset(self) -> None:
        """Fresh flow: the default length chosen, no check-in, the plain bridge sentence."""
        self.more_panel.reset()
        self._choose_default()
        self._template_index = 0
        self._armed = True
        self.words.start_afresh()
        self._storage_error = ""
        self._saved_before = None
        self.set_summary("")
        for item_id, box in self.plan_boxes.items():
            box.setChecked(plan_hook.ticked(self._plan, item_id))
        self.refresh()

    def after_break(self, summary: str) -> None:
        """Back to a fresh flow after a break, saying how it ended; no key starts another."""
        self.reset()
        self.set_summary(summary)
        self._armed = False
        self.summary_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_target(self) -> QWidget:
        """The harmless first stop: Start when opened for a break, else the note on the last."""
        return self.start_button if self._armed else self.summary_label

    def prefill(self, text: str) -> None:
        """Start from a length or time given elsewhere (``companion break 19:30``)."""
        self.reset()
        self.time_edit.setText(text.strip())
        self.more_toggle.setChecked(True)
        self._typed(self.time_edit.text())

    def bridge_text(self) -> str:
        return self.words.text()

    def refresh(self) -> None:
        """Re-read the input against the clock; update the return time, words and Start."""
        self._request = None
        error = ""
        try:
            self._request = self.time_entry.read(self._source(), self._controller.now())
        except ReturnTimeError as exc:
            error = problem_text(exc, self._locale)
        error = error or self._storage_error
        request = self._request
        needs_confirm = self._needs_confirmation()
        when = self._controller.format_time(request.deadline, self._locale) if request else ""
        self.time_entry.show_state(request, error, when)
        if request is None:
            self.durations.show_return("")
            self.words.set_aside(error)
        else:
            self.durations.show_return(when)
            minutes = request.duration if request.kind is RequestKind.DURATION else None
            template = self._templates()[self._template_index % len(self._templates())]
            whole = None if minutes is None else round(minutes.total_seconds() / 60)
            self.words.write(
                template, when, whole, lambda said: plan_hook.with_signal(self._plan, said)
            )
            if needs_confirm:
                reason = self.tr("First say whether you mean {time}.").format(time=when)
                self.words.set_aside(reason)
        self._label_start(request, needs_confirm)

    def set_summary(self, text: str) -> None:
        """Show how the last break ended above the flow ("" hides it)."""
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))

    def summary_text(self) -> str:
        """The note about the last break, while it is shown ("" otherwise)."""
        return self.summary_label.text() if not self.summary_label.isHidden() else ""

    def rewrite_words(self) -> None:
        """Write the chosen sentence afresh for the current time (replaces edits)."""
        self.words.rewrite()

    def confirm_tomorrow(self) -> None:
        """The person agrees that the time they typed means tomorrow."""
        self.time_entry.confirm_tomorrow()

    def next_wording(self) -> None:
        """Show another sentence of the same kind (replaces edits)."""
        self._template_index += 1
        self.words.start_afresh()
        self._arm()

    def copy_bridge(self) -> bool:
        """Put the words on the clipboard, as they stand at this moment; False if set aside."""
        return self.words.copy()

    def start_break(self) -> bool:
        """Start the break with what is on screen; False (with the reason shown) if it can't.

        When the break cannot be saved (a full disk), everything entered stays on screen and
        pressing Start again tries again.
        """
        self._storage_error = ""
        self.refresh()
        request = self._request
        if request is None or self._needs_confirmation() or not self.words.usable():
            return False
        plan = self.more_panel.plan()
        try:
            before_id = self._save_before_checkin()
            self._controller.start(request, plan, self.bridge_text(), before_id)
        except StorageError as exc:
            self._storage_error = self.tr(
                "The break could not be saved, so its countdown has not started: {problem}\n"
                "Everything you chose is still here. Press Start again in a moment."
            ).format(problem=exc)
            self._show_error(self._storage_error)
            return False
        except ReturnTimeError as exc:
            self._show_error(problem_text(exc, self._locale))
            return False
        except BreakAlreadyRunning:
            self._show_error(self.tr("A break is already running. Its countdown is open."))
            return False
        self._saved_before = None
        self.set_summary("")
        when = self._controller.format_time(request.deadline, self._locale)
        announce(self, self.tr("Your break has started. Back at {time}.").format(time=when))
        self.started.emit()
        return True

    # ----------------------------------------------------------------- internals
    def _source(self) -> str:
        typed = self.time_entry.text()
        minutes = self.durations.minutes()
        return typed or (str(minutes) if minutes is not None else "")

    def _label_start(self, request: ReturnRequest | None, needs_confirm: bool) -> None:
        """The large button says what it does: how long, and when the person will be back."""
        usable = request is not None and not needs_confirm and self.words.usable()
        self.start_button.setEnabled(usable)
        if request is None:
            self.start_button.setText(self.tr("Start break"))
            return
        when = self._controller.format_time(request.deadline, self._locale)
        whole = round(request.duration.total_seconds() / 60)
        if request.kind is RequestKind.DURATION and whole < 120:
            action = self.tr("Start {n}-minute break").format(n=whole)
        else:
            action = self.tr("Start break")
        back = self.tr("back at {time}").format(time=when)
        # Two lines, so the whole promise stays readable in a narrow window or large type.
        self.start_button.setText(f"{action}\n{back}")
        self.start_button.setAccessibleName(f"{action} · {back}")

    def _save_before_checkin(self) -> int | None:
        """The id of the "before" check-in to start with, saving it if needed (may raise)."""
        feeling = self.more_panel.feeling()
        if feeling is None:
            return None
        self._saved_before = self._controller.save_quick_checkin(
            self._saved_before, *feeling, Context.DURING_BREAK
        )
        return self._saved_before

    def _needs_confirmation(self) -> bool:
        return self.time_entry.needs_confirmation(self._request)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        self.more_toggle.setChecked(True)

    def _choose_default(self) -> None:
        default = plan_hook.minutes(self._plan, self._default_minutes)
        self.durations.check(default)
        if default not in self.duration_buttons:
            self.time_edit.setText(str(default))

    def _typed(self, text: str) -> None:
        # A typed length or time replaces the quick choice; clearing the field brings it back.
        if text.strip():
            self.durations.check(None)
        else:
            self._choose_default()
        self._arm()

    def _quick_duration_chosen(self, minutes: int) -> None:
        self.time_edit.clear()
        self.durations.check(minutes)
        self._arm()

    def _arm(self) -> None:
        self._armed = True
        self.refresh()

    def _flavour_changed(self) -> None:
        self._template_index = 0
        self.words.start_afresh()
        self._arm()

    def _templates(self) -> Sequence[str]:
        return self._phrases.bridges(self.more_panel.flavour())

    # ----------------------------------------------------------------- Qt events
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._armed:
                self.start_break()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return
        if self.checkin_toggle.isChecked() and self.checkin.handle_key(event):
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()
        if self._armed:
            self.start_button.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
