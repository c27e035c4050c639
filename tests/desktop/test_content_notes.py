"""Notes about content files that could not be used speak the UI's language, English detail
and all: what is wrong is a typed fault, worded through the translation; the loader's own
English message (with its line numbers) goes to the log only."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from helpers.german import shipped_german
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core.content import ContentFault, fault_of, load_localized
from companion.core.phrases import PhrasesError, load_phrases
from companion.core.states import GuidanceError, load_guidance
from companion.desktop.i18n import describe_failure, describe_problems

ENGLISH_FAULTS = (
    "the file is missing.",
    "the file cannot be read.",
    "the file is not saved as UTF-8 text.",
    "the file is not written in valid TOML.",
    "its tables or lists are nested too deeply.",
    "a section, entry or line it needs is missing or wrong.",
)


def _german_fault(fault: ContentFault) -> str:
    return shipped_german("Content", ENGLISH_FAULTS[list(ContentFault).index(fault)])


@pytest.mark.parametrize(
    ("content", "fault"),
    [
        (b"[states\n", ContentFault.NOT_TOML),
        (b"\xff\xfe not text", ContentFault.NOT_UTF8),
        (b"[states.fight]\nlabel = 'Fight'\n", ContentFault.INCOMPLETE),
        (b"a = " + b"[" * 5000 + b"]" * 5000, ContentFault.TOO_DEEP),
    ],
)
def test_every_loader_error_carries_its_fault(
    tmp_path: Path, content: bytes, fault: object
) -> None:
    for name, load, error in (
        ("states.toml", load_guidance, GuidanceError),
        ("phrases.toml", load_phrases, PhrasesError),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(error) as caught:
            load(path)
        assert fault_of(caught.value) is fault, name
        assert caught.value.path == path


def test_a_missing_file_is_missing(tmp_path: Path) -> None:
    with pytest.raises(GuidanceError) as guidance:
        load_guidance(tmp_path / "states.toml")
    with pytest.raises(PhrasesError) as phrases:
        load_phrases(tmp_path / "phrases.toml")
    assert fault_of(guidance.value) is fault_of(phrases.value) is ContentFault.MISSING


@pytest.mark.usefixtures("german")
def test_a_broken_translation_is_told_in_german_and_its_detail_is_only_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    own, bundled = tmp_path / "own", tmp_path / "bundled"
    (own / "de").mkdir(parents=True)
    (own / "de" / "phrases.toml").write_text("[bridge\n", encoding="utf-8")
    bundled.mkdir()
    real = Path(__file__).resolve().parents[2] / "assets" / "guidance" / "phrases.toml"
    (bundled / "phrases.toml").write_bytes(real.read_bytes())
    with caplog.at_level(logging.WARNING, logger="companion.desktop.i18n"):
        loaded = load_localized([own, bundled], "phrases.toml", ["de"], load_phrases, PhrasesError)
        (note,) = describe_problems(loaded)
    (problem,) = loaded.problems
    language = QLocale("de").nativeLanguageName()
    expected = shipped_german(
        "Content",
        "The translation ({language}) could not be used, so this part is in English: {why}",
    ).format(language=language, why=_german_fault(ContentFault.NOT_TOML))
    assert note == expected
    assert problem.detail not in note and "TOML:" not in note and "line" not in note
    assert not any(english in note for english in ENGLISH_FAULTS)
    assert problem.detail in caplog.text  # whoever edits the file can still find the line


@pytest.mark.usefixtures("german")
def test_a_file_with_no_copy_to_fall_back_on_is_told_in_german(tmp_path: Path) -> None:
    broken = tmp_path / "states.toml"
    broken.write_text("[states]\n", encoding="utf-8")
    with pytest.raises(GuidanceError) as caught:
        load_guidance(broken)
    note = describe_failure(caught.value)
    template = shipped_german("Content", "The file {path} could not be used: {why}")
    assert note == template.format(path=broken, why=_german_fault(ContentFault.INCOMPLETE))
    assert caught.value.problem not in note and "missing" not in note


def test_the_check_in_page_shows_the_note_in_german(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's own English guidance unusable (an install gone wrong): the check-in card says
    so in German, with the worded reason and no English detail."""
    from companion.app import build_main_window
    from companion.core.clock import ManualClock
    from companion.desktop.i18n import install_translators, remove_translators

    bundled = data_dir.parent / "bundled"
    bundled.mkdir()
    (bundled / "states.toml").write_text("kein TOML [", encoding="utf-8")
    real = Path(__file__).resolve().parents[2] / "assets" / "guidance" / "phrases.toml"
    (bundled / "phrases.toml").write_bytes(real.read_bytes())
    monkeypatch.setattr("companion.desktop.i18n.content_roots", lambda _data_dir: (bundled,))
    install_translators(qapp, QLocale("de_DE"))
    try:
        window = build_main_window(data_dir, clock=ManualClock())
        qtbot.addWidget(window)
        template = shipped_german("Content", "The file {path} could not be used: {why}")
        expected = template.format(
            path=bundled / "states.toml", why=_german_fault(ContentFault.NOT_TOML)
        )
        assert window.services.startup_notes == [expected]
        assert window.services.guidance_error == expected
        page = window.show_area("checkin")
        QApplication.processEvents()
        shown = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
        details = shipped_german("CheckinView", "Details: {error}").format(error=expected)
        assert [text for text in shown if details in text], shown
    finally:
        remove_translators(qapp)
