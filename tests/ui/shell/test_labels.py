"""Shared labels: every page names the states and counts note length in the same words."""

from __future__ import annotations

import pytest
from helpers.german import shipped_german
from PySide6.QtCore import QLocale

from companion.core.states import MAX_NOTE_CHARS, StateId
from companion.ui.shell.labels import decimal_text, note_count_text, state_label, too_long_text


def test_states_have_their_english_names_and_an_unknown_id_shows_as_is() -> None:
    assert [state_label(s) for s in StateId] == ["Fight", "Flight", "Freeze", "Fawn", "Settled"]
    assert state_label(StateId.FAWN) == "Fawn"
    assert state_label("curious") == "curious"


@pytest.mark.usefixtures("german")
def test_in_german_every_page_names_the_states_in_german() -> None:
    german = [state_label(s) for s in StateId]
    assert german == [shipped_german("CheckinWheel", s.value.title()) for s in StateId]
    assert not set(german) & {"Fight", "Flight", "Freeze", "Fawn", "Settled"}


@pytest.mark.usefixtures("german")
def test_a_too_long_note_is_explained_in_german() -> None:
    expected = shipped_german(
        "CheckinView", "This note is too long to save ({count}). Please shorten it a little."
    ).format(
        count=shipped_german("CheckinView", "{count} / {limit} characters").format(
            count=MAX_NOTE_CHARS + 3, limit=MAX_NOTE_CHARS
        )
    )
    assert too_long_text(MAX_NOTE_CHARS + 3) == expected
    assert "Zeichen" in note_count_text(12)


def test_note_length_reads_against_the_limit() -> None:
    assert note_count_text(12) == f"12 / {MAX_NOTE_CHARS} characters"
    assert too_long_text(MAX_NOTE_CHARS + 1) == (
        f"This note is too long to save ({MAX_NOTE_CHARS + 1} / {MAX_NOTE_CHARS} characters). "
        "Please shorten it a little."
    )


@pytest.mark.parametrize(
    ("value", "english", "german"),
    [(12.0, "12", "12"), (0.5, "0.5", "0,5"), (1.46, "1.5", "1,5"), (2.96, "3", "3")],
)
def test_decimals_are_shown_with_one_place_only_when_needed(
    value: float, english: str, german: str
) -> None:
    assert decimal_text(value, QLocale(QLocale.Language.English)) == english
    assert decimal_text(value, QLocale(QLocale.Language.German)) == german


@pytest.mark.usefixtures("german_numbers")
def test_decimals_follow_the_default_locale_when_none_is_given() -> None:
    assert decimal_text(4.5) == "4,5"
