"""Help: how breaks work, breathing safely, and when a break is not the right tool."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from companion.core.content import load_localized
from companion.desktop.i18n import content_languages, content_roots


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def help_text(data_dir: Path | None = None, languages: tuple[str, ...] | None = None) -> str:
    """The help page (Markdown) in the UI's language, else English; a safe fallback if missing."""
    langs = content_languages() if languages is None else languages
    try:
        return load_localized(
            content_roots(data_dir), "help.md", langs, _read, (OSError, UnicodeDecodeError)
        ).value
    except (OSError, UnicodeDecodeError):
        return QCoreApplication.translate(
            "HelpDialog",
            "# Help\n\nBreaks are for heated talks between people who are safe with each "
            "other. If you are in danger, leave, go somewhere safe and call for help.",
        )


class HelpDialog(QDialog):
    """A readable page of guidance; Esc or Close shuts it."""

    def __init__(self, parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("How breaks work, and when not"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)  # nothing here leaves the computer
        self.browser.setMarkdown(help_text(data_dir))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
