"""Stand-ins for the sounddevice names every fake sound device needs: its two exceptions and
the time info PortAudio hands the output callback."""

from __future__ import annotations

__all__ = ["FakeCallbackStop", "FakePortAudioError", "FakeTimeInfo"]


class FakePortAudioError(Exception):
    """Stands in for sounddevice.PortAudioError."""


class FakeCallbackStop(Exception):
    """Stands in for sounddevice.CallbackStop."""


class FakeTimeInfo:
    """The three times PortAudio hands the callback (seconds on the stream's clock)."""

    __slots__ = ("currentTime", "inputBufferAdcTime", "outputBufferDacTime")

    def __init__(self) -> None:
        self.currentTime = 0.0
        self.inputBufferAdcTime = 0.0
        self.outputBufferDacTime = 0.0
