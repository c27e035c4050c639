"""How History words its entries: kind, state, situation, tag and the details of each kind.

All texts share the ``HistoryModel`` translation context; ``_tr("...")`` calls are listed for
the translation tools by packaging/extract_strings.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from companion.core.breath_pattern import PRESETS
from companion.core.insights import DurationUnit, practice_amount
from companion.core.outcome import BreakOutcome
from companion.core.states import StateId
from companion.services.history import HistoryEntry, HistoryKind
from companion.services.storage_errors import StorageProblem
from companion.ui.shell.labels import (
    decimal_text,
    pattern_display_name,
    preset_display_name,
    state_label,
)

__all__ = [
    "details_text",
    "kind_text",
    "not_deleted_text",
    "not_saved_text",
    "state_text",
    "write_problem_text",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


def kind_text(kind: HistoryKind, role: str = "leaving") -> str:
    """What an entry is, as the "What" column says it."""
    if kind is HistoryKind.BREAK and role == "waiting":
        return _tr("Waiting for your partner")
    if kind is HistoryKind.CHECKIN:
        return _tr("Check-in")
    if kind is HistoryKind.BREAK:
        return _tr("Break")
    return _tr("Practice")


def state_text(entry: HistoryEntry) -> str:
    """A check-in's state and strength ("Fight, 4 of 5"); "" for other kinds."""
    if entry.kind is not HistoryKind.CHECKIN or entry.state is None:
        return ""
    label = state_label(entry.state)
    if entry.state == StateId.SETTLED.value or not entry.intensity:
        return label
    return _tr("{state}, {n} of 5").format(state=label, n=entry.intensity)


def _outcome_text(outcome: BreakOutcome | None) -> str:
    """What happened at the end of a break, without keeping score."""
    if outcome is BreakOutcome.EXTENDED:
        return _tr("came back after asking for more time")
    if outcome is BreakOutcome.CANCELLED:
        return _tr("called off")
    if outcome in (BreakOutcome.ON_TIME, BreakOutcome.LATE):
        return _tr("came back")
    return _tr("still running")


def _waiting_text(outcome: BreakOutcome | None, back: str) -> str:
    """A wait's details: the time the partner named, never how they kept it."""
    if outcome is BreakOutcome.OPEN:
        return _tr("They said back at {time}: waiting now").format(time=back)
    if outcome is BreakOutcome.CANCELLED:
        return _tr("They said back at {time}: stopped waiting").format(time=back)
    return _tr("They said back at {time}").format(time=back)


def _session_text(entry: HistoryEntry, locale: QLocale) -> str:
    name = (
        preset_display_name(entry.pattern)
        if entry.pattern in PRESETS
        else pattern_display_name(entry.pattern)
    )
    unit, amount = practice_amount(entry.minutes)
    if unit is DurationUnit.SECONDS:
        length = _tr("{seconds} s").format(seconds=locale.toString(int(amount)))
    else:
        length = _tr("{minutes} min").format(minutes=decimal_text(amount, locale))
    if entry.finished:
        return _tr("{pattern}, {length}, finished").format(pattern=name, length=length)
    return _tr("{pattern}, {length}, stopped early").format(pattern=name, length=length)


def details_text(entry: HistoryEntry, locale: QLocale) -> str:
    """The "Details" column: a break's return time and how it ended, a session's length."""
    if entry.kind is HistoryKind.BREAK and entry.return_at is not None:
        back = locale.toString(
            QTime(entry.return_at.hour, entry.return_at.minute), QLocale.FormatType.ShortFormat
        )
        if entry.role == "waiting":  # the partner's timing is not for keeping score
            return _waiting_text(entry.outcome, back)
        return _tr("Back at {time}: {result}").format(
            time=back, result=_outcome_text(entry.outcome)
        )
    if entry.kind is HistoryKind.SESSION:
        return _session_text(entry, locale)
    return ""


def write_problem_text(reason: StorageProblem) -> str:
    """Why an edit or a delete was not saved (what is on screen stays as it was)."""
    texts = {
        StorageProblem.FULL: _tr("There is no space left on the disk."),
        StorageProblem.READ_ONLY: _tr("The data file can only be read at the moment."),
        StorageProblem.IN_USE: _tr("The data file was busy. Please try again in a moment."),
        StorageProblem.DAMAGED: _tr("The data file seems damaged."),
        StorageProblem.NOT_SAVED: _tr("The data file could not be written. Please try again."),
    }
    return texts.get(reason, texts[StorageProblem.NOT_SAVED])


def not_deleted_text(reason: StorageProblem) -> str:
    """A delete the store refused: the entry is back in the list, and why."""
    return _tr("This entry was not deleted. {reason}").format(reason=write_problem_text(reason))


def not_saved_text(reason: StorageProblem) -> str:
    """A note edited in the list that the store refused: the old note stays, and why."""
    return _tr("The note was not saved. {reason}").format(reason=write_problem_text(reason))
