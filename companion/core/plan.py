"""The pause plan: what a couple agrees, when calm, about how they will pause in a fight.

Pure values and rules: every field is optional; lengths keep to the 20 minutes - 24 hours
rules of a break; a break asks :func:`break_defaults` what to start from. Problems are typed
(:class:`PlanProblem`) so the UI words them in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from companion.core.agreement import MAX_BREAK, PLAN_ITEMS, SETTLE_TIME

__all__ = [
    "LONGEST_MINUTES",
    "SHORTEST_MINUTES",
    "BreakDefaults",
    "Messaging",
    "PausePlan",
    "Person",
    "PlanError",
    "PlanProblem",
    "ReachOut",
    "Tendency",
    "break_defaults",
    "problems",
]

SHORTEST_MINUTES = int(SETTLE_TIME.total_seconds() // 60)
"""A planned pause lasts at least this long: bodies need about 20 minutes to settle."""
LONGEST_MINUTES = int(MAX_BREAK.total_seconds() // 60)
"""And no longer than a day, which would start to feel like punishment."""
_KNOWN_ITEMS = tuple(item.id for item in PLAN_ITEMS)


class PlanError(ValueError):
    """Stored plan data that cannot be read back (a damaged or foreign value)."""


class Messaging(Enum):
    """Whether the two message each other during a pause."""

    UNSET = ""
    NONE = "none"
    HALFWAY = "halfway"
    IF_NEEDED = "if_needed"


class ReachOut(Enum):
    """Who reaches out when the return time comes."""

    UNSET = ""
    PAUSER = "pauser"
    WAITER = "waiter"
    EITHER = "either"


class Tendency(Enum):
    """What a person says about themselves in a fight; optional, never assigned."""

    UNSET = ""
    PUSH = "push"
    QUIET = "quiet"


class PlanProblem(Enum):
    """Why a plan cannot be kept as it is."""

    USUAL_TOO_SHORT = "usual_too_short"
    USUAL_TOO_LONG = "usual_too_long"
    LONGEST_TOO_SHORT = "longest_too_short"
    LONGEST_TOO_LONG = "longest_too_long"
    LONGEST_BELOW_USUAL = "longest_below_usual"


@dataclass(frozen=True)
class Person:
    """One partner's part of the plan."""

    name: str = ""
    tendency: Tendency = Tendency.UNSET
    goes_to: str = ""
    items: tuple[str, ...] = ()
    own: str = ""

    def is_empty(self) -> bool:
        return self == Person()


@dataclass(frozen=True)
class PausePlan:
    """The whole agreement. ``usual_minutes`` and ``longest_minutes`` are None when undecided."""

    signal: str = ""
    signal_is_gesture: bool = False
    usual_minutes: int | None = None
    longest_minutes: int | None = None
    messaging: Messaging = Messaging.UNSET
    reach_out: ReachOut = ReachOut.UNSET
    reach_out_how: str = ""
    opener: str = ""
    people: tuple[Person, Person] = field(default_factory=lambda: (Person(), Person()))

    def is_empty(self) -> bool:
        """True when nothing at all was filled in (then there is no plan to keep)."""
        return self == PausePlan()

    def cleaned(self) -> PausePlan:
        """The same plan with text trimmed and unknown plan items dropped."""
        people = tuple(
            replace(
                p,
                name=p.name.strip(),
                goes_to=p.goes_to.strip(),
                own=p.own.strip(),
                items=tuple(i for i in _KNOWN_ITEMS if i in p.items),
            )
            for p in self.people
        )
        return replace(
            self,
            signal=self.signal.strip(),
            reach_out_how=self.reach_out_how.strip(),
            opener=self.opener.strip(),
            people=(people[0], people[1]),
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form with stable keys (storage and export)."""
        return {
            "signal": self.signal,
            "signal_kind": "gesture" if self.signal_is_gesture else "word",
            "usual_minutes": self.usual_minutes,
            "longest_minutes": self.longest_minutes,
            "messaging": self.messaging.value or None,
            "reach_out": self.reach_out.value or None,
            "reach_out_how": self.reach_out_how,
            "opener": self.opener,
            "people": [_person_dict(p) for p in self.people],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PausePlan:
        """Read :meth:`to_dict` back; PlanError when a value has the wrong type."""
        try:
            people = [_person(p) for p in data.get("people") or [{}, {}]]
            people = [*people, Person(), Person()][:2]
            return cls(
                signal=_text(data.get("signal")),
                signal_is_gesture=data.get("signal_kind") == "gesture",
                usual_minutes=_minutes(data.get("usual_minutes")),
                longest_minutes=_minutes(data.get("longest_minutes")),
                messaging=Messaging(data.get("messaging") or ""),
                reach_out=ReachOut(data.get("reach_out") or ""),
                reach_out_how=_text(data.get("reach_out_how")),
                opener=_text(data.get("opener")),
                people=(people[0], people[1]),
            )
        except (TypeError, ValueError, AttributeError) as exc:
            raise PlanError(f"the stored pause plan cannot be read ({exc})") from exc


def _person_dict(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "tendency": person.tendency.value or None,
        "goes_to": person.goes_to,
        "items": list(person.items),
        "own": person.own,
    }


def _person(data: Mapping[str, Any]) -> Person:
    items = data.get("items") or []
    if not isinstance(items, list):
        raise TypeError("items should be a list")
    return Person(
        name=_text(data.get("name")),
        tendency=Tendency(data.get("tendency") or ""),
        goes_to=_text(data.get("goes_to")),
        items=tuple(_text(i) for i in items),
        own=_text(data.get("own")),
    )


def _text(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {value!r}")
    return value


def _minutes(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected whole minutes, found {value!r}")
    return value


def problems(plan: PausePlan) -> tuple[PlanProblem, ...]:
    """Everything that keeps ``plan`` from the break rules; empty when it can be kept."""
    found: list[PlanProblem] = []
    usual, longest = plan.usual_minutes, plan.longest_minutes
    if usual is not None and usual < SHORTEST_MINUTES:
        found.append(PlanProblem.USUAL_TOO_SHORT)
    if usual is not None and usual > LONGEST_MINUTES:
        found.append(PlanProblem.USUAL_TOO_LONG)
    if longest is not None and longest < SHORTEST_MINUTES:
        found.append(PlanProblem.LONGEST_TOO_SHORT)
    if longest is not None and longest > LONGEST_MINUTES:
        found.append(PlanProblem.LONGEST_TOO_LONG)
    if usual is not None and longest is not None and not found and longest < usual:
        found.append(PlanProblem.LONGEST_BELOW_USUAL)
    return tuple(found)


@dataclass(frozen=True)
class BreakDefaults:
    """What a break starts from when there is a plan.

    ``minutes`` None keeps the app's default length; ``items`` None ticks every plan item as
    without a plan; ``signal`` is "" when there is no spoken signal word.
    """

    minutes: int | None
    signal: str
    items: frozenset[str] | None
    opener: str


def break_defaults(plan: PausePlan | None) -> BreakDefaults | None:
    """What a break takes from ``plan``; None without a plan (then nothing changes)."""
    if plan is None or plan.is_empty():
        return None
    chosen = frozenset(item for person in plan.people for item in person.items)
    usual = plan.usual_minutes
    ok_length = usual is not None and SHORTEST_MINUTES <= usual <= LONGEST_MINUTES
    return BreakDefaults(
        minutes=usual if ok_length else None,
        signal="" if plan.signal_is_gesture else plan.signal.strip(),
        items=chosen or None,
        opener=plan.opener.strip(),
    )
