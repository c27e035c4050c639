"""The user's preferences: each option declared once, with type, default, bounds and description.

Values are read through :class:`Settings`, which wraps a ``QSettings``. A stored value that
cannot be read (a hand-edited file, an old version, a wrong type) falls back to the option's
default and leaves one log line naming the option; reading a setting never raises.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import time
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

log = logging.getLogger("companion.services.settings")

T = TypeVar("T")

_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})
_INT = re.compile(r"[+-]?\d{1,9}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
MAX_TEXT = 200


class InvalidValue(ValueError):
    """A value an option cannot hold; the message says why, without echoing the value."""


def _text(raw: object) -> str:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidValue("not text") from None
    if not isinstance(raw, str):
        raise InvalidValue(f"expected text, found {type(raw).__name__}")
    return raw.strip()


def parse_bool(raw: object) -> bool:
    """``True``/``False`` or the words QSettings and people write for them."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    word = _text(raw).lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise InvalidValue("not a yes/no value")


def parse_int(raw: object) -> int:
    """A whole number, given as a number or as decimal digits."""
    if isinstance(raw, bool):
        raise InvalidValue("not a whole number")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        if math.isfinite(raw) and raw.is_integer():
            return int(raw)
        raise InvalidValue("not a whole number")
    word = _text(raw)
    if not _INT.fullmatch(word):
        raise InvalidValue("not a whole number")
    return int(word)


def parse_float(raw: object) -> float:
    """A finite number."""
    if isinstance(raw, bool):
        raise InvalidValue("not a number")
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        word = _text(raw)
        if len(word) > 32:
            raise InvalidValue("not a number")
        try:
            value = float(word)
        except ValueError:
            raise InvalidValue("not a number") from None
    if not math.isfinite(value):
        raise InvalidValue("not a finite number")
    return value


def parse_time(raw: object) -> time:
    """A wall-clock time written ``HH:MM`` (24-hour)."""
    if isinstance(raw, time):
        return time(raw.hour, raw.minute)
    match = _TIME.fullmatch(_text(raw))
    if match is None:
        raise InvalidValue("not a time written HH:MM")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InvalidValue("not a time of day")
    return time(hour, minute)


def format_time(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_optional_text(raw: object) -> str | None:
    """A short line of text, or None when empty (None stands for "the default")."""
    if raw is None:
        return None
    word = _text(raw)
    if len(word) > MAX_TEXT or any(ord(ch) < 32 for ch in word):
        raise InvalidValue("not a short single line of text")
    return word or None


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: where it is stored, what it may hold, and what it means.

    ``parse`` turns a stored value into a ``T`` or raises :class:`InvalidValue`; bounds and
    choices are checked by :meth:`validate`, so a value outside them is invalid too.
    """

    key: str
    default: T
    description: str
    parse: Callable[[object], T]
    store_as: Callable[[T], object] = field(default=lambda value: value)
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    def validate(self, raw: object) -> T:
        """The value ``raw`` stands for; raises :class:`InvalidValue` when it is not allowed."""
        value = self.parse(raw)
        if self.choices and value not in self.choices:
            raise InvalidValue(f"not one of {', '.join(self.choices)}")
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            raise InvalidValue(f"below the minimum {self.minimum:g}")
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            raise InvalidValue(f"above the maximum {self.maximum:g}")
        return value


def parse_word(raw: object) -> str:
    """A single lower-case word (checked against an option's choices)."""
    return _text(raw).lower()


CUE_STYLES = ("soft", "bell", "breath", "silent")
THEMES = ("system", "light", "dark")

SOUND_ENABLED: Option[bool] = Option(
    "sound/enabled", True, "Play sound cues with the breathing guide.", parse_bool
)
CUE_STYLE: Option[str] = Option(
    "sound/style",
    "soft",
    "How the cues sound: soft tones, bells, breath sounds or silent.",
    parse_word,
    choices=CUE_STYLES,
)
VOLUME: Option[float] = Option(
    "sound/volume",
    0.8,
    "Cue volume, from 0 (silent) to 1 (full).",
    parse_float,
    minimum=0.0,
    maximum=1.0,
)
RHYTHM: Option[bool] = Option(
    "sound/rhythm",
    False,
    "Mark the phases by taps as well as by pitch: one for in, two for out.",
    parse_bool,
)
OUTPUT_DEVICE: Option[str | None] = Option(
    "sound/device",
    None,
    "The sound device's name; empty means the system default.",
    parse_optional_text,
    store_as=lambda value: value or "",
)
THEME: Option[str] = Option(
    "appearance/theme",
    "system",
    "Colours: follow the system, or always light or dark.",
    parse_word,
    choices=THEMES,
)
REDUCED_MOTION: Option[bool] = Option(
    "appearance/reduced_motion",
    False,
    "Show the breathing guide without moving shapes.",
    parse_bool,
)
DEFAULT_BREAK_MINUTES: Option[int] = Option(
    "breaks/default_minutes",
    20,
    "How long a break lasts unless you choose otherwise, in minutes.",
    parse_int,
    minimum=5,
    maximum=240,
)
REMINDER_ENABLED: Option[bool] = Option(
    "reminder/enabled",
    False,
    "A daily reminder to practise, skipped on days you already have.",
    parse_bool,
)
REMINDER_TIME: Option[time] = Option(
    "reminder/time",
    time(19, 0),
    "When the daily reminder comes, as HH:MM.",
    parse_time,
    store_as=format_time,
)
START_AT_LOGIN: Option[bool] = Option(
    "startup/at_login", False, "Start Companion when you log in.", parse_bool
)

OPTIONS: tuple[Option[Any], ...] = (
    SOUND_ENABLED,
    CUE_STYLE,
    VOLUME,
    OUTPUT_DEVICE,
    THEME,
    REDUCED_MOTION,
    DEFAULT_BREAK_MINUTES,
    REMINDER_ENABLED,
    REMINDER_TIME,
    START_AT_LOGIN,
)
BY_KEY: Mapping[str, Option[Any]] = {option.key: option for option in OPTIONS}


def _brief(raw: object) -> str:
    """What kind of value was found, for the log: its type and length, never its content."""
    if isinstance(raw, (str, bytes, list, tuple)):
        return f"{type(raw).__name__} of length {len(raw)}"
    return type(raw).__name__


class Settings(QObject):
    """Typed access to the stored options; invalid stored values read as their defaults.

    ``changed`` carries the ``frozenset`` of keys whose value :meth:`update` changed.
    """

    changed = Signal(object)

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._reported: set[tuple[str, str]] = set()

    @property
    def qsettings(self) -> QSettings:
        """The QSettings underneath (for keys that are not options, e.g. window geometry)."""
        return self._store

    def get(self, option: Option[T]) -> T:
        """The option's value, or its default when nothing valid is stored."""
        if not self._store.contains(option.key):
            return option.default
        try:
            raw = self._store.value(option.key)
        except Exception:  # a value QSettings itself cannot turn into Python
            raw = _Unreadable()
        if raw is None:
            return option.default
        try:
            return option.validate(raw)
        except InvalidValue as problem:
            self._report(option, raw, problem)
            return option.default

    def set(self, option: Option[T], value: T) -> bool:
        """Store ``value`` (validated); True when it differs from what was read before."""
        checked = option.validate(value)
        before = self.get(option)
        self._store.setValue(option.key, option.store_as(checked))
        return before != checked

    def update(self, values: Mapping[str, object]) -> frozenset[str]:
        """Store several options by key, sync, emit ``changed`` once; returns the changed keys.

        All values are validated before anything is written: one bad value stores nothing.
        """
        checked: dict[Option[Any], Any] = {}
        for key, value in values.items():
            option = BY_KEY.get(key)
            if option is None:
                raise KeyError(f"unknown setting {key!r}")
            checked[option] = option.validate(value)
        changed = frozenset(
            option.key for option, value in checked.items() if self.set(option, value)
        )
        self._store.sync()
        if changed:
            self.changed.emit(changed)
        return changed

    def values(self) -> dict[str, Any]:
        """Every option's current value by key."""
        return {option.key: self.get(option) for option in OPTIONS}

    def reset(self, keys: Iterable[str] | None = None) -> frozenset[str]:
        """Back to the defaults (all options, or ``keys``); returns the keys that changed."""
        chosen = [BY_KEY[key] for key in keys] if keys is not None else list(OPTIONS)
        return self.update({option.key: option.default for option in chosen})

    # typed shortcuts for the options code reads most
    @property
    def sound_enabled(self) -> bool:
        return self.get(SOUND_ENABLED)

    @property
    def cue_style(self) -> str:
        return self.get(CUE_STYLE)

    @property
    def volume(self) -> float:
        return self.get(VOLUME)

    @property
    def rhythm(self) -> bool:
        return self.get(RHYTHM)

    @property
    def output_device(self) -> str | None:
        return self.get(OUTPUT_DEVICE)

    @property
    def theme(self) -> str:
        return self.get(THEME)

    @property
    def reduced_motion(self) -> bool:
        return self.get(REDUCED_MOTION)

    @property
    def default_break_minutes(self) -> int:
        return self.get(DEFAULT_BREAK_MINUTES)

    @property
    def reminder_enabled(self) -> bool:
        return self.get(REMINDER_ENABLED)

    @property
    def reminder_time(self) -> time:
        return self.get(REMINDER_TIME)

    @property
    def start_at_login(self) -> bool:
        return self.get(START_AT_LOGIN)

    def _report(self, option: Option[Any], raw: object, problem: InvalidValue) -> None:
        found = _brief(raw)
        if (option.key, found + str(problem)) in self._reported:
            return
        self._reported.add((option.key, found + str(problem)))
        log.warning(
            "setting %s: stored value (%s) is %s; using the default %r",
            option.key,
            found,
            problem,
            option.store_as(option.default),
        )


class _Unreadable:
    """Stands for a stored value that could not be read at all."""
