"""Every shipped language: content files complete, and a user's journey with no English in it.

The English sources are the template ``companion.ts`` and the English content files; a visible
text that equals (or contains) one of them, where the language has its own words, is English
that slipped through.
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.phrases import load_phrases
from companion.core.states import load_guidance
from companion.desktop.i18n import install_translators, remove_translators

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
GUIDANCE = ROOT / "assets" / "guidance"
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("de", "fr")
LOCALES = {"de": "de_DE", "fr": "fr_FR"}
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def shape(value: object) -> object:
    """The structure of a TOML value: table keys, list lengths; texts reduced to their kind."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


def placeholders(value: object) -> list[str]:
    text = repr(value)
    return sorted(re.findall(r"\{return_time\}", text))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", ["states.toml", "phrases.toml"])
def test_each_content_file_loads_and_has_the_same_keys_as_english(lang: str, name: str) -> None:
    english = tomllib.loads((GUIDANCE / name).read_text(encoding="utf-8"))
    translated_file = GUIDANCE / lang / name
    translated = tomllib.loads(translated_file.read_text(encoding="utf-8"))
    assert shape(translated) == shape(english)
    load = load_guidance if name == "states.toml" else load_phrases
    load(translated_file)  # the app's own checks pass
    if name == "states.toml":
        for state, table in english["states"].items():
            theirs = translated["states"][state]
            assert theirs["suggested_preset"] == table["suggested_preset"]
            assert theirs["suggested_minutes"] == table["suggested_minutes"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_help_has_the_same_sections_and_keeps_the_safety_words(lang: str) -> None:
    english = (GUIDANCE / "help.md").read_text(encoding="utf-8")
    translated = (GUIDANCE / lang / "help.md").read_text(encoding="utf-8")
    assert len(re.findall(r"^# ", translated, re.M)) == len(re.findall(r"^# ", english, re.M))
    assert len(re.findall(r"^\d\. ", translated, re.M)) == len(re.findall(r"^\d\. ", english, re.M))
    assert translated.count("**") == english.count("**")


def english_sources(lang: str) -> tuple[set[str], list[str]]:
    """(whole UI strings that ``lang`` words differently, English content sentences).

    A word both languages share ("Pause" is German for a break) is not counted as English.
    """
    ui: set[str] = set()
    translated: set[str] = set()
    for message in ET.parse(I18N / f"companion_{lang}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation")
        translated.add((translation or "").replace("&", ""))
        if translation not in (source, None) and len(source) > 3:
            ui.add(source.replace("&", ""))
    ui -= translated
    content: list[str] = []
    states = tomllib.loads((GUIDANCE / "states.toml").read_text(encoding="utf-8"))
    for table in states["states"].values():
        content += [table["description"], *table["body_signs"], *table["helps"]]
    phrases = load_phrases(GUIDANCE / "phrases.toml")
    for flavour in ("neutral", "pursuer", "distancer", "extension", "openers"):
        content += [t.split("{", 1)[0] for t in getattr(phrases, flavour)]
    for pair in phrases.protest_need:
        content += [pair.protest, pair.need]
    help_md = (GUIDANCE / "help.md").read_text(encoding="utf-8")
    content += [line.strip("#*0123456789. ") for line in help_md.splitlines() if len(line) > 20]
    return ui, [c for c in content if len(c.strip()) > 8]


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        texts += [widget.toolTip(), widget.accessibleName()]
    return [t.replace("&", "") for t in texts if t.strip()]


def english_in(texts: list[str], lang: str) -> list[str]:
    ui, content = english_sources(lang)
    found = [t for t in texts if t in ui]
    found += [t for t in texts for sentence in content if sentence in t]
    return found


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    previous = QLocale()
    QLocale.setDefault(QLocale(LOCALES[lang]))
    loaded = install_translators(qapp, QLocale(LOCALES[lang]))
    assert any(p.endswith(f"companion_{lang}.qm") for p in loaded)
    yield lang
    remove_translators(qapp)
    QLocale.setDefault(previous)


def test_the_journey_from_check_in_to_return_has_no_english(
    qtbot: QtBot, language: str, data_dir: Path
) -> None:
    from companion.app import build_main_window

    clock = ManualClock()
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    window.show()
    assert window.services.startup_notes == []
    seen: dict[str, list[str]] = {}
    seen["first start"] = visible_texts(window)
    seen["menus"] = [
        item.text().replace("&", "")
        for menu in window.menuBar().actions()
        for item in [menu, *(menu.menu().actions() if menu.menu() else [])]
        if item.text()
    ]

    checkin = window.show_area("checkin")
    checkin.wheel.set_selection("fawn", 4)
    seen["check-in card"] = visible_texts(checkin)

    window.take_break()
    flow = window.findChild(QWidget, "breakFlow")
    seen["break flow"] = visible_texts(flow)
    window.findChild(QAbstractButton, "startBreakButton").click()
    countdown = window.findChild(QWidget, "countdownView")
    seen["countdown"] = visible_texts(countdown)
    bridge = window.findChild(QLabel, "bridgeSentence").text()
    back_at = (clock.now() + timedelta(minutes=20)).astimezone()
    expected_time = QLocale().toString(back_at.time(), QLocale.FormatType.ShortFormat)
    assert expected_time in bridge, "the bridge sentence says the time as this locale writes it"

    window.findChild(QAbstractButton, "moreTimeButton").click()
    window.findChild(QAbstractButton, "extend10Button").click()
    asked = window.findChild(QLabel, "bridgeSentence")  # the latest words: the new message
    assert asked is not None and asked.isVisibleTo(countdown)
    assert (
        QLocale().toString((back_at + timedelta(minutes=10)).time(), QLocale.FormatType.ShortFormat)
        in asked.text()
    )
    seen["asking for more time"] = visible_texts(countdown)

    clock.advance(30 * 60)
    qtbot.mouseClick(window.findChild(QAbstractButton, "imBackButton"), Qt.MouseButton.LeftButton)
    seen["return step"] = visible_texts(window.findChild(QWidget, "returnView"))

    from companion.ui.shell.help_dialog import HelpDialog

    help_dialog = HelpDialog(window, data_dir)
    qtbot.addWidget(help_dialog)
    seen["help"] = visible_texts(help_dialog)
    window.services.breaks.cancel()

    leaks = {where: english_in(texts, language) for where, texts in seen.items()}
    assert {where: found for where, found in leaks.items() if found} == {}
    assert all(seen.values()), "every screen was looked at"


def test_a_broken_translation_in_the_user_s_folder_is_reported_and_the_next_copy_used(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    from companion.app import build_main_window

    own = data_dir / "guidance" / "de"
    own.mkdir(parents=True)
    (own / "states.toml").write_text("[states\n", encoding="utf-8")
    install_translators(qapp, QLocale("de_DE"))
    try:
        window = build_main_window(data_dir, clock=ManualClock())
        qtbot.addWidget(window)
        (note,) = window.services.startup_notes
        assert str(own / "states.toml") in note and "TOML" in note
        guidance = window.services.guidance
        assert guidance is not None
        assert guidance == load_guidance(GUIDANCE / "de" / "states.toml")
        assert window.services.phrases == load_phrases(GUIDANCE / "de" / "phrases.toml")
    finally:
        remove_translators(qapp)


def cut_short(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        one_line = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap()
        )
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        if one_line and text and widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{widget.objectName() or type(widget).__name__}: {text!r}")
    return found


def test_at_the_smallest_window_no_label_or_button_is_cut_short(
    qtbot: QtBot, language: str, data_dir: Path
) -> None:
    from companion.app import build_main_window

    window = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(window)
    window.show()
    window.resize(window.minimumSizeHint())
    seen = {}
    window.show_area("checkin")
    seen["check-in"] = cut_short(window)
    window.take_break()
    seen["break flow"] = cut_short(window)
    window.findChild(QAbstractButton, "startBreakButton").click()
    seen["countdown"] = cut_short(window)
    window.services.breaks.cancel()
    assert {where: found for where, found in seen.items() if found} == {}


def test_doctor_checks_every_translation_and_the_user_s_own_copies(data_dir: Path) -> None:
    from helpers.run import run_companion

    own = data_dir / "guidance" / "fr"
    own.mkdir(parents=True)
    (own / "phrases.toml").write_text('[bridge]\nneutral = ["À tout à l\'heure."]\n')
    result = run_companion("doctor", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for lang in LANGUAGES:
        for label in ("States guide", "Phrases"):
            assert any(line.startswith(f"{label} ({lang}):") and "ok (" in line for line in lines)
    (mine,) = [line for line in lines if line.startswith("Phrases (yours, fr):")]
    assert "PROBLEM" in mine and str(own / "phrases.toml") in mine


def test_doctor_names_a_translation_file_that_went_missing(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A shipped language folder without one of its files is a packaging fault to point out."""
    from companion.desktop import doctor, i18n

    assets = tmp_path / "assets"
    shutil.copytree(GUIDANCE, assets / "guidance")
    (assets / "guidance" / "fr" / "help.md").unlink()
    monkeypatch.setattr(doctor, "assets_dir", lambda: assets)
    monkeypatch.setattr(i18n, "assets_dir", lambda: assets)
    assert doctor.run_doctor(data_dir) == 0, "English is there, so the app can still run"
    lines = capsys.readouterr().out.splitlines()
    (help_fr,) = [line for line in lines if line.startswith("Help (fr):")]
    assert "PROBLEM" in help_fr and "missing" in help_fr
    assert any(line.startswith("Help (de):") and "ok (" in line for line in lines)


def test_a_broken_own_copy_is_named_in_the_user_s_language_and_the_app_s_own_is_used(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    from companion.app import build_main_window

    own = data_dir / "guidance"
    own.mkdir(parents=True)
    (own / "phrases.toml").write_text("[bridge]\nneutral = 3\n", encoding="utf-8")
    install_translators(qapp, QLocale("fr_FR"))
    try:
        (own / "fr").mkdir()
        (own / "fr" / "phrases.toml").write_text("pas du TOML", encoding="utf-8")
        window = build_main_window(data_dir, clock=ManualClock())
        qtbot.addWidget(window)
        notes = window.services.startup_notes
        assert len(notes) == 2, notes
        expected = (own / "fr" / "phrases.toml", own / "phrases.toml")
        for note, path in zip(notes, expected, strict=True):
            assert note.startswith("Ta propre version") and str(path) in note, note
        assert window.services.phrases == load_phrases(GUIDANCE / "fr" / "phrases.toml")
    finally:
        remove_translators(qapp)
