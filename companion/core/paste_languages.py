"""How each language writes a return time: the tables :mod:`companion.core.paste` reads with.

A language is a table of number words, plain replacements ("half an hour" -> "30 minutes")
and rules (a pattern, its weight, and the text it gives to ``parse_return``). Adding a
language is adding a table here and naming it in ``LANGUAGES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = [
    "CUED",
    "LANGUAGES",
    "LENGTH",
    "PLAIN",
    "STRONG",
    "PasteLanguage",
    "PasteRule",
]

Builder = Callable[["re.Match[str]"], str]


@dataclass(frozen=True)
class PasteRule:
    """A pattern, how much weight a match carries, and how to turn it into parser input.

    ``build`` returns text that :func:`parse_return` reads ("19:30", "7 pm", "at 8", "20m").
    """

    pattern: re.Pattern[str]
    weight: int
    build: Builder


@dataclass(frozen=True)
class PasteLanguage:
    """One language's way of writing return times: number words, replacements, then rules."""

    code: str
    spell_out: Callable[[str], str]
    range_after: re.Pattern[str]
    tomorrow: re.Pattern[str]
    replacements: tuple[tuple[re.Pattern[str], str], ...]
    rules: tuple[PasteRule, ...]


# --------------------------------------------------------------------------- builders

STRONG, CUED, PLAIN, LENGTH = 4, 3, 2, 1
"""Weights: a return cue ("back at"), a time cue ("at"), a bare clock time, a length."""


def _clock(match: re.Match[str]) -> str:
    hour, minute, half = match.group("h"), match.group("m"), match.group("ampm")
    if minute is None and half is None:
        return f"at {hour}"
    text = f"{hour}:{minute or '00'}"
    return f"{text} {half}" if half else text


def _german_half(match: re.Match[str]) -> str:
    """ "halb acht" is half past seven."""
    hour = (int(match.group("h")) - 1) % 12 or 12
    return f"{hour}:30"


def _length(match: re.Match[str]) -> str:
    hours = float((match.group("hours") or "0").replace(",", "."))
    minutes = float((match.group("mins") or "0").replace(",", "."))
    return f"{hours * 60 + minutes:g}m"


# --------------------------------------------------------------------------- English

_EN_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
_DE_NUMBERS = {
    "eins": 1,
    "einer": 1,
    "eine": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "fünfzehn": 15,
    "zwanzig": 20,
    "fünfundzwanzig": 25,
    "dreißig": 30,
    "vierzig": 40,
    "fünfundvierzig": 45,
    "fünfzig": 50,
    "sechzig": 60,
    "neunzig": 90,
}


_EN_CLOCK = (
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ampm>am|pm)?"
    r"(?:\s*o'?clock)?"
)
_NOT_A_LENGTH = (
    r"(?!\d|[:.,]\d|\s*(?:m\b|min|h\b|hr|hour|sec|day|week|month|year|%|x\b|times|people))"
)
_EN_MIN = r"(?:m|min|mins|minute|minutes)\b"
_EN_HOUR = r"(?:h|hr|hrs|hour|hours)\b"
_EN_LEN = (
    rf"(?:(?P<hours>\d+(?:[.,]\d+)?)\s*{_EN_HOUR}(?:\s*(?:and\s+)?(?P<mins>\d+)\s*(?:{_EN_MIN})?)?"
    rf"|(?P<mins_only>\d+(?:[.,]\d+)?)\s*{_EN_MIN})"
)


def _en_length(match: re.Match[str]) -> str:
    if match.group("mins_only") is not None:
        return f"{float(match.group('mins_only').replace(',', '.')):g}m"
    return _length(match)


def _clock_plain(match: re.Match[str]) -> str:
    half = match.group("ampm") or match.group("ampm2")
    return f"{match.group('h')}:{match.group('m') or '00'}" + (f" {half}" if half else "")


def _english_words(text: str) -> str:
    names = "|".join(sorted(_EN_NUMBERS, key=len, reverse=True))
    text = re.sub(
        rf"\b({names})(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?"
        r"(?=\s+(?:more\s+)?(?:minutes?|mins?|hours?)\b)",
        lambda m: str(_EN_NUMBERS[m.group(1)] + (_EN_NUMBERS[m.group(2)] if m.group(2) else 0)),
        text,
    )
    hours = "|".join(k for k, v in _EN_NUMBERS.items() if v <= 12)
    return re.sub(
        rf"\b(at|by|around|until|till)\s+({hours})(?=\s*(?:o'?clock|am|pm|tonight)\b)",
        lambda m: f"{m.group(1)} {_EN_NUMBERS[m.group(2)]}",
        text,
    )


ENGLISH = PasteLanguage(
    code="en",
    spell_out=_english_words,
    range_after=re.compile(r"\s*(?:or|-|–|to)\s*\d"),
    tomorrow=re.compile(r"\btomorrow\b"),
    replacements=(
        (re.compile(r"\ban hour and a half\b|\bone and a half hours?\b"), "90 minutes"),
        (re.compile(r"\b(?:a |one )?half(?:\s+an|\s+a)?\s+hour\b"), "30 minutes"),
        (re.compile(r"\ba quarter(?: of)? an? hour\b|\bquarter of an hour\b"), "15 minutes"),
        (re.compile(r"\b(?:an|one) hour\b"), "1 hour"),
        (re.compile(r"\btwo hours\b"), "2 hours"),
        (re.compile(r"\b(?:noon|midday)\b"), "12:00 pm"),
        (re.compile(r"\bmidnight\b"), "12:00 am"),
    ),
    rules=(
        PasteRule(
            re.compile(
                r"\b(?:back|home|return|returning|there|here|see you|come back|be back)"
                r"(?:\s+again)?\s+(?:at|by|around|about|before|for)\s+"
                rf"(?:about\s+|around\s+|roughly\s+)?{_EN_CLOCK}{_NOT_A_LENGTH}"
            ),
            STRONG,
            _clock,
        ),
        PasteRule(
            re.compile(
                rf"\b(?:at|by|until|till|til|around)\s+(?:about\s+|around\s+)?{_EN_CLOCK}"
                rf"{_NOT_A_LENGTH}"
            ),
            CUED,
            _clock,
        ),
        PasteRule(
            re.compile(
                r"(?<![\d:.])(?P<h>\d{1,2})(?::(?P<m>\d\d)\s*(?P<ampm>am|pm)?"
                r"|\s*(?P<ampm2>am|pm))(?![\d:])"
            ),
            PLAIN,
            _clock_plain,
        ),
        PasteRule(
            re.compile(
                rf"\b(?:back|home|return|be|see you)\s+in\s+(?P<mins_only>\d{{1,3}}){_NOT_A_LENGTH}"
            ),
            LENGTH,
            _en_length,
        ),
        PasteRule(re.compile(rf"(?<![\d:.,]){_EN_LEN}"), LENGTH, _en_length),
    ),
)


# --------------------------------------------------------------------------- German

_DE_CLOCK = r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?P<ampm>)(?:\s*uhr\b)?"
_DE_HOURS = {"eins": 1, "ein": 1, **{k: v for k, v in _DE_NUMBERS.items() if 2 <= v <= 12}}
_DE_NOT_A_LENGTH = (
    r"(?!\d|[:.,]\d|\s*(?:min|std|stund|h\b|sek|tag|woche|monat|jahr|%|mal\b|leute|personen))"
)
_DE_MIN = r"(?:m|min|mins|minute|minuten)\b"
_DE_HOUR = r"(?:h|std|stunde|stunden)\b"
_DE_LEN = (
    rf"(?:(?P<hours>\d+(?:[.,]\d+)?)\s*{_DE_HOUR}(?:\s*(?:und\s+)?(?P<mins>\d+)\s*(?:{_DE_MIN})?)?"
    rf"|(?P<mins_only>\d+(?:[.,]\d+)?)\s*{_DE_MIN})"
)
_DE_NUMBER_WORDS = "|".join(sorted(_DE_NUMBERS, key=len, reverse=True))
_DE_HOUR_WORDS = "|".join(sorted(_DE_HOURS, key=len, reverse=True))


def _german_words(text: str) -> str:
    """German number words before a unit or after "um"/"halb" become digits."""
    text = re.sub(
        rf"\b({_DE_NUMBER_WORDS})(?=\s+(?:minuten|minute|min|stunden|stunde)\b)",
        lambda m: str(_DE_NUMBERS[m.group(1)]),
        text,
    )
    return re.sub(
        rf"\b(um|halb|gegen|bis)\s+({_DE_HOUR_WORDS})\b",
        lambda m: f"{m.group(1)} {_DE_HOURS[m.group(2)]}",
        text,
    )


GERMAN = PasteLanguage(
    code="de",
    spell_out=_german_words,
    range_after=re.compile(r"\s*(?:oder|bis|-|–)\s*\d"),
    tomorrow=re.compile(r"(?<!heute )(?<!guten )\bmorgen\b"),
    replacements=(
        (re.compile(r"\b(?:an|ein)derthalb stunden\b|\beineinhalb stunden\b"), "90 minuten"),
        (re.compile(r"\b(?:eine |einer )?halbe[nr]? stunde\b"), "30 minuten"),
        (re.compile(r"\b(?:eine |einer )?viertelstunde\b"), "15 minuten"),
        (re.compile(r"\b(?:eine|einer|ein) stunde\b"), "1 stunde"),
        (re.compile(r"\bmitternacht\b"), "0:00 uhr"),
    ),
    rules=(
        PasteRule(
            re.compile(
                r"\b(?:zurück|wieder da|wieder hier|zu hause|daheim|bin da)"
                r"\s+(?:um|gegen|bis|ab)\s+(?:ca\.?\s+|etwa\s+|spätestens\s+)?"
                rf"{_DE_CLOCK}{_DE_NOT_A_LENGTH}"
            ),
            STRONG,
            _clock,
        ),
        PasteRule(
            re.compile(r"\b(?:um|gegen|bis|ab)\s+halb\s+(?P<h>\d{1,2})\b(?![\d:.])"),
            STRONG,
            _german_half,
        ),
        PasteRule(
            re.compile(
                r"\b(?:um|gegen|bis|ab)\s+(?:ca\.?\s+|etwa\s+|spätestens\s+)?"
                rf"{_DE_CLOCK}{_DE_NOT_A_LENGTH}"
            ),
            CUED,
            _clock,
        ),
        PasteRule(
            re.compile(r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?P<ampm>)\s*uhr\b"),
            CUED,
            _clock,
        ),
        PasteRule(re.compile(rf"(?<![\d:.,]){_DE_LEN}"), LENGTH, _en_length),
    ),
)


LANGUAGES: Mapping[str, PasteLanguage] = {"en": ENGLISH, "de": GERMAN}
"""Every language whose messages can be read; a new one is a new table here."""
