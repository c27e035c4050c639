"""The breath timeline is exact, eases in kindly and ends on a breath out."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.breath_pattern import PRESETS, PhaseKind, parse_pattern
from companion.core.breathing import SessionLength, Timeline

FRAME = 1 / 60  # one picture frame at 60 fps


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
