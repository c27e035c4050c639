"""Integrated loudness after ITU-R BS.1770 (K-weighting, 400 ms blocks, two gates), in numpy.

The K-weighting is applied as its magnitude response in the frequency domain: loudness
depends only on power, so the filter's phase does not matter here.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

# The two K-weighting stages at 48 kHz, as the recommendation gives them.
_SHELF = (
    [1.53512485958697, -2.69169618940638, 1.19839281085285],
    [1.0, -1.69065929318241, 0.73248077421585],
)
_HIGH_PASS = ([1.0, -2.0, 1.0], [1.0, -1.99004745483398, 0.99007225036621])


def _response(
    coefficients: tuple[list[float], list[float]], w: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    b, a = coefficients
    z = np.exp(-1j * w)
    numerator = b[0] + b[1] * z + b[2] * z * z
    denominator = a[0] + a[1] * z + a[2] * z * z
    result: npt.NDArray[np.float64] = np.abs(numerator / denominator)
    return result


def k_weighted(samples: npt.NDArray[np.floating], rate: int = 48000) -> npt.NDArray[np.float64]:
    """``samples`` (mono, 48 kHz) through the K-weighting magnitude response."""
    assert rate == 48000, "the coefficients above are for 48 kHz"
    spectrum = np.fft.rfft(np.asarray(samples, dtype=np.float64))
    w = 2 * np.pi * np.fft.rfftfreq(len(samples), 1 / rate) / rate
    spectrum *= _response(_SHELF, w) * _response(_HIGH_PASS, w)
    filtered: npt.NDArray[np.float64] = np.fft.irfft(spectrum, n=len(samples))
    return filtered


def integrated_loudness(samples: npt.NDArray[np.floating], rate: int = 48000) -> float:
    """Integrated loudness in LUFS of mono ``samples``."""
    weighted = k_weighted(samples, rate)
    block, step = round(0.4 * rate), round(0.1 * rate)
    starts = range(0, len(weighted) - block + 1, step)
    power = np.array([np.mean(weighted[s : s + block] ** 2) for s in starts])
    loudness = -0.691 + 10 * np.log10(np.maximum(power, 1e-20))
    gated = power[loudness > -70.0]
    relative = -0.691 + 10 * np.log10(np.mean(gated)) - 10.0
    gated = power[(loudness > -70.0) & (loudness > relative)]
    return float(-0.691 + 10 * np.log10(np.mean(gated)))
