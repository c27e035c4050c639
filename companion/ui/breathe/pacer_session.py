"""A breathing session as the pacer runs it: where the breath is, and when to look again.

The breath follows what the sound output says is audible while it can say so, and the
clock otherwise; switching between the two never makes the picture jump.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from companion.core.breathing import BreathState, Timeline
from companion.services.sound import CuePlayer

__all__ = ["PacerSession"]


@dataclass
class PacerSession:
    """One session under way; ``paused_at`` holds its elapsed seconds while paused."""

    timeline: Timeline
    record_id: int | None
    origin: float  # monotonic time at which elapsed was 0
    paused_at: float | None = None

    def elapsed(self, now: float, audio: CuePlayer | None) -> float:
        """Timeline seconds at monotonic time ``now``: heard by the ears, else by the clock."""
        if self.paused_at is not None:
            return self.paused_at
        if audio is not None:
            heard = audio.heard_elapsed()
            if heard is not None:
                self.origin = now - heard  # keep the silent fallback continuous
                return heard
        return now - self.origin

    def pause(self, now: float, audio: CuePlayer | None) -> None:
        self.paused_at = self.elapsed(now, audio)

    def resume(self, now: float) -> float:
        """Go on from the moment of the pause; the elapsed seconds to go on from."""
        offset = self.paused_at if self.paused_at is not None else now - self.origin
        self.origin = now - offset
        self.paused_at = None
        return offset

    def end_point(self, elapsed: float, *, finished: bool) -> float:
        """Where the session ended: its whole length when it ran to the end."""
        end = self.timeline.end_seconds
        if end is None:
            return elapsed
        return end if finished else min(elapsed, end)

    def next_look(self, state: BreathState, elapsed: float, *, visible: bool) -> float | None:
        """Seconds until the words or the log need the pacer again (None: not before the end).

        Visible, that is when the shown seconds change or the phase ends; hidden, only at the
        session's end (so its log is still written).
        """
        if visible:
            remaining = state.phase_remaining
            return remaining - (math.ceil(remaining - 1e-9) - 1)
        if self.timeline.end_seconds is not None:
            return self.timeline.end_seconds - elapsed
        return None
