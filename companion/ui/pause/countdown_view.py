"""The countdown to the agreed return time: how long is left, the plan, more time, I'm back.

Everything shown is computed from the wall clock on each refresh (``return_at - now``), so
suspend, restarts and clock changes cannot make it drift. While it is visible it redraws on
each tick of the break controller (once a second while a break runs); it has no timer of its own.
"""

from __future__ import annotations

import contextlib
import math
from datetime import datetime

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import (
    BREAK_PRESET,
    BreakStatus,
    ReturnAgreement,
    ReturnTimeError,
    format_countdown,
)
from companion.core.clock import Clock
from companion.core.phrases import Phrases
from companion.services.breaks import BreakController, amount_text
from companion.services.plan import PlanService
from companion.storage.store import BreakRecord, StorageError
from companion.ui.pause import plan_hook
from companion.ui.pause.break_flow import plan_label
from companion.ui.pause.break_widgets import scaled_font, scroll_body, spoken_words_edit
from companion.ui.pause.share_dialog import ShareDialog

__all__ = ["CountdownView", "ProgressRing"]


class ProgressRing(QWidget):
    """A calm ring that fills as the break passes; it draws a value and never animates.

    It grows with the room it is given; when room is short (the page then scrolls) it keeps
    to MINIMUM pixels, so the rest of the break stays close at hand.
    """

    MINIMUM = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressRing")
        self.setMinimumSize(self.MINIMUM, self.MINIMUM)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._progress = 0.0

    def progress(self) -> float:
        return self._progress

    def set_progress(self, value: float) -> None:
        value = min(1.0, max(0.0, value))
        if not math.isclose(value, self._progress, abs_tol=1e-4):
            self._progress = value
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pal = self.palette()
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        width = max(6.0, side / 22)
        pen = QPen(track, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        pen.setColor(pal.color(QPalette.ColorRole.Highlight))
        painter.setPen(pen)
        # Qt angles are in 1/16 degree, counter-clockwise; start at 12 o'clock, go clockwise.
        span = -round(self._progress * 360 * 16)
        if span:
            painter.drawArc(rect, 90 * 16, span)
        painter.end()


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
        clock: Clock,
        phrases: Phrases,
        parent: QWidget | None = None,
        *,
        breathe_preset: str = BREAK_PRESET,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countdownView")
        self._controller = controller
        self._clock = clock
        self._phrases = phrases
        self._preset = breathe_preset
        self._plan_ids: tuple[str, ...] = ()
        self._plan: PlanService | None = None  # our pause plan: what we agreed for a pause
        # What the message asking for more time was written for: (return time, minutes left,
        # status). Once the break no longer matches it, the message is taken away.
        self._extension_for: tuple[datetime, int, BreakStatus] | None = None
        self._extension_edited = False
        self._build()
        controller.changed.connect(self._break_changed)
        controller.ticked.connect(self._ticked)
        self.refresh()

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.none_label = QLabel(self.tr("No break is running."), self)
        self.none_label.setObjectName("noBreakLabel")
        layout.addWidget(self.none_label)

        # Everything about the break scrolls in a small window; the three actions stay below.
        self.body = QWidget(self)
        outer = QVBoxLayout(self.body)
        outer.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        self.scroll_area, content, body = scroll_body(self.body)
        self.scroll_area.setObjectName("countdownScroll")
        self._content = content
        body.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)

        ring_area = QGridLayout()
        self.ring = ProgressRing(content)
        ring_area.addWidget(self.ring, 0, 0)
        centre = QVBoxLayout()
        centre.addStretch(1)
        self.remaining_label = QLabel(content)
        self.remaining_label.setObjectName("remainingLabel")
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining_label.setFont(scaled_font(self.remaining_label, 3.0))
        self.return_label = QLabel(content)
        self.return_label.setObjectName("returnAtLabel")
        self.return_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.return_label.setFont(scaled_font(self.return_label, 1.3))
        centre.addWidget(self.remaining_label)
        centre.addWidget(self.return_label)
        centre.addStretch(1)
        ring_area.addLayout(centre, 0, 0)
        body.addLayout(ring_area, 1)

        self.status_label = QLabel(content)
        self.status_label.setObjectName("countdownStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        body.addWidget(self.status_label)

        # The words said when leaving (or, after asking for more time, the latest words) stay
        # in view: to read aloud, or to send.
        bridge_row = QHBoxLayout()
        self.bridge_label = QLabel(content)
        self.bridge_label.setObjectName("bridgeSentence")
        self.bridge_label.setWordWrap(True)
        self.bridge_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bridge_label.setFont(scaled_font(self.bridge_label, 1.3))
        self.bridge_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bridge_label.setAccessibleName(self.tr("What you said when you left"))
        self.copy_bridge_button = QPushButton(self.tr("Copy"), content)
        self.copy_bridge_button.setObjectName("copyCountdownBridgeButton")
        self.copy_bridge_button.setToolTip(self.tr("Copy these words, to send them as a message"))
        self.copy_bridge_button.clicked.connect(self.copy_bridge)
        bridge_row.addWidget(self.bridge_label, 1)
        bridge_row.addWidget(self.copy_bridge_button, 0, Qt.AlignmentFlag.AlignTop)
        # Sharing without a network: a QR code or a calendar file (ui/pause/share_dialog.py).
        self.share_button = QPushButton(self.tr("Share…"), content)
        self.share_button.setObjectName("shareReturnButton")
        self.share_button.setToolTip(self.tr("Show the words as a QR code, or add to a calendar"))
        self.share_button.clicked.connect(self.share)
        self.share_dialog: ShareDialog | None = None
        bridge_row.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(bridge_row)
        self.plan_agreed = QLabel(content)  # our pause plan: messages and reaching out
        self.plan_agreed.setObjectName("planAgreed")
        self.plan_agreed.setWordWrap(True)
        self.plan_agreed.setVisible(False)
        body.addWidget(self.plan_agreed)

        self.plan_title = QLabel(self.tr("Your plan:"), content)
        body.addWidget(self.plan_title)
        self.plan_area = QVBoxLayout()
        body.addLayout(self.plan_area)
        self.plan_boxes: dict[str, QCheckBox] = {}
        self.plan_error = QLabel(content)
        self.plan_error.setObjectName("planSaveError")
        self.plan_error.setWordWrap(True)
        self.plan_error.setVisible(False)
        body.addWidget(self.plan_error)

        call_off_row = QHBoxLayout()
        self.call_off_button = QPushButton(self.tr("Call off this break"), content)
        self.call_off_button.setObjectName("callOffButton")
        self.call_off_button.setToolTip(
            self.tr("End the break without a return; it is recorded as called off")
        )
        self.call_off_button.clicked.connect(self.call_off)
        call_off_row.addWidget(self.call_off_button)
        call_off_row.addStretch(1)
        body.addLayout(call_off_row)
        self.call_off_error = QLabel(content)
        self.call_off_error.setObjectName("callOffError")
        self.call_off_error.setWordWrap(True)
        self.call_off_error.setVisible(False)
        body.addWidget(self.call_off_error)

        self.more_time_panel = QWidget(content)
        self.more_time_panel.setObjectName("moreTimePanel")
        panel = QVBoxLayout(self.more_time_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.extend10_button = QPushButton(self.tr("+10 min"), self.more_time_panel)
        self.extend10_button.setObjectName("extend10Button")
        self.extend10_button.clicked.connect(lambda: self.extend_minutes(10))
        self.extend20_button = QPushButton(self.tr("+20 min"), self.more_time_panel)
        self.extend20_button.setObjectName("extend20Button")
        self.extend20_button.clicked.connect(lambda: self.extend_minutes(20))
        self.extend_minutes_box = QSpinBox(self.more_time_panel)
        self.extend_minutes_box.setObjectName("extendMinutes")
        self.extend_minutes_box.setRange(1, 24 * 60)
        self.extend_minutes_box.setValue(15)
        self.extend_minutes_box.setSuffix(self.tr(" min"))
        self.extend_minutes_box.setAccessibleName(self.tr("Minutes to add"))
        self.extend_custom_button = QPushButton(self.tr("Add"), self.more_time_panel)
        self.extend_custom_button.setObjectName("extendCustomButton")
        self.extend_custom_button.clicked.connect(
            lambda: self.extend_minutes(self.extend_minutes_box.value())
        )
        for widget in (
            self.extend10_button,
            self.extend20_button,
            self.extend_minutes_box,
            self.extend_custom_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        panel.addLayout(row)
        self.extend_error = QLabel(self.more_time_panel)
        self.extend_error.setObjectName("extendError")
        self.extend_error.setWordWrap(True)
        self.extend_error.setVisible(False)
        panel.addWidget(self.extend_error)
        self.extension_text = spoken_words_edit(
            self.more_time_panel, "extensionMessage", self.tr("Message asking for more time"), 1.4
        )
        self.extension_text.setMinimumHeight(60)
        self.extension_text.setMaximumHeight(110)
        self.extension_text.setVisible(False)
        self.extension_text.textChanged.connect(self._extension_typed)
        panel.addWidget(self.extension_text)
        self.copy_extension_button = QPushButton(self.tr("Copy"), self.more_time_panel)
        self.copy_extension_button.setObjectName("copyExtensionButton")
        self.copy_extension_button.clicked.connect(self.copy_extension)
        self.copy_extension_button.setVisible(False)
        panel.addWidget(self.copy_extension_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.more_time_panel.setVisible(False)
        body.addWidget(self.more_time_panel)

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
        actions.addWidget(self.breathe_button)
        actions.addWidget(self.more_time_button)
        actions.addWidget(self.back_button)
        outer.addLayout(actions)

    # ----------------------------------------------------------------- public
    def refresh(self) -> None:
        """Redraw from the wall clock and the stored break."""
        found = self._controller.active()
        self.none_label.setVisible(found is None)
        self.body.setVisible(found is not None)
        if found is None:
            return
        record, agreement = found
        now = self._controller.now()
        self._sync_plan(record)
        left = agreement.remaining(now)
        self.remaining_label.setText(format_countdown(left))
        when = self._controller.format_time(agreement.return_at)
        self.return_label.setText(self.tr("back at {time}").format(time=when))
        self.ring.set_progress(agreement.progress(now))
        self.status_label.setText(self._status_text(agreement, now))
        self._drop_stale_extension(agreement, now)
        if self.bridge_label.text() != record.bridge:
            self.bridge_label.setText(record.bridge)
        self.bridge_label.setVisible(bool(record.bridge))
        self.copy_bridge_button.setVisible(bool(record.bridge))
        self.remaining_label.setAccessibleName(self._accessible_remaining(left.total_seconds()))
        plan_hook.show_agreed(self._plan, self.plan_agreed)

    def use_plan(self, service: PlanService) -> None:
        """Show what the couple's pause plan says about messages and reaching out."""
        self._plan = service
        self.refresh()

    def share(self) -> ShareDialog | None:
        """Open the sharing dialog for the running break's words and return time."""
        found = self._controller.active()
        if found is None:
            return None
        record, agreement = found
        when = self._controller.format_time(agreement.return_at)
        uid = f"break-{record.id}-{int(record.started.timestamp())}@companion"
        self.share_dialog = ShareDialog(
            record.bridge, record.started, agreement.return_at, uid, self,
            when_text=when, now=self._controller.now(),
        )  # fmt: skip
        self.share_dialog.open()
        return self.share_dialog

    def copy_bridge(self) -> None:
        """Put the words said when leaving on the clipboard."""
        QGuiApplication.clipboard().setText(self.bridge_label.text())

    def extend_minutes(self, minutes: int) -> bool:
        """Ask for ``minutes`` more; shows the new time in a copyable message. False if refused.

        The message becomes the break's words ("What you said"). When it cannot be saved (a
        full disk) the return time stays as it was, and says so.
        """
        try:
            agreement, words = self._controller.ask_for_more_time(
                minutes * 60, self._phrases.extension
            )
        except ReturnTimeError as exc:
            self.extend_error.setText(str(exc))
            self.extend_error.setVisible(True)
            return False
        except StorageError as exc:
            self.extend_error.setText(self._unsaved_extension_text(exc))
            self.extend_error.setVisible(True)
            return False
        self.extend_error.setVisible(False)
        now = self._controller.now()
        self._set_extension_text(words)
        self._extension_for = (
            agreement.return_at,
            _minutes_left(agreement, now),
            agreement.status(now),
        )
        self.extension_text.setVisible(True)
        self.copy_extension_button.setVisible(True)
        self.refresh()
        self._content_layout_now()
        for shown in (self.copy_extension_button, self.extension_text):
            self.scroll_area.ensureWidgetVisible(shown)
        return True

    def extension_message(self) -> str:
        """The message asking for more time, while it still fits the break ("" otherwise)."""
        return self.extension_text.toPlainText()

    def copy_extension(self) -> None:
        """Put the "I need more time" message on the clipboard.

        Edited words become the break's words too: they are what the partner is sent.
        """
        text = self.extension_message()
        QGuiApplication.clipboard().setText(text)
        if text.strip() and self._controller.active() is not None:
            # When it cannot be stored, the copy still worked; the words above stay as they were.
            with contextlib.suppress(StorageError):
                self._controller.set_bridge(text)

    def call_off(self) -> bool:
        """Ask, then end the break without a return (recorded as called off, not as kept).

        True when it was called off; then ``calledOff`` is emitted.
        """
        if self._controller.active() is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Call off this break?"),
            self.tr(
                "The countdown stops, and this break is saved as called off rather than as "
                "a return."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._controller.cancel()
        except StorageError as exc:
            self.call_off_error.setText(
                self.tr(
                    "The break could not be called off, so it is still running: {problem}\n"
                    "Try again in a moment."
                ).format(problem=exc)
            )
            self.call_off_error.setVisible(True)
            return False
        self.call_off_error.setVisible(False)
        self.calledOff.emit()
        return True

    # ----------------------------------------------------------------- internals
    def _status_text(self, agreement: ReturnAgreement, now: datetime) -> str:
        status = agreement.status(now)
        if status is BreakStatus.RUNNING:
            return self.tr("Take your time. Your return time is set.")
        if status is BreakStatus.WIND_DOWN:
            return self.tr("Nearly time. Start finding your way back.")
        if status is BreakStatus.DUE:
            return self.tr("It's time to go back.")
        late = math.floor(-agreement.remaining(now).total_seconds() / 60)
        return self.tr(
            "Your time was up {amount} ago. Go back now, or say how much longer you need."
        ).format(amount=amount_text(late))

    def _accessible_remaining(self, seconds: float) -> str:
        if seconds <= 0:
            return self.tr("Time is up")
        return self.tr("{amount} left").format(amount=amount_text(math.ceil(seconds / 60)))

    def _set_extension_text(self, text: str) -> None:
        self.extension_text.blockSignals(True)
        self.extension_text.setPlainText(text)
        self.extension_text.blockSignals(False)
        self._extension_edited = False

    def _extension_typed(self) -> None:
        self._extension_edited = True

    def _clear_extension(self) -> None:
        self._set_extension_text("")
        self._extension_for = None
        self.extension_text.setVisible(False)
        self.copy_extension_button.setVisible(False)

    def _drop_stale_extension(self, agreement: ReturnAgreement, now: datetime) -> None:
        """Take the more-time message away once it no longer fits the break.

        It names a return time and "in N minutes": another extension, a new status or (for
        words not edited by the person) a minute passing makes it wrong. The words stay in
        view above as what was said.
        """
        if self._extension_for is None:
            return
        return_at, minutes, status = self._extension_for
        stale = return_at != agreement.return_at or status is not agreement.status(now)
        if not self._extension_edited and minutes != _minutes_left(agreement, now):
            stale = True
        if stale:
            self._clear_extension()

    def _unsaved_extension_text(self, problem: StorageError) -> str:
        found = self._controller.active()
        if found is None:
            return self.tr("The extra time could not be saved: {problem}").format(problem=problem)
        when = self._controller.format_time(found[1].return_at)
        return self.tr(
            "The extra time could not be saved, so your return time is still {time}: "
            "{problem}\nTry again in a moment."
        ).format(time=when, problem=problem)

    def _sync_plan(self, record: BreakRecord) -> None:
        if record.plan != self._plan_ids:
            for box in self.plan_boxes.values():
                self.plan_area.removeWidget(box)
                box.deleteLater()
            self.plan_boxes = {}
            for item_id in record.plan:
                box = QCheckBox(plan_label(item_id), self._content)
                box.setObjectName(f"planDone_{item_id}")
                box.toggled.connect(self._plan_ticked)
                self.plan_area.addWidget(box)
                self.plan_boxes[item_id] = box
            self._plan_ids = tuple(record.plan)
        self.plan_title.setVisible(bool(record.plan))
        for item_id, box in self.plan_boxes.items():
            if box.isChecked() != (item_id in record.plan_done):
                box.blockSignals(True)
                box.setChecked(item_id in record.plan_done)
                box.blockSignals(False)

    def _plan_ticked(self, _on: bool) -> None:
        done = [item_id for item_id, box in self.plan_boxes.items() if box.isChecked()]
        try:
            self._controller.set_plan_done(done)
        except StorageError as exc:
            # The boxes always show what is stored: put the unsaved change back and say why.
            self.plan_error.setText(
                self.tr(
                    "That change to your plan could not be saved, so it is shown as before: "
                    "{problem}\nTry again in a moment."
                ).format(problem=exc)
            )
            self.plan_error.setVisible(True)
            found = self._controller.active()
            if found is not None:
                self._sync_plan(found[0])
            return
        self.plan_error.setVisible(False)

    def _toggle_more_time(self, shown: bool) -> None:
        self.more_time_panel.setVisible(shown)
        if shown:
            self._content_layout_now()
            self.scroll_area.ensureWidgetVisible(self.more_time_panel)
        else:
            self.extend_error.setVisible(False)
            self._clear_extension()

    def _content_layout_now(self) -> None:
        """Lay the scrolling body out at once, so it can be scrolled to what just appeared."""
        content = self._content
        content_layout = content.layout()
        if content_layout is not None:
            content_layout.activate()
        viewport = self.scroll_area.viewport()
        content.resize(viewport.width(), max(viewport.height(), content.minimumSizeHint().height()))

    def _break_changed(self) -> None:
        if self._controller.active() is None:
            self.plan_error.setVisible(False)
            self.call_off_error.setVisible(False)
            self.more_time_button.setChecked(False)
            self._clear_extension()
        self.refresh()

    def _ticked(self) -> None:
        # Out of sight nothing needs redrawing; showing the view redraws it.
        if self.isVisible():
            self.refresh()

    # ----------------------------------------------------------------- Qt events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()


def _minutes_left(agreement: ReturnAgreement, now: datetime) -> int:
    """Whole minutes left, as the "in N minutes" of a message says them (at least 1)."""
    return max(1, math.ceil(agreement.remaining(now).total_seconds() / 60))
