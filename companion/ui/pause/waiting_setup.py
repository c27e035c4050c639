"""Starting to wait: the time the partner gave, typed, pasted from their message, or from a file.

Whatever the source, the time understood is shown first and used only when the person says
so. A text without one clear time gets one clear message; nothing is guessed.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import RequestKind, ReturnRequest, ReturnTimeError
from companion.core.paste import FoundReturn
from companion.services.breaks import BreakAlreadyRunning, StorageError, amount_text
from companion.services.waiting import WaitingService, error_words
from companion.ui.pause.break_widgets import hidden_note, scaled_font, titled_scroll_page
from companion.ui.pause.submit_edit import SubmitTextEdit
from companion.ui.pause.time_input import locale_time_formats

__all__ = ["WaitingSetup"]


class WaitingSetup(QWidget):
    """Asks when the partner will be back. Emits ``started`` and ``dismissed`` ("Not now")."""

    started = Signal()
    dismissed = Signal()

    def __init__(self, waiting: WaitingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingSetup")
        self.setAcceptDrops(True)
        self._waiting = waiting
        self._pending: tuple[ReturnRequest, str] | None = None
        self._build()

    def _build(self) -> None:
        outer, body, layout = titled_scroll_page(self, self.tr("Your partner is taking a break"))
        intro = QLabel(
            self.tr(
                "A pause with a time is a promise to come back, not a goodbye. "
                "Set the time they gave, and Companion keeps it with you."
            ),
            body,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("When did they say they'd be back?"), body))
        self.time_edit = QLineEdit(body)
        self.time_edit.setObjectName("partnerTimeEdit")
        self.time_edit.setPlaceholderText(self.tr("like 19:30 or 20 min"))
        self.time_edit.setAccessibleName(self.tr("When your partner will be back"))
        self.time_edit.textEdited.connect(self._typed)
        self.time_edit.returnPressed.connect(self.use_time)
        layout.addWidget(self.time_edit)
        self._build_sources(body, layout)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.not_now_button = QPushButton(self.tr("Not now"), self)
        self.not_now_button.setObjectName("waitNotNowButton")
        self.not_now_button.clicked.connect(lambda: self.dismissed.emit())
        self.use_button = QPushButton(self.tr("Use this time"), self)
        self.use_button.setObjectName("useTimeButton")
        self.use_button.setFont(scaled_font(self.use_button, 1.2))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use_time)
        buttons.addWidget(self.not_now_button)
        buttons.addWidget(self.use_button, 1)
        outer.addLayout(buttons)

    def _build_sources(self, body: QWidget, layout: QVBoxLayout) -> None:
        """Their message or a calendar file, and what was understood from it."""
        layout.addWidget(QLabel(self.tr("Or paste the message they sent:"), body))
        self.paste_edit = SubmitTextEdit(
            body, name="pastedMessageEdit", accessible_name=self.tr("Your partner's message")
        )
        self.paste_edit.setMaximumHeight(110)
        self.paste_edit.submitted.connect(self.read_message)
        layout.addWidget(self.paste_edit)
        row = QHBoxLayout()
        self.read_button = QPushButton(self.tr("Find the time"), body)
        self.read_button.setObjectName("readMessageButton")
        self.read_button.setToolTip(self.tr("Find the return time in the message (Ctrl+Enter)"))
        self.read_button.clicked.connect(self.read_message)
        self.calendar_button = QPushButton(self.tr("Open a calendar file…"), body)
        self.calendar_button.setObjectName("openCalendarButton")
        self.calendar_button.setToolTip(
            self.tr("A calendar file your partner shared; or drop it here")
        )
        self.calendar_button.clicked.connect(lambda: self.open_calendar())
        row.addWidget(self.read_button)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.understood_label = QLabel(body)
        self.understood_label.setObjectName("understoodLabel")
        self.understood_label.setWordWrap(True)
        self.understood_label.setFont(scaled_font(self.understood_label, 1.2))
        layout.addWidget(self.understood_label)
        self.error_label = hidden_note(body, "waitErrorLabel")
        layout.addWidget(self.error_label)

    # ----------------------------------------------------------------- public
    def reset(self) -> None:
        """Empty, as when first opened."""
        self.time_edit.clear()
        self.paste_edit.clear()
        self._set_pending(None)
        self._show_error("")

    def prefill(self, text: str) -> None:
        """A time given on the command line (``companion wait 19:30``)."""
        self.time_edit.setText(text)
        self._typed(text)

    def pending(self) -> ReturnRequest | None:
        """The time understood and waiting to be confirmed, if any."""
        return self._pending[0] if self._pending else None

    def read_message(self) -> bool:
        """Find the time in the pasted message and show it; False (with the reason) if none."""
        text = self.paste_edit.toPlainText()
        found = self._waiting.read_message(text, self._formats())
        if not isinstance(found, FoundReturn):
            self._set_pending(None)
            self._show_error(found)
            return False
        self.time_edit.clear()
        self._understood(found.request, text, found.words)
        self.use_button.setFocus()  # the question is now "use this time?"
        return True

    def open_calendar(self, path: Path | str | None = None) -> bool:
        """Read the return time from a calendar file (asks which one when not given)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a calendar file"), "", self.tr("Calendar files (*.ics)")
            )
            if not chosen:
                return False
            path = chosen
        found = self._waiting.read_calendar_file(Path(path))
        if isinstance(found, str):
            self._set_pending(None)
            self._show_error(found)
            return False
        self._understood(found, "", "")
        self.use_button.setFocus()
        return True

    def use_time(self) -> bool:
        """Start waiting for the time shown; True when the waiting break is stored."""
        if self._pending is None:
            if not self.time_edit.text().strip() and not self.paste_edit.toPlainText().strip():
                self._show_error(self.tr("Type the time they gave, or paste their message."))
            return False
        request, message = self._pending
        try:
            self._waiting.start(request, message)
        except (ReturnTimeError, StorageError) as exc:
            self._show_error(error_words(exc))
            return False
        except BreakAlreadyRunning:
            self._show_error(self.tr("A break is already running."))
            return False
        self.reset()
        self.started.emit()
        return True

    # ----------------------------------------------------------------- internals
    def _formats(self) -> tuple[str, ...]:
        return locale_time_formats(QLocale())

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._set_pending(None)
            self._show_error("")
            return
        found = self._waiting.read_typed(text, self._formats())
        if isinstance(found, str):
            self._set_pending(None)
            self._show_error(found)
        else:
            self._understood(found, "", "")

    def _understood(self, request: ReturnRequest, message: str, words: str) -> None:
        controller = self._waiting.controller
        when = controller.format_time(request.deadline)
        if request.kind is RequestKind.DURATION:
            minutes = max(1, math.ceil(request.duration.total_seconds() / 60))
            text = self.tr("Back at {time}, {amount} from now.").format(
                time=when, amount=amount_text(minutes)
            )
        else:
            text = self.tr("Back at {time}.").format(time=when)
        if words:
            text += " " + self.tr("Read from “{words}”.").format(words=words)
        self._show_error("")
        self._set_pending((request, message))
        self.understood_label.setText(text + " " + self.tr("Use this time?"))

    def _set_pending(self, pending: tuple[ReturnRequest, str] | None) -> None:
        self._pending = pending
        self.use_button.setEnabled(pending is not None)
        if pending is None:
            self.understood_label.setText("")

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            self.open_calendar(files[0])
        elif mime.hasText():
            self.paste_edit.setPlainText(mime.text())
            self.read_message()
        event.acceptProposedAction()
