"""What the app needs from a sound player; the audio package provides one, tests fake it.

Declared here, between the widgets and ``companion.audio``, so neither imports the other.
"""

from __future__ import annotations

from typing import Protocol

from companion.core.breathing import Timeline

__all__ = ["CuePlayer", "SoundPlayer"]


class CuePlayer(Protocol):
    """Plays breath cues for a timeline and reports what is audible, so picture follows sound."""

    def start(self, timeline: Timeline, offset_seconds: float) -> None:
        """Begin (or resume) playing ``timeline`` from ``offset_seconds``."""
        ...

    def stop(self) -> None:
        """Fall silent at once (with a short fade); safe to call when already silent."""
        ...

    def heard_elapsed(self) -> float | None:
        """Timeline seconds audible right now, or None when silent or unavailable."""
        ...

    def status_message(self) -> str:
        """Empty when sound is fine, else why it is off and how to fix it, in plain words."""
        ...

    def retry(self) -> bool:
        """Try sound again (after a device came back); True when sound works afterwards."""
        ...


class SoundPlayer(CuePlayer, Protocol):
    """The whole app's sound output: the pacer's cues plus settings, chime and shutdown."""

    def set_enabled(self, on: bool) -> None: ...

    def set_style(self, style: str) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_rhythm(self, on: bool) -> None: ...

    def set_device_name(self, name: str | None) -> None: ...

    def chime(self) -> None: ...

    def close(self) -> None: ...
