"""Reading the promised return time out of a pasted message."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.agreement import RequestKind, ReturnProblem
from companion.core.paste import (
    LANGUAGES,
    FoundReturn,
    NoTimeFound,
    NoTimeReason,
    find_return_time,
)
from companion.core.phrases import bridge_sentence, load_phrases

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 19, 0, tzinfo=BERLIN)  # a Saturday evening
GUIDANCE = Path(__file__).resolve().parents[2] / "assets" / "guidance"


def phrase_files() -> list[Path]:
    """The shipped phrases file and every language's own, when there are any."""
    return [GUIDANCE / "phrases.toml", *sorted(GUIDANCE.glob("*/phrases.toml"))]


def deadline_of(text: str, now: datetime = NOW) -> datetime:
    result = find_return_time(text, now)
    assert isinstance(result, FoundReturn), f"{text!r} gave {result}"
    return result.request.deadline


def templates() -> list[tuple[str, str]]:
    found = []
    for path in phrase_files():
        phrases = load_phrases(path)
        for name in ("neutral", "pursuer", "distancer", "extension"):
            found += [(f"{path.parent.name}/{name}", t) for t in getattr(phrases, name)]
    return found


# The ways the leaving side writes its return time: English 12-hour, 24-hour, with a date word.
TIME_STYLES = [
    ("7:45 PM", 45),
    ("7:45\u202fPM", 45),
    ("19:45", 45),
    ("8:30 PM", 90),
    ("21:15", 135),
]


@pytest.mark.parametrize(("where", "template"), templates())
@pytest.mark.parametrize(("shown", "minutes"), TIME_STYLES)
def test_every_bridge_and_extension_sentence_gives_back_its_time(
    where: str, template: str, shown: str, minutes: int
) -> None:
    sentence = bridge_sentence(template, shown, minutes)
    assert deadline_of(sentence) == NOW + timedelta(minutes=minutes), where


def test_a_sentence_written_before_midnight_for_tomorrow_morning_is_read_as_tomorrow() -> None:
    late = datetime(2026, 11, 21, 23, 50, tzinfo=BERLIN)
    template = load_phrases(GUIDANCE / "phrases.toml").neutral[0]
    sentence = bridge_sentence(template, "12:20 AM tomorrow", 30)
    assert deadline_of(sentence, late) == late + timedelta(minutes=30)


# --------------------------------------------------------------------------- real-world phrasing

REAL_WORLD = [
    ("back at 7:30", "19:30"),
    ("at 19:30", "19:30"),
    ("in 20 min", "19:20"),
    ("give me half an hour", "19:30"),
    ("be back by 8pm", "20:00"),
    ("I'll be back at 7:45.", "19:45"),
    ("back by 8", "20:00"),
    ("home around 9 pm", "21:00"),
    ("Need some air, back in 20", "19:20"),
    ("gonna take 15 mins, ok?", "19:15"),
    ("I need twenty minutes", "19:20"),
    ("Give me an hour please", "20:00"),
    ("an hour and a half, then we talk", "20:30"),
    ("give me a quarter of an hour", "19:15"),
    ("taking a walk, back at 8.15pm", "20:15"),
    ("BACK AT 7:50 P.M.", "19:50"),
    ("I'll come back at 20:00 and we can talk", "20:00"),
    ("let's talk again at 9", "21:00"),
    ("see you at 8 o'clock", "20:00"),
    ("I'll be home by eight o'clock", "20:00"),
    ("Talk at 19:40?", "19:40"),
    ("need 45 minutes to cool off", "19:45"),
    ("1h 15m and I'm back", "20:15"),
    ("give me 1 hour 30 minutes", "20:30"),
    ("need 1.5 hours", "20:30"),
    ("I'll be back at around 7:40pm", "19:40"),
    ("please give me thirty-five minutes", "19:35"),
    ("I'm going for a run, I'll be back until 8:30 pm", "20:30"),
    ("ok. 20:15", "20:15"),
    ("Back by midnight", "00:00"),
    ("going out for a bit, home for 9pm", "21:00"),
    ("Ich bin um 19:30 zurück.", "19:30"),
    ("Gib mir eine halbe Stunde", "19:30"),
    ("Bin um halb acht wieder da", "19:30"),
    ("in zwanzig Minuten", "19:20"),
    ("Ich brauche 40 Minuten für mich.", "19:40"),
    ("bis 20 Uhr, dann reden wir", "20:00"),
    ("gegen 21 Uhr bin ich zurück", "21:00"),
    ("Lass mir eine Stunde", "20:00"),
    ("anderthalb Stunden bitte", "20:30"),
    ("Ich bin um acht wieder da", "20:00"),
    ("eine Viertelstunde, dann bin ich da", "19:15"),
    ("zurück um 20.45 Uhr", "20:45"),
    ("Ich brauche dreißig Minuten", "19:30"),
    ("back in 2 hours", "21:00"),
    ("see you in 30", "19:30"),
    ("ok see you at 7.30", "19:30"),
    ("bin gegen halb neun zurück", "20:30"),
    ("I'll be back at 12:30 am tomorrow", "00:30"),
    ("Ich bin morgen um 7 Uhr zurück", "07:00"),
    ("Guten Morgen, ich bin um 20 Uhr zurück", "20:00"),
    ("be back in 45 mins", "19:45"),
    ("In ZWANZIG MINUTEN bin ich zurück", "19:20"),
]


@pytest.mark.parametrize(("text", "expected"), REAL_WORLD)
def test_ordinary_ways_of_saying_the_return_time(text: str, expected: str) -> None:
    hour, minute = map(int, expected.split(":"))
    deadline = deadline_of(text)
    assert deadline.astimezone(BERLIN).strftime("%H:%M") == f"{hour:02d}:{minute:02d}"
    assert NOW < deadline <= NOW + timedelta(hours=24)


def test_a_length_counts_from_the_moment_of_pasting_and_says_so() -> None:
    result = find_return_time("give me 25 minutes", NOW)
    assert isinstance(result, FoundReturn)
    assert result.request.kind is RequestKind.DURATION
    assert result.words == "25 minutes"


def test_the_promised_clock_time_wins_over_the_length_in_the_same_message() -> None:
    text = "I need 30 minutes to calm down. I'll be back at 7:20 PM."  # written 10 min ago
    assert deadline_of(text) == NOW + timedelta(minutes=20)


NO_TIME = [
    "",
    "   ",
    "I need space",
    "I'll be back soon",
    "leave me alone for a while",
    "later",
    "I can't do this right now",
    "we'll talk tonight",
    "I have 2 kids and 3 dogs",
    "room 101",
    "call me in a bit",
    "give me a few minutes",
    "it's been 3 days since we talked",
    "I told you 100 times",
    "back in a couple of hours",
    "back in 3 days",
    "We talk tomorrow at 9:30 pm.",
    "bis morgen um 20:30",
    "Ich brauche eine Pause.",
    "Lass mich kurz in Ruhe",
    "bis später",
    "wir reden morgen",
    "ich bin gleich wieder da",
    "💔",
    "back at 7 or 8",
    "back at 7:30 or 8:30",
    "zurück um 7 oder 8",
]


@pytest.mark.parametrize("text", NO_TIME)
def test_text_without_one_clear_time_gives_no_time_and_no_guess(text: str) -> None:
    result = find_return_time(text, NOW)
    assert isinstance(result, NoTimeFound), f"{text!r} gave {result}"


def test_the_reasons_tell_empty_unclear_and_missing_apart() -> None:
    assert find_return_time(" ", NOW) == NoTimeFound(NoTimeReason.EMPTY)
    assert find_return_time("later", NOW) == NoTimeFound(NoTimeReason.NO_TIME)
    assert find_return_time("back at 7 or 8", NOW) == NoTimeFound(NoTimeReason.AMBIGUOUS)
    long = find_return_time("give me 30 hours", NOW)
    assert isinstance(long, NoTimeFound) and long.reason is NoTimeReason.UNUSABLE
    assert long.error is not None and long.error.problem is ReturnProblem.OVER_A_DAY


def test_two_different_promises_of_equal_weight_are_not_guessed_between() -> None:
    result = find_return_time("back at 7:30, no wait, back at 8:15", NOW)
    assert result == NoTimeFound(NoTimeReason.AMBIGUOUS)


@pytest.mark.parametrize("text", ["back at 07:45", "zurück um 07:45 Uhr", "ok, 07:45"])
def test_a_leading_zero_means_the_morning_as_on_the_leaving_side(text: str) -> None:
    deadline = deadline_of(text)  # at 19:00: tomorrow morning, not in 45 minutes
    assert deadline.astimezone(BERLIN) == datetime(2026, 11, 22, 7, 45, tzinfo=BERLIN)


def test_the_same_time_said_twice_is_one_time() -> None:
    assert deadline_of("back at 7:30. Really, back at 7:30!") == NOW + timedelta(minutes=30)


def test_a_clock_change_in_the_night_is_handled_like_the_leaving_side() -> None:
    before_change = datetime(2026, 10, 25, 1, 30, tzinfo=BERLIN)  # clocks go back at 03:00
    deadline = deadline_of("back at 3:30 am", before_change)
    assert (deadline - before_change).total_seconds() > 0
    assert deadline.astimezone(BERLIN).strftime("%H:%M") == "03:30"


def test_english_and_german_tables_exist() -> None:
    assert {"en", "de"} <= set(LANGUAGES)
    said = "bin um halb acht wieder da"
    assert find_return_time(said, NOW, languages=["en"]) == NoTimeFound(NoTimeReason.NO_TIME)
    assert deadline_of(said) == NOW + timedelta(minutes=30)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=24 * 60 * 365))
def test_never_raises_on_any_text(text: str, minutes: int) -> None:
    now = datetime(2026, 1, 1, tzinfo=BERLIN) + timedelta(minutes=minutes)
    result = find_return_time(text, now)
    assert isinstance(result, FoundReturn | NoTimeFound)
    if isinstance(result, FoundReturn):
        left = (result.request.deadline - now).total_seconds()
        assert 0 < left <= 24 * 3600 and math.isfinite(left)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "back",
                "at",
                "in",
                "um",
                "bis",
                "7",
                "19:30",
                "20",
                "min",
                "pm",
                "halb",
                "or",
                " ",
                ".",
            ]
        ),
        max_size=30,
    )
)
def test_never_raises_on_time_like_word_salad(words: list[str]) -> None:
    result = find_return_time(" ".join(words), NOW)
    assert isinstance(result, FoundReturn | NoTimeFound)
