"""Finding the promised return time in a message the other partner sent.

The waiting partner pastes what they received ("I need 20 minutes, I'll be back at 7:30 PM")
and this module says which time it found, or that it found none. It never guesses: text
without a recognisable time, or with two different times of equal weight, gives
:class:`NoTimeFound`. Each language has a table of patterns; the time found is handed to
:func:`companion.core.agreement.parse_return`, so both sides of a pause follow the same rules
(next occurrence of a clock time, the 24-hour limit, daylight-saving changes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from companion.core.agreement import RequestKind, ReturnRequest, ReturnTimeError, parse_return
from companion.core.paste_languages import LANGUAGES, PasteLanguage

__all__ = [
    "LANGUAGES",
    "MAX_PASTE",
    "FoundReturn",
    "NoTimeFound",
    "NoTimeReason",
    "PasteResult",
    "find_return_time",
]

MAX_PASTE = 5000
"""Characters read from a pasted message; a message is never this long."""


class NoTimeReason(Enum):
    """Why no return time came out of a pasted text."""

    EMPTY = "empty"
    NO_TIME = "no_time"
    AMBIGUOUS = "ambiguous"
    UNUSABLE = "unusable"


@dataclass(frozen=True)
class FoundReturn:
    """A return time read from a message: the words it came from and the parsed request."""

    words: str
    request: ReturnRequest


@dataclass(frozen=True)
class NoTimeFound:
    """Nothing usable was found; for UNUSABLE, ``error`` is the typed reason the time was
    refused (the UI words it) and ``detail`` its short code."""

    reason: NoTimeReason
    detail: str = ""
    error: ReturnTimeError | None = field(default=None, compare=False)


PasteResult = FoundReturn | NoTimeFound

# --------------------------------------------------------------------------- reading


def _normalise(text: str) -> str:
    text = " ".join(text[:MAX_PASTE].split()).lower()  # lower keeps ß; casefold would not
    text = text.replace("a.m.", "am").replace("p.m.", "pm").replace("’", "'")
    return text


@dataclass(frozen=True)
class _Candidate:
    words: str
    weight: int
    typed: str


def _candidates(text: str, language: PasteLanguage) -> Iterable[_Candidate]:
    words = language.spell_out(text)
    for pattern, replacement in language.replacements:
        words = pattern.sub(replacement, words)
    for rule in language.rules:
        for match in rule.pattern.finditer(words):
            vague = language.range_after.match(words, match.end()) is not None
            typed = "" if vague else rule.build(match)  # "7 or 8": no single time to use
            yield _Candidate(match.group(0).strip(), rule.weight, typed)


def find_return_time(
    message: str,
    now: datetime,
    *,
    languages: Iterable[str] | None = None,
    locale_formats: tuple[str, ...] = (),
) -> PasteResult:
    """The return time in ``message`` as of ``now``, or why there is none. Never raises.

    The heaviest kind of match wins ("back at 7:30" over "20 minutes"); two different times
    of the same weight are AMBIGUOUS rather than a guess.
    """
    try:
        return _find(message, now, languages, locale_formats)
    except ReturnTimeError as exc:
        return NoTimeFound(NoTimeReason.UNUSABLE, str(exc), exc)
    except (ValueError, OverflowError, KeyError) as exc:
        return NoTimeFound(NoTimeReason.UNUSABLE, str(exc))


def _find(
    message: str,
    now: datetime,
    languages: Iterable[str] | None,
    locale_formats: tuple[str, ...],
) -> PasteResult:
    if not isinstance(message, str) or not message.strip():
        return NoTimeFound(NoTimeReason.EMPTY)
    text = _normalise(message)
    codes = list(LANGUAGES) if languages is None else [c for c in languages if c in LANGUAGES]
    found = [c for code in codes for c in _candidates(text, LANGUAGES[code])]
    if not found:
        return NoTimeFound(NoTimeReason.NO_TIME)
    best = max(c.weight for c in found)
    top = [c for c in found if c.weight == best]
    if any(not c.typed for c in top):
        return NoTimeFound(NoTimeReason.AMBIGUOUS)
    results: dict[datetime, FoundReturn] = {}
    problem: ReturnTimeError | None = None
    for candidate in top:
        try:
            request = parse_return(candidate.typed, now, locale_formats=locale_formats)
        except ReturnTimeError as exc:
            problem = problem or exc
            continue
        results.setdefault(request.deadline, FoundReturn(candidate.words, request))
    if len(results) > 1:
        return NoTimeFound(NoTimeReason.AMBIGUOUS)
    if not results:
        return NoTimeFound(NoTimeReason.UNUSABLE, str(problem or ""), problem)
    (found_one,) = results.values()
    if _says_tomorrow(text, codes) and not _is_tomorrow(found_one.request, now):
        return NoTimeFound(NoTimeReason.AMBIGUOUS)  # "tomorrow at 9" read as tonight: ask
    return found_one


def _says_tomorrow(text: str, codes: Iterable[str]) -> bool:
    return any(LANGUAGES[code].tomorrow.search(text) for code in codes)


def _is_tomorrow(request: ReturnRequest, now: datetime) -> bool:
    """Whether a clock time falls on the next calendar day (lengths count from now)."""
    if request.kind is not RequestKind.CLOCK:
        return True
    day = request.deadline.astimezone(now.tzinfo).date()
    return day.toordinal() == now.date().toordinal() + 1
