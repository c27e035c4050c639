"""Cue synthesis: no clicks, safe peak, ends in silence, in and out sound different."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.audio.synth import (
    MIN_SILENCE_S,
    PEAK,
    CueBank,
    CueKind,
    CueStyle,
    attack_seconds,
    cue_length,
    max_frequency,
    render_cue,
    render_preview,
)

SOUNDING = [CueStyle.SOFT, CueStyle.BELL, CueStyle.BREATH]
KINDS = [CueKind.INHALE, CueKind.TOP_UP, CueKind.EXHALE, CueKind.HOLD, CueKind.CHIME]
MINUS_1_DBFS = 10 ** (-1 / 20)


def click_threshold(style: CueStyle, rate: int) -> float:
    """The largest step between neighbouring samples a click-free cue can have.

    Bernstein's inequality: a signal band-limited to B Hz with peak P has |x'| <= 2*pi*B*P,
    so one sample apart it moves at most 2*pi*B*P/rate. B is the highest partial, glide or
    noise-band frequency the style uses, widened by the bandwidth of its fastest envelope
    (about 1 / attack time). A 10 % margin covers the envelopes not being strictly
    band-limited. A click is a jump, i.e. energy up to Nyquist, so it breaks this bound.
    """
    bandwidth = max_frequency(style, rate) + 1.0 / attack_seconds(style)
    return 1.1 * 2 * math.pi * bandwidth * PEAK / rate


def max_step(samples: np.ndarray) -> float:
    return float(np.max(np.abs(np.diff(samples.astype(np.float64)))))


@pytest.mark.parametrize("rate", [8000, 48000])
@pytest.mark.parametrize("style", SOUNDING)
@pytest.mark.parametrize("kind", KINDS)
def test_every_cue_starts_and_ends_at_zero_without_clicks(
    style: CueStyle, kind: CueKind, rate: int
) -> None:
    cue = render_cue(style, kind, round(5.0 * rate), rate)
    if len(cue) == 0:
        assert style is CueStyle.BREATH and kind is CueKind.HOLD  # a held breath is silent
        return
    assert cue.dtype == np.float32
    assert cue[0] == 0.0 and cue[-1] == 0.0
    assert max_step(cue) <= click_threshold(style, rate)


@pytest.mark.parametrize("style", SOUNDING)
def test_the_click_check_catches_a_cut_off_cue(style: CueStyle) -> None:
    rate = 48000
    cue = render_cue(style, CueKind.INHALE, 4 * rate, rate)
    loudest = int(np.argmax(np.abs(cue)))
    cut = np.concatenate([cue[: loudest + 1], np.zeros(100, dtype=np.float32)])
    assert max_step(cut) > click_threshold(style, rate)


@pytest.mark.parametrize("style", SOUNDING)
@pytest.mark.parametrize("kind", KINDS)
def test_peak_stays_below_minus_one_dbfs(style: CueStyle, kind: CueKind) -> None:
    cue = render_cue(style, kind, 6 * 48000, 48000)
    if len(cue):
        assert float(np.max(np.abs(cue))) <= MINUS_1_DBFS
        assert float(np.max(np.abs(cue))) > 0.1  # and still clearly audible


@settings(max_examples=200, deadline=None)
@given(
    style=st.sampled_from(list(CueStyle)),
    kind=st.sampled_from([CueKind.INHALE, CueKind.TOP_UP, CueKind.EXHALE, CueKind.HOLD]),
    tenths=st.integers(min_value=1, max_value=200),
    rate=st.sampled_from([8000, 22050, 44100, 48000]),
)
def test_each_cue_falls_silent_before_its_phase_ends(
    style: CueStyle, kind: CueKind, tenths: int, rate: int
) -> None:
    duration = round(tenths / 10 * rate)
    length = cue_length(style, kind, duration, rate)
    assert 0 <= length <= duration - math.ceil(MIN_SILENCE_S * rate) or length == 0
    if style is CueStyle.SILENT:
        assert length == 0


def test_silent_style_makes_no_sound() -> None:
    for kind in KINDS:
        assert len(render_cue(CueStyle.SILENT, kind, 48000 * 4, 48000)) == 0


def pitch_track(cue: np.ndarray, rate: int, part: slice) -> float:
    """Frequency of the loudest spectral peak in a slice of the cue (Hz)."""
    piece = cue[part].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(piece * np.hanning(len(piece)), n=1 << 18))
    return float(np.argmax(spectrum) * rate / (1 << 18))


def test_soft_tones_rise_on_the_inhale_and_fall_on_the_exhale() -> None:
    rate = 16000
    inhale = render_cue(CueStyle.SOFT, CueKind.INHALE, 4 * rate, rate)
    exhale = render_cue(CueStyle.SOFT, CueKind.EXHALE, 6 * rate, rate)
    for cue, direction in ((inhale, 1), (exhale, -1)):
        n = len(cue)
        start = pitch_track(cue, rate, slice(0, n // 5))
        end = pitch_track(cue, rate, slice(n - n // 3, n - n // 6))
        # At least four semitones of glide, the right way.
        assert direction * math.log2(end / start) * 12 > 4


def test_bells_ring_at_different_pitches_for_in_and_out() -> None:
    rate = 16000
    inhale = render_cue(CueStyle.BELL, CueKind.INHALE, 4 * rate, rate)
    exhale = render_cue(CueStyle.BELL, CueKind.EXHALE, 6 * rate, rate)
    high = pitch_track(inhale, rate, slice(0, rate))
    low = pitch_track(exhale, rate, slice(0, rate))
    assert 12 * math.log2(high / low) >= 5  # at least a fourth apart


def test_breath_noise_swells_with_the_inhale_and_ebbs_with_the_exhale() -> None:
    rate = 16000
    inhale = render_cue(CueStyle.BREATH, CueKind.INHALE, 4 * rate, rate)
    exhale = render_cue(CueStyle.BREATH, CueKind.EXHALE, 6 * rate, rate)

    def loudness(cue: np.ndarray) -> np.ndarray:
        return np.sqrt(np.mean(cue[: len(cue) // 10 * 10].reshape(10, -1) ** 2, axis=1))

    rising, ebbing = loudness(inhale), loudness(exhale)
    assert rising[7] > 1.5 * rising[1]  # louder late in the breath in
    assert ebbing[1] > 2 * ebbing[8]  # quieter late in the breath out
    # The breath in is brighter: more of its energy lies above 1.5 kHz.

    def bright_share(cue: np.ndarray) -> float:
        power = np.abs(np.fft.rfft(cue.astype(np.float64))) ** 2
        freqs = np.fft.rfftfreq(len(cue), 1 / rate)
        return float(power[freqs > 1500].sum() / power.sum())

    assert bright_share(inhale) > 2 * bright_share(exhale)
    # It follows the phase: a longer breath in gives a longer sound.
    longer = render_cue(CueStyle.BREATH, CueKind.INHALE, 8 * rate, rate)
    assert len(longer) > 1.9 * len(inhale)


def test_breath_noise_is_the_same_every_time() -> None:
    first = render_cue(CueStyle.BREATH, CueKind.EXHALE, 48000 * 6, 48000)
    again = render_cue(CueStyle.BREATH, CueKind.EXHALE, 48000 * 6, 48000)
    assert np.array_equal(first, again)


def test_glides_are_continuous_in_phase() -> None:
    """A glide that restarted its oscillator per sample would jump; the steps stay tiny."""
    rate = 48000
    cue = render_cue(CueStyle.SOFT, CueKind.EXHALE, 6 * rate, rate).astype(np.float64)
    # Second difference of a smooth tone is bounded by (2*pi*f/rate)^2 * peak.
    second = np.max(np.abs(np.diff(cue, 2)))
    highest = max_frequency(CueStyle.SOFT, rate)
    assert second <= 1.2 * (2 * math.pi * highest / rate) ** 2 * PEAK


def test_onset_is_visible_in_sixteen_bit_audio() -> None:
    """The sample after the onset is clearly non-zero even after 16-bit rounding."""
    for style in (CueStyle.SOFT, CueStyle.BELL):
        for kind in (CueKind.INHALE, CueKind.EXHALE, CueKind.HOLD, CueKind.TOP_UP):
            cue = render_cue(style, kind, 48000 * 4, 48000)
            assert round(cue[0] * 32767) == 0
            assert abs(round(float(cue[1]) * 32767 * 0.64)) >= 2  # at volume 0.8


def test_the_bank_renders_each_cue_once_and_shares_it() -> None:
    bank = CueBank(16000)
    first = bank.cue(CueStyle.SOFT, CueKind.INHALE, 4 * 16000)
    assert bank.cue("soft", CueKind.INHALE, 4 * 16000) is first
    assert len(bank) == 1
    assert not first.flags.writeable
    key = bank.key(CueStyle.SOFT, CueKind.INHALE, 4 * 16000)
    assert bank.cached(key) is first
    assert bank.cached(bank.key(CueStyle.BELL, CueKind.INHALE, 4 * 16000)) is None


def test_preview_holds_a_breath_in_then_a_breath_out() -> None:
    rate = 8000
    preview = render_preview(CueStyle.SOFT, rate)
    assert preview[0] == 0 and preview[-1] == 0
    assert np.any(preview[: 3 * rate]) and np.any(preview[3 * rate :])


def test_unknown_style_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="soft, bell, breath, silent"):
        render_cue("loud", CueKind.INHALE, 1000, 8000)
