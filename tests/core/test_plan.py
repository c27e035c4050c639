"""The pause plan's rules: optional fields, the 20 min - 24 h lengths, what a break takes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.plan import (
    BreakDefaults,
    Messaging,
    PausePlan,
    Person,
    PlanError,
    PlanProblem,
    ReachOut,
    Tendency,
    break_defaults,
    problems,
)

FULL = PausePlan(
    signal="Pineapple",
    usual_minutes=30,
    longest_minutes=120,
    messaging=Messaging.HALFWAY,
    reach_out=ReachOut.PAUSER,
    reach_out_how="a knock on the door",
    opener="Is now a good moment?",
    people=(
        Person("Sam", Tendency.PUSH, "the garden", ("walk", "water"), "stretch"),
        Person("Alex", Tendency.QUIET, "the bedroom", ("breathe",), "a cup of tea"),
    ),
)


def test_an_empty_plan_is_empty_and_gives_no_defaults() -> None:
    assert PausePlan().is_empty()
    assert break_defaults(PausePlan()) is None
    assert break_defaults(None) is None


def test_a_full_plan_survives_json() -> None:
    text = json.dumps(FULL.to_dict())
    assert PausePlan.from_dict(json.loads(text)) == FULL


@given(
    signal=st.text(max_size=20),
    usual=st.none() | st.integers(20, 1440),
    gesture=st.booleans(),
    name=st.text(max_size=10),
    items=st.lists(st.sampled_from(["walk", "breathe", "water", "ground"]), unique=True),
)
def test_any_plan_survives_json(
    signal: str, usual: int | None, gesture: bool, name: str, items: list[str]
) -> None:
    plan = PausePlan(
        signal=signal,
        signal_is_gesture=gesture,
        usual_minutes=usual,
        people=(Person(name=name, items=tuple(items)), Person()),
    )
    assert PausePlan.from_dict(json.loads(json.dumps(plan.to_dict()))) == plan


@pytest.mark.parametrize(
    "data",
    [
        {"usual_minutes": "thirty"},
        {"messaging": "shouting"},
        {"people": [{"items": "walk"}]},
        {"signal": 7},
    ],
)
def test_damaged_data_is_a_plan_error(data: dict[str, object]) -> None:
    with pytest.raises(PlanError):
        PausePlan.from_dict(data)


@pytest.mark.parametrize(
    ("usual", "longest", "expected"),
    [
        (None, None, ()),
        (20, 1440, ()),
        (19, None, (PlanProblem.USUAL_TOO_SHORT,)),
        (1441, None, (PlanProblem.USUAL_TOO_LONG,)),
        (None, 10, (PlanProblem.LONGEST_TOO_SHORT,)),
        (None, 2000, (PlanProblem.LONGEST_TOO_LONG,)),
        (60, 30, (PlanProblem.LONGEST_BELOW_USUAL,)),
    ],
)
def test_lengths_keep_to_the_break_rules(
    usual: int | None, longest: int | None, expected: tuple[PlanProblem, ...]
) -> None:
    assert problems(PausePlan(usual_minutes=usual, longest_minutes=longest)) == expected


def test_a_break_takes_length_signal_items_and_opener() -> None:
    assert break_defaults(FULL) == BreakDefaults(
        minutes=30,
        signal="Pineapple",
        items=frozenset({"walk", "water", "breathe"}),
        opener="Is now a good moment?",
    )


def test_a_gesture_is_not_spoken_and_no_items_keeps_every_item() -> None:
    defaults = break_defaults(PausePlan(signal="hand on the heart", signal_is_gesture=True))
    assert defaults == BreakDefaults(minutes=None, signal="", items=None, opener="")


def test_cleaned_trims_text_and_drops_unknown_items() -> None:
    plan = PausePlan(signal="  Pause  ", people=(Person(items=("fly", "walk")), Person()))
    cleaned = plan.cleaned()
    assert cleaned.signal == "Pause"
    assert cleaned.people[0].items == ("walk",)
