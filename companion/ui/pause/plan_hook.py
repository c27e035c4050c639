"""Our pause plan, used in the moment: what the break screens take from it.

The break flow and the return step call these few functions with the plan service (or None).
Without a plan every function gives back exactly what the screen had before.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from companion.core.plan import BreakDefaults, Messaging, ReachOut
from companion.services.plan import PlanService
from companion.ui.shell.plan_texts import MESSAGING, REACH_OUT, translated

__all__ = [
    "minutes",
    "opener_first",
    "show_agreed",
    "ticked",
    "with_signal",
]


def _defaults(service: PlanService | None) -> BreakDefaults | None:
    return service.break_defaults() if service is not None else None


def minutes(service: PlanService | None, fallback: int) -> int:
    """The plan's usual length, else ``fallback`` (the app's default length)."""
    defaults = _defaults(service)
    return defaults.minutes if defaults is not None and defaults.minutes else fallback


def ticked(service: PlanService | None, item_id: str) -> bool:
    """Whether a "while you're away" item starts ticked: the plan's, or all without one."""
    defaults = _defaults(service)
    return defaults is None or defaults.items is None or item_id in defaults.items


def with_signal(service: PlanService | None, sentence: str) -> str:
    """The bridge sentence opening with the agreed signal word, when there is one."""
    defaults = _defaults(service)
    if defaults is None or not defaults.signal:
        return sentence
    return QCoreApplication.translate(
        "PlanHook", "“{signal}”: that's our word for a pause, as we agreed. {sentence}"
    ).format(signal=defaults.signal, sentence=sentence)


def opener_first(
    service: PlanService | None, suggestions: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``suggestions`` (shown text, words to copy) with the couple's opener before them.

    Without a plan, or a plan with no opener, the suggestions are given back as they were.
    """
    defaults = _defaults(service)
    opener = defaults.opener if defaults is not None else ""
    if not opener:
        return list(suggestions)
    label = QCoreApplication.translate("PlanHook", "Our words: {opener}")
    return [(label.format(opener=opener), opener), *suggestions]


def show_agreed(service: PlanService | None, label: QLabel) -> None:
    """During a break: what the plan says about messages and reaching out (hidden if nothing)."""
    plan = service.plan() if service is not None else None
    lines: list[str] = []
    if plan is not None and plan.messaging is not Messaging.UNSET:
        lines.append(translated(MESSAGING[plan.messaging]))
    if plan is not None and plan.reach_out is not ReachOut.UNSET:
        who = translated(REACH_OUT[plan.reach_out])
        how = f", {plan.reach_out_how}" if plan.reach_out_how else ""
        lines.append(f"{translated('At the return time, who reaches out')}: {who}{how}")
    if lines:
        heading = QCoreApplication.translate("PlanHook", "As we agreed in our plan:")
        text = "\n".join([heading, *(f"• {line}" for line in lines)])
        if label.text() != text:
            label.setText(text)
    label.setVisible(bool(lines))
