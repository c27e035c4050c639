"""The breath timeline is exact, eases in kindly, ends on a breath out; patterns parse safely."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.breathing import (
    DEFAULT_PRESET,
    PRESETS,
    Pattern,
    PatternError,
    Phase,
    PhaseKind,
    SessionLength,
    Timeline,
    parse_pattern,
    resolve_pattern,
)

FRAME = 1 / 60  # one picture frame at 60 fps


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


# ------------------------------------------------------------------ the timeline
def test_zero_drift_over_thirty_minutes() -> None:
    pattern = PRESETS["exhale-4-6"]
    timeline = Timeline(pattern)
    cycle = pattern.cycle_seconds
    for k in (0, 1, 7, 90, 179, 180):
        state = timeline.at(k * cycle)
        assert (state.cycle, state.phase, state.progress) == (k, PhaseKind.INHALE, 0.0)
        just_before = timeline.at(k * cycle - FRAME) if k else None
        if just_before is not None:
            assert just_before.phase is PhaseKind.EXHALE and just_before.cycle == k - 1
    # One frame into the exhale of the last breath of minute 30: still exact to the frame.
    t = 30 * 60 - 6 + FRAME
    state = timeline.at(t)
    assert state.cycle == 179 and state.phase is PhaseKind.EXHALE
    assert state.phase_elapsed == pytest.approx(FRAME, abs=1e-9)
    assert timeline.at(30 * 60 - 6 - FRAME).phase is PhaseKind.INHALE


def test_frames_of_a_thirty_minute_session_tile_exactly() -> None:
    rate = 48000
    timeline = Timeline(PRESETS["4-7-8"], length=SessionLength(minutes=30))
    assert timeline.end_seconds is not None
    end_frame = round(timeline.end_seconds * rate)
    starts = timeline.phase_start_frames(rate, 0, end_frame)
    assert starts[0][0] == 0
    for (frame, _, length), (following, _, _) in itertools.pairwise(starts):
        assert frame + length == following
    last_frame, kind, length = starts[-1]
    assert kind is PhaseKind.EXHALE and last_frame + length == end_frame
    # Every onset is exactly at round(time * rate): 19 s per breath, 48 kHz.
    assert [f for f, _, _ in starts[:3]] == [0, 4 * rate, 11 * rate]
    assert starts[-1][0] == round((timeline.end_seconds - 8) * rate)


@pytest.mark.parametrize("rate", [44100, 48000, 11025, 8000])
@pytest.mark.parametrize("ease_in", [False, True])
@pytest.mark.parametrize("preset_id", list(PRESETS))
def test_phase_start_frames_agree_with_at(rate: int, ease_in: bool, preset_id: str) -> None:
    timeline = Timeline(PRESETS[preset_id], ease_in=ease_in, length=SessionLength(minutes=3))
    assert timeline.end_seconds is not None
    starts = timeline.phase_start_frames(rate, 0, math.ceil(timeline.end_seconds * rate))
    expected = timeline.phase_starts(0, timeline.end_seconds)
    assert [k for _, k, _ in starts] == [p.kind for p in expected]
    for (frame, kind, length), start in zip(starts, expected, strict=True):
        assert abs(frame - start.time * rate) <= 1
        assert timeline.at(frame / rate).phase is kind
        assert timeline.at((frame - 1) / rate).phase is not kind or frame == 0
        assert timeline.at((frame + length - 1) / rate).phase is kind


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(list(PRESETS)),
    st.booleans(),
    st.integers(0, 48000 * 600),
    st.integers(1, 4096),
)
def test_frames_in_any_block_match_the_whole(
    preset_id: str, ease_in: bool, start: int, block: int
) -> None:
    timeline = Timeline(PRESETS[preset_id], ease_in=ease_in)
    whole = timeline.phase_start_frames(48000, max(0, start - 48000 * 20), start + 48000 * 20)
    part = timeline.phase_start_frames(48000, start, start + block)
    assert part == [s for s in whole if start <= s[0] < start + block]


def test_phase_starts_cover_the_range() -> None:
    timeline = Timeline(PRESETS["cyclic-sigh"])
    starts = timeline.phase_starts(0, 24)
    assert [(s.time, s.kind) for s in starts[:4]] == [
        (0.0, PhaseKind.INHALE),
        (3.0, PhaseKind.TOP_UP),
        (4.0, PhaseKind.EXHALE),
        (12.0, PhaseKind.INHALE),
    ]
    assert all(timeline.at(s.time).phase is s.kind for s in starts)


def test_volume_grows_on_inhale_shrinks_on_exhale_with_eased_ends() -> None:
    timeline = Timeline(PRESETS["exhale-4-6"])
    assert timeline.at(0).volume == 0.0
    assert timeline.at(4 - 1e-6).volume == pytest.approx(1.0, abs=1e-6)
    assert timeline.at(9.999).volume < 0.01
    # Breath-like: slow at the turn, fastest in the middle (not a linear ramp).
    first_step = timeline.at(0.4).volume - timeline.at(0).volume
    middle_step = timeline.at(2.2).volume - timeline.at(1.8).volume
    assert middle_step > 3 * first_step
    samples = [timeline.at(i / 10).volume for i in range(0, 41)]
    assert samples == sorted(samples)


def test_ease_in_starts_near_ten_and_reaches_target_in_about_a_minute() -> None:
    pattern = PRESETS["exhale-4-6"]
    timeline = Timeline(pattern, ease_in=True)
    assert 9.0 <= timeline.at(0).breaths_per_minute <= 10.5
    rates = [timeline.at(t).breaths_per_minute for t in range(0, 120)]
    assert rates == sorted(rates, reverse=True)  # only ever slows down
    reached = next(t for t, r in enumerate(rates) if r == pattern.breaths_per_minute)
    assert 40 <= reached <= 75
    # Each breath is scaled as a whole: the in:out shape stays 4:6.
    first = timeline.phase_starts(0, 0.01)[0]
    second = timeline.phase_starts(0.01, 10)[0]
    assert second.duration / first.duration == pytest.approx(6 / 4)
    assert timeline.phase_starts(0, 1)[0].duration < 4.0


def test_ease_in_works_for_slow_pattern_and_is_skipped_for_fast_one() -> None:
    slow = Timeline(PRESETS["4-7-8"], ease_in=True)
    assert slow.at(0).breaths_per_minute == pytest.approx(10.0, abs=1.0)
    assert slow.at(90).breaths_per_minute == pytest.approx(60 / 19)
    fast = Timeline(parse_pattern("2-3"), ease_in=True)
    assert fast.at(0).breaths_per_minute == 12.0


@pytest.mark.parametrize("preset_id", list(PRESETS))
@pytest.mark.parametrize("ease_in", [False, True])
@pytest.mark.parametrize("minutes", [1, 5, 7.3, 60])
def test_minutes_session_ends_at_an_exhale_end(
    preset_id: str, ease_in: bool, minutes: float
) -> None:
    timeline = Timeline(PRESETS[preset_id], ease_in=ease_in, length=SessionLength(minutes))
    end = timeline.end_seconds
    assert end is not None
    assert abs(end - minutes * 60) < PRESETS[preset_id].cycle_seconds
    before = timeline.at(end - FRAME)
    assert before.phase is PhaseKind.EXHALE and not before.finished
    assert before.volume < 0.01
    after = timeline.at(end)
    assert after.finished and after.phase is PhaseKind.EXHALE and after.volume == 0.0
    assert timeline.breaths_completed(end) == timeline.total_breaths
    assert timeline.phase_starts(end, end + 60) == []


def test_breaths_session_ends_after_that_many_exhales() -> None:
    timeline = Timeline(PRESETS["4-7-8"], length=SessionLength(breaths=3))
    assert timeline.end_seconds == 57.0
    assert timeline.breaths_completed(56.9) == 2
    assert timeline.breaths_completed(57.0) == 3
    assert timeline.at(57.0).finished
    assert len([s for s in timeline.phase_starts(0, 1000) if s.kind is PhaseKind.EXHALE]) == 3


def test_rest_after_exhale_is_not_part_of_the_last_breath() -> None:
    timeline = Timeline(parse_pattern("4-0-6-2"), length=SessionLength(breaths=2))
    assert timeline.end_seconds == 22.0  # 12 + 4 + 6: the last rest is skipped


def test_open_ended_session_never_finishes() -> None:
    timeline = Timeline(PRESETS["exhale-4-6"])
    assert timeline.end_seconds is None and timeline.total_breaths is None
    assert not timeline.at(10 * 3600).finished


def test_session_length_bounds() -> None:
    with pytest.raises(ValueError):
        SessionLength(minutes=0.5)
    with pytest.raises(ValueError):
        SessionLength(minutes=61)
    with pytest.raises(ValueError):
        SessionLength(breaths=0)
    assert SessionLength().open_ended
