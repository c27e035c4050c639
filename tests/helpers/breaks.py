"""A pytest plugin: the set-up the break tests share (registered in ``tests/conftest.py``).

Fixtures: ``c_locale`` (times read "19:20"; ask for it with ``usefixtures``), ``german`` (the
app's German translation installed while the test runs), ``clock`` (a ManualClock at START),
``phrases`` (the shipped phrases) and ``controller`` (a BreakController on ``store`` and
``clock``). A test module's own fixture of the same name wins over these.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from companion.core.clock import ManualClock
from companion.core.phrases import Phrases, load_phrases
from companion.desktop.resources import assets_dir
from companion.services.breaks import BreakController
from companion.storage.store import Store

__all__ = ["START", "UTC", "c_locale", "clock", "controller", "phrases"]

UTC = timezone.utc
START = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)
"""When the break tests' clock starts: a 20-minute break is back at 19:20."""


@pytest.fixture
def c_locale(qapp: QApplication) -> Iterator[None]:
    """The C locale while the test runs, so times and numbers read the same everywhere."""
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def clock() -> ManualClock:
    """A clock the test moves by hand, at START."""
    return ManualClock(START)


@pytest.fixture
def phrases() -> Phrases:
    """The bridge sentences, openers and messages the app ships."""
    return load_phrases(assets_dir() / "guidance" / "phrases.toml")


@pytest.fixture
def controller(store: Store, clock: ManualClock) -> BreakController:
    """The break controller on the test's store and clock (no notifier, no chime)."""
    return BreakController(store, clock)
