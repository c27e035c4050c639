"""One judgement of how a break ended: the return step, History, Insights and export agree."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.agreement import ReturnAgreement
from companion.core.outcome import (
    BreakOutcome,
    break_outcome,
    classify,
    extension,
    lateness,
    return_word,
)

START = datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1)))
AGREED = START + timedelta(minutes=20)


def _m(minutes: float) -> timedelta:
    return timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("late_by", "extended_by", "recorded", "expected"),
    [
        (None, 0.0, None, BreakOutcome.OPEN),
        (-5.0, 0.0, None, BreakOutcome.ON_TIME),
        (0.99, 0.0, None, BreakOutcome.ON_TIME),  # within the minute of grace
        (1.0, 0.0, None, BreakOutcome.LATE),  # the countdown says "overdue" from here on
        (-2.0, 10.0, None, BreakOutcome.EXTENDED),
        (12.0, 10.0, None, BreakOutcome.LATE),
        (0.0, 0.0, "kept", BreakOutcome.ON_TIME),
        (0.0, 10.0, "kept", BreakOutcome.EXTENDED),  # extended is never "just on time"
        (30.0, 0.0, "on_time", BreakOutcome.LATE),  # the clock says otherwise
        (0.0, 0.0, "late", BreakOutcome.LATE),
        (None, 0.0, "cancelled", BreakOutcome.CANCELLED),
        (3.0, 0.0, "Cancelled ", BreakOutcome.CANCELLED),
    ],
)
def test_classify(
    late_by: float | None, extended_by: float, recorded: str | None, expected: BreakOutcome
) -> None:
    late = None if late_by is None else _m(late_by)
    assert classify(late, _m(extended_by), recorded) is expected


def test_lateness_and_extension_are_plain_differences() -> None:
    assert lateness(None, AGREED) is None
    assert lateness(AGREED + _m(3), AGREED) == _m(3)
    assert lateness(AGREED - _m(2), AGREED) == _m(-2)
    assert extension(AGREED + _m(10), AGREED) == _m(10)


@given(
    back_after=st.integers(min_value=-20 * 60, max_value=3 * 3600),
    extra=st.sampled_from([(), (600.0,), (600.0, 300.0)]),
)
def test_the_recorded_word_and_the_later_judgement_agree(
    back_after: int, extra: tuple[float, ...]
) -> None:
    """What the return step stores reads back the same in History, Insights and the export."""
    deal = ReturnAgreement(START, AGREED, (), extra)
    returned = deal.return_at + timedelta(seconds=back_after)
    word = deal.outcome(returned)
    judged = break_outcome(returned, deal.return_at, deal.deadline)
    assert break_outcome(returned, deal.return_at, deal.deadline, word) is judged
    assert word == return_word(judged)


def test_only_a_return_has_a_return_word() -> None:
    with pytest.raises(ValueError):
        return_word(BreakOutcome.CANCELLED)
