"""Words and numbers as the pages show them, written once so every page says the same.

Each text keeps one translation context (named below), so one German entry serves them all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from companion.core.breathing import PRESETS
from companion.core.states import (
    CONTEXT_LABELS,
    MAX_NOTE_CHARS,
    STATE_NAMES,
    TAG_LABELS,
    Context,
    PatternTag,
    StateId,
)

__all__ = [
    "CORE_LABEL_CONTEXT",
    "NOTE_CONTEXT",
    "PRESET_NAMES_CONTEXT",
    "STATE_CONTEXT",
    "context_label",
    "decimal_text",
    "note_count_text",
    "pattern_display_name",
    "preset_display_name",
    "state_label",
    "tag_label",
    "too_long_text",
]

#: The translation context of the state names (the wheel's, where they were first written).
#: The English names are ``companion.core.states.STATE_NAMES``; packaging/extract_strings.py
#: lists them for the translation tools.
STATE_CONTEXT = "CheckinWheel"

#: The translation context of the note length texts (the check-in page's).
NOTE_CONTEXT = "CheckinView"


def state_label(state_id: str) -> str:
    """A state's name (``fight`` ...) in the user's language; an unknown id is shown as is."""
    try:
        name = STATE_NAMES[StateId(state_id)]
    except ValueError:
        return str(state_id)
    return QCoreApplication.translate(STATE_CONTEXT, name)


def decimal_text(value: float, locale: QLocale | None = None) -> str:
    """A whole number without decimals, anything else with one ("12", "0.5", "1,5" in German)."""
    here = QLocale() if locale is None else locale
    rounded = round(value, 1)
    if rounded == int(rounded):
        return here.toString(int(rounded))
    return here.toString(rounded, "f", 1)


def note_count_text(length: int) -> str:
    """How long a note is against the limit, e.g. "12 / 500 characters"."""
    text = QCoreApplication.translate("CheckinView", "{count} / {limit} characters")
    return text.format(count=length, limit=MAX_NOTE_CHARS)


def too_long_text(length: int) -> str:
    """The message for a note of ``length`` characters, over the limit, that was not saved."""
    return QCoreApplication.translate(
        "CheckinView", "This note is too long to save ({count}). Please shorten it a little."
    ).format(count=note_count_text(length))


#: The translation context of the presets' names. The core keeps their English names (stored
#: in the practice log; packaging/extract_strings.py lists them for the translation tools).
PRESET_NAMES_CONTEXT = "BreathingPreset"


def preset_display_name(preset_id: str) -> str:
    """The name of a preset in the user's language (unknown ids: the core's own name)."""
    return QCoreApplication.translate(PRESET_NAMES_CONTEXT, PRESETS[preset_id].name)


def pattern_display_name(name: str) -> str:
    """A stored pattern name as shown: a preset's English name becomes its translated name."""
    for preset_id, preset in PRESETS.items():
        if name == preset.name:
            return preset_display_name(preset_id)
    return name


#: The translation context of the situation and tag labels of ``companion.core.states`` (the
#: history's, where they were first translated; packaging/extract_strings.py lists them).
CORE_LABEL_CONTEXT = "HistoryModel"


def _core_label(text: str) -> str:
    return QCoreApplication.translate(CORE_LABEL_CONTEXT, text)


def context_label(context: str | None) -> str:
    """The situation of a check-in as the user reads it ("" when none or unknown)."""
    try:
        return _core_label(CONTEXT_LABELS[Context(context)]) if context else ""
    except ValueError:
        return ""


def tag_label(tag: str | None) -> str:
    """The pursue / withdraw tag of a check-in as the user reads it ("" when none or unknown)."""
    try:
        return _core_label(TAG_LABELS[PatternTag(tag)]) if tag else ""
    except ValueError:
        return ""
