"""Room above the tallest bar for what is written or drawn on it, at any font size.

A count over a bar is as tall as the font makes it, in pixels, while the chart's range is in
check-ins: the room is worked out again whenever the chart changes height, so a 16 pt count
never touches the top of the chart, and a small one does not waste it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

__all__ = ["BarHeadroom", "top_of_range"]

#: The least room above the tallest bar, as a share of its height (even with nothing on it).
MIN_SHARE = 0.15
#: Air above a count, as a share of its own height.
AIR = 0.25


def top_of_range(tallest: float, chart_px: float, above_px: float) -> float:
    """The top of the value range so that ``above_px`` pixels (and some air) fit above a bar
    of height ``tallest`` in a chart ``chart_px`` pixels high. Never less than 1."""
    tallest = max(1.0, tallest)
    top = tallest * (1 + MIN_SHARE)
    if above_px <= 0 or chart_px <= 0:
        return top
    # The bars keep at least a third of the height, however large the text.
    usable = max(chart_px - above_px * (1 + AIR), chart_px / 3)
    return max(top, tallest * chart_px / usable)


class BarHeadroom(QObject):
    """Keeps a pyqtgraph plot's value range high enough for the marks above its bars.

    ``rangeChanged(top)`` follows every change, to set ticks that follow the range. It lives
    as long as ``owner`` (the chart's view): after that, resizes are not followed.
    """

    rangeChanged = Signal(float)

    def __init__(self, plot_item: Any, owner: QObject) -> None:
        super().__init__(owner)
        self._plot = plot_item
        self._tallest = 0.0
        self._above: Callable[[], float] = lambda: 0.0
        plot_item.getViewBox().sigResized.connect(self.fit)

    def set_bars(self, tallest: float, above_px: Callable[[], float]) -> None:
        """The tallest bar's value, and how many pixels what sits on it needs (asked anew on
        each fit, as fonts and styles can change)."""
        self._tallest = tallest
        self._above = above_px
        self.fit()

    def fit(self, *_resized: object) -> None:
        """Set the range for the chart's current height."""
        box = self._plot.getViewBox()
        top = top_of_range(self._tallest, float(box.height()), self._above())
        self._plot.setYRange(0, top, padding=0)
        self.rangeChanged.emit(top)
