"""A break made from our pause plan: its length, its signal word, its items, its opener first."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from helpers.breaks import START
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.agreement import PLAN_ITEMS
from companion.core.clock import ManualClock
from companion.core.phrases import Phrases, bridge_sentence
from companion.core.plan import Messaging, PausePlan, Person, ReachOut
from companion.services.breaks import BreakController
from companion.services.plan import PlanService
from companion.storage.store import Store
from companion.ui.pause.break_page import BreakPage

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),  # times read "19:20"
]

PLAN = PausePlan(
    signal="Pineapple",
    usual_minutes=45,
    opener="Can we start again, slowly this time?",
    people=(Person("Sam", items=("walk",)), Person("Alex", items=("water",))),
)
ALL_ITEMS = tuple(item.id for item in PLAN_ITEMS)


@pytest.fixture
def plan(store: Store, clock: ManualClock) -> PlanService:
    return PlanService(store, clock)


@pytest.fixture
def page(
    qtbot: QtBot,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
    plan: PlanService,
) -> BreakPage:
    widget = BreakPage(controller, phrases)
    widget.flow.use_plan(plan)
    widget.return_view.use_plan(plan)
    widget.countdown.use_plan(plan)
    qtbot.addWidget(widget)
    widget.resize(640, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def one_press_break(qtbot: QtBot, page: BreakPage) -> None:
    page.open()
    with qtbot.waitSignal(page.flow.started):
        qtbot.keyClick(page.flow.start_button, Qt.Key.Key_Return)


def test_one_press_starts_the_planned_break(
    qtbot: QtBot, page: BreakPage, plan: PlanService, controller: BreakController
) -> None:
    plan.save(PLAN)
    one_press_break(qtbot, page)
    found = controller.active()
    assert found is not None
    record, agreement = found
    assert agreement.return_at == START + timedelta(minutes=45)
    assert record.bridge.startswith("“Pineapple”")
    assert "19:45" in record.bridge
    assert record.plan == ("walk", "water")
    assert page.currentWidget() is page.countdown


def test_the_return_step_opens_with_our_opener(
    qtbot: QtBot, page: BreakPage, plan: PlanService, clock: ManualClock, phrases: Phrases
) -> None:
    plan.save(PLAN)
    one_press_break(qtbot, page)
    clock.advance(45 * 60)
    page.show_return()
    view = page.return_view
    assert PLAN.opener in view.suggestion_label.text()
    assert view.words() == PLAN.opener
    view.other_button.click()
    assert view.suggestion_label.text() == phrases.openers[0]


def test_without_a_plan_nothing_changes(
    qtbot: QtBot,
    page: BreakPage,
    controller: BreakController,
    clock: ManualClock,
    phrases: Phrases,
) -> None:
    one_press_break(qtbot, page)
    found = controller.active()
    assert found is not None
    record, agreement = found
    assert agreement.return_at == START + timedelta(minutes=20)
    assert record.bridge == bridge_sentence(phrases.neutral[0], "19:20", 20)
    assert record.plan == ALL_ITEMS
    clock.advance(20 * 60)
    page.show_return()
    assert page.return_view.words() == phrases.openers[0]
    assert page.return_view.suggestion_label.text() == phrases.openers[0]


def test_a_changed_plan_reaches_the_next_break(
    qtbot: QtBot, page: BreakPage, plan: PlanService, controller: BreakController
) -> None:
    plan.save(PLAN)
    plan.save(PausePlan(signal="hand on heart", signal_is_gesture=True, usual_minutes=30))
    one_press_break(qtbot, page)
    found = controller.active()
    assert found is not None
    record, agreement = found
    assert agreement.return_at == START + timedelta(minutes=30)
    assert "hand on heart" not in record.bridge  # a gesture is made, not said
    assert record.plan == ALL_ITEMS


def test_a_plan_saved_while_the_flow_is_open_shows_at_once(
    page: BreakPage, plan: PlanService
) -> None:
    assert page.flow.duration_buttons[20].isChecked()
    plan.save(PLAN)
    assert page.flow.duration_buttons[45].isChecked()
    assert page.flow.bridge_text().startswith("“Pineapple”")
    assert [i for i, box in page.flow.plan_boxes.items() if box.isChecked()] == ["walk", "water"]


def test_the_countdown_shows_what_we_agreed_about_messages_and_reaching_out(
    qtbot: QtBot, page: BreakPage, plan: PlanService
) -> None:
    plan.save(PLAN)  # nothing agreed about messages or reaching out
    one_press_break(qtbot, page)
    assert not page.countdown.plan_agreed.isVisible()
    plan.save(
        replace(PLAN, messaging=Messaging.NONE, reach_out=ReachOut.PAUSER, reach_out_how="a call")
    )
    page.countdown.refresh()
    assert page.countdown.plan_agreed.isVisible()
    text = page.countdown.plan_agreed.text()
    assert "No messages during a pause" in text
    assert "The one who asked for the pause, a call" in text
