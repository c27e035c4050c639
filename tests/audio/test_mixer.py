"""The mixer: cues on the exact frame, any block size, smooth volume and fades, no allocation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.audio.mixer import FADE_SECONDS, VOLUME_RAMP_SECONDS, CueMixer, volume_gain
from companion.audio.synth import PEAK, CueKind, CueStyle, render_cue
from companion.core.breath_pattern import PRESETS, parse_pattern
from companion.core.breathing import SessionLength, Timeline

RATE = 8000


def render(mixer: CueMixer, start: int, frames: int, blocks: list[int] | None = None) -> np.ndarray:
    """Fill [start, start + frames) in the given block sizes (cycled), like a callback."""
    out = np.zeros(frames, dtype=np.float32)
    sizes = blocks or [512]
    done, i = 0, 0
    while done < frames:
        count = min(sizes[i % len(sizes)], frames - done)
        mixer.fill(out[done : done + count], start + done)
        done += count
        i += 1
    return out


def onsets(signal: np.ndarray, rate: int, quiet_seconds: float = 0.02) -> list[int]:
    """Frames where sound starts after at least ``quiet_seconds`` of exact silence.

    Every cue's first sample is exactly 0 and its second is not, so the onset is the frame
    before the first non-zero sample.
    """
    quiet = round(quiet_seconds * rate)
    loud = np.flatnonzero(signal != 0)
    if len(loud) == 0:
        return []
    gaps = np.diff(loud)
    firsts = [int(loud[0])] + [int(x) for x in loud[1:][gaps > quiet]]
    return [f - 1 for f in firsts]


def test_cues_start_on_the_timeline_frame_exactly() -> None:
    timeline = Timeline(PRESETS["4-7-8"], length=SessionLength(minutes=1))
    total = round(timeline.end_seconds * RATE)
    out = render(CueMixer(timeline, "soft", RATE), 0, total, [333, 1024, 77])
    expected = [f for f, _, _ in timeline.phase_start_frames(RATE, 0, total)]
    assert onsets(out, RATE) == expected
    assert len(expected) == 3 * timeline.total_breaths  # in, hold, out: each one heard


@settings(max_examples=30, deadline=None)
@given(
    blocks=st.lists(st.integers(min_value=1, max_value=5000), min_size=1, max_size=6),
    start=st.integers(min_value=0, max_value=20 * RATE),
    style=st.sampled_from(["soft", "bell", "breath"]),
)
def test_block_sizes_never_change_a_sample(blocks: list[int], start: int, style: str) -> None:
    """Cues longer than a block carry on into the next one, wherever blocks fall."""
    timeline = Timeline(PRESETS["cyclic-sigh"], ease_in=True)
    frames = 6 * RATE
    reference = render(CueMixer(timeline, style, RATE, start_frame=start), start, frames, [frames])
    chopped = render(CueMixer(timeline, style, RATE, start_frame=start), start, frames, blocks)
    assert np.array_equal(reference, chopped)


def test_stereo_gets_the_same_sound_in_every_channel() -> None:
    timeline = Timeline(PRESETS["exhale-4-6"])
    mono = render(CueMixer(timeline, "bell", RATE), 0, 3 * RATE)
    stereo = np.full((3 * RATE, 2), np.nan, dtype=np.float32)
    mixer = CueMixer(timeline, "bell", RATE)
    for start in range(0, 3 * RATE, 700):
        mixer.fill(stereo[start : start + 700], start)
    assert np.array_equal(stereo[:, 0], mono) and np.array_equal(stereo[:, 1], mono)


def test_volume_changes_glide_sample_by_sample() -> None:
    rate = 48000
    timeline = Timeline(parse_pattern("6-6"))
    steady = render(CueMixer(timeline, "soft", rate, volume=1.0), 0, rate, [256])
    mixer = CueMixer(timeline, "soft", rate, volume=1.0)
    change_at = rate // 4  # a quarter second into the breath-in glide
    first = render(mixer, 0, change_at, [256])
    mixer.set_volume(0.5)
    changed = np.concatenate([first, render(mixer, change_at, rate - change_at, [256])])
    sounding = np.abs(steady) > 1e-3
    gain = np.full(rate, np.nan)
    gain[sounding] = changed[sounding] / steady[sounding]
    before, after = gain[:change_at], gain[change_at + round(VOLUME_RAMP_SECONDS * rate) :]
    assert np.nanmax(np.abs(before - 1.0)) < 1e-5
    assert np.nanmax(np.abs(after - volume_gain(0.5))) < 1e-4
    steps = np.diff(gain[change_at - 1 : change_at + round(VOLUME_RAMP_SECONDS * rate)])
    steps = steps[~np.isnan(steps)]  # neighbours where the glide itself is audible
    # Monotonic and never faster than a full-scale change over VOLUME_RAMP_SECONDS.
    assert np.all(steps <= 1e-5)
    assert np.max(-steps) <= 1.0 / (VOLUME_RAMP_SECONDS * rate) + 1e-5
    # It takes 20-50 ms, not one sample: from 1.0 to 0.25 at the full-scale rate.
    took = np.argmax(gain[change_at:] <= volume_gain(0.5) + 1e-6) / rate
    assert 0.02 <= took <= 0.05


def test_fade_out_reaches_silence_in_fifty_milliseconds_and_stays() -> None:
    rate = 48000
    timeline = Timeline(parse_pattern("6-6"))
    mixer = CueMixer(timeline, "soft", rate, volume=1.0)
    render(mixer, 0, rate // 2, [480])
    assert not mixer.faded_out
    mixer.fade_out()
    tail = render(mixer, rate // 2, rate // 2, [480])
    fade = round(FADE_SECONDS * rate)
    assert np.any(tail[: fade // 2] != 0)
    assert not np.any(tail[fade:])
    assert mixer.faded_out and mixer.finished
    levels = np.abs(tail[: fade + 1]).astype(np.float64)
    assert np.max(np.abs(np.diff(levels))) < 0.05  # no step: it glides down
    mixer.fade_in()
    assert np.any(render(mixer, rate, rate // 4, [480]))


def test_starting_inside_a_cue_fades_in_and_starting_in_silence_does_not() -> None:
    rate = 48000
    timeline = Timeline(parse_pattern("6-6"))
    inside = rate  # one second into the breath-in glide
    out = render(CueMixer(timeline, "soft", rate, start_frame=inside), inside, rate // 10)
    assert out[0] == 0.0  # no sudden start
    assert abs(out[1]) < 1e-3
    assert np.max(np.abs(out[round(FADE_SECONDS * rate) :])) > 0.1
    cue = render_cue("soft", CueKind.INHALE, 6 * rate, rate)
    from_zero = render(CueMixer(timeline, "soft", rate), 0, len(cue))
    assert np.allclose(from_zero[: len(cue)], cue * volume_gain(0.8), atol=1e-7)


def test_a_new_style_takes_over_at_the_next_phase_not_mid_cue() -> None:
    timeline = Timeline(parse_pattern("4-6"))
    mixer = CueMixer(timeline, "soft", RATE)
    first = render(mixer, 0, 2 * RATE)
    mixer.set_style("bell")
    rest = render(mixer, 2 * RATE, 8 * RATE)
    both = np.concatenate([first, rest])
    soft_only = render(CueMixer(timeline, "soft", RATE), 0, 4 * RATE)
    bell_only = render(CueMixer(timeline, "bell", RATE), 4 * RATE, 6 * RATE)
    assert np.array_equal(both[: 4 * RATE], soft_only)  # the sounding inhale finished as soft
    assert np.array_equal(both[4 * RATE :], bell_only)  # the exhale rang as a bell
    assert mixer.style is CueStyle.BELL


def test_silent_style_fills_silence() -> None:
    timeline = Timeline(PRESETS["exhale-4-6"])
    out = render(CueMixer(timeline, "silent", RATE), 0, 12 * RATE)
    assert not np.any(out)


def test_nothing_sounds_after_the_session_ends() -> None:
    timeline = Timeline(PRESETS["exhale-4-6"], length=SessionLength(minutes=1))
    end = round(timeline.end_seconds * RATE)
    out = render(CueMixer(timeline, "bell", RATE), end - 5 * RATE, 10 * RATE)
    assert np.any(out[: 5 * RATE]) and not np.any(out[5 * RATE :])


def test_a_one_off_sound_plays_once_over_the_breath() -> None:
    mixer = CueMixer(None, "soft", RATE)
    assert mixer.finished  # nothing to play
    chime = render_cue("bell", CueKind.CHIME, 0, RATE)
    mixer.play_once(chime)
    assert not mixer.finished
    out = render(mixer, 0, len(chime) + RATE, [256])
    assert np.allclose(out[: len(chime)], chime * volume_gain(0.8), atol=1e-7)
    assert not np.any(out[len(chime) :])
    assert mixer.finished


def test_output_never_exceeds_the_peak_even_with_overlapping_sounds() -> None:
    timeline = Timeline(parse_pattern("4-6"))
    mixer = CueMixer(timeline, "bell", RATE, volume=1.0)
    mixer.play_once(render_cue("bell", CueKind.CHIME, 0, RATE))
    out = render(mixer, 0, 4 * RATE)
    assert np.max(np.abs(out)) <= PEAK + 1e-7


def test_fill_allocates_no_buffers(measure_allocations) -> None:
    rate = 48000
    timeline = Timeline(PRESETS["cyclic-sigh"], ease_in=True)
    mixer = CueMixer(timeline, "breath", rate)
    out = np.zeros((1024, 2), dtype=np.float32)

    def block(i: int) -> None:
        mixer.fill(out, i * 1024)
        if i % 700 == 0:  # volume glides too, in warm-up and measurement alike
            mixer.set_volume(0.3 if mixer.volume > 0.5 else 0.9)

    growth, peak = measure_allocations(block, 1000, 2000)
    # Nothing is kept, and nothing near one 1024-frame buffer (4 KiB mono) is ever made.
    assert growth < 512
    assert peak < 2048


def test_volume_is_a_square_law_and_refuses_nonsense() -> None:
    assert volume_gain(1.0) == 1.0 and volume_gain(0.0) == 0.0
    assert volume_gain(0.5) == pytest.approx(0.25)
    assert volume_gain(7) == 1.0
    with pytest.raises(ValueError):
        volume_gain(math.nan)
