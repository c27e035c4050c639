"""Help: how breaks work, breathing safely, and when a break is not the right tool."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from companion.desktop.resources import assets_dir


def help_text() -> str:
    """The help page (Markdown) from the assets; a short safe fallback if it is missing."""
    try:
        return (assets_dir() / "guidance" / "help.md").read_text(encoding="utf-8")
    except OSError:
        return (
            "# Help\n\nBreaks are for heated talks between people who are safe with each "
            "other. If you are in danger, leave, go somewhere safe and call for help."
        )


class HelpDialog(QDialog):
    """A readable page of guidance; Esc or Close shuts it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("How breaks work, and when not"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(self.tr("Guidance"))
        self.browser.setOpenLinks(False)  # nothing here leaves the computer
        self.browser.setMarkdown(help_text())
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
