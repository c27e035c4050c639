"""A gain that moves by a fixed step per sample, anchored to absolute frame numbers."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["Ramp"]


class Ramp:
    """A gain moving linearly toward its target by ``step`` per sample (no zipper noise).

    It is anchored to absolute frame numbers, so a frame gets the same gain however the
    blocks fall. Used only on the audio thread.
    """

    __slots__ = ("origin", "origin_frame", "settled", "step", "target")

    def __init__(self, value: float, step: float, frame: int) -> None:
        self.step = step
        self.origin = value
        self.origin_frame = frame
        self.target = value
        self.settled = True

    def value_at(self, frame: int) -> float:
        if self.settled:
            return self.target
        moved = (frame - self.origin_frame) * self.step
        if self.target > self.origin:
            return min(self.target, self.origin + moved)
        return max(self.target, self.origin - moved)

    def aim(self, target: float, frame: int) -> None:
        """Head for ``target`` from wherever the gain is at ``frame``."""
        if target == self.target:
            return
        now = self.value_at(frame)
        self.origin, self.origin_frame, self.target = now, frame, target
        self.settled = now == target

    def curve(
        self, index: npt.NDArray[np.float32], out: npt.NDArray[np.float32], frame: int
    ) -> None:
        """Write the gains of frames [frame, frame + len(out)) into ``out``, in place."""
        count = len(out)
        if self.settled:
            out.fill(self.target)
            return
        rising = self.target > self.origin
        np.add(index[:count], frame - self.origin_frame, out=out)
        np.multiply(out, self.step if rising else -self.step, out=out)
        np.add(out, self.origin, out=out)
        if rising:
            np.minimum(out, self.target, out=out)
        else:
            np.maximum(out, self.target, out=out)
        if (frame + count - 1 - self.origin_frame) * self.step >= abs(self.target - self.origin):
            self.settled = True
