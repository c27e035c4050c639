"""Questions that name their action, and whose safe answer is the default."""

from __future__ import annotations

from helpers.dialogs import answer_question
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shell.dialogs import confirm


def ask(parent: QWidget) -> bool:
    return confirm(
        parent, "Call off this break?", "The countdown stops.", action="Call off", keep="Keep"
    )


def test_the_answers_say_what_they_do(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []
    answer_question("Keep", seen)
    assert ask(parent) is False
    assert sorted(seen[0]) == ["Call off", "Keep"]
    answer_question("Call off", seen)
    assert ask(parent) is True


def test_enter_and_escape_keep_things_as_they_are(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):

        def press(key: Qt.Key = key) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, press)
                return
            qtbot.keyClick(box, key)

        QTimer.singleShot(0, press)
        assert ask(parent) is False
