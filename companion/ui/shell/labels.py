"""Words and numbers as the pages show them, written once so every page says the same.

Each text keeps one translation context (named below), so one German entry serves them all.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from companion.core.breath_pattern import PHASE_WORDS, PRESETS, PatternError
from companion.core.states import (
    CONTEXT_LABELS,
    MAX_NOTE_CHARS,
    STATE_NAMES,
    TAG_LABELS,
    Context,
    PatternTag,
    StateId,
)
from companion.services.storage_errors import StorageError, StorageProblem

__all__ = [
    "CORE_LABEL_CONTEXT",
    "NOTE_CONTEXT",
    "PRESET_NAMES_CONTEXT",
    "STATE_CONTEXT",
    "context_label",
    "day_month_format",
    "day_month_text",
    "decimal_text",
    "note_count_text",
    "pattern_display_name",
    "pattern_problem_text",
    "preset_display_name",
    "state_label",
    "storage_problem_text",
    "tag_label",
    "too_long_text",
]

#: The translation context of the state names (the wheel's, where they were first written).
#: The English names are ``companion.core.states.STATE_NAMES``; packaging/extract_strings.py
#: lists them for the translation tools.
STATE_CONTEXT = "CheckinWheel"

#: The translation context of the note length texts (the check-in page's).
NOTE_CONTEXT = "CheckinView"


def state_label(state_id: str, *, breakable: bool = False) -> str:
    """A state's name (``fight`` ...) in the user's language; an unknown id is shown as is.

    A translation may mark where a long name can break with a soft hyphen (U+00AD); only
    the wheel asks for it (``breakable``), everywhere else (exports too) it is left out.
    """
    try:
        name = STATE_NAMES[StateId(state_id)]
    except ValueError:
        return str(state_id)
    text = QCoreApplication.translate(STATE_CONTEXT, name)
    return text if breakable else text.replace("\u00ad", "")


def decimal_text(value: float, locale: QLocale | None = None) -> str:
    """A whole number without decimals, anything else with one ("12", "0.5", "1,5" in German)."""
    here = QLocale() if locale is None else locale
    rounded = round(value, 1)
    if rounded == int(rounded):
        return here.toString(int(rounded))
    return here.toString(rounded, "f", 1)


def day_month_format(locale: QLocale | None = None) -> str:
    """A short day-and-month date format in the locale's own order and words.

    Taken from the locale's long date format without weekday and year, with the short month
    name: "d. MMM" in German (2. Dez.), "MMM d" in American English (Dec 2), "d MMM" in
    French (2 déc.).
    """
    here = QLocale() if locale is None else locale
    fmt = here.dateFormat(QLocale.FormatType.LongFormat)
    fmt = re.sub(r"d{4}", "", fmt)  # the weekday
    fmt = re.sub(r"y+[年년]?", "", fmt)  # the year (with its CJK suffix)
    fmt = fmt.replace("MMMM", "MMM")
    fmt = re.sub(r"^(?:[\s,.،/-]|'[^']*')+", "", fmt)
    fmt = re.sub(r"(?:[\s,،/-]|'[^']*'\.?)+$", "", fmt)
    fmt = re.sub(r"\s{2,}", " ", fmt)
    return fmt if "d" in fmt and "M" in fmt else "d MMM"


def day_month_text(day: date | QDate, locale: QLocale | None = None) -> str:
    """``day`` as a short day and month the way the locale writes it (chart axes)."""
    here = QLocale() if locale is None else locale
    qday = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return here.toString(qday, day_month_format(here))


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


#: The translation context of a pattern's problems (``companion.core.breath_pattern``).
PATTERN_PROBLEM_CONTEXT = "PatternProblem"


def pattern_problem_text(error: PatternError) -> str:
    """What is wrong with a breathing pattern, in the user's language."""
    values = dict(error.values)
    if error.phase is not None:
        word = PHASE_WORDS[error.phase]
        values["word"] = QCoreApplication.translate(PATTERN_PROBLEM_CONTEXT, word)
    text = QCoreApplication.translate(PATTERN_PROBLEM_CONTEXT, error.template)
    return text.format(**values)


def storage_problem_text(error: StorageError) -> str:
    """Why a save did not happen, in the user's language (never the English message)."""
    problem = error.problem
    if problem is StorageProblem.IN_USE:
        return QCoreApplication.translate(
            "StorageProblem",
            "Another program is using Companion's data right now, so nothing was changed. "
            "Close it and try again.",
        )
    if problem is StorageProblem.FULL:
        return QCoreApplication.translate(
            "StorageProblem",
            "The disk is full, so nothing was changed. Free some space and try again.",
        )
    if problem is StorageProblem.READ_ONLY:
        return QCoreApplication.translate(
            "StorageProblem",
            "Companion's data folder cannot be written to, so nothing was changed.",
        )
    if problem is StorageProblem.CONFLICT:
        return QCoreApplication.translate(
            "StorageProblem",
            "Something saved already has this name, so nothing was changed. Choose another name.",
        )
    return QCoreApplication.translate(
        "StorageProblem", "This could not be saved, so nothing was changed. Try again in a moment."
    )
