"""Reading rows defensively: a hand-edited or damaged row is skipped and named, never raised.

The converters in ``store`` use these checks; whatever they raise is one of ``ROW_ERRORS``.
"""

from __future__ import annotations

import functools
import json
from typing import Any

#: What a hand-edited or damaged row can raise while it is turned into values.
ROW_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    AttributeError,
)
#: How a skipped row is named in the one-line report, singular and plural, by table.
ROW_NOUNS = {
    "checkins": ("check-in", "check-ins"),
    "breaks": ("break", "breaks"),
    "sessions": ("practice session", "practice sessions"),
    "patterns": ("breathing pattern", "breathing patterns"),
    "drafts": ("draft", "drafts"),
}


def unreadable_note(counts: dict[str, int]) -> str:
    """One plain sentence per table, e.g. "1 check-in could not be read and was left as it is"."""
    parts = []
    for table, n in counts.items():
        if n:
            one, many = ROW_NOUNS.get(table, ("entry", "entries"))
            verb = "was" if n == 1 else "were"
            parts.append(
                f"{n} {one if n == 1 else many} could not be read and {verb} left as it is."
            )
    return " ".join(parts)


def whole(value: Any, low: int | None = None, high: int | None = None) -> int:
    """A whole number within [low, high]; anything else raises ValueError."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a whole number, got {type(value).__name__}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{value} is out of range")
    return value


def optional(value: Any, kind: type[Any] | tuple[type[Any], ...]) -> Any:
    """``value`` when it is None or of ``kind``; raises TypeError otherwise."""
    if value is not None and not isinstance(value, kind):
        raise TypeError(f"expected {kind!r}, got {type(value).__name__}")
    return value


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def json_list(text: Any, kind: type[Any]) -> tuple[Any, ...]:
    """A stored JSON list whose items are all ``kind`` (ints count as floats)."""
    if text == "[]":  # most lists are empty: no parser needed
        return ()
    if type(text) is str and len(text) <= 200:  # the same short lists recur: read once
        items = _short_list(text)
    else:
        items = _items(optional(text, str))
    if items is None:
        raise TypeError("expected a JSON list")
    if kind is float:
        return tuple(float(optional(x, (int, float))) for x in items if not isinstance(x, bool))
    return tuple(optional(x, kind) for x in items)


def _items(text: str) -> tuple[Any, ...] | None:
    """The items of a JSON list, or None when the text holds something else."""
    items = json.loads(text)
    return tuple(items) if isinstance(items, list) else None


_short_list = functools.lru_cache(maxsize=256)(_items)
