"""A calm theme that follows the system's light or dark mode (or the user's choice)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from companion.ui.shell.palette import THEME_DARK, THEME_LIGHT
from companion.ui.shell.style import BorderStyle

THEMES = ("system", "light", "dark")


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    return bool(QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark)


def is_dark(choice: str) -> bool:
    """Whether ``choice`` ("system", "light" or "dark") resolves to dark right now."""
    if choice == "dark":
        return True
    if choice == "light":
        return False
    return system_prefers_dark()


def build_palette(dark: bool) -> QPalette:
    """The app's palette: soft contrast, no pure black or white, readable everywhere."""
    c = THEME_DARK if dark else THEME_LIGHT
    pal = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: c["window"],
        role.WindowText: c["text"],
        role.Base: c["base"],
        role.AlternateBase: c["alt"],
        role.Text: c["text"],
        role.Button: c["button"],
        role.ButtonText: c["text"],
        role.Highlight: c["highlight"],
        role.HighlightedText: c["highlight_text"],
        role.ToolTipBase: c["base"],
        role.ToolTipText: c["text"],
        role.PlaceholderText: c["muted"],
        role.Link: c["link"],
        role.BrightText: c["highlight_text"],
    }
    for r, value in pairs.items():
        pal.setColor(r, QColor(value))
    disabled = QColor(c["muted"])
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return pal


def apply_theme(app: QApplication, choice: str = "system") -> bool:
    """Apply the theme to ``app``; returns True when dark was chosen."""
    if choice not in THEMES:
        choice = "system"
    dark = is_dark(choice)
    if app.style().objectName() != "companionStyle":
        app.setStyle(BorderStyle())
    app.setPalette(build_palette(dark))
    return dark
