"""Words for stepping away and coming back: bridge sentences, soft start-ups, protest -> need.

The texts live in ``assets/guidance/phrases.toml`` so they can be edited without code. A
malformed file gives a PhrasesError whose message names the problem and where it is.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from companion.core.agreement import minutes_text
from companion.core.content import ContentFault

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "OPEN_LENGTH",
    "PLACEHOLDERS",
    "Flavour",
    "Phrases",
    "PhrasesError",
    "ProtestNeed",
    "bridge_sentence",
    "check_phrases_file",
    "load_phrases",
    "parse_phrases",
]

PLACEHOLDERS = ("return_time", "duration", "minutes")
OPEN_LENGTH = "some time"
"""What ``{duration}`` says for a break given as a clock time: its length is the time itself,
and "22 hours 55 minutes" would read as a wrong promise."""
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class PhrasesError(ValueError):
    """The phrases file cannot be used; the message says which file and what is wrong (in
    English), ``fault`` what kind of problem it is and ``path`` which file, if known."""

    def __init__(
        self,
        message: str,
        fault: ContentFault = ContentFault.INCOMPLETE,
        path: Path | None = None,
    ) -> None:
        super().__init__(message)
        self.fault = fault
        self.path = path


class Flavour(Enum):
    """Whose bridge sentence: anyone, someone who pushes closer, or someone who pulls away."""

    NEUTRAL = "neutral"
    PURSUER = "pursuer"
    DISTANCER = "distancer"


@dataclass(frozen=True)
class ProtestNeed:
    """A complaint as it is often said, and the fear or wish underneath it."""

    protest: str
    need: str


@dataclass(frozen=True)
class Phrases:
    """All the phrase lists; each is non-empty once loaded."""

    neutral: tuple[str, ...]
    pursuer: tuple[str, ...]
    distancer: tuple[str, ...]
    extension: tuple[str, ...]
    openers: tuple[str, ...]
    protest_need: tuple[ProtestNeed, ...]

    def bridges(self, flavour: Flavour) -> tuple[str, ...]:
        """The bridge sentence templates of one flavour."""
        return {
            Flavour.NEUTRAL: self.neutral,
            Flavour.PURSUER: self.pursuer,
            Flavour.DISTANCER: self.distancer,
        }[flavour]


def bridge_sentence(template: str, return_at_text: str, minutes: int | None) -> str:
    """Fill ``{return_time}``, ``{duration}`` and ``{minutes}``; other text stays as it is.

    ``minutes`` is None for a break given as a clock time: then the words promise the time
    only, and ``{duration}`` says OPEN_LENGTH rather than a long count of hours.
    """
    values = {
        "return_time": return_at_text,
        "duration": OPEN_LENGTH if minutes is None else minutes_text(minutes),
        "minutes": OPEN_LENGTH if minutes is None else str(max(0, int(minutes))),
    }
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _texts(section: dict[str, Any], key: str, where: str, *, needs_time: bool) -> tuple[str, ...]:
    value = section.get(key)
    if not isinstance(value, list) or not value:
        raise PhrasesError(f"{where}.{key} should be a list with at least one sentence.")
    for n, text in enumerate(value, start=1):
        if not isinstance(text, str) or not text.strip():
            raise PhrasesError(f"{where}.{key}, entry {n}, should be a sentence in quotes.")
        for name in _PLACEHOLDER.findall(text):
            if name not in PLACEHOLDERS:
                known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                raise PhrasesError(
                    f"{where}.{key}, entry {n}, has an unknown placeholder {{{name}}}; "
                    f"the known ones are {known}."
                )
        if needs_time and "{return_time}" not in text:
            raise PhrasesError(
                f"{where}.{key}, entry {n}, should say when you'll be back: "
                "include {return_time}."
            )
    return tuple(text.strip() for text in value)


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise PhrasesError(f"The [{key}] section is missing.")
    return value


def parse_phrases(text: str) -> Phrases:
    """Phrases from the text of a phrases file; PhrasesError when it is malformed."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PhrasesError(f"It is not valid TOML: {exc}.", ContentFault.NOT_TOML) from exc
    except RecursionError:
        raise PhrasesError(
            "Its tables or lists are nested too deeply.", ContentFault.TOO_DEEP
        ) from None
    bridge = _table(data, "bridge")
    start_up = _table(data, "start_up")
    pairs = data.get("protest_need")
    if not isinstance(pairs, list) or not pairs:
        raise PhrasesError("There should be at least one [[protest_need]] entry.")
    protest_need = []
    for n, pair in enumerate(pairs, start=1):
        if not isinstance(pair, dict):
            raise PhrasesError(f"[[protest_need]] entry {n} should be a table.")
        protest, need = pair.get("protest"), pair.get("need")
        if not (isinstance(protest, str) and protest.strip()):
            raise PhrasesError(f'[[protest_need]] entry {n} needs a protest = "..." line.')
        if not (isinstance(need, str) and need.strip()):
            raise PhrasesError(f'[[protest_need]] entry {n} needs a need = "..." line.')
        protest_need.append(ProtestNeed(protest.strip(), need.strip()))
    return Phrases(
        neutral=_texts(bridge, "neutral", "bridge", needs_time=True),
        pursuer=_texts(bridge, "pursuer", "bridge", needs_time=True),
        distancer=_texts(bridge, "distancer", "bridge", needs_time=True),
        extension=_texts(bridge, "extension", "bridge", needs_time=True),
        openers=_texts(start_up, "openers", "start_up", needs_time=False),
        protest_need=tuple(protest_need),
    )


def load_phrases(path: Path | str) -> Phrases:
    """Read and check a phrases file; PhrasesError names the file and the problem."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        missing = isinstance(exc, FileNotFoundError)
        raise PhrasesError(
            f"The phrases file {path} could not be read: {exc.strerror or exc}.",
            ContentFault.MISSING if missing else ContentFault.UNREADABLE,
            path,
        ) from exc
    except UnicodeDecodeError as exc:
        raise PhrasesError(
            f"The phrases file {path} is not UTF-8 text.", ContentFault.NOT_UTF8, path
        ) from exc
    try:
        return parse_phrases(text)
    except PhrasesError as exc:
        raise PhrasesError(
            f"The phrases file {path} has a problem: {exc}", exc.fault, path
        ) from exc


def check_phrases_file(path: Path | str) -> str | None:
    """None when the file loads, else the message to show (for ``companion doctor``)."""
    try:
        load_phrases(path)
    except PhrasesError as exc:
        return str(exc)
    return None
