"""How Insights words what it shows: the pickers, the parts of the day, practice and breaks.

Describes what happened and what helped; never a share of "kept" breaks or a score. The texts
keep the ``InsightsView`` translation context (``_tr`` calls are listed for the translation
tools by packaging/extract_strings.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from companion.core.agreement import Shift
from companion.core.insights import (
    Breakdown,
    BreakStats,
    DayPart,
    DurationUnit,
    Window,
    practice_amount,
)
from companion.core.outcome import BreakOutcome
from companion.ui.shell.labels import decimal_text

__all__ = [
    "break_text",
    "breakdown_labels",
    "empty_text",
    "part_labels",
    "part_phrases",
    "practice_total_text",
    "window_labels",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightsView", text)


def window_labels() -> dict[Window, str]:
    """The time windows as the pickers name them, in the order they list them."""
    return {
        Window.WEEK: _tr("Last 7 days"),
        Window.MONTH: _tr("Last 30 days"),
        Window.QUARTER: _tr("Last 90 days"),
        Window.ALL: _tr("All time"),
    }


def breakdown_labels() -> dict[Breakdown, str]:
    """How the state chart can group check-ins, as its picker names it."""
    return {
        Breakdown.STATE: _tr("By state"),
        Breakdown.DAY_PART: _tr("By time of day"),
        Breakdown.WEEKDAY: _tr("By weekday"),
        Breakdown.STRENGTH: _tr("By strength"),
    }


def part_labels() -> dict[DayPart, str]:
    """The parts of the day, as the grouped chart names them."""
    return {
        DayPart.NIGHT: _tr("Night"),
        DayPart.MORNING: _tr("Morning"),
        DayPart.AFTERNOON: _tr("Afternoon"),
        DayPart.EVENING: _tr("Evening"),
    }


def part_phrases() -> dict[DayPart, str]:
    """When the most common state mostly comes up, as a short sentence."""
    return {
        DayPart.NIGHT: _tr("Mostly at night."),
        DayPart.MORNING: _tr("Mostly in the morning."),
        DayPart.AFTERNOON: _tr("Mostly in the afternoon."),
        DayPart.EVENING: _tr("Mostly in the evening."),
    }


def practice_total_text(minutes: float, days: int, span: int) -> str:
    """How much was practised, on how many of the days shown."""
    locale = QLocale()
    unit, amount = practice_amount(minutes)
    if unit is DurationUnit.SECONDS:
        return _tr("{seconds} seconds on {days} of {span} days.").format(
            seconds=locale.toString(int(amount)), days=days, span=span
        )
    return _tr("{minutes} minutes on {days} of {span} days.").format(
        minutes=decimal_text(amount, locale), days=days, span=span
    )


def breaks_and_waits_text(stats: BreakStats, waited: int) -> str:
    """The breaks' lines, then the waits for the partner: counted, never compared or scored."""
    if not waited:
        return break_text(stats)
    line = _tr("Waited for your partner's return: {n}.").format(n=waited)
    return line if stats.count == 0 else f"{break_text(stats)}\n{line}"


def break_text(stats: BreakStats) -> str:
    """What happened in the breaks and what helped: counts of what happened, no score."""
    if stats.count == 0:
        return _tr("No breaks in this time.")
    lines = [_tr("Breaks taken: {n}.").format(n=stats.count)]
    if stats.finished:
        lines.append(_tr("Came back to the talk: {n}.").format(n=stats.finished))
    extended = stats.outcomes.get(BreakOutcome.EXTENDED, 0)
    if extended:
        lines.append(_tr("More time was asked for: {n}.").format(n=extended))
    cancelled = stats.outcomes.get(BreakOutcome.CANCELLED, 0)
    if cancelled:
        lines.append(_tr("Called off: {n}.").format(n=cancelled))
    if stats.average_extension_minutes is not None:
        lines.append(
            _tr("When more time was needed, it was {m} minutes on average.").format(
                m=round(stats.average_extension_minutes)
            )
        )
    if stats.paired:
        s = stats.shifts
        lines.append(
            _tr(
                "After a break: {settled} settled, {calmer} calmer, {same} about the same, "
                "{stronger} stronger."
            ).format(
                settled=s.get(Shift.SETTLED, 0),
                calmer=s.get(Shift.CALMER, 0),
                same=s.get(Shift.SAME, 0) + s.get(Shift.DIFFERENT, 0),
                stronger=s.get(Shift.STRONGER, 0),
            )
        )
        if stats.average_shift is not None:
            lines.append(
                _tr("Strength changed by {shift} on average (0 to 5).").format(
                    shift=f"{stats.average_shift:+.1f}"
                )
            )
    return "\n".join(lines)


def empty_text(window: Window, *, anything_saved: bool) -> str:
    """The message shown instead of the charts when the window holds nothing."""
    if anything_saved:
        when = window_labels()[window].lower()
        return _tr(
            "Nothing saved in this time ({when}).\n\nChoose a longer time above, or check in "
            "on the wheel, take a break, or breathe with the pacer for a few minutes."
        ).format(when=when)
    return _tr(
        "Nothing here yet.\n\nCheck in on the wheel when you notice how you feel, take a "
        "break when a talk gets too heated, or breathe with the pacer for a few minutes. "
        "This page will then show which states visit you most and when, how your breaks "
        "go, and how regular your practice is."
    )
