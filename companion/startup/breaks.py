"""The break controller's links to the window and the tray (built after the first frame)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from companion.services.container import Services
from companion.startup.notices import notice_sentence
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.tray import BreakTray

if TYPE_CHECKING:
    from companion.ui.checkin.checkin_view import CheckinView
    from companion.ui.pause.break_page import BreakPage


def wire_breaks(window: MainWindow, services: Services) -> None:
    """The break controller, the tray and the window's Take-a-break entry point."""
    controller = services.breaks
    assert controller is not None
    controller.setParent(window)
    tray = BreakTray(controller, window, phrases=services.phrases)
    services.tray = tray
    # The break a reminder banner was about: (break id, return time). Once the break ends, a
    # new one starts or its time moves, the banner is out of date and goes.
    reminded: list[tuple[int | None, object]] = []

    def remind_in_window(title: str, body: str) -> bool:
        found = controller.active()
        reminded[:] = [(found[0].id, found[1].return_at)] if found is not None else []
        return notify_in_window(window, title, body)

    def drop_stale_reminder() -> None:
        found = controller.active()
        now = [(found[0].id, found[1].return_at)] if found is not None else []
        if reminded and reminded != now:
            reminded.clear()
            window.clear_notice("reminder")

    controller.changed.connect(drop_stale_reminder)
    controller.set_notifier(tray.show_message if tray.available() else remind_in_window)

    def take_break_from_tray() -> None:
        window.bring_to_front()
        window.take_break()

    tray.takeBreakRequested.connect(take_break_from_tray)
    tray.returnRequested.connect(lambda: open_break_area(window, return_step=True))
    tray.waitRequested.connect(lambda: open_waiting_area(window))
    tray.showRequested.connect(window.bring_to_front)
    tray.quitRequested.connect(window.quit_app)

    def open_break(prefill: str | None) -> None:
        cast("BreakPage", window.page("break")).open(prefill)

    window.set_break_handler(open_break)

    def open_waiting(prefill: str | None) -> None:
        cast("BreakPage", window.page("break")).open_waiting(prefill)

    window.set_wait_handler(open_waiting)
    controller.missedWhileClosed.connect(lambda: open_break_area(window, current_step=True))
    window.set_close_guard(lambda: keep_running_for_break(window, services))

    def break_status() -> None:
        found = controller.active()
        waiting = found is not None and found[0].role == "waiting"
        window.set_break_status(controller.status_text(with_role=False), waiting=waiting)

    controller.changed.connect(break_status)
    controller.ticked.connect(break_status)
    wire_checkin_context(window, services)
    controller.check()
    break_status()


def wire_checkin_context(window: MainWindow, services: Services) -> None:
    """The Check in area knows about the running break, and keeps a choice left unsaved."""
    controller = services.breaks
    previous = [window.current_area()]

    def checkin_view() -> CheckinView | None:
        return cast("CheckinView | None", window.built("checkin"))

    def break_state() -> None:
        view = checkin_view()
        if view is None:
            return
        found = controller.active()
        if found is None:
            view.set_break_state(None, None)
            return
        record, agreement = found
        near = agreement.near_return(controller.now())
        view.set_break_state(record.id, "before_return" if near else None)

    def area_changed(area: str) -> None:
        if previous[0] == "checkin" and area != "checkin":
            view = checkin_view()
            if view is not None:
                view.commit_pending()
        if area == "checkin":
            break_state()
        previous[0] = area

    window.areaChanged.connect(area_changed)
    controller.changed.connect(break_state)


def notify_in_window(window: MainWindow, title: str, body: str) -> bool:
    """Without a tray: a reminder brings the window back, asks for attention and says why."""
    window.show_notice(notice_sentence(title, body), kind="reminder")
    if window.isMinimized() or not window.isVisible():
        window.showNormal()
    window.bring_to_front()
    QApplication.alert(window)
    return True


def open_break_area(
    window: MainWindow, *, return_step: bool = False, current_step: bool = False
) -> None:
    window.bring_to_front()
    page = cast("BreakPage", window.show_area("break"))
    if return_step:
        page.show_return()
    elif current_step:  # the step that fits the stored break (e.g. a time passed while closed)
        page.show_current()


def open_waiting_area(window: MainWindow) -> None:
    window.bring_to_front()
    window.wait_for_partner()


def keep_running_for_break(window: MainWindow, services: Services) -> bool:
    """Closing the window during a break, or with the daily reminder on: stay in the tray.

    Without a tray, a running break minimises the window instead. True = close intercepted.
    """
    tray = services.tray
    has_tray = tray is not None and tray.available()
    on_break = services.breaks.active() is not None
    reminding = has_tray and services.prefs.reminder_enabled
    if not on_break and not reminding:
        return False
    if tray is not None and has_tray:
        window.hide()
        if not services.settings.value("tray/told", False, type=bool):
            body = (
                QCoreApplication.translate(
                    "MainWindow", "Your break is still running. Find Companion in the tray."
                )
                if on_break
                else QCoreApplication.translate(
                    "MainWindow",
                    "It stays in the tray to remind you to practise. Quit is in its menu.",
                )
            )
            tray.show_message(
                QCoreApplication.translate("MainWindow", "Companion is still here"), body
            )
            services.settings.setValue("tray/told", True)
    else:
        window.showMinimized()
    return True
