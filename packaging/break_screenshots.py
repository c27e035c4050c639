"""Make the screenshots of the break journey in docs/screenshots/ from the real window.

Runs offscreen (no display needed) with a fixed clock, so the pictures come out the same each
time: the break screen, the countdown, overdue and the return step, in the light and dark
themes, at 640 x 480 and 1920 x 1080.

    python packaging/break_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ((640, 480), (1920, 1080))
THEMES = ("light", "dark")
START = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)


def _settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def _steps(window: object, clock: object) -> list[tuple[str, Callable[[], None]]]:
    from companion.core.clock import ManualClock
    from companion.ui.pause.break_page import BreakPage
    from companion.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow) and isinstance(clock, ManualClock)
    page = window.page("break")
    assert isinstance(page, BreakPage)

    def countdown() -> None:
        assert page.flow.start_break()
        clock.advance(7 * 60 + 25)
        window.services.breaks.check()

    def overdue() -> None:
        clock.advance(20 * 60)
        window.services.breaks.check()
        page.countdown.refresh()

    return [
        ("break", lambda: window.take_break()),
        ("countdown", countdown),
        ("overdue", overdue),
        ("return", page.show_return),
    ]


def shoot(out_dir: Path) -> list[Path]:
    """Save every picture; returns their paths."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from companion.app import build_main_window, ensure_application
    from companion.core.clock import ManualClock
    from companion.ui.shell.theme import STYLE_SHEET, apply_theme

    app = ensure_application()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for theme in THEMES:
        for width, height in SIZES:
            with tempfile.TemporaryDirectory() as data:
                clock = ManualClock(START)
                window = build_main_window(Path(data), clock=clock)
                apply_theme(app, theme)
                app.setStyleSheet(STYLE_SHEET)
                window.resize(width, height)
                window.show()
                for name, step in _steps(window, clock):
                    step()
                    _settle(app)
                    path = out_dir / f"break-{name}-{theme}-{width}x{height}.png"
                    window.grab().save(str(path))
                    saved.append(path)
                if window.services.breaks.active() is not None:
                    window.services.breaks.cancel()
                window.close()
                window.deleteLater()
                QApplication.processEvents()
    return saved


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent.parent / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as home:
        os.environ["HOME"] = home  # settings of the person running it are never touched
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        for path in shoot(out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
