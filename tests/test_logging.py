"""The log: a rotating file in the standard place, Qt's messages in it, and nothing personal."""

from __future__ import annotations

import ast
import logging
import os
import re
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, qWarning
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.phrases import load_phrases
from companion.desktop.logging_setup import (
    BACKUPS,
    LOG_NAME,
    MAX_BYTES,
    install_qt_message_handler,
    setup_logging,
)
from companion.desktop.resources import assets_dir
from companion.services.breaks import BreakController
from companion.storage.store import Store

PACKAGE = Path(__file__).resolve().parents[1] / "companion"
# Offscreen windows cannot pass size hints on; that is the test platform, not the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    logger = logging.getLogger("companion")
    level, handlers, propagate = logger.level, list(logger.handlers), logger.propagate
    yield
    logger.propagate = propagate
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


@pytest.fixture
def qt_to_log(qapp: QApplication) -> Iterator[None]:
    previous = install_qt_message_handler()
    yield
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(previous)


def flush() -> None:
    for handler in logging.getLogger("companion").handlers:
        handler.flush()


def test_the_log_file_is_in_the_standard_state_folder_and_private() -> None:
    path = setup_logging()
    assert path == Path(os.environ["XDG_STATE_HOME"]) / "companion" / LOG_NAME
    logging.getLogger("companion.test").info("started")
    flush()
    assert "INFO    companion.test: started" in path.read_text()
    assert path.stat().st_mode & 0o077 == 0
    assert path.parent.stat().st_mode & 0o077 == 0


def test_setting_up_twice_writes_each_line_once(tmp_path: Path) -> None:
    setup_logging(tmp_path / "a")
    path = setup_logging(tmp_path / "b")
    logging.getLogger("companion").warning("only once")
    flush()
    assert path.read_text().count("only once") == 1
    assert "only once" not in (tmp_path / "a" / LOG_NAME).read_text()


def test_the_file_rotates_and_keeps_three_old_ones(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    setup_logging(folder)
    logger = logging.getLogger("companion.test")
    logging.getLogger("companion").propagate = False  # keep them out of pytest's capture
    line = "x" * 1000
    for _ in range(int(MAX_BYTES * (BACKUPS + 2) / 1000)):
        logger.info(line)
    flush()
    files = sorted(p.name for p in folder.iterdir())
    assert files == [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, BACKUPS + 1))]
    for file in folder.iterdir():
        assert file.stat().st_size <= MAX_BYTES


def test_an_unwritable_log_folder_is_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    setup_logging(blocker / "logs")
    logging.getLogger("companion").info("still running")
    assert "cannot write the log file" in capsys.readouterr().err


def test_qt_messages_go_into_the_log(tmp_path: Path, qt_to_log: None) -> None:
    path = setup_logging(tmp_path)
    qWarning("a warning from inside Qt")
    flush()
    assert re.search(r"WARNING companion\.qt: \[\w+\] a warning from inside Qt", path.read_text())


def test_notes_and_bridge_sentences_never_reach_the_log(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, qt_to_log: None
) -> None:
    """The user's own words: a check-in note and the sentence said to the partner."""
    from companion.services.checkins import CheckinService
    from companion.ui.checkin.checkin_view import CheckinView
    from companion.ui.pause.break_flow import BreakFlow

    QLocale.setDefault(QLocale.c())
    path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    note = f"note-{uuid.uuid4().hex}"
    bridge = f"bridge-{uuid.uuid4().hex}"
    later = f"later-{uuid.uuid4().hex}"
    clock = ManualClock(datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1))))
    store = Store.open(data_dir, now=clock.now())
    try:
        checkin = CheckinView(CheckinService(store), clock, None)
        qtbot.addWidget(checkin)
        checkin.show()
        checkin.wheel.setFocus()
        qtbot.keyClick(checkin.wheel, Qt.Key.Key_2)
        checkin.set_note(note)
        assert checkin.save() is not None

        controller = BreakController(store, clock)
        flow = BreakFlow(controller, load_phrases(assets_dir() / "guidance" / "phrases.toml"))
        qtbot.addWidget(flow)
        flow.show()
        flow.bridge_edit.clear()
        qtbot.keyClicks(flow.bridge_edit, bridge)
        assert flow.start_break()
        controller.ask_for_more_time(600, (later + " {return_time}",))
        clock.advance(30 * 60)
        controller.check()
        controller.mark_returned()

        assert [c.note for c in store.checkins()] == [note]  # it was really saved
        saved = store.breaks()[0]
        assert saved.bridge == bridge and later in saved.more_time[0]
    finally:
        store.close()
    logging.getLogger("companion.test").info("end of the session")
    flush()
    text = path.read_text(encoding="utf-8")
    assert "end of the session" in text  # the log was listening all along
    for secret in (note, bridge, later):
        assert secret not in text
        assert secret[-12:] not in text


SENSITIVE = re.compile(r"note|bridge|phrase|sentence|opener|plan", re.IGNORECASE)
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}


def _names(node: ast.AST) -> Iterator[str]:
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            yield child.id
        elif isinstance(child, ast.Attribute):
            yield child.attr


def test_no_log_call_in_the_code_is_handed_the_users_words() -> None:
    """A second guard: no logging call gets a variable named like user text."""
    offenders = []
    for file in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            target = node.func.value
            receiver = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
            if node.func.attr not in LOG_METHODS or not re.search("log", receiver, re.I):
                continue
            for arg in [*node.args[1:], *(k.value for k in node.keywords)]:
                if any(SENSITIVE.search(name) for name in _names(arg)):
                    offenders.append(f"{file.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
