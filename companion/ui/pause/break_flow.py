"""Taking a break: how long, the bridge sentence to say, the plan, and Start.

Built so a flooded person needs as few actions as possible: the flow opens with 20 minutes
chosen and the bridge sentence already written with the real return time, so one click
on "Start break" (or Enter) starts it. The check-in is an optional expander.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import (
    PLAN_ITEMS,
    ReturnRequest,
    ReturnTimeError,
    parse_return,
)
from companion.core.clock import Clock
from companion.core.phrases import Flavour, Phrases, bridge_sentence
from companion.core.states import KEY_ORDER, Context
from companion.services.breaks import BreakAlreadyRunning, BreakController, amount_text, second_tick
from companion.services.plan import PlanService
from companion.storage.store import StorageError
from companion.ui.pause import plan_hook
from companion.ui.pause.break_widgets import scaled_font, spoken_words_edit, titled_scroll_page
from companion.ui.shell.labels import state_label

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

# Keyboard order matches the check-in wheel: 0 settled, 1-4 fight, flight, freeze, fawn.
_STATES = KEY_ORDER


def qt_time_format_to_strptime(fmt: str) -> str:
    """Turn a Qt time format ("h:mm AP", "HH 'h' mm") into a strptime format."""
    out: list[str] = []
    twelve = "a" in fmt.lower().replace("'", "")
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "'":
            end = fmt.find("'", i + 1)
            end = len(fmt) if end < 0 else end
            out.append(fmt[i + 1 : end].replace("%", "%%") or "'")
            i = end + 1
            continue
        run = 1
        while i + run < len(fmt) and fmt[i + run] == ch:
            run += 1
        if ch in "hH":
            out.append("%I" if twelve else "%H")
        elif ch == "m":
            out.append("%M")
        elif ch == "s":
            out.append("%S")
        elif ch in "aA":
            out.append("%p")
            if i + run < len(fmt) and fmt[i + run] in "pP":
                run += 1
        elif ch in "zt":
            pass  # milliseconds and zone names: never typed for a return time
        else:
            out.append((ch * run).replace("%", "%%"))
        i += run
    return " ".join("".join(out).split())


def locale_time_formats(locale: QLocale) -> tuple[str, ...]:
    """strptime formats for the times the user's locale shows (short and long)."""
    formats: list[str] = []
    for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        converted = qt_time_format_to_strptime(locale.timeFormat(kind))
        if converted and converted not in formats:
            formats.append(converted)
    return tuple(formats)


def plan_label(item_id: str) -> str:
    """The translated label of a plan item (the id itself for an unknown one)."""
    from PySide6.QtCore import QCoreApplication

    for item in PLAN_ITEMS:
        if item.id == item_id:
            return QCoreApplication.translate("PlanItem", item.label)
    return item_id


def _phrase(text: str) -> re.Pattern[str]:
    """``text`` as a whole phrase: "5 minutes" is not found inside "15 minutes"."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


class QuickCheckin(QWidget):
    """Five state buttons and a strength from 1 to 5; keys 0-4 pick a state, +/- the strength."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCheckin")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        labels = {state: state_label(state) for state in _STATES}
        hints = {
            "settled": self.tr("Calm enough to talk and listen"),
            "fight": self.tr("Hot, tense, wanting to push or win"),
            "flight": self.tr("Restless, racing, wanting to leave"),
            "freeze": self.tr("Numb, heavy, words won't come"),
            "fawn": self.tr("Wanting to smooth it over, saying yes while feeling no"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for key, state in enumerate(_STATES):
            button = QPushButton(f"{labels[state]}  ({key})", self)
            button.setObjectName(f"checkin_{state}")
            button.setCheckable(True)
            button.setToolTip(hints[state])
            button.setAccessibleName(labels[state])
            button.setAccessibleDescription(hints[state])
            self._group.addButton(button, key)
            self.buttons[state] = button
            row.addWidget(button)
        layout.addLayout(row)
        strength = QHBoxLayout()
        strength_label = QLabel(self.tr("How strong (1 gentle, 5 very strong):"), self)
        self.intensity_box = QSpinBox(self)
        self.intensity_box.setObjectName("checkinIntensity")
        self.intensity_box.setRange(1, 5)
        self.intensity_box.setValue(3)
        self.intensity_box.setAccessibleName(self.tr("Strength"))
        strength_label.setBuddy(self.intensity_box)
        strength.addWidget(strength_label)
        strength.addWidget(self.intensity_box)
        strength.addStretch(1)
        layout.addLayout(strength)
        self._group.idToggled.connect(self._state_toggled)
        self.intensity_box.valueChanged.connect(lambda _v: self.changed.emit())

    def _state_toggled(self, _key: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def state(self) -> str | None:
        """The chosen state id, or None when nothing is chosen."""
        key = self._group.checkedId()
        return _STATES[key] if key >= 0 else None

    def intensity(self) -> int:
        return self.intensity_box.value()

    def set_state(self, state: str | None) -> None:
        if state is None:
            self.clear()
        else:
            self.buttons[state].setChecked(True)

    def clear(self) -> None:
        """Back to nothing chosen and a middle strength."""
        self._group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)
        self.intensity_box.setValue(3)
        self.changed.emit()

    def handle_key(self, event: QKeyEvent) -> bool:
        """Apply a check-in key (0-4, +, -, Up, Down); True when it was one."""
        text = event.text()
        if text in ("0", "1", "2", "3", "4"):
            self.buttons[_STATES[int(text)]].setChecked(True)
            return True
        if text == "+" or event.key() == Qt.Key.Key_Up:
            self.intensity_box.stepUp()
            return True
        if text == "-" or event.key() == Qt.Key.Key_Down:
            self.intensity_box.stepDown()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)


class BreakFlow(QWidget):
    """Choose the return time, get the bridge sentence, pick the plan, start.

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
        self._plan: PlanService | None = None  # our pause plan: length, signal, items
        self._request: ReturnRequest | None = None
        self._confirmed_text: str | None = None
        self._template_index = 0
        self._bridge_edited = False
        # What the words on screen say for the return time, the {duration} and the {minutes}
        # of their template ("" for a placeholder the template does not use). Edited words
        # follow a new choice where these can be swapped safely.
        self._words_time = ""
        self._words_duration = ""
        self._words_number = ""
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

        # How the last break was recorded, until the flow is opened afresh.
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("breakSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setFont(scaled_font(self.summary_label, 1.15))
        self.summary_label.setVisible(False)
        outer.insertWidget(1, self.summary_label)

        # (a) optional check-in
        self.checkin_toggle = QToolButton(body)
        self.checkin_toggle.setObjectName("checkinToggle")
        self.checkin_toggle.setText(self.tr("Check in first (optional)"))
        self.checkin_toggle.setCheckable(True)
        self.checkin_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checkin_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.checkin_toggle.toggled.connect(self._toggle_checkin)
        layout.addWidget(self.checkin_toggle)
        self.checkin = QuickCheckin(body)
        self.checkin.setVisible(False)
        layout.addWidget(self.checkin)

        # (b) how long
        layout.addWidget(QLabel(self.tr("How long do you need?"), body))
        row = QHBoxLayout()
        self.duration_group = QButtonGroup(self)
        self.duration_group.setExclusive(True)
        self.duration_buttons: dict[int, QPushButton] = {}
        for minutes in QUICK_DURATIONS:
            button = QPushButton(amount_text(minutes), body)
            button.setObjectName(f"duration{minutes}")
            button.setCheckable(True)
            self.duration_group.addButton(button, minutes)
            self.duration_buttons[minutes] = button
            row.addWidget(button)
        self.duration_group.idClicked.connect(self._quick_duration_chosen)
        row.addStretch(1)
        layout.addLayout(row)
        self.time_edit = QLineEdit(body)
        self.time_edit.setObjectName("returnTimeEdit")
        self.time_edit.setPlaceholderText(self.tr("or type a length or a time: 1h 15m, 19:30"))
        self.time_edit.setAccessibleName(self.tr("Length of the break, or the time to be back"))
        self.time_edit.textEdited.connect(self._typed)
        self.time_edit.returnPressed.connect(self.start_break)
        layout.addWidget(self.time_edit)
        self.error_label = QLabel(body)
        self.error_label.setObjectName("returnTimeError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.error_label)
        self.note_label = QLabel(body)
        self.note_label.setObjectName("returnTimeNote")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.tomorrow_prompt = QWidget(body)
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
        layout.addWidget(self.tomorrow_prompt)

        # (c) the bridge sentence
        self.return_label = QLabel(body)
        self.return_label.setObjectName("flowReturnLabel")
        self.return_label.setFont(scaled_font(self.return_label, 1.25))
        layout.addWidget(self.return_label)
        words = QHBoxLayout()
        words.addWidget(QLabel(self.tr("Say this, or send it:"), body), 1)
        self.flavour_picker = QComboBox(body)
        self.flavour_picker.setObjectName("flavourPicker")
        self.flavour_picker.setAccessibleName(self.tr("Kind of words"))
        self.flavour_picker.addItem(self.tr("Plain words"), Flavour.NEUTRAL)
        self.flavour_picker.addItem(self.tr("I tend to push to sort it out"), Flavour.PURSUER)
        self.flavour_picker.addItem(self.tr("I tend to go quiet or leave"), Flavour.DISTANCER)
        self.flavour_picker.currentIndexChanged.connect(self._flavour_changed)
        words.addWidget(self.flavour_picker)
        self.other_words_button = QPushButton(self.tr("Other words"), body)
        self.other_words_button.setObjectName("otherWordsButton")
        self.other_words_button.clicked.connect(self.next_wording)
        words.addWidget(self.other_words_button)
        layout.addLayout(words)
        self.bridge_edit = spoken_words_edit(
            body, "bridgeText", self.tr("What to say before you go"), 1.6
        )
        self.bridge_edit.setMinimumHeight(120)
        self.bridge_edit.textChanged.connect(self._bridge_typed)
        layout.addWidget(self.bridge_edit)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), body)
        self.copy_button.setObjectName("copyBridgeButton")
        self.copy_button.setToolTip(self.tr("Copy these words, to paste into a message"))
        self.copy_button.clicked.connect(self.copy_bridge)
        self.copied_label = QLabel(body)
        self.copied_label.setObjectName("copiedLabel")
        self.update_words_button = QPushButton(self.tr("Update the words to the new time?"), body)
        self.update_words_button.setObjectName("updateWordsButton")
        self.update_words_button.setVisible(False)
        self.update_words_button.clicked.connect(self.rewrite_words)
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied_label, 1)
        copy_row.addWidget(self.update_words_button)
        layout.addLayout(copy_row)

        # (d) the plan
        layout.addWidget(QLabel(self.tr("While you're away:"), body))
        self.plan_boxes: dict[str, QCheckBox] = {}
        for item in PLAN_ITEMS:
            box = QCheckBox(plan_label(item.id), body)
            box.setObjectName(f"plan_{item.id}")
            box.setChecked(True)
            self.plan_boxes[item.id] = box
            layout.addWidget(box)
        layout.addStretch(1)

        # (e) start
        buttons = QHBoxLayout()
        self.not_now_button = QPushButton(self.tr("Not now"), self)
        self.not_now_button.setObjectName("notNowButton")
        self.not_now_button.clicked.connect(lambda: self.dismissed.emit())
        self.start_button = QPushButton(self.tr("Start break"), self)
        self.start_button.setObjectName("startBreakButton")
        self.start_button.setFont(scaled_font(self.start_button, 1.25))
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_button.setToolTip(self.tr("Start the break (Enter)"))
        self.start_button.clicked.connect(self.start_break)
        buttons.addWidget(self.not_now_button)
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

    def _choose_default(self) -> None:
        default = plan_hook.minutes(self._plan, self._default_minutes)
        self.duration_group.setExclusive(False)
        for minutes, button in self.duration_buttons.items():
            button.setChecked(minutes == default)
        self.duration_group.setExclusive(True)
        if default not in self.duration_buttons:
            self.time_edit.setText(str(default))

    def reset(self) -> None:
        """Fresh flow: the default length chosen, no check-in, the plain bridge sentence."""
        self.time_edit.clear()
        self._choose_default()
        self.checkin_toggle.setChecked(False)
        self.checkin.clear()
        self._confirmed_text = None
        self._template_index = 0
        self._bridge_edited = False
        self._storage_error = ""
        self._saved_before = None
        self.copied_label.clear()
        self.set_summary("")
        for item_id, box in self.plan_boxes.items():
            box.setChecked(plan_hook.ticked(self._plan, item_id))
        self.refresh()

    def prefill(self, text: str) -> None:
        """Start from a length or time given elsewhere (``companion break 19:30``)."""
        self.reset()
        self.time_edit.setText(text.strip())
        self._typed(self.time_edit.text())

    def bridge_text(self) -> str:
        return self.bridge_edit.toPlainText()

    def refresh(self) -> None:
        """Re-read the input against the clock and update the return time and the sentence."""
        source = self.time_edit.text().strip()
        if not source:
            minutes = self.duration_group.checkedId()
            source = str(minutes) if minutes > 0 else ""
        self._request = None
        error = ""
        try:
            self._request = self._parse(source)
        except ReturnTimeError as exc:
            error = str(exc)
        error = error or self._storage_error
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        request = self._request
        notes = [n for n in (request.short_note, request.clock_note) if n] if request else []
        self.note_label.setText("\n".join(self.tr(n) for n in notes))
        self.note_label.setVisible(bool(notes))
        needs_confirm = self._needs_confirmation()
        self.tomorrow_prompt.setVisible(needs_confirm)
        if request is not None:
            when = self._controller.format_time(request.deadline, self._locale)
            self.tomorrow_label.setText(
                self.tr("That time has already passed today. Be back at {time}?").format(time=when)
            )
            self.return_label.setText(self.tr("Back at {time}").format(time=when))
            self._update_bridge(when, request)
        else:
            self.return_label.setText("")
        self.start_button.setEnabled(request is not None and not needs_confirm)

    def set_summary(self, text: str) -> None:
        """Show how the last break was recorded above the flow ("" hides it)."""
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))

    def summary_text(self) -> str:
        """The note about the last break, while it is shown ("" otherwise)."""
        return self.summary_label.text() if not self.summary_label.isHidden() else ""

    def rewrite_words(self) -> None:
        """Write the chosen sentence afresh for the current time (replaces edits)."""
        self._bridge_edited = False
        self.refresh()

    def confirm_tomorrow(self) -> None:
        """The person agrees that the time they typed means tomorrow."""
        self._confirmed_text = self.time_edit.text().strip()
        self.refresh()

    def next_wording(self) -> None:
        """Show another sentence of the same kind (replaces edits)."""
        self._template_index += 1
        self._bridge_edited = False
        self.refresh()

    def copy_bridge(self) -> None:
        """Put the bridge sentence on the clipboard in one click."""
        QGuiApplication.clipboard().setText(self.bridge_text())
        self.copied_label.setText(self.tr("Copied. You can paste it into a message."))

    def start_break(self) -> bool:
        """Start the break with what is on screen; False (with the reason shown) if it can't.

        When the break cannot be saved (a full disk), everything entered stays on screen and
        pressing Start again tries again.
        """
        self._storage_error = ""
        self.refresh()
        request = self._request
        if request is None or self._needs_confirmation():
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
            self._show_error(str(exc))
            return False
        except BreakAlreadyRunning:
            self._show_error(self.tr("A break is already running. Its countdown is open."))
            return False
        self._saved_before = None
        self.set_summary("")
        self.started.emit()
        return True

    # ----------------------------------------------------------------- internals
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

    def _typed(self, text: str) -> None:
        # A typed length or time replaces the quick choice; clearing the field brings it back.
        if text.strip():
            self.duration_group.setExclusive(False)
            for button in self.duration_buttons.values():
                button.setChecked(False)
            self.duration_group.setExclusive(True)
        else:
            self._choose_default()
        self.refresh()

    def _quick_duration_chosen(self, _minutes: int) -> None:
        self.time_edit.clear()
        self.refresh()

    def _toggle_checkin(self, shown: bool) -> None:
        self.checkin.setVisible(shown)
        self.checkin_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        if shown:
            self.checkin.setFocus()

    def _flavour_changed(self, _index: int) -> None:
        self._template_index = 0
        self._bridge_edited = False
        self.refresh()

    def _templates(self) -> Sequence[str]:
        flavour = self.flavour_picker.currentData()
        return self._phrases.bridges(flavour if isinstance(flavour, Flavour) else Flavour.NEUTRAL)

    def _update_bridge(self, when: str, request: ReturnRequest) -> None:
        templates = self._templates()
        template = templates[self._template_index % len(templates)]
        minutes = max(1, math.ceil(request.duration.total_seconds() / 60))
        duration = bridge_sentence("{duration}", when, minutes) if "{duration}" in template else ""
        number = bridge_sentence("{minutes}", when, minutes) if "{minutes}" in template else ""
        if self._bridge_edited:
            self._follow_edits(when, duration, number)
        else:
            self._set_bridge(
                plan_hook.with_signal(self._plan, bridge_sentence(template, when, minutes))
            )
            self._words_time, self._words_duration, self._words_number = when, duration, number
        current = (self._words_time, self._words_duration, self._words_number)
        self.update_words_button.setVisible(current != (when, duration, number))

    def _follow_edits(self, when: str, duration: str, number: str) -> None:
        """Carry a new time and length into edited words where that is safe.

        The time is swapped wherever it appears; the template's length phrase only when it
        appears exactly once. A bare number of minutes is never guessed at. What could not be
        swapped stays as it was, and "Update the words" is offered instead.
        """
        text = self.bridge_text()
        if when != self._words_time:
            old_time = _phrase(self._words_time)
            if self._words_time and old_time.search(text):
                text = old_time.sub(lambda _m: when, text)
                self._words_time = when
            elif _phrase(when).search(text):
                self._words_time = when
        if duration != self._words_duration:
            old_duration = _phrase(self._words_duration)
            found = len(old_duration.findall(text)) if self._words_duration else 0
            if found == 1:
                text = old_duration.sub(lambda _m: duration, text)
            if found <= 1:
                self._words_duration = duration
        self._set_bridge(text)

    def _set_bridge(self, text: str) -> None:
        if text == self.bridge_text():
            return
        self.bridge_edit.blockSignals(True)
        self.bridge_edit.setPlainText(text)
        self.bridge_edit.blockSignals(False)

    def _bridge_typed(self) -> None:
        self._bridge_edited = True
        self.copied_label.clear()

    # ----------------------------------------------------------------- Qt events
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
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
        self.start_button.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
