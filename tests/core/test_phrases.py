"""Bridge sentences and the way-back phrases: the shipped file, filling in, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.phrases import (
    Flavour,
    PhrasesError,
    bridge_sentence,
    check_phrases_file,
    load_phrases,
    parse_phrases,
)
from companion.desktop.resources import assets_dir

SHIPPED = assets_dir() / "guidance" / "phrases.toml"

GOOD = """
[bridge]
neutral = ["Back at {return_time}."]
pursuer = ["I want to sort this out. Back at {return_time}, in {duration}."]
distancer = ["I need {minutes} minutes. Back at {return_time}."]
extension = ["A little longer: back at {return_time}."]
[start_up]
openers = ["Is now a good time?"]
[[protest_need]]
protest = "You never listen."
need = "I miss being heard."
"""


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "phrases.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_file_loads_with_every_kind_of_phrase() -> None:
    phrases = load_phrases(SHIPPED)
    assert check_phrases_file(SHIPPED) is None
    for flavour in Flavour:
        templates = phrases.bridges(flavour)
        assert len(templates) >= 2
        assert all("{return_time}" in t for t in templates)
    assert phrases.bridges(Flavour.PURSUER) != phrases.bridges(Flavour.DISTANCER)
    assert len(phrases.extension) >= 1
    assert len(phrases.openers) >= 3
    assert len(phrases.protest_need) >= 3
    assert all(p.protest and p.need and p.protest != p.need for p in phrases.protest_need)


def test_every_shipped_bridge_fills_in_the_time_and_length() -> None:
    phrases = load_phrases(SHIPPED)
    for flavour in Flavour:
        for template in phrases.bridges(flavour):
            sentence = bridge_sentence(template, "7:30 PM", 75)
            assert "7:30 PM" in sentence
            assert "{" not in sentence and "}" not in sentence


def test_bridge_sentence_placeholders() -> None:
    template = "Back at {return_time}; that's {duration} ({minutes} min). {other} stays."
    assert bridge_sentence(template, "19:30", 20) == (
        "Back at 19:30; that's 20 minutes (20 min). {other} stays."
    )
    assert "1 hour 15 minutes" in bridge_sentence(template, "20:15", 75)


def test_a_good_custom_file(tmp_path: Path) -> None:
    phrases = load_phrases(write(tmp_path, GOOD))
    assert phrases.neutral == ("Back at {return_time}.",)
    assert phrases.protest_need[0].need == "I miss being heard."


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[bridge\nneutral = 1", "not valid TOML"),
        ("", "[bridge] section is missing"),
        (GOOD.replace("[start_up]\nopeners", "[other]\nopeners"), "[start_up] section"),
        (GOOD.replace('neutral = ["Back at {return_time}."]', "neutral = []"), "bridge.neutral"),
        (GOOD.replace("Back at {return_time}.", "Back soon."), "include {return_time}"),
        (GOOD.replace("{duration}", "{hours}"), "unknown placeholder {hours}"),
        (GOOD.replace('openers = ["Is now a good time?"]', "openers = [3]"), "start_up.openers"),
        (GOOD.replace('need = "I miss being heard."', ""), "needs a need"),
        (GOOD.split("[[protest_need]]")[0], "[[protest_need]]"),
    ],
)
def test_a_malformed_file_says_what_is_wrong(tmp_path: Path, text: str, fragment: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PhrasesError) as caught:
        load_phrases(path)
    message = str(caught.value)
    assert fragment in message
    assert str(path) in message
    assert check_phrases_file(path) == message


def test_unreadable_files(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    assert "could not be read" in (check_phrases_file(missing) or "")
    assert "not UTF-8" in (check_phrases_file(write(tmp_path, b"\xff\xfe[bridge]")) or "")


def test_phrases_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_phrases("not = [valid")
