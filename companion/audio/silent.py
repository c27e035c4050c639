"""A sound output that never makes a sound, for when sound is unavailable or unwanted."""

from __future__ import annotations

from companion.audio.synth import CueStyle
from companion.core.breathing import Timeline

__all__ = ["SilentOutput"]


class SilentOutput:
    """A CuePlayer that never makes a sound, for when sound is unavailable or unwanted."""

    def __init__(self, message: str = "") -> None:
        self._message = message
        self.underflows = 0
        self.enabled = False
        self.volume = 0.0
        self.style = CueStyle.SILENT
        self.rhythm = False
        self.device: int | None = None
        self.playing = False

    def start(self, timeline: Timeline, offset_seconds: float) -> None:
        """Nothing to play."""

    def stop(self) -> None:
        """Nothing to stop."""

    def heard_elapsed(self) -> float | None:
        return None

    def status_message(self) -> str:
        return self._message

    def retry(self) -> bool:
        return not self._message

    def set_enabled(self, on: bool) -> None:
        """Sound cannot be turned on here."""

    def set_volume(self, volume: float) -> None:
        """No volume to set."""

    def set_style(self, style: CueStyle | str) -> None:
        """No style to set."""

    def set_rhythm(self, on: bool) -> None:
        """No taps to mark."""

    def set_device(self, index: int | None) -> None:
        """No device to use."""

    def set_device_name(self, name: str | None) -> None:
        """No device to use."""

    def devices(self) -> list[tuple[int, str]]:
        return []

    def chime(self) -> None:
        """Silence."""

    def test_sound(self) -> None:
        """Silence."""

    def close(self) -> None:
        """Nothing to release."""
