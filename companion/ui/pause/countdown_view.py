"""The countdown to the agreed return time: time left, "back at …", the words, three actions.

Everything shown is computed from the wall clock on each refresh (``return_at - now``), so
suspend, restarts and clock changes cannot make it drift. While it is visible it redraws on
each tick of the break controller (once a second while a break runs); it has no timer of its
own. A screen reader hears the time left at each whole minute of the last five, and when
the return time comes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import (
    BREAK_PRESET,
    DUE_WINDOW,
    WIND_DOWN,
    BreakStatus,
    ReturnAgreement,
    format_countdown,
    minutes_left,
)
from companion.core.phrases import Phrases
from companion.services.breaks import BreakController
from companion.services.plan import PlanService
from companion.ui.pause import plan_hook
from companion.ui.pause.break_widgets import (
    announce,
    hidden_note,
    make_accent,
    redraw_while_seen,
    save_or_say_why,
    scaled_font,
    scroll_body,
)
from companion.ui.pause.more_time import MoreTimePanel
from companion.ui.pause.plan_checklist import PlanChecklist
from companion.ui.pause.progress_ring import ProgressRing
from companion.ui.pause.said_words import SaidWords
from companion.ui.pause.share_dialog import ShareDialog
from companion.ui.shell.dialogs import confirm

__all__ = ["CountdownView", "ProgressRing"]


class CountdownView(QWidget):
    """Shows the running break.

    Emits ``breatheRequested(preset_id)``, ``returnRequested`` and ``calledOff`` (the break
    was called off and is recorded as cancelled).
    """

    breatheRequested = Signal(str)
    returnRequested = Signal()
    calledOff = Signal()

    def __init__(
        self,
        controller: BreakController,
        phrases: Phrases,
        parent: QWidget | None = None,
        *,
        breathe_preset: str = BREAK_PRESET,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countdownView")
        self._controller = controller
        self._preset = breathe_preset
        self._plan: PlanService | None = None  # our pause plan: what we agreed for a pause
        # What was last said to a screen reader: (break id, minutes left or 0 at the time).
        self._announced: tuple[int | None, int] | None = None
        self._remaining = ""
        self._build(phrases)
        controller.changed.connect(self._break_changed)
        redraw_while_seen(self, controller.ticked, self._show_time, self.refresh)
        self.refresh()

    # ----------------------------------------------------------------- building
    def _build(self, phrases: Phrases) -> None:
        layout = QVBoxLayout(self)
        self.none_label = QLabel(self.tr("No break is running."), self)
        self.none_label.setObjectName("noBreakLabel")
        layout.addWidget(self.none_label)
        # The ring takes the room there is; the rest scrolls only when the window is tiny.
        self.body = QWidget(self)
        outer = QVBoxLayout(self.body)
        outer.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        self.scroll_area, content, body = scroll_body(self.body)
        self._content = content
        self.scroll_area.setObjectName("countdownScroll")
        self.scroll_area.setAccessibleName(self.tr("Your break"))
        body.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        self.ring = ProgressRing(content)
        body.addWidget(self.ring, 3)
        self.return_label = self._centred(content, "returnAtLabel", 1.3)
        body.addWidget(self.return_label)
        self.status_label = self._centred(content, "countdownStatus", 1.1)
        body.addWidget(self.status_label)
        self.said = SaidWords(content)
        # Sharing without a network: a QR code or a calendar file (ui/pause/share_dialog.py).
        self.share_button = QPushButton(self.tr("Share…"), content)
        self.share_button.setObjectName("shareReturnButton")
        self.share_button.setToolTip(self.tr("Show the words as a QR code, or add to a calendar"))
        self.share_button.clicked.connect(self.share)
        self.share_dialog: ShareDialog | None = None
        self.said.add_action(self.share_button)
        body.addWidget(self.said)
        # our pause plan: messages and reaching out
        self.plan_agreed = hidden_note(content, "planAgreed")
        body.addWidget(self.plan_agreed)
        self.more_time_panel = MoreTimePanel(self._controller, phrases, content)
        self.more_time_panel.setVisible(False)
        self.more_time_panel.extended.connect(self._extended)
        body.addWidget(self.more_time_panel)
        self.plan = PlanChecklist(self._controller, content)
        body.addWidget(self.plan)
        self._build_call_off(content, body)
        body.addStretch(1)
        outer.addLayout(self._build_actions())

    def _centred(self, parent: QWidget, name: str, scale: float) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setFont(scaled_font(label, scale))
        return label

    def _build_call_off(self, content: QWidget, body: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.call_off_button = QPushButton(self.tr("Call off this break"), content)
        self.call_off_button.setObjectName("callOffButton")
        self.call_off_button.setToolTip(
            self.tr("End the break without a return; it is recorded as called off")
        )
        self.call_off_button.clicked.connect(self.call_off)
        row.addWidget(self.call_off_button)
        row.addStretch(1)
        body.addLayout(row)
        self.call_off_error = hidden_note(content, "callOffError")
        body.addWidget(self.call_off_error)

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.breathe_button = QPushButton(self.tr("Breathe"), self.body)
        self.breathe_button.setObjectName("breatheButton")
        self.breathe_button.setToolTip(self.tr("Slow breathing with a longer breath out"))
        self.breathe_button.clicked.connect(lambda: self.breatheRequested.emit(self._preset))
        self.more_time_button = QPushButton(self.tr("I need more time"), self.body)
        self.more_time_button.setObjectName("moreTimeButton")
        self.more_time_button.setCheckable(True)
        self.more_time_button.toggled.connect(self._toggle_more_time)
        self.back_button = QPushButton(self.tr("I'm back"), self.body)
        self.back_button.setObjectName("imBackButton")
        self.back_button.clicked.connect(lambda: self.returnRequested.emit())
        for button in (self.breathe_button, self.more_time_button):
            button.setFont(scaled_font(button, 1.2))
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            actions.addWidget(button, 1)
        make_accent(self.back_button, 1.2)
        self.back_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        actions.addWidget(self.back_button, 1)
        return actions

    # ----------------------------------------------------------------- public
    def refresh(self) -> None:
        """Redraw from the wall clock and the stored break."""
        found = self._controller.active()
        self.none_label.setVisible(found is None)
        self.body.setVisible(found is not None)
        if found is None:
            return
        record, _agreement = found
        self.plan.show_record(record)
        self.said.show_record(record)
        plan_hook.show_agreed(self._plan, self.plan_agreed)
        self._show_time()

    def _show_time(self) -> None:
        """What the clock changes: the time left, the status line, the announcements (each
        tick). The words and the plan change only with the break, or while out of sight."""
        found = self._controller.active()
        if found is None:
            return
        record, agreement = found
        now = self._controller.now()
        when = self._controller.format_time(agreement.return_at)
        status = agreement.status(now)
        done = status in (BreakStatus.DUE, BreakStatus.OVERDUE)
        caption = self.tr("was the time") if done else self.tr("left")
        left = agreement.remaining(now)
        # On screen, and to a screen reader, the time left changes once a minute (a calm
        # picture, one repaint and one accessibility event a minute, in whole minutes as the
        # announcements say it); the status line and the tray keep the same minutes.
        self._remaining = when if done else format_countdown(left)
        big = when if done else self.tr("{n} min").format(n=minutes_left(left))
        progress = agreement.progress(now)
        self.ring.show_values(progress, big, caption, done=done)
        self.return_label.setText(self.tr("back at {time}").format(time=when))
        self.status_label.setText(self._status_text(status, when))
        self._announce(record.id, agreement, now, when)

    def use_plan(self, service: PlanService) -> None:
        """Show what the couple's pause plan says about messages and reaching out."""
        self._plan = service
        self.refresh()

    def remaining_text(self) -> str:
        """The time left to the second ("19:59"), or the return time once it has come; the
        ring shows it in whole minutes ("20 min")."""
        return self._remaining

    def share(self) -> ShareDialog | None:
        """Open the sharing dialog for the latest words said and the return time."""
        found = self._controller.active()
        if found is None:
            return None
        record, agreement = found
        words = record.more_time[-1] if record.more_time else record.bridge
        uid = f"break-{record.id}-{int(record.started.timestamp())}@companion"
        self.share_dialog = ShareDialog(
            words, record.started, agreement.return_at, uid, self,
            when_text=self._controller.format_time(agreement.return_at),
            now=self._controller.now(),
        )  # fmt: skip
        self.share_dialog.open()
        return self.share_dialog

    def copy_bridge(self) -> None:
        """Put the latest words said on the clipboard."""
        self.said.copy()

    def extend_minutes(self, minutes: int) -> bool:
        """Ask for ``minutes`` more (see :meth:`MoreTimePanel.extend`); False if refused."""
        return self.more_time_panel.extend(minutes)

    def call_off(self) -> bool:
        """Ask, then end the break without a return (recorded as called off, not as kept).

        True when it was called off; then ``calledOff`` is emitted.
        """
        if self._controller.active() is None:
            return False
        if not confirm(
            self,
            self.tr("Call off this break?"),
            self.tr(
                "The countdown stops, and this break is saved as called off rather than as "
                "a return."
            ),
            action=self.tr("Call off the break"),
            keep=self.tr("Keep the break"),
        ):
            return False
        problem = self.tr(
            "The break could not be called off, so it is still running: {problem}\n"
            "Try again in a moment."
        )
        if save_or_say_why(self._controller.cancel, self.call_off_error, problem) is None:
            return False
        self.calledOff.emit()
        return True

    # ----------------------------------------------------------------- internals
    def _status_text(self, status: BreakStatus, when: str) -> str:
        if status is BreakStatus.RUNNING:
            return self.tr("Take your time. Your return time is set.")
        if status is BreakStatus.WIND_DOWN:
            return self.tr("Nearly time. Start finding your way back.")
        if status is BreakStatus.DUE:
            return self.tr("It's {time}, the time you agreed. Go back when you're ready.").format(
                time=when
            )
        return self.tr("It's past {time}. Go back when you can, and say you're here.").format(
            time=when
        )

    def _announce(
        self, break_id: int | None, agreement: ReturnAgreement, now: datetime, when: str
    ) -> None:
        """Say the time left at each whole minute of the last five, and at the return time.

        Each is said once per break, within a couple of seconds of the minute, so what is
        heard matches the digits on screen (a view shown at 4:30 says nothing until 4:00).
        """
        exact = agreement.remaining(now).total_seconds()
        whole = round(exact / 60)
        if exact <= 0:
            whole, close = 0, exact > -DUE_WINDOW.total_seconds()
        else:
            close = 0 < whole <= WIND_DOWN.total_seconds() // 60 and -1 < whole * 60 - exact < 3
        if not close or self._announced == (break_id, whole):
            return
        self._announced = (break_id, whole)
        if whole == 0:
            text = self.tr("It's {time}, the time you agreed.").format(time=when)
        else:
            text = self.tr("{n} min left, back at {time}.").format(n=whole, time=when)
        announce(self.ring, text)

    def _extended(self) -> None:
        self.more_time_button.setChecked(False)
        self.refresh()
        self._show_in_scroll(self.said)

    def _toggle_more_time(self, shown: bool) -> None:
        self.more_time_panel.setVisible(shown)
        if shown:
            self.more_time_panel.opened()
            self._show_in_scroll(self.more_time_panel)

    def _show_in_scroll(self, widget: QWidget) -> None:
        """Lay the scrolling body out at once and scroll to ``widget`` (just shown or changed)."""
        content = self._content
        layout = content.layout()
        if layout is not None:
            layout.activate()
        viewport = self.scroll_area.viewport()
        content.resize(viewport.width(), max(viewport.height(), content.minimumSizeHint().height()))
        self.scroll_area.ensureWidgetVisible(widget)

    def _break_changed(self) -> None:
        if self._controller.active() is None:
            self.call_off_error.setVisible(False)
            self.more_time_button.setChecked(False)
        self.refresh()

    # ----------------------------------------------------------------- Qt events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
