"""The pause plan's choices and problems in words, shared by every page that shows the plan."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from companion.core.agreement import plan_item
from companion.core.plan import (
    LONGEST_MINUTES,
    SHORTEST_MINUTES,
    Messaging,
    PlanProblem,
    ReachOut,
    Tendency,
)
from companion.desktop.translate import translator
from companion.services.breaks import amount_text

__all__ = [
    "CONTEXT",
    "MESSAGING",
    "REACH_OUT",
    "TENDENCY",
    "item_label",
    "length_text",
    "problem_text",
    "translated",
]

CONTEXT = "PausePlan"

MESSAGING: dict[Messaging, str] = {
    Messaging.UNSET: str(QT_TRANSLATE_NOOP("PausePlan", "Not decided yet")),
    Messaging.NONE: str(QT_TRANSLATE_NOOP("PausePlan", "No messages during a pause")),
    Messaging.HALFWAY: str(QT_TRANSLATE_NOOP("PausePlan", "One short message halfway")),
    Messaging.IF_NEEDED: str(QT_TRANSLATE_NOOP("PausePlan", "A message only if it is needed")),
}
REACH_OUT: dict[ReachOut, str] = {
    ReachOut.UNSET: str(QT_TRANSLATE_NOOP("PausePlan", "Not decided yet")),
    ReachOut.PAUSER: str(QT_TRANSLATE_NOOP("PausePlan", "The one who asked for the pause")),
    ReachOut.WAITER: str(QT_TRANSLATE_NOOP("PausePlan", "The one who stayed")),
    ReachOut.EITHER: str(QT_TRANSLATE_NOOP("PausePlan", "Whoever is ready first")),
}
TENDENCY: dict[Tendency, str] = {
    Tendency.UNSET: str(QT_TRANSLATE_NOOP("PausePlan", "Rather not say")),
    Tendency.PUSH: str(QT_TRANSLATE_NOOP("PausePlan", "I tend to push to sort it out")),
    Tendency.QUIET: str(QT_TRANSLATE_NOOP("PausePlan", "I tend to go quiet")),
}


_tr = translator("PausePlan")


def translated(text: str) -> str:
    """One of the texts above in the user's language (the plan's translation context)."""
    return _tr(text)


def item_label(item_id: str) -> str:
    """A "while you're away" item in the user's language (the break flow's own words)."""
    item = plan_item(item_id)
    return QCoreApplication.translate("PlanItem", item.label) if item else item_id


def length_text(minutes: int | None) -> str:
    """A planned length ("45 min", "2 h"), or that it is not decided."""
    return _tr("Not decided yet") if minutes is None else amount_text(minutes)


def problem_text(problem: PlanProblem) -> str:
    """One calm sentence per problem, with the limits filled in."""
    shortest, longest = amount_text(SHORTEST_MINUTES), amount_text(LONGEST_MINUTES)
    texts = {
        PlanProblem.USUAL_TOO_SHORT: _tr(
            "A pause works best when it lasts at least {shortest}: that is how long a body "
            "needs to settle."
        ),
        PlanProblem.LONGEST_TOO_SHORT: _tr(
            "The longest pause should be at least {shortest}, so there is time to settle."
        ),
        PlanProblem.USUAL_TOO_LONG: _tr(
            "A pause should end within {longest}; longer starts to feel like being shut out."
        ),
        PlanProblem.LONGEST_TOO_LONG: _tr(
            "A pause should end within {longest}; longer starts to feel like being shut out."
        ),
        PlanProblem.LONGEST_BELOW_USUAL: _tr(
            "The longest pause is shorter than the usual one. Make it at least as long."
        ),
    }
    return texts[problem].format(shortest=shortest, longest=longest)
