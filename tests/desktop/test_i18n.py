"""Translations: the user's language is loaded at start-up and the German one is complete."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.desktop.i18n import install_translators, remove_translators, translations_dir

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("de", "fr")
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> element of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translation(ts: Path, context: str, source: str) -> str:
    element = messages(ts)[(context, source)].find("translation")
    assert element is not None and element.text
    return element.text


@pytest.fixture
def clean_translators(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    remove_translators(qapp)


def test_german_is_loaded_for_a_german_locale_and_used_by_the_window(
    qtbot: QtBot, clean_translators: QApplication, data_dir: Path
) -> None:
    from companion.app import build_main_window

    loaded = install_translators(clean_translators, QLocale("de_DE"))
    names = [Path(p).name for p in loaded]
    assert "companion_de.qm" in names
    window = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(window)
    expected = translation(I18N / "companion_de.ts", "MainWindow", "Take a break")
    assert expected != "Take a break"
    assert window.take_break_button.text() == expected
    assert window.windowTitle() == "Companion"


def test_qt_s_own_texts_come_in_german_too(clean_translators: QApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    loaded = install_translators(clean_translators, QLocale("de_DE"))
    if not any(Path(p).name.startswith("qtbase_") for p in loaded):
        pytest.skip("this Qt has no qtbase translations installed")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    box.deleteLater()


def test_a_language_without_a_file_stays_english(
    qtbot: QtBot, clean_translators: QApplication, data_dir: Path
) -> None:
    from companion.app import build_main_window

    install_translators(clean_translators, QLocale("de_DE"))
    loaded = install_translators(clean_translators, QLocale("en_GB"))  # replaces German
    assert not any(Path(p).name.startswith("companion_") for p in loaded)
    window = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(window)
    assert window.take_break_button.text() == "Take a break"


def test_the_system_language_is_picked_up_at_start_up(tmp_path: Path) -> None:
    """A fresh process with a German environment builds a German window."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from companion.desktop.i18n import install_translators\n"
        "app = QApplication([])\n"
        "print([p.rsplit('/', 1)[-1] for p in install_translators(app)])\n"
        "from companion.app import build_main_window\n"
        "w = build_main_window(sys.argv[1])\n"
        "print(w.take_break_button.text())\n"
        "w.close()\n"
    )
    env = dict(os.environ, LANGUAGE="de", LANG="de_DE.UTF-8", LC_ALL="", LC_MESSAGES="")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    loaded, text = result.stdout.strip().splitlines()[-2:]
    assert "companion_de.qm" in loaded
    assert text == translation(I18N / "companion_de.ts", "MainWindow", "Take a break")


def test_the_files_are_found_from_the_assets() -> None:
    assert translations_dir() == I18N
    for lang in LANGUAGES:
        assert (I18N / f"companion_{lang}.qm").is_file()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    ts = I18N / f"companion_{lang}.ts"
    unfinished = [
        source
        for (_, source), message in messages(ts).items()
        if (message.find("translation") is not None)
        and message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == []
    # ...and it covers the whole template.
    assert set(messages(I18N / "companion.ts")) <= set(messages(ts))


PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n|%[sd]|&(?=\w)|<[^>]+>")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_mnemonics_and_markup(lang: str) -> None:
    problems = []
    for (context, source), message in messages(I18N / f"companion_{lang}.ts").items():
        element = message.find("translation")
        assert element is not None
        forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"[{context}] {source!r} -> {form!r}")
    assert problems == []


def lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(lupdate() is None, reason="pyside6-lupdate is not installed")
def test_the_template_lists_every_string_in_the_code(tmp_path: Path) -> None:
    """If this fails, run packaging/update_translations.sh and translate the new strings."""
    extra = tmp_path / "extra_strings.py"
    extra.write_text(
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "extract_strings.py"), "companion"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    sources = sorted(str(p) for p in (ROOT / "companion").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate(), "-silent", "-no-obsolete", *sources, str(extra), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = set(messages(fresh))
    in_template = set(messages(I18N / "companion.ts"))
    assert sorted(in_code - in_template) == []
    assert sorted(in_template - in_code) == []


def _mnemonics(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_access_keys_do_not_clash_in_each_language(
    qtbot: QtBot, clean_translators: QApplication, data_dir: Path, tmp_path: Path, lang: str
) -> None:
    """Alt+letter must still reach each field once the labels are translated."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from companion.app import build_main_window
    from companion.services.settings import Settings
    from companion.ui.shell.settings_dialog import SettingsDialog

    install_translators(clean_translators, QLocale(lang))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton)]
    letters = _mnemonics(texts)
    assert len(letters) >= 6 and len(letters) == len(set(letters)), texts
    assert dialog.windowTitle() == translation(
        I18N / f"companion_{lang}.ts", "SettingsDialog", "Settings"
    )

    window = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert len(_mnemonics(menus)) == len(set(_mnemonics(menus))), menus
    for action in window.menuBar().actions():
        menu = action.menu()
        items = [a.text() for a in menu.actions()] if menu is not None else []
        assert len(_mnemonics(items)) == len(set(_mnemonics(items))), items


def test_a_string_that_moves_context_keeps_its_translation(tmp_path: Path) -> None:
    """packaging/ts_memory.py, run by update_translations.sh after lupdate."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("ts_memory", ROOT / "packaging" / "ts_memory.py")
    assert spec is not None and spec.loader is not None
    ts_memory = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ts_memory)

    def ts(context: str, rows: str) -> str:
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
            f'language="de"><context><name>{context}</name>{rows}</context></TS>\n'
        )

    before, after = tmp_path / "before.ts", tmp_path / "after.ts"
    before.write_text(
        ts("window", "<message><source>Quit</source><translation>Beenden</translation></message>")
    )
    after.write_text(
        ts(
            "MainWindow",
            '<message><source>Quit</source><translation type="unfinished"/></message>'
            '<message><source>New</source><translation type="unfinished"/></message>',
        )
    )
    assert ts_memory.fill(before, after) == 1
    moved = messages(after)
    assert moved[("MainWindow", "Quit")].findtext("translation") == "Beenden"
    assert moved[("MainWindow", "Quit")].find("translation").get("type") is None
    assert moved[("MainWindow", "New")].find("translation").get("type") == "unfinished"
