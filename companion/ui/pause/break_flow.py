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
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import (
    PLAN_ITEMS,
    RequestKind,
    ReturnRequest,
    ReturnTimeError,
    parse_return,
)
from companion.core.clock import Clock
from companion.core.phrases import Flavour, Phrases
from companion.core.states import Context
from companion.services.break_words import problem_text, request_notes
from companion.services.breaks import BreakAlreadyRunning, BreakController, amount_text, second_tick
from companion.storage.store import StorageError
from companion.ui.pause.break_widgets import (
    fold_button,
    make_accent,
    scaled_font,
    titled_scroll_page,
    wrapped_check,
)
from companion.ui.pause.bridge_words import BridgeWords
from companion.ui.pause.quick_checkin import QuickCheckin
from companion.ui.pause.time_input import (
    locale_time_formats,
    plan_label,
    qt_time_format_to_strptime,
)

__all__ = [
    "QUICK_DURATIONS",
    "BreakFlow",
    "QuickCheckin",
    "locale_time_formats",
    "plan_label",
    "qt_time_format_to_strptime",
]

QUICK_DURATIONS = (20, 30, 45, 60)
"""The one-click durations in minutes; the first is chosen when the flow opens."""


class BreakFlow(QWidget):
    """Choose the return time, get the bridge sentence, start.

    Emits ``started``, and ``dismissed`` on "Not now" or Esc.
    """

    started = Signal()
    dismissed = Signal()

    def __init__(
        self,
        controller: BreakController,
        clock: Clock,
        phrases: Phrases,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breakFlow")
        self._controller = controller
        self._clock = clock
        self._phrases = phrases
        self._locale = QLocale()
        self._default_minutes = QUICK_DURATIONS[0]
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
        self.words.edited.connect(self._words_edited)
        self.bridge_edit = self.words.edit
        self.copy_button = self.words.copy_button
        self.copied_label = self.words.copied_label
        self.update_words_button = self.words.update_button
        layout.addWidget(self.words)
        self.other_words_button = QPushButton(self.tr("Other words"), body)
        self.other_words_button.setObjectName("otherWordsButton")
        self.other_words_button.setAccessibleName(self.tr("Show other words to say"))
        self.other_words_button.clicked.connect(self.next_wording)
        layout.addWidget(self.other_words_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.more_toggle = fold_button(body, "moreChoicesToggle", self.tr("More choices"))
        self.more_toggle.setAccessibleDescription(
            self.tr("Your own length or time, the kind of words, a check-in, the plan")
        )
        layout.addWidget(self.more_toggle)
        self.more_panel = QWidget(body)
        self.more_panel.setObjectName("moreChoices")
        self.more_toggle.toggled.connect(self._fold)
        more = QVBoxLayout(self.more_panel)
        more.setContentsMargins(12, 0, 0, 0)
        self._build_time_entry(more)
        self._build_flavours(more)
        self._build_checkin_and_plan(more)
        self.more_panel.setVisible(False)
        layout.addWidget(self.more_panel)
        layout.addStretch(1)
        self._build_start(outer)

    def _build_durations(self, body: QWidget, layout: QVBoxLayout) -> None:
        self.durations_title = QLabel(self.tr("How long do you need?"), body)
        layout.addWidget(self.durations_title)
        row = QHBoxLayout()
        self.duration_group = QButtonGroup(self)
        self.duration_buttons: dict[int, QPushButton] = {}
        for minutes in QUICK_DURATIONS:
            button = QPushButton(amount_text(minutes), body)
            button.setObjectName(f"duration{minutes}")
            button.setProperty("choice", True)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Break of {amount}").format(amount=button.text()))
            self.duration_group.addButton(button, minutes)
            self.duration_buttons[minutes] = button
            row.addWidget(button)
        self.durations_title.setBuddy(self.duration_buttons[QUICK_DURATIONS[0]])
        self.duration_group.idClicked.connect(self._quick_duration_chosen)
        row.addStretch(1)
        layout.addLayout(row)
        self.return_label = QLabel(body)
        self.return_label.setObjectName("flowReturnLabel")
        self.return_label.setFont(scaled_font(self.return_label, 1.25))
        self.return_label.setWordWrap(True)
        layout.addWidget(self.return_label)

    def _build_time_entry(self, more: QVBoxLayout) -> None:
        panel = self.more_panel
        self.time_title = QLabel(self.tr("Your own length or time:"), panel)
        more.addWidget(self.time_title)
        self.time_edit = QLineEdit(panel)
        self.time_edit.setObjectName("returnTimeEdit")
        self.time_edit.setPlaceholderText(self.tr("or type a length or a time: 1h 15m, 19:30"))
        self.time_edit.setAccessibleName(self.tr("Length of the break, or the time to be back"))
        self.time_edit.textEdited.connect(self._typed)
        self.time_edit.returnPressed.connect(self.start_break)
        self.time_title.setBuddy(self.time_edit)
        more.addWidget(self.time_edit)
        self.error_label = QLabel(panel)
        self.error_label.setObjectName("returnTimeError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        more.addWidget(self.error_label)
        self.note_label = QLabel(panel)
        self.note_label.setObjectName("returnTimeNote")
        self.note_label.setWordWrap(True)
        more.addWidget(self.note_label)
        self.tomorrow_prompt = QWidget(panel)
        self.tomorrow_prompt.setObjectName("tomorrowPrompt")
        prompt_row = QHBoxLayout(self.tomorrow_prompt)
        prompt_row.setContentsMargins(0, 0, 0, 0)
        self.tomorrow_label = QLabel(self.tomorrow_prompt)
        self.tomorrow_label.setWordWrap(True)
        self.confirm_tomorrow_button = QPushButton(self.tr("Yes, tomorrow"), self.tomorrow_prompt)
        self.confirm_tomorrow_button.setObjectName("confirmTomorrowButton")
        self.confirm_tomorrow_button.clicked.connect(self.confirm_tomorrow)
        prompt_row.addWidget(self.tomorrow_label, 1)
        prompt_row.addWidget(self.confirm_tomorrow_button)
        more.addWidget(self.tomorrow_prompt)

    def _build_flavours(self, more: QVBoxLayout) -> None:
        title = QLabel(self.tr("Kind of words:"), self.more_panel)
        self.flavour_picker = QComboBox(self.more_panel)
        self.flavour_picker.setObjectName("flavourPicker")
        self.flavour_picker.setAccessibleName(self.tr("Kind of words"))
        self.flavour_picker.addItem(self.tr("Plain words"), Flavour.NEUTRAL)
        self.flavour_picker.addItem(self.tr("I tend to push to sort it out"), Flavour.PURSUER)
        self.flavour_picker.addItem(self.tr("I tend to go quiet or leave"), Flavour.DISTANCER)
        self.flavour_picker.currentIndexChanged.connect(self._flavour_changed)
        title.setBuddy(self.flavour_picker)
        more.addWidget(title)
        more.addWidget(self.flavour_picker)

    def _build_checkin_and_plan(self, more: QVBoxLayout) -> None:
        panel = self.more_panel
        self.checkin_toggle = fold_button(panel, "checkinToggle", self.tr("Check in first"))
        self.checkin_toggle.toggled.connect(self._toggle_checkin)
        more.addWidget(self.checkin_toggle)
        self.checkin = QuickCheckin(panel)
        self.checkin.setVisible(False)
        more.addWidget(self.checkin)
        more.addWidget(QLabel(self.tr("While you're away:"), panel))
        self.plan_boxes: dict[str, QCheckBox] = {}
        for item in PLAN_ITEMS:
            row, box = wrapped_check(panel, f"plan_{item.id}", plan_label(item.id))
            box.setChecked(True)
            self.plan_boxes[item.id] = box
            more.addWidget(row)

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

    def reset(self) -> None:
        """Fresh flow: the default length chosen, no check-in, the plain bridge sentence."""
        self.time_edit.clear()
        self._choose_default()
        self.checkin_toggle.setChecked(False)
        self.checkin.clear()
        self._confirmed_text = None
        self._template_index = 0
        self._armed = True
        self.words.start_afresh()
        self._storage_error = ""
        self._saved_before = None
        self.set_summary("")
        for box in self.plan_boxes.values():
            box.setChecked(True)
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
            self._request = self._parse(self._source())
        except ReturnTimeError as exc:
            error = problem_text(exc, self._locale)
        error = error or self._storage_error
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        request = self._request
        notes = request_notes(request, self._locale) if request is not None else []
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        needs_confirm = self._needs_confirmation()
        self.tomorrow_prompt.setVisible(needs_confirm)
        if request is None:
            self.return_label.setText("")
            self.words.set_aside(error)
        else:
            when = self._controller.format_time(request.deadline, self._locale)
            self.tomorrow_label.setText(
                self.tr("That time has already passed today. Be back at {time}?").format(time=when)
            )
            self.return_label.setText(self.tr("Back at {time}").format(time=when))
            minutes = request.duration if request.kind is RequestKind.DURATION else None
            template = self._templates()[self._template_index % len(self._templates())]
            whole = None if minutes is None else round(minutes.total_seconds() / 60)
            self.words.write(template, when, whole)
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
        self._confirmed_text = self.time_edit.text().strip()
        self.refresh()

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
        plan = [item.id for item in PLAN_ITEMS if self.plan_boxes[item.id].isChecked()]
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
        self.started.emit()
        return True

    # ----------------------------------------------------------------- internals
    def _source(self) -> str:
        typed = self.time_edit.text().strip()
        minutes = self.duration_group.checkedId()
        return typed or (str(minutes) if minutes > 0 else "")

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
        state = self.checkin.state()
        if not self.checkin_toggle.isChecked() or state is None:
            return None
        self._saved_before = self._controller.save_quick_checkin(
            self._saved_before, state, self.checkin.intensity(), Context.DURING_BREAK
        )
        return self._saved_before

    def _parse(self, source: str) -> ReturnRequest:
        now = self._controller.now()
        formats = locale_time_formats(self._locale)
        try:
            return parse_return(source, now, locale_formats=formats)
        except ReturnTimeError:
            # The locale's own words for am and pm ("오후 7:30") that strptime cannot read.
            for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
                qtime = self._locale.toTime(source, kind)
                if qtime.isValid():
                    typed = f"{qtime.hour():02d}:{qtime.minute():02d}"
                    return parse_return(typed, now)
            raise

    def _needs_confirmation(self) -> bool:
        request = self._request
        return (
            request is not None
            and request.needs_tomorrow_confirmation
            and self._confirmed_text != self.time_edit.text().strip()
        )

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        self.more_toggle.setChecked(True)

    def _choose_default(self) -> None:
        default = self._default_minutes
        self._check_duration(default)
        if default not in self.duration_buttons:
            self.time_edit.setText(str(default))

    def _check_duration(self, chosen: int | None) -> None:
        """Mark one quick duration as chosen (None: none), with a tick, not by colour alone."""
        self.duration_group.setExclusive(False)
        for minutes, button in self.duration_buttons.items():
            button.setChecked(minutes == chosen)
            mark = "✓ " if minutes == chosen else ""
            button.setText(mark + amount_text(minutes))
        self.duration_group.setExclusive(True)

    def _typed(self, text: str) -> None:
        # A typed length or time replaces the quick choice; clearing the field brings it back.
        if text.strip():
            self._check_duration(None)
        else:
            self._choose_default()
        self._arm()

    def _quick_duration_chosen(self, minutes: int) -> None:
        self.time_edit.clear()
        self._check_duration(minutes)
        self._arm()

    def _arm(self) -> None:
        self._armed = True
        self.refresh()

    def _words_edited(self) -> None:
        self._arm()

    def _fold(self, shown: bool) -> None:
        self.more_panel.setVisible(shown)

    def _toggle_checkin(self, shown: bool) -> None:
        self.checkin.setVisible(shown)
        if shown:
            self.checkin.setFocus()

    def _flavour_changed(self, _index: int) -> None:
        self._template_index = 0
        self.words.start_afresh()
        self._arm()

    def _templates(self) -> Sequence[str]:
        flavour = self.flavour_picker.currentData()
        return self._phrases.bridges(flavour if isinstance(flavour, Flavour) else Flavour.NEUTRAL)

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
