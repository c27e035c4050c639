"""What the check-in wheel says in words: strengths, cell names, descriptions and tooltips.

Kept in the wheel's own translation context, so every string reads as the wheel's.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from companion.core.states import MAX_INTENSITY, PROTECTIVE_STATES, Guidance, StateId
from companion.ui.shell.labels import state_label

__all__ = ["cell_name", "describe", "strength_text", "tooltip"]


def strength_text(intensity: int) -> str:
    """How a strength reads in words, e.g. "strong (4 of 5)"."""
    words = {
        1: QCoreApplication.translate("CheckinWheel", "very mild"),
        2: QCoreApplication.translate("CheckinWheel", "mild"),
        3: QCoreApplication.translate("CheckinWheel", "moderate"),
        4: QCoreApplication.translate("CheckinWheel", "strong"),
        5: QCoreApplication.translate("CheckinWheel", "very strong"),
    }
    word = words.get(intensity, "")
    return QCoreApplication.translate("CheckinWheel", "{word} ({n} of {total})").format(
        word=word, n=intensity, total=MAX_INTENSITY
    )


def cell_name(sid: StateId, intensity: int) -> str:
    """What a screen reader calls a cell: "Freeze, strength 4 of 5", or "Settled"."""
    if sid is StateId.SETTLED:
        return state_label(sid)
    return QCoreApplication.translate("CheckinWheel", "{state}, strength {n} of {total}").format(
        state=state_label(sid), n=intensity, total=MAX_INTENSITY
    )


def describe(
    sid: StateId, chosen: tuple[StateId, int] | None, guidance: Mapping[StateId, Guidance]
) -> str:
    """What a screen reader says about a segment: the choice if it is this one, then signs."""
    parts: list[str] = []
    if chosen is not None and chosen[0] is sid:
        if sid is StateId.SETTLED:
            parts.append(QCoreApplication.translate("CheckinWheel", "Chosen."))
        else:
            parts.append(
                QCoreApplication.translate("CheckinWheel", "Chosen: {strength}.").format(
                    strength=strength_text(chosen[1])
                )
            )
    found = guidance.get(sid)
    if found is not None:
        parts.append(found.description)
        parts.append(
            QCoreApplication.translate("CheckinWheel", "You may notice: {signs}.").format(
                signs="; ".join(s.rstrip(".") for s in found.body_signs)
            )
        )
    if sid is StateId.SETTLED:
        parts.append(QCoreApplication.translate("CheckinWheel", "The centre of the wheel. Key 0."))
    else:
        key = PROTECTIVE_STATES.index(sid) + 1
        parts.append(
            QCoreApplication.translate(
                "CheckinWheel", "Key {key}. Further out means stronger."
            ).format(key=key)
        )
    return " ".join(parts)


def tooltip(sid: StateId, intensity: int, guidance: Mapping[StateId, Guidance]) -> str:
    """The cell's name and strength, then the body signs one per line."""
    title = state_label(sid)
    if sid is not StateId.SETTLED:
        title = f"{title}, {strength_text(intensity)}"
    found = guidance.get(sid)
    if found is None:
        return title
    signs = "\n".join(f"• {sign}" for sign in found.body_signs)
    return f"{title}\n{QCoreApplication.translate('CheckinWheel', 'You may notice:')}\n{signs}"
