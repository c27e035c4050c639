"""How the wheel's state names are laid out: one size for all, two lines where a name allows.

A name that is too wide for its segment does not shrink on its own: every name shrinks to the
same size, so no state looks smaller (less important) than another. When that size would be
hard to read, a name that can break (a space, a hyphen, or a soft hyphen that the translation
put in, as in "Beschwich\u00adtigen") goes onto two lines instead, and the shared size is
worked out again. Below a smallest readable size nothing shrinks further.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

__all__ = [
    "COMFORTABLE_SCALE",
    "SMALLEST_SCALE",
    "SOFT_HYPHEN",
    "LabelSpot",
    "PlacedLabel",
    "layout_labels",
    "line_options",
    "scaled_font",
]

K = TypeVar("K", bound=Hashable)

SOFT_HYPHEN = "\u00ad"
#: Shrinking this far (of the wheel's label size) still reads well; beyond it, try two lines.
COMFORTABLE_SCALE = 0.85
#: Never smaller than this: past it a name may reach a little beyond its segment instead.
SMALLEST_SCALE = 0.7


@dataclass(frozen=True)
class LabelSpot:
    """Where a name goes (the middle of its text) and how wide it may be."""

    anchor: QPointF
    room: float


@dataclass(frozen=True)
class PlacedLabel:
    """A name as painted: its lines, the font, and the box of each line."""

    lines: tuple[str, ...]
    font: QFont
    rects: tuple[QRectF, ...]


def line_options(name: str) -> list[tuple[str, ...]]:
    """The name on one line, and on two lines at the break nearest its middle (if any)."""
    plain = name.replace(SOFT_HYPHEN, "")
    options: list[tuple[str, ...]] = [(plain,)]
    breaks = [
        i for i, ch in enumerate(name) if ch in (" ", "-", SOFT_HYPHEN) and 0 < i < len(name) - 1
    ]
    if not breaks:
        return options
    middle = len(name) / 2.0
    at = min(breaks, key=lambda i: abs(i - middle))
    head, tail = name[:at], name[at + 1 :]
    if name[at] in ("-", SOFT_HYPHEN):
        head += "-"
    options.append((head.replace(SOFT_HYPHEN, ""), tail.replace(SOFT_HYPHEN, "")))
    return options


def scaled_font(font: QFont, scale: float) -> QFont:
    """``font`` at ``scale`` times its size (points or pixels, whichever it has)."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * scale)
    elif scaled.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(scaled.pixelSize() * scale)))
    return scaled


def _fit(metrics: QFontMetricsF, lines: tuple[str, ...], room: float) -> float:
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    return 1.0 if widest <= room or widest <= 0 else room / widest


def layout_labels(
    names: Mapping[K, str], spots: Mapping[K, LabelSpot], font: QFont
) -> dict[K, PlacedLabel]:
    """Every name at one shared size that fits its spot, on two lines only where that helps."""
    metrics = QFontMetricsF(font)
    options = {key: line_options(name) for key, name in names.items()}
    one_line = {key: _fit(metrics, opts[0], spots[key].room) for key, opts in options.items()}
    scale = min(one_line.values(), default=1.0)
    if scale < COMFORTABLE_SCALE:
        best = {
            key: max(_fit(metrics, o, spots[key].room) for o in opts)
            for key, opts in options.items()
        }
        scale = max(scale, min(best.values()))
    scale = max(scale, SMALLEST_SCALE)
    chosen = {
        key: opts[0] if one_line[key] >= scale or len(opts) == 1 else opts[1]
        for key, opts in options.items()
    }
    shared = scaled_font(font, scale)
    placed = QFontMetricsF(shared)
    while scale > SMALLEST_SCALE and any(  # hinting can make scaled text a little wider
        _fit(placed, chosen[key], spots[key].room) < 0.999 for key in chosen
    ):
        scale = max(SMALLEST_SCALE, scale * 0.97)
        shared = scaled_font(font, scale)
        placed = QFontMetricsF(shared)
    height = placed.height()
    result: dict[K, PlacedLabel] = {}
    for key, lines in chosen.items():
        spot = spots[key]
        top = spot.anchor.y() - height * len(lines) / 2.0
        rects = []
        for n, line in enumerate(lines):
            width = placed.horizontalAdvance(line)
            rects.append(QRectF(spot.anchor.x() - width / 2.0, top + n * height, width, height))
        result[key] = PlacedLabel(tuple(lines), shared, tuple(rects))
    return result
