"""The check-in page: two actions to say "freeze, strong", help that fits, and a safe save."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers.german import shipped_german
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.states import StateId, load_guidance
from companion.desktop.resources import assets_dir
from companion.services.checkins import CheckinService
from companion.storage.store import CheckIn, StorageError, Store
from companion.ui.checkin.checkin_view import CheckinView

GUIDANCE = load_guidance(assets_dir() / "guidance" / "states.toml")
# The offscreen platform cannot resize windows to their layout's hints and says so; harmless.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

EVENING = datetime(2026, 11, 21, 19, 5, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(EVENING)


def _view(qtbot: QtBot, store: Store, clock: ManualClock, guidance=GUIDANCE, **kw) -> CheckinView:
    view = CheckinView(CheckinService(store), clock, guidance, **kw)
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot: QtBot, store: Store, clock: ManualClock) -> CheckinView:
    return _view(qtbot, store, clock)


def _find(view: CheckinView, cls: type, name: str):
    widget = view.findChild(cls, name)
    assert widget is not None, name
    return widget


def _click_cell(qtbot: QtBot, view: CheckinView, state: str, intensity: int) -> None:
    wheel = view.wheel
    qtbot.mouseClick(
        wheel, Qt.MouseButton.LeftButton, pos=wheel.cell_center(state, intensity).toPoint()
    )


# ----------------------------------------------------------------------------- two actions


def test_freeze_strong_in_two_actions_with_the_pointer(
    qtbot: QtBot, view: CheckinView, store: Store, clock: ManualClock
) -> None:
    _click_cell(qtbot, view, "freeze", 5)  # action 1
    with qtbot.waitSignal(view.saved) as blocker:
        qtbot.keyClick(view.wheel, Qt.Key.Key_Return)  # action 2
    [saved] = store.checkins()
    assert blocker.args == [saved.id]
    assert (saved.state, saved.intensity) == ("freeze", 5)
    assert saved.timestamp == clock.now()
    assert saved.timestamp.utcoffset() == timedelta(hours=1)
    assert saved.context == "practice" and saved.tag is None and saved.note == ""
    assert "Saved" in view.status_text()
    # Help that fits is on screen: freeze's body signs and what may help.
    card = _find(view, QLabel, "guidanceSigns").text()
    helps = _find(view, QLabel, "guidanceHelps").text()
    for sign in GUIDANCE[StateId.FREEZE].body_signs:
        assert sign in card
    for line in GUIDANCE[StateId.FREEZE].helps:
        assert line in helps
    assert "Freeze" in _find(view, QLabel, "guidanceTitle").text()


def test_keyboard_only_flow(qtbot: QtBot, view: CheckinView, store: Store) -> None:
    view.wheel.setFocus()
    qtbot.waitUntil(view.wheel.hasFocus)
    for key in (Qt.Key.Key_3, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Enter):
        qtbot.keyClick(view.wheel, key)
    [saved] = store.checkins()
    assert (saved.state, saved.intensity) == ("freeze", 5)


def test_the_save_button_saves_everything_entered(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    _click_cell(qtbot, view, "fawn", 2)
    _find(view, QPlainTextEdit, "noteEdit").setPlainText("  Said yes too fast again.  ")
    tag = _find(view, QComboBox, "tagCombo")
    tag.setCurrentIndex(tag.findText("I'm withdrawing"))
    context = _find(view, QComboBox, "contextCombo")
    context.setCurrentIndex(context.findText("After returning"))
    qtbot.mouseClick(_find(view, QPushButton, "saveCheckinButton"), Qt.MouseButton.LeftButton)
    [saved] = store.checkins()
    assert saved == CheckIn(
        id=saved.id,
        state="fawn",
        intensity=2,
        timestamp=EVENING,
        note="Said yes too fast again.",
        tag="withdrawing",
        context="after_return",
    )
    # Read back from a fresh connection: the record is on disk with the stable id.
    again = Store.open(store.path.parent)
    try:
        assert [c.state for c in again.checkins()] == ["fawn"]
    finally:
        again.close()


def test_settled_is_saved_with_intensity_zero(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    _click_cell(qtbot, view, "settled", 0)
    view.save()
    [saved] = store.checkins()
    assert (saved.state, saved.intensity) == ("settled", 0)


def test_nothing_chosen_nothing_saved(qtbot: QtBot, view: CheckinView, store: Store) -> None:
    with qtbot.assertNotEmitted(view.saved):
        assert view.save() is None
    assert store.checkins() == []
    assert "wheel" in view.status_text()


def test_saving_again_without_changes_makes_no_duplicate(
    qtbot: QtBot, view: CheckinView, store: Store, clock: ManualClock
) -> None:
    _click_cell(qtbot, view, "fight", 4)
    first = view.save()
    assert first is not None
    assert view.save() is None
    assert "already saved" in view.status_text()
    clock.advance(600)
    _click_cell(qtbot, view, "fight", 2)  # feeling better ten minutes later
    second = view.save()
    assert second is not None and second != first
    assert [(c.intensity, c.timestamp) for c in store.checkins()] == [
        (4, EVENING),
        (2, EVENING + timedelta(minutes=10)),
    ]


# ----------------------------------------------------------------------------- note limit


def test_a_note_over_1000_characters_is_refused_with_a_count(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    note = _find(view, QPlainTextEdit, "noteEdit")
    count = _find(view, QLabel, "noteCount")
    _click_cell(qtbot, view, "flight", 3)
    note.setPlainText("x" * 1012)
    assert count.text() == "1012 / 1000 characters"
    with qtbot.assertNotEmitted(view.saved):
        assert view.save() is None
    assert store.checkins() == []
    assert "1012 / 1000 characters" in view.status_text()
    assert note.toPlainText() == "x" * 1012  # nothing typed is lost
    assert view.wheel.state() == "flight"

    note.setPlainText("x" * 1000)
    assert count.text() == "1000 / 1000 characters"
    assert view.save() is not None
    assert len(store.checkins()[0].note) == 1000


# ----------------------------------------------------------------------------- failures


def test_a_storage_error_is_shown_and_keeps_what_was_entered(
    qtbot: QtBot,
    view: CheckinView,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(checkin: CheckIn) -> int:
        raise StorageError("Could not save to companion.db: database or disk is full")

    monkeypatch.setattr(store, "add_checkin", full_disk)
    _click_cell(qtbot, view, "fight", 5)
    _find(view, QPlainTextEdit, "noteEdit").setPlainText("Wanted to win.")
    view.set_tag("pursuing")
    with qtbot.assertNotEmitted(view.saved):
        assert view.save() is None
    assert "could not be saved" in view.status_text()
    assert "disk is full" in view.status_text()
    assert "Traceback" not in view.status_text()
    assert view.note() == "Wanted to win."
    assert view.tag() == "pursuing"
    assert (view.wheel.state(), view.wheel.intensity()) == ("fight", 5)

    monkeypatch.undo()
    assert view.save() is not None
    [saved] = store.checkins()
    assert (saved.state, saved.note, saved.tag) == ("fight", "Wanted to win.", "pursuing")


def test_without_guidance_the_page_still_works(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    problem = "/somewhere/states.toml: no guidance for 'freeze'"
    view = _view(qtbot, store, clock, guidance=None, guidance_error=problem)
    message = _find(view, QLabel, "guidanceProblem")
    assert message.isVisible()
    assert "could not be loaded" in message.text() and problem in message.text()
    assert "Traceback" not in message.text()
    assert not _find(view, QPushButton, "startBreathingButton").isVisible()
    _click_cell(qtbot, view, "freeze", 5)
    title = _find(view, QLabel, "guidanceTitle").text()
    assert title.startswith("Freeze · ")  # built-in labels still name the states
    qtbot.keyClick(view.wheel, Qt.Key.Key_Return)
    [saved] = store.checkins()
    assert (saved.state, saved.intensity) == ("freeze", 5)


# ----------------------------------------------------------------------------- guidance card


def test_start_breathing_uses_the_states_suggestion(qtbot: QtBot, view: CheckinView) -> None:
    button = _find(view, QPushButton, "startBreathingButton")
    assert not button.isVisible()  # nothing chosen yet
    _click_cell(qtbot, view, "freeze", 5)
    assert button.isVisible()
    expected = GUIDANCE[StateId.FREEZE]
    assert f"{expected.suggested_minutes:g} min" in button.text()
    with qtbot.waitSignal(view.startBreathing) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [expected.suggested_preset, expected.suggested_minutes]
    assert blocker.args[0] == "gentle-3-5"

    _click_cell(qtbot, view, "fight", 2)
    with qtbot.waitSignal(view.startBreathing) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == GUIDANCE[StateId.FIGHT].suggested_preset


def test_pointing_before_choosing_previews_body_signs(qtbot: QtBot, view: CheckinView) -> None:
    signs = _find(view, QLabel, "guidanceSigns")
    view.wheel.set_hover("fawn", 3)
    assert GUIDANCE[StateId.FAWN].body_signs[0] in signs.text()
    assert signs.isVisible()
    view.wheel.set_hover(None)
    assert not signs.isVisible()
    # Once something is chosen the card stays with the choice.
    _click_cell(qtbot, view, "flight", 1)
    view.wheel.set_hover("fight", 5)
    assert GUIDANCE[StateId.FLIGHT].body_signs[0] in signs.text()
    assert "Flight" in _find(view, QLabel, "guidanceTitle").text()


# ----------------------------------------------------------------------------- context


@pytest.mark.parametrize("context", ["during_break", "before_return", "after_return", "practice"])
def test_context_can_be_set_by_the_app(
    qtbot: QtBot, view: CheckinView, store: Store, context: str
) -> None:
    view.set_context(context)
    view.set_break_id(None if context == "practice" else 7)
    assert view.context() == context
    _click_cell(qtbot, view, "freeze", 2)
    view.save()
    [saved] = store.checkins()
    assert saved.context == context
    assert saved.break_id == (None if context == "practice" else 7)


def test_default_context_is_daily_practice_and_unknown_ids_are_refused(
    view: CheckinView,
) -> None:
    assert view.context() == "practice"
    assert _find(view, QComboBox, "contextCombo").currentText() == "Daily practice"
    with pytest.raises(ValueError):
        view.set_context("at_the_gym")


def test_reset_starts_a_fresh_check_in_but_keeps_the_context(
    qtbot: QtBot, view: CheckinView
) -> None:
    view.set_context("during_break")
    _click_cell(qtbot, view, "fight", 3)
    view.set_note("hot")
    view.set_tag("unsure")
    view.reset()
    assert view.wheel.state() is None
    assert view.note() == "" and view.tag() is None
    assert view.context() == "during_break"


# ----------------------------------------------------------------------------- nothing is lost


def _choose_context_by_hand(qtbot: QtBot, view: CheckinView, label: str) -> None:
    """Pick a context the way a keyboard user does: focus the list and step to it."""
    combo = _find(view, QComboBox, "contextCombo")
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0, label
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_start_breathing_saves_the_chosen_check_in_first(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    _click_cell(qtbot, view, "freeze", 4)
    view.set_note("Went blank when the bill came up.")
    view.set_tag("withdrawing")
    button = _find(view, QPushButton, "startBreathingButton")
    with qtbot.waitSignal(view.startBreathing) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == GUIDANCE[StateId.FREEZE].suggested_preset
    [saved] = store.checkins()
    assert (saved.state, saved.intensity, saved.note, saved.tag, saved.context) == (
        "freeze",
        4,
        "Went blank when the bill came up.",
        "withdrawing",
        "practice",
    )
    assert "Saved" in view.status_text()
    # Back from breathing, pressing it again (or quitting) adds no second copy.
    with qtbot.waitSignal(view.startBreathing):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.commit_pending() is None
    assert len(store.checkins()) == 1


def test_start_breathing_after_save_adds_no_duplicate(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    _click_cell(qtbot, view, "fight", 3)
    assert view.save() is not None
    with qtbot.waitSignal(view.startBreathing):
        qtbot.mouseClick(
            _find(view, QPushButton, "startBreathingButton"), Qt.MouseButton.LeftButton
        )
    assert len(store.checkins()) == 1


def test_an_over_long_note_keeps_the_user_here_instead_of_breathing(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    _click_cell(qtbot, view, "flight", 2)
    view.set_note("y" * 1001)
    with qtbot.assertNotEmitted(view.startBreathing):
        qtbot.mouseClick(
            _find(view, QPushButton, "startBreathingButton"), Qt.MouseButton.LeftButton
        )
    assert store.checkins() == []
    assert "1001 / 1000 characters" in view.status_text()
    assert view.note() == "y" * 1001


def test_a_storage_problem_still_lets_the_user_breathe_and_the_choice_waits(
    qtbot: QtBot, view: CheckinView, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(checkin: CheckIn) -> int:
        raise StorageError("Could not save to companion.db: database is locked")

    monkeypatch.setattr(store, "add_checkin", locked)
    _click_cell(qtbot, view, "fawn", 5)
    with qtbot.waitSignal(view.startBreathing):
        qtbot.mouseClick(
            _find(view, QPushButton, "startBreathingButton"), Qt.MouseButton.LeftButton
        )
    assert "could not be saved" in view.status_text()
    assert view.has_pending()
    monkeypatch.undo()
    assert view.commit_pending() is not None  # e.g. when the window closes
    [saved] = store.checkins()
    assert (saved.state, saved.intensity) == ("fawn", 5)


def test_commit_pending_saves_a_choice_nobody_saved(
    qtbot: QtBot, view: CheckinView, store: Store, clock: ManualClock
) -> None:
    assert view.commit_pending() is None  # nothing chosen: nothing saved, no nagging
    assert store.checkins() == [] and view.status_text() == ""
    _click_cell(qtbot, view, "freeze", 4)
    view.set_note("Could not find words.")
    assert view.has_pending()
    with qtbot.waitSignal(view.saved) as blocker:
        checkin_id = view.commit_pending()
    assert blocker.args == [checkin_id]
    [saved] = store.checkins()
    assert (saved.id, saved.state, saved.intensity, saved.note) == (
        checkin_id,
        "freeze",
        4,
        "Could not find words.",
    )
    assert saved.timestamp == clock.now()
    assert not view.has_pending()
    assert view.commit_pending() is None
    assert view.save() is None and "already saved" in view.status_text()
    assert len(store.checkins()) == 1
    # A new choice afterwards is a new check-in, and it is kept too.
    _click_cell(qtbot, view, "freeze", 2)
    assert view.commit_pending() is not None
    assert [c.intensity for c in store.checkins()] == [4, 2]


def test_the_main_window_finds_commit_pending_when_it_closes(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    """The window calls commit_pending() on every child that has it; closing keeps the choice."""
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    class Window(QWidget):
        def closeEvent(self, event: QCloseEvent) -> None:
            for child in self.findChildren(QWidget):
                commit = getattr(child, "commit_pending", None)
                if callable(commit):
                    commit()
            super().closeEvent(event)

    window = Window()
    qtbot.addWidget(window)
    view = CheckinView(CheckinService(store), clock, GUIDANCE, window)
    QVBoxLayout(window).addWidget(view)
    window.resize(900, 560)
    window.show()
    qtbot.waitExposed(window)
    _click_cell(qtbot, view, "freeze", 4)
    view.set_note("Quit right after choosing.")
    window.close()
    [saved] = store.checkins()
    assert (saved.state, saved.intensity, saved.note) == ("freeze", 4, "Quit right after choosing.")


# ----------------------------------------------------------------------------- inferred context


def test_a_running_break_preselects_the_context_and_links_the_break(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    combo = _find(view, QComboBox, "contextCombo")
    view.set_break_state(12, None)
    assert view.context() == "during_break" and combo.currentText() == "During a break"
    assert view.break_id() == 12
    _click_cell(qtbot, view, "flight", 3)
    view.save()
    view.set_break_state(12, "before_return")  # the return is near
    assert combo.currentText() == "Before returning"
    _click_cell(qtbot, view, "flight", 2)
    view.save()
    view.set_break_state(None, None)  # the break is over
    assert view.context() == "practice" and view.break_id() is None
    _click_cell(qtbot, view, "settled", 0)
    view.save()
    assert [(c.context, c.break_id) for c in store.checkins()] == [
        ("during_break", 12),
        ("before_return", 12),
        ("practice", None),
    ]


def test_a_context_chosen_by_hand_wins_for_this_visit(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    view.set_break_state(4, None)
    _choose_context_by_hand(qtbot, view, "After returning")
    view.set_break_state(4, "before_return")
    assert view.context() == "after_return"
    view.set_break_state(None, None)
    assert view.context() == "after_return" and view.break_id() is None
    _click_cell(qtbot, view, "fight", 2)
    view.save()
    assert store.checkins()[0].context == "after_return"
    # Leaving the page ends the visit; the app's inference applies again.
    view.hide()
    assert view.context() == "practice"
    view.show()
    view.set_break_state(9, None)
    assert view.context() == "during_break"


def test_a_context_change_after_saving_makes_no_duplicate(
    qtbot: QtBot, view: CheckinView, store: Store
) -> None:
    view.set_break_state(3, None)
    _click_cell(qtbot, view, "freeze", 3)
    assert view.save() is not None
    view.set_break_state(None, None)  # the break ends while the page is open
    assert view.context() == "practice"
    assert not view.has_pending()
    assert view.commit_pending() is None
    [saved] = store.checkins()
    assert (saved.context, saved.break_id) == ("during_break", 3)


def test_unknown_inferred_contexts_are_refused(view: CheckinView) -> None:
    with pytest.raises(ValueError):
        view.set_break_state(1, "at_the_gym")
    assert view.context() == "practice" and view.break_id() is None


# ----------------------------------------------------------------------------- German


@pytest.mark.usefixtures("german", "german_numbers")
def test_in_german_the_card_names_the_state_like_the_rest_of_the_app(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    guidance = dict(GUIDANCE)
    fawn = guidance[StateId.FAWN]
    guidance[StateId.FAWN] = type(fawn)(**{**fawn.__dict__, "suggested_minutes": 2.5})
    view = _view(qtbot, store, clock, guidance=guidance)
    freeze = shipped_german("CheckinWheel", "Freeze")
    assert freeze not in ("", "Freeze", GUIDANCE[StateId.FREEZE].label)
    _click_cell(qtbot, view, "freeze", 5)
    title = _find(view, QLabel, "guidanceTitle").text()
    assert title.startswith(f"{freeze} · ")
    assert "Freeze" not in title
    _click_cell(qtbot, view, "fawn", 2)
    assert (
        _find(view, QLabel, "guidanceTitle")
        .text()
        .startswith(shipped_german("CheckinWheel", "Fawn"))
    )
    assert "(2,5 " in _find(view, QPushButton, "startBreathingButton").text()
