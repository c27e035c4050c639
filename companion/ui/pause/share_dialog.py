"""Sharing the return time without a network: a QR code of the words, or a calendar file.

Both carry the same return time the countdown uses, and nothing else: the QR code holds
exactly the sentence shown under it, the calendar file one event ending at the return time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import segno
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.ical import calendar_text
from companion.core.paste import FoundReturn, find_return_time

__all__ = ["QR_MIN_PIXELS", "ShareDialog", "qr_image"]

QR_MIN_PIXELS = 320
"""The QR code is drawn at least this many pixels wide, so a phone camera can read it."""
_QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_image(text: str, min_pixels: int = QR_MIN_PIXELS) -> QImage:
    """A black-on-white QR code of ``text`` (UTF-8), whole pixels per module, quiet zone."""
    code = segno.make_qr(text, error="m", boost_error=False)
    matrix = code.matrix
    modules = len(matrix) + 2 * _QUIET_ZONE
    scale = max(4, -(-min_pixels // modules))  # round up: never smaller than asked
    side = modules * scale
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + _QUIET_ZONE) * scale, (y + _QUIET_ZONE) * scale
                for line in range(top, top + scale):
                    for column in range(left, left + scale):
                        image.setPixel(column, line, 0)
    return image


def _ask_where_to_save(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ShareDialog", "Save the return time to a calendar file"),
        suggested,
        QCoreApplication.translate("ShareDialog", "Calendar files (*.ics)"),
    )
    return path or None


class ShareDialog(QDialog):
    """Show the words as a QR code, or save the return time as a calendar file.

    ``ask_path`` chooses where the file goes (a file dialog by default; tests pass their own).
    """

    def __init__(
        self,
        sentence: str,
        started: datetime,
        deadline: datetime,
        uid: str,
        parent: QWidget | None = None,
        *,
        when_text: str = "",
        now: datetime | None = None,
        ask_path: Callable[[QWidget, str], str | None] = _ask_where_to_save,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share the return time"))
        self._sentence = self._with_time(sentence, deadline, now or started, when_text)
        self._started, self._deadline, self._uid = started, deadline, uid
        self._ask_path = ask_path
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your partner can scan this with a phone camera, or open the calendar file, "
                "to see when you'll be back. Nothing is sent anywhere."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.qr_label = QLabel(self)
        self.qr_label.setObjectName("qrCode")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setAccessibleName(self.tr("QR code of the words below"))
        self.qr_label.setVisible(False)
        layout.addWidget(self.qr_label)
        self.sentence_label = QLabel(self._sentence, self)
        self.sentence_label.setObjectName("sharedSentence")
        self.sentence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sentence_label)
        row = QHBoxLayout()
        self.qr_button = QPushButton(self.tr("Show as QR code"), self)
        self.qr_button.setObjectName("showQrButton")
        self.qr_button.clicked.connect(self.show_qr)
        self.calendar_button = QPushButton(self.tr("Add to calendar…"), self)
        self.calendar_button.setObjectName("addToCalendarButton")
        self.calendar_button.clicked.connect(self.save_calendar)
        row.addWidget(self.qr_button)
        row.addWidget(self.calendar_button)
        layout.addLayout(row)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("shareStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _with_time(self, sentence: str, deadline: datetime, now: datetime, when_text: str) -> str:
        """The words as they are when they already promise ``deadline``; else with it added.

        Words edited until they no longer say the time would share a promise without one.
        """
        found = find_return_time(sentence, now)
        promised = isinstance(found, FoundReturn) and (
            abs(found.request.deadline - deadline) < timedelta(minutes=1)
        )
        if promised or not when_text:
            return sentence
        said = self.tr("I'll be back at {time}.").format(time=when_text)
        return f"{sentence.strip()} {said}".strip()

    def sentence(self) -> str:
        """The exact words the QR code holds."""
        return self._sentence

    def show_qr(self) -> None:
        """Draw the QR code of the sentence, large enough to scan."""
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(self._sentence)))
        self.qr_label.setVisible(True)
        self.adjustSize()

    def calendar_text(self) -> str:
        """The calendar file's text: one event ending at the return time, an alarm before."""
        return calendar_text(
            start=self._started,
            deadline=self._deadline,
            uid=self._uid,
            summary=self.tr("Back together"),
            alarm=self.tr("Your partner will be back in 5 minutes"),
        )

    def save_calendar(self) -> Path | None:
        """Ask where, then write the calendar file there; says what happened either way."""
        chosen = self._ask_path(self, str(Path.home() / self.tr("return-time.ics")))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            path.write_bytes(self.calendar_text().encode("utf-8"))
        except OSError as exc:
            self.status_label.setText(
                self.tr("The calendar file could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            return None
        self.status_label.setText(self.tr("Saved to {path}.").format(path=str(path)))
        return path
