"""What was said during the break: the latest words to copy, the earlier ones to read.

The words said when leaving and each message asking for more time are kept apart. The
latest one names the return time the countdown uses; it is the one offered to copy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.services.breaks import BreakRecord
from companion.ui.pause.break_widgets import announce, fold_button, scaled_font

__all__ = ["SaidWords"]


def _words_label(parent: QWidget, name: str, scale: float) -> QLabel:
    """Readable, selectable plain text; its accessible name is the text itself."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(scaled_font(label, scale))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SaidWords(QWidget):
    """The latest words with one Copy button, and the earlier words folded beneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saidWords")
        self._latest_kind = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("latestWordsTitle")
        layout.addWidget(self.title)
        row = self._row = QHBoxLayout()
        self.latest_label = _words_label(self, "bridgeSentence", 1.25)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyCountdownBridgeButton")
        self.copy_button.setToolTip(self.tr("Copy these words, to send them as a message"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.latest_label, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("countdownCopiedLabel")
        self.copied_label.setWordWrap(True)
        layout.addWidget(self.copied_label)
        self.earlier_toggle = fold_button(self, "earlierWordsToggle", "")
        self.earlier_toggle.toggled.connect(self._fold)
        layout.addWidget(self.earlier_toggle)
        self.earlier_panel = QWidget(self)
        self.earlier_panel.setObjectName("earlierWords")
        self._earlier_layout = QVBoxLayout(self.earlier_panel)
        self._earlier_layout.setContentsMargins(12, 0, 0, 0)
        self.earlier_labels: list[QLabel] = []
        self.earlier_panel.setVisible(False)
        layout.addWidget(self.earlier_panel)

    def add_action(self, button: QPushButton) -> None:
        """Another button beside Copy (e.g. Share), shown with the words."""
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def latest(self) -> str:
        """The words offered to copy ("" when none were kept)."""
        return self.latest_label.text()

    def earlier(self) -> list[str]:
        """The earlier words, oldest first."""
        return [label.text() for label in self.earlier_labels]

    def show_record(self, record: BreakRecord) -> None:
        """Show what was said in this break: leaving words, then each "more time" message."""
        said = [text for text in (record.bridge, *record.more_time) if text]
        latest = said[-1] if said else ""
        kind = "more" if record.more_time else "left"
        if latest != self.latest_label.text() or kind != self._latest_kind:
            self.copied_label.clear()
        self._latest_kind = kind
        self.title.setText(
            self.tr("What you said when asking for more time:")
            if record.more_time
            else self.tr("What you said when you left:")
        )
        self.latest_label.setText(latest)
        self.copy_button.setAccessibleName(self.tr("Copy: {words}").format(words=latest))
        for widget in (self.title, self.latest_label, self.copy_button):
            widget.setVisible(bool(latest))
        self._show_earlier(said[:-1])

    def copy(self) -> None:
        """Put the latest words on the clipboard, and say so."""
        QGuiApplication.clipboard().setText(self.latest())
        done = self.tr("Copied. You can paste it into a message.")
        self.copied_label.setText(done)
        announce(self.copied_label, done)

    def _show_earlier(self, earlier: list[str]) -> None:
        if earlier != self.earlier():
            for label in self.earlier_labels:
                self._earlier_layout.removeWidget(label)
                label.deleteLater()
            self.earlier_labels = []
            for n, text in enumerate(earlier):
                label = _words_label(self.earlier_panel, f"earlierWords{n}", 1.0)
                label.setText(text)
                self._earlier_layout.addWidget(label)
                self.earlier_labels.append(label)
        self.earlier_toggle.setText(self.tr("Earlier words ({n})").format(n=len(earlier)))
        self.earlier_toggle.setVisible(bool(earlier))
        if not earlier:
            self.earlier_toggle.setChecked(False)

    def _fold(self, shown: bool) -> None:
        self.earlier_panel.setVisible(shown)
