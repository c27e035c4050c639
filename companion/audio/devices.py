"""Finding an output device and opening a stream on it, for the sound output's worker.

``backend`` is the sounddevice module (or a test's stand-in); nothing here imports it.
Failures a user can fix come back as ``DeviceProblem`` carrying the message to show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from companion.audio.messages import NO_DEVICE, NO_SUCH_DEVICE, OPEN_FAILED
from companion.audio.mixer import CueMixer
from companion.audio.stream import OpenStream
from companion.audio.synth import CueStyle

__all__ = ["DeviceProblem", "failures_of", "list_outputs", "open_stream", "rescan"]


class DeviceProblem(Exception):
    """Sound cannot play: ``message`` says why (untranslated), ``detail`` in the device's words."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


def failures_of(backend: Any) -> tuple[type[BaseException], ...]:
    """What PortAudio raises when a device or stream fails (not our own bugs)."""
    error = getattr(backend, "PortAudioError", None)
    base: tuple[type[BaseException], ...] = (OSError, ValueError, RuntimeError)
    return (error, *base) if isinstance(error, type) else base


def list_outputs(backend: Any) -> list[tuple[int, str]]:
    """Output devices as (index, name); empty when PortAudio cannot say."""
    try:
        found = backend.query_devices()
    except failures_of(backend):  # PortAudio errors are not the user's to see here
        return []
    return [
        (index, str(info["name"]))
        for index, info in enumerate(found)
        if int(info.get("max_output_channels", 0)) > 0
    ]


def rescan(backend: Any) -> None:
    """Let PortAudio look for devices again (it only scans when initialised).

    Only call it while no stream is open: it ends them all.
    """
    terminate = getattr(backend, "_terminate", None)
    initialize = getattr(backend, "_initialize", None)
    if terminate is None or initialize is None:
        return
    try:
        terminate()
        initialize()
    except failures_of(backend):  # the next open reports what is wrong
        pass


def _device_info(backend: Any, device: int | None) -> dict[str, Any]:
    missing = NO_DEVICE if device is None else NO_SUCH_DEVICE
    try:
        if device is None:
            info = backend.query_devices(kind="output")
        else:
            info = backend.query_devices(device, "output")
    except failures_of(backend):  # PortAudioError or ValueError: no usable device
        raise DeviceProblem(missing) from None
    if int(info.get("max_output_channels", 0)) < 1:
        raise DeviceProblem(missing)
    return dict(info)


def check_device(backend: Any, device: int | None) -> None:
    """Raise DeviceProblem unless ``device`` (None: the default) can play sound."""
    _device_info(backend, device)


def _pick_rate(
    backend: Any, device: int | None, info: dict[str, Any], channels: int, preferred: int
) -> int:
    check = getattr(backend, "check_output_settings", None)
    if check is None:
        return preferred
    try:
        check(device=device, channels=channels, dtype="float32", samplerate=preferred)
    except failures_of(backend):  # fall back to what the device prefers
        return int(info.get("default_samplerate", 44100))
    return preferred


def open_stream(
    backend: Any,
    *,
    device: int | None,
    preferred_rate: int,
    latency: float | str,
    style: CueStyle,
    volume: float,
    monotonic: Callable[[], float],
) -> OpenStream:
    """Open and start a stream (silent pre-roll first); DeviceProblem when it cannot."""
    info = _device_info(backend, device)
    channels = max(1, min(2, int(info.get("max_output_channels", 2))))
    rate = _pick_rate(backend, device, info, channels, preferred_rate)
    stream: OpenStream | None = None
    try:
        stream = OpenStream(
            backend,
            rate=rate,
            device=device,
            channels=channels,
            latency=latency,
            effects=CueMixer(None, style, rate, volume),
            monotonic=monotonic,
        )
        stream.stream.start()
        stream.opened_at = monotonic()  # starting may take a while: the grace counts from here
    except failures_of(backend) as exc:  # PortAudio reports failures many ways
        if stream is not None:
            stream.shut(drain=False)
        lines = str(exc).strip().splitlines()
        raise DeviceProblem(OPEN_FAILED, lines[0] if lines else "") from None
    return stream
