"""Shared test set-up: Qt offscreen, every path (data, settings, logs) inside tmp_path."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.services.container import DataServices
from companion.storage.store import Store

# Offscreen unless a test run asks for a real display (the e2e tests start Xvfb themselves).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")
# Keep Qt's own font and runtime warnings quiet and deterministic in a bare container.
os.environ.setdefault(
    "XDG_RUNTIME_DIR", str(Path("/tmp") / f"companion-test-runtime-{os.getuid()}")
)
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)

sys.path.insert(0, str(Path(__file__).parent))

pytest_plugins = [
    "helpers.figures",  # one summary line per measured figure, at the end
    "helpers.breaks",  # the break tests' clock, phrases and controller
    "helpers.german",  # the shipped German translation and German number formats
]


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config and log locations at tmp_path so no test touches a real home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    data = tmp_path / "data"
    monkeypatch.setenv("COMPANION_DATA_DIR", str(data))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        return data
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))
    return data


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The data directory the app under test uses (not created yet)."""
    return tmp_path / "data"


@pytest.fixture
def stores(data_dir: Path) -> Iterator[list[Store]]:
    """Every store a test opens on data_dir (opening again is a restart); all closed after."""
    opened: list[Store] = []
    yield opened
    for store in opened:
        store.close()


@pytest.fixture
def store(stores: list[Store], data_dir: Path) -> Store:
    """The store on data_dir, closed after the test."""
    opened = Store.open(data_dir)
    stores.append(opened)
    return opened


@pytest.fixture
def data(store: Store) -> DataServices:
    """The data services over ``store``, as the app builds them."""
    return DataServices.for_store(store)


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test() -> Iterator[None]:
    """Close for good every main window a test leaves open.

    A window with a break running only hides to the tray when closed, so the plain close at
    the end of a test keeps it alive and shown; later tests would then find it in front of
    their own widgets. ``quit_window_only`` closes past that guard.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return  # nothing Qt ran in this test
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from companion.ui.shell.main_window import MainWindow

    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.quit_window_only()
            widget.deleteLater()
