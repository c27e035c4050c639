"""Patterns parse safely, name what is wrong, and presets breathe out longer than in."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.breath_pattern import (
    DEFAULT_PRESET,
    PRESETS,
    Pattern,
    PatternError,
    Phase,
    PhaseKind,
    parse_pattern,
    resolve_pattern,
)


# ------------------------------------------------------------------ presets and patterns
@pytest.mark.parametrize(
    ("preset_id", "per_minute", "ratio", "inhale", "exhale"),
    [
        ("exhale-4-6", 6.0, 1.5, 4.0, 6.0),
        ("exhale-4-8", 5.0, 2.0, 4.0, 8.0),
        ("4-7-8", 60 / 19, 2.0, 4.0, 8.0),
        ("gentle-3-5", 7.5, 5 / 3, 3.0, 5.0),
    ],
)
def test_presets_rate_and_ratio(
    preset_id: str, per_minute: float, ratio: float, inhale: float, exhale: float
) -> None:
    pattern = PRESETS[preset_id]
    assert pattern.breaths_per_minute == pytest.approx(per_minute)
    assert pattern.exhale_ratio == pytest.approx(ratio)
    assert (pattern.inhale_seconds, pattern.exhale_seconds) == (inhale, exhale)
    assert pattern.longer_exhale and pattern.exhale_warning is None


@pytest.mark.parametrize(
    ("spec", "ratio"), [("4-6", 1.5), ("3+1-8", 2.0), ("4-7-8", 2.0), ("5-5", 1.0), ("4-2", 0.5)]
)
def test_exhale_ratio_is_a_number_the_ui_can_write_in_any_language(spec: str, ratio: float) -> None:
    pattern = parse_pattern(spec)
    assert pattern.exhale_ratio == pytest.approx(ratio)
    assert pattern.exhale_ratio == pytest.approx(pattern.exhale_seconds / pattern.inhale_seconds)


def test_default_is_six_per_minute_with_longer_exhale() -> None:
    pattern = PRESETS[DEFAULT_PRESET]
    assert pattern.name == "Longer exhale 4·6"
    assert pattern.breaths_per_minute == 6.0


def test_cyclic_sigh_has_top_up_and_exhale_about_twice_both_inhales() -> None:
    pattern = PRESETS["cyclic-sigh"]
    kinds = [p.kind for p in pattern.phases]
    assert kinds[:2] == [PhaseKind.INHALE, PhaseKind.TOP_UP]
    assert kinds[-1] is PhaseKind.EXHALE
    assert pattern.phases[1].seconds < pattern.phases[0].seconds
    assert 1.7 <= pattern.exhale_seconds / pattern.inhale_seconds <= 2.3


def test_gentle_preset_has_no_hold() -> None:
    kinds = {p.kind for p in PRESETS["gentle-3-5"].phases}
    assert PhaseKind.HOLD not in kinds and PhaseKind.REST not in kinds


def test_four_seven_eight_holds_after_the_breath_in() -> None:
    phases = PRESETS["4-7-8"].phases
    assert [(p.kind, p.seconds) for p in phases] == [
        (PhaseKind.INHALE, 4.0),
        (PhaseKind.HOLD, 7.0),
        (PhaseKind.EXHALE, 8.0),
    ]


def test_parse_four_part_spec_with_zero_holds() -> None:
    pattern = parse_pattern("4-0-6-0")
    assert [(p.kind, p.seconds) for p in pattern.phases] == [
        (PhaseKind.INHALE, 4.0),
        (PhaseKind.EXHALE, 6.0),
    ]
    rest = parse_pattern("4-0-6-2")
    assert rest.phases[-1] == Phase(PhaseKind.REST, 2.0)
    assert rest.spec == "4-0-6-2"


def test_top_up_syntax_and_decimal_comma() -> None:
    pattern = parse_pattern(" 2,5 + 1 – 7 ", name="My sigh")
    assert pattern.name == "My sigh"
    assert pattern.spec == "2.5+1-7"
    assert pattern.inhale_seconds == 3.5


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("", "empty"),
        ("4", "2 to 4 numbers"),
        ("4-6-8-2-1", "2 to 4 numbers"),
        ("abc-6", "not a number"),
        ("25-6", "breath in must last 1 to 20"),
        ("4-21", "breath out must last 1 to 20"),
        ("4-16-6", "hold must last 0 to 15"),
        ("20-15-20", "whole breath must take 3 to 45"),
        ("1-1", "whole breath must take 3 to 45"),
        ("4.25-6", "tenth of a second"),
        ("4-6+1", "top-up"),
    ],
)
def test_bad_specs_name_the_problem(spec: str, words: str) -> None:
    with pytest.raises(PatternError, match=words):
        parse_pattern(spec)


def test_equal_breath_is_allowed_but_flagged_with_reason() -> None:
    pattern = parse_pattern("5-5")
    assert not pattern.longer_exhale
    assert pattern.exhale_warning is not None
    assert "not longer" in pattern.exhale_warning


def test_resolve_by_id_name_or_spec() -> None:
    assert resolve_pattern("cyclic-sigh") is PRESETS["cyclic-sigh"]
    assert resolve_pattern("longer exhale 4·8") is PRESETS["exhale-4-8"]
    assert resolve_pattern("5-7").spec == "5-7"
    with pytest.raises(PatternError, match="presets are"):
        resolve_pattern("nonsense")


def test_pattern_rejects_wrong_order() -> None:
    with pytest.raises(PatternError):
        Pattern("x", (Phase(PhaseKind.EXHALE, 4), Phase(PhaseKind.INHALE, 4)))


def _parse_or_explain(text: str) -> None:
    try:
        pattern = parse_pattern(text)
    except PatternError as exc:
        assert str(exc)  # a message for the user, never an empty one
    else:
        assert parse_pattern(pattern.spec).phases == pattern.phases


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40))
def test_parse_never_raises_anything_but_pattern_error(text: str) -> None:
    _parse_or_explain(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,-+ ·/–", max_size=20))
def test_parse_number_like_text_never_crashes(text: str) -> None:
    _parse_or_explain(text)


tenths = st.integers
good_pattern = st.builds(
    lambda i, u, h, e, r: (i, u, h, e, r),
    tenths(10, 200),
    st.one_of(st.just(0), tenths(5, 50)),
    tenths(0, 150),
    tenths(10, 200),
    tenths(0, 150),
).filter(lambda t: 30 <= sum(t) <= 450)


def _spec(i: int, u: int, h: int, e: int, r: int) -> str:
    def fmt(x: int) -> str:
        return f"{x / 10:g}"

    first = fmt(i) + (f"+{fmt(u)}" if u else "")
    return f"{first}-{fmt(h)}-{fmt(e)}-{fmt(r)}"


@settings(max_examples=300, deadline=None)
@given(good_pattern)
def test_good_specs_round_trip(parts: tuple[int, int, int, int, int]) -> None:
    pattern = parse_pattern(_spec(*parts))
    assert pattern.cycle_tenths == sum(parts)
    again = parse_pattern(pattern.spec)
    assert again.phases == pattern.phases
    assert again.spec == pattern.spec
