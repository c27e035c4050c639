"""Offline rendering: the WAV holds every cue on its exact sample, safely loud, click-free."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np
import pytest

from companion.audio.render import RenderError, render_wav
from companion.audio.synth import PEAK, CueStyle, attack_seconds, max_frequency
from companion.core.breath_pattern import resolve_pattern
from companion.core.breathing import SessionLength, Timeline

MINUS_1_DBFS = 10 ** (-1 / 20)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        rate = wav.getframerate()
        data = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    return data, rate


def detect_onsets(pcm: np.ndarray, rate: int) -> np.ndarray:
    """Frames where a cue starts: the sample before the first non-zero one after >= 20 ms
    of digital silence. (Every cue ends 40 ms before the next phase, begins with an exact
    zero and is clearly non-zero one sample later; no cue is silent for 20 ms inside.)"""
    loud = np.flatnonzero(pcm)
    quiet = round(0.02 * rate)
    gaps = np.diff(loud)
    firsts = np.concatenate([loud[:1], loud[1:][gaps > quiet]])
    return firsts - 1


def expected_onsets(pattern: str, minutes: float, rate: int, ease_in: bool) -> np.ndarray:
    timeline = Timeline(resolve_pattern(pattern), ease_in=ease_in, length=SessionLength(minutes))
    total = round(timeline.end_seconds * rate)
    return np.array([f for f, _, _ in timeline.phase_start_frames(rate, 0, total)])


@pytest.mark.parametrize(
    ("pattern", "minutes", "rate", "style", "ease_in"),
    [
        ("cyclic-sigh", 30, 8000, "soft", True),  # a full 30-minute session, top-ups, ease-in
        ("4-7-8", 30, 8000, "bell", False),  # 30 minutes with holds
        ("4-2-6-2", 3, 48000, "soft", False),  # full rate, hold and rest
        ("exhale-4-6", 2.5, 48000, "bell", True),
    ],
)
def test_rendered_onsets_match_the_timeline_to_the_sample(
    tmp_path: Path, pattern: str, minutes: float, rate: int, style: str, ease_in: bool
) -> None:
    path = tmp_path / "cues.wav"
    render_wav(pattern, minutes, path, style=style, rate=rate, ease_in=ease_in)
    pcm, file_rate = read_wav(path)
    assert file_rate == rate
    expected = expected_onsets(pattern, minutes, rate, ease_in)
    found = detect_onsets(pcm, rate)
    assert len(found) == len(expected)
    assert np.max(np.abs(found - expected)) <= 1
    # The file lasts exactly the session: it ends with the last breath out.
    timeline = Timeline(resolve_pattern(pattern), ease_in=ease_in, length=SessionLength(minutes))
    assert len(pcm) == round(timeline.end_seconds * rate)
    assert len(pcm) / rate >= minutes * 60


@pytest.mark.parametrize("style", ["soft", "bell", "breath"])
def test_full_volume_peaks_under_minus_one_dbfs_without_clicks(tmp_path: Path, style: str) -> None:
    rate = 48000
    path = tmp_path / "loud.wav"
    render_wav("cyclic-sigh", 1, path, style=style, volume=1.0, rate=rate)
    pcm, _ = read_wav(path)
    samples = pcm.astype(np.float64) / 32767
    assert np.max(np.abs(samples)) <= MINUS_1_DBFS
    # And clearly audible. (Styles are matched by loudness, not peak: soft tones, the most
    # compact sound, peak lowest, about 7.5 dB under the bells' ceiling.)
    assert np.max(np.abs(samples)) >= 0.35 * PEAK
    # Bernstein's bound for a band-limited signal (see test_synth.click_threshold), plus one
    # 16-bit step for rounding: anything above it is a discontinuity, i.e. a click.
    bandwidth = max_frequency(style, rate) + 1.0 / attack_seconds(CueStyle(style))
    threshold = 1.1 * 2 * math.pi * bandwidth * PEAK / rate + 1 / 32767
    assert np.max(np.abs(np.diff(samples))) <= threshold


def test_volume_scales_the_file(tmp_path: Path) -> None:
    render_wav("exhale-4-6", 1, tmp_path / "full.wav", volume=1.0, rate=8000)
    render_wav("exhale-4-6", 1, tmp_path / "half.wav", volume=0.5, rate=8000)
    render_wav("exhale-4-6", 1, tmp_path / "none.wav", volume=0.0, rate=8000)
    full, _ = read_wav(tmp_path / "full.wav")
    half, _ = read_wav(tmp_path / "half.wav")
    none, _ = read_wav(tmp_path / "none.wav")
    ratio = np.abs(half).max() / np.abs(full).max()
    assert ratio == pytest.approx(0.25, abs=0.01)  # square law: half the slider, -12 dB
    assert not np.any(none)


def test_silent_style_writes_silence_of_the_right_length(tmp_path: Path) -> None:
    render_wav("4-6", 1, tmp_path / "quiet.wav", style="silent", rate=8000)
    pcm, _ = read_wav(tmp_path / "quiet.wav")
    assert len(pcm) == 60 * 8000 and not np.any(pcm)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"pattern_text": "4-x"}, "not a number of seconds"),
        ({"pattern_text": "nonsense-preset"}, "presets are"),
        ({"minutes": 0.5}, "1 to 60 minutes"),
        ({"minutes": 61}, "1 to 60 minutes"),
        ({"minutes": math.nan}, "must be a number"),
        ({"minutes": "ten"}, "must be a number"),
        ({"style": "loud"}, "soft, bell, breath, silent"),
        ({"volume": 1.5}, "from 0 to 1"),
        ({"volume": -0.1}, "from 0 to 1"),
        ({"rate": 4000}, "8000 to 192000"),
        ({"rate": 400000}, "8000 to 192000"),
        ({"rate": 44100.5}, "whole number"),
    ],
)
def test_bad_arguments_get_a_clear_message_and_no_file(
    tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    args: dict[str, object] = {"pattern_text": "4-6", "minutes": 1, "rate": 8000}
    args.update(kwargs)
    folder = tmp_path / "renders"
    folder.mkdir()
    with pytest.raises(RenderError, match=message):
        render_wav(args.pop("pattern_text"), args.pop("minutes"), folder / "out.wav", **args)  # type: ignore[arg-type]
    assert list(folder.iterdir()) == []


def test_an_unwritable_destination_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "renders"
    folder.mkdir()
    with pytest.raises(RenderError, match="Cannot write"):
        render_wav("4-6", 1, folder / "no-such-folder" / "out.wav", rate=8000)
    assert isinstance(RenderError("x"), ValueError)
    with pytest.raises(RenderError, match="Cannot write"):
        render_wav("4-6", 1, folder, rate=8000)  # a folder, not a file
    assert list(folder.iterdir()) == []


def _bursts(samples: np.ndarray, rate: int, start: float, end: float) -> int:
    """Separate sounds (gaps of 50 ms or more between them) in [start, end) seconds."""
    part = np.abs(samples[round(start * rate) : round(end * rate)]) > 0.002
    loud = np.flatnonzero(part)
    if len(loud) == 0:
        return 0
    return 1 + int(np.count_nonzero(np.diff(loud) > round(0.05 * rate)))


def test_rhythm_marks_in_with_one_tap_and_out_with_two(tmp_path: Path) -> None:
    """Heard with eyes closed: even with no tones at all, the taps say which phase began."""
    rate = 16000
    render_wav("4-7-8", 1, tmp_path / "taps.wav", style="silent", rhythm=True, rate=rate)
    pcm, _ = read_wav(tmp_path / "taps.wav")
    samples = pcm.astype(np.float64) / 32767
    timeline = Timeline(resolve_pattern("4-7-8"), length=SessionLength(1))
    starts = timeline.phase_starts(0.0, timeline.end_seconds)
    taps = {"inhale": 1, "hold": 0, "exhale": 2}
    for start in starts:
        heard = _bursts(samples, rate, start.time, start.time + 0.6)
        assert heard == taps[start.kind.value], (start.time, start.kind)
    render_wav("4-7-8", 1, tmp_path / "none.wav", style="silent", rate=rate)
    quiet, _ = read_wav(tmp_path / "none.wav")
    assert not np.any(quiet)  # without the option, silent stays silent


def test_rhythm_is_offered_on_the_command_line(tmp_path: Path) -> None:
    from companion.cli import main

    out = tmp_path / "cli.wav"
    code = main(
        ["render-audio", "--pattern", "4-6", "--style", "silent", "--rhythm", "-o", str(out)]
    )
    assert code == 0
    pcm, _ = read_wav(out)
    assert np.any(pcm)
