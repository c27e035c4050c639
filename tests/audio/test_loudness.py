"""Styles at one loudness, and breath cues that start on time and can be told apart."""

from __future__ import annotations

import numpy as np
import pytest
from helpers.loudness import integrated_loudness

from companion.audio.mixer import CueMixer
from companion.audio.synth import CueKind, CueStyle, render_cue
from companion.core.breath_pattern import PRESETS
from companion.core.breathing import SessionLength, Timeline

RATE = 48000
STYLES = (CueStyle.SOFT, CueStyle.BELL, CueStyle.BREATH)


def session_loudness(preset: str, style: CueStyle, volume: float = 0.8) -> float:
    """Integrated loudness (LUFS) of two minutes of ``preset`` in ``style``."""
    timeline = Timeline(PRESETS[preset], length=SessionLength(minutes=2))
    mixer = CueMixer(timeline, style, RATE, volume)
    mixer.prepare_all()
    out = np.zeros(120 * RATE, dtype=np.float32)
    mixer.fill(out, 0)
    return integrated_loudness(out, RATE)


def test_the_loudness_measure_reads_a_full_scale_tone_as_minus_three_lufs() -> None:
    t = np.arange(5 * RATE) / RATE
    assert integrated_loudness(np.sin(2 * np.pi * 997 * t)) == pytest.approx(-3.01, abs=0.05)


@pytest.mark.parametrize("preset", ["exhale-4-6", "cyclic-sigh", "4-7-8"])
def test_every_style_is_equally_loud_at_the_same_volume(preset: str) -> None:
    loudness = {style: session_loudness(preset, style) for style in STYLES}
    spread = max(loudness.values()) - min(loudness.values())
    assert spread <= 1.0, loudness


def _short_rms(cue: np.ndarray, start_s: float, end_s: float) -> float:
    part = cue[round(start_s * RATE) : round(end_s * RATE)].astype(np.float64)
    return float(np.sqrt(np.mean(part**2)))


@pytest.mark.parametrize("kind", [CueKind.INHALE, CueKind.TOP_UP, CueKind.EXHALE])
def test_breath_cues_reach_their_level_within_30_ms(kind: CueKind) -> None:
    cue = render_cue(CueStyle.BREATH, kind, 4 * RATE, RATE)
    level = _short_rms(cue, 0.05, 0.25)  # the body of the sound just after its start
    assert _short_rms(cue, 0.02, 0.04) >= 0.7 * level


def _centroid(cue: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(cue.astype(np.float64)))
    freqs = np.fft.rfftfreq(len(cue), 1 / RATE)
    return float(np.sum(freqs * spectrum) / np.sum(spectrum))


def test_breath_in_top_up_and_out_sound_different() -> None:
    inhale = render_cue(CueStyle.BREATH, CueKind.INHALE, 4 * RATE, RATE)
    top_up = render_cue(CueStyle.BREATH, CueKind.TOP_UP, 2 * RATE, RATE)
    exhale = render_cue(CueStyle.BREATH, CueKind.EXHALE, 6 * RATE, RATE)
    # Brightness: out is clearly darker than in, and the top-up clearly brighter than in.
    assert _centroid(inhale) >= 1.5 * _centroid(exhale)
    assert _centroid(top_up) >= 1.3 * _centroid(inhale)
    # Rhythm: the top-up is a short sniff, not another long breath.
    assert len(top_up) <= 0.6 * RATE < len(inhale)
