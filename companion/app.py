"""Composition root: builds the store, clock, audio and window, and runs the GUI.

The window is built in two steps. :func:`first_frame` makes only what the first frame shows
(the store, the theme, the window's frame and its first page); :func:`complete_window` adds
the rest (the break controller's links, the tray, menus' actions, the texts, the reminder,
settings), right after the first paint when the app starts, at once for
:func:`build_main_window`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from companion import APP_ID, APP_NAME, EXIT_USAGE
from companion.audio.lazy import LazyOutput
from companion.core.clock import Clock, SystemClock
from companion.desktop.paths import configure_application_names
from companion.desktop.resources import assets_dir
from companion.services.container import DataServices, Services, open_settings
from companion.services.settings import Settings
from companion.startup.first_paint import after_first_paint, report_first_paint
from companion.storage.store import StorageError, Store
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.theme import apply_theme

if TYPE_CHECKING:  # loaded when first needed, after the first frame
    from companion.services.breaks import BreakController
    from companion.services.sound import SoundPlayer


def app_icon() -> QIcon:
    """The app's icon from the ready-made PNG sizes (loading the SVG would pull in QtSvg)."""
    icon = QIcon()
    hicolor = assets_dir() / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.exists():
            icon.addFile(str(png))
    if icon.isNull():
        icon = QIcon(str(assets_dir() / "icons" / "companion.svg"))
    return icon


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created (and themed) if there is none yet."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        if app.windowIcon().isNull():  # an app made elsewhere (tests): give it our icon once
            app.setWindowIcon(app_icon())
        return app
    configure_application_names()
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def _page_factories(
    services: Services, window_ref: Callable[[], MainWindow]
) -> dict[str, Callable[[], QWidget]]:
    def checkin() -> QWidget:
        from companion.ui.checkin.checkin_view import CheckinView

        view = CheckinView(
            services.data.checkins,
            services.clock,
            services.guidance,
            guidance_error=services.guidance_error,
        )
        view.startBreathing.connect(
            lambda preset, minutes: window_ref().start_breathing(preset, minutes)
        )
        return view

    def break_page() -> QWidget:
        from companion.ui.pause.break_page import BreakPage

        assert services.phrases is not None
        page = BreakPage(services.breaks, services.phrases, waiting=services.waiting)
        page.dismissed.connect(lambda: window_ref().go_back())
        page.checkinRequested.connect(lambda: window_ref().show_area("checkin"))
        page.flow.set_default_minutes(services.prefs.default_break_minutes)
        if services.plan is not None:  # our pause plan: each break starts from it
            page.flow.use_plan(services.plan)
            page.return_view.use_plan(services.plan)
            page.countdown.use_plan(services.plan)
            page.waiting.countdown.use_plan(services.plan)  # the partner who waits sees it too
        page.breatheRequested.connect(lambda preset: window_ref().start_breathing(preset, None))
        return page

    def breathe() -> QWidget:
        from companion.ui.breathe.pacer_view import PacerView

        return PacerView(
            services.data.practice,
            services.data.patterns,
            services.clock,
            audio=services.audio,
            reduced_motion=services.reduced_motion,
        )

    def insights() -> QWidget:
        from companion.ui.insights.insights_page import InsightsPage

        return InsightsPage(services.data.insights, services.data.history, services.clock)

    def plan() -> QWidget:
        from companion.ui.plan.plan_page import PlanPage

        assert services.plan is not None and services.phrases is not None
        return PlanPage(services.plan, services.phrases)

    return {
        "breathe": breathe,
        "checkin": checkin,
        "break": break_page,
        "insights": insights,
        "plan": plan,
    }


def default_audio() -> LazyOutput:
    """The real sound output, opened on the first cue (never before the window paints)."""

    def make() -> object:
        from companion.audio.output import SoundOutput

        return SoundOutput(translate=QCoreApplication.translate)

    return LazyOutput(make)


def _make_breaks(store: Store, clock: Clock, audio: SoundPlayer) -> Callable[[], BreakController]:
    """The break controller, built on first use (it loads the break rules and the zone)."""

    def make() -> BreakController:
        from companion.services.breaks import BreakController

        return BreakController(store, clock, chime=audio.chime)

    return make


def first_frame(
    data_dir: Path | str,
    *,
    clock: Clock | None = None,
    audio: SoundPlayer | None = None,
    reduced_motion: bool = False,
) -> MainWindow:
    """The window as its first frame shows it; :func:`complete_window` must follow.

    A relaunch mid-break is complete at once: its first frame is the countdown.
    """
    app = ensure_application()
    clock = clock or SystemClock()
    if audio is None:
        audio = default_audio()
    settings = open_settings()
    prefs = Settings(settings)
    apply_theme(app, prefs.theme)
    reduced_motion = reduced_motion or prefs.reduced_motion
    from companion.startup.desktop import apply_sound

    apply_sound(audio, prefs)
    store = Store.open(Path(data_dir), now=clock.now())
    from companion.ui.shell.welcome import CHOSEN_KEY

    on_break = store.active_break() is not None
    welcome = not on_break and not settings.value(CHOSEN_KEY, False, type=bool)
    services = Services(
        Path(data_dir),
        store,
        clock,
        settings,
        prefs,
        DataServices.for_store(store),
        audio,
        breaks=_make_breaks(store, clock, audio),
        reduced_motion=reduced_motion,
    )
    holder: list[MainWindow] = []
    first = None if on_break or welcome else "breathe"
    window = MainWindow(services, _page_factories(services, lambda: holder[0]), first_area=first)
    holder.append(window)
    window.setProperty("companionComplete", False)
    if on_break:
        complete_window(window)
        window.show_area("break")  # a relaunch mid-break goes straight back to the countdown
    elif welcome:  # the very first window offers three ways in, until one is chosen
        from companion.ui.shell.welcome import install_welcome

        install_welcome(window, settings)
    from companion.startup.notices import store_notice

    if store_notice(store):
        window.show_notice(store_notice(store))
    window.restore_geometry()
    window.destroyed.connect(lambda *_: store.close())
    app.aboutToQuit.connect(audio.close)
    return window


def complete_window(window: MainWindow) -> None:
    """Everything the first frame did not need: texts, services, menus, tray, settings."""
    if window.property("companionComplete") is not False:
        return
    window.setProperty("companionComplete", True)
    from companion.services.plan import PlanService
    from companion.services.waiting import WaitingService
    from companion.startup.breaks import wire_breaks
    from companion.startup.desktop import wire_data_actions, wire_desktop
    from companion.startup.notices import store_notice, unreadable_notice
    from companion.startup.texts import load_texts

    services = window.services
    store = services.store
    load_texts(services)
    # Built now, not with the Break page: its reminder words must be there from the start.
    services.waiting = WaitingService(services.breaks, services.breaks)
    services.plan = PlanService(store, services.clock)
    window.fill_menus()
    wire_breaks(window, services)
    wire_data_actions(window, services, lambda: _rebuild(services))
    wire_desktop(window, services)
    found = unreadable_notice(store.unreadable_counts())
    notice = " ".join([store_notice(store), found, *services.startup_notes]).strip()
    if notice:
        window.show_notice(notice)
    store.on_unreadable(lambda counts: window.show_notice(unreadable_notice(counts)))


def build_main_window(
    data_dir: Path | str,
    *,
    clock: Clock | None = None,
    audio: SoundPlayer | None = None,
    reduced_motion: bool = False,
) -> MainWindow:
    """The main window, ready to show. Works with an existing QApplication (tests use it).

    Raises :class:`StorageError` (with a message fit for the user) if the data folder
    cannot be used at all.
    """
    window = first_frame(data_dir, clock=clock, audio=audio, reduced_motion=reduced_motion)
    complete_window(window)
    return window


def _rebuild(services: Services) -> MainWindow:
    """A fresh window on the same folder, clock and sound (after Delete all data)."""
    return build_main_window(
        services.data_dir,
        clock=services.clock,
        audio=services.audio,
        reduced_motion=services.reduced_motion,
    )


def run_gui(
    data_dir: Path,
    *,
    reduced_motion: bool = False,
    message: dict[str, Any] | None = None,
    argv: list[str] | None = None,
    background: bool = False,
) -> int:
    """Start the app (or hand ``message`` to the running one). Returns the exit code.

    ``background`` (at login): wait in the tray without a window, or minimised without a tray.
    """
    from companion.desktop.platform_check import explain_if_qt_cannot_start
    from companion.desktop.single_instance import DataFolderError, InstanceError, SingleInstance

    qt_started = explain_if_qt_cannot_start()
    app = ensure_application(argv)
    qt_started()
    from companion.desktop.i18n import install_translators

    install_translators(app)  # before any widget is built: tr() reads it then
    app.setQuitOnLastWindowClosed(True)
    message = message or {"cmd": "show"}
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        instance = SingleInstance(data_dir)
        server = instance.claim(message)
    except DataFolderError as exc:
        return _refuse_to_start(str(exc), code=EXIT_USAGE)
    except InstanceError as exc:
        return _refuse_to_start(str(exc))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return _refuse_to_start(
            f"Companion cannot use its data folder {data_dir}: {reason}", code=EXIT_USAGE
        )
    if server is None:
        return 0
    if instance.problem:
        print(f"companion: {instance.problem}", file=sys.stderr)
    try:
        window = first_frame(data_dir, reduced_motion=reduced_motion)
    except StorageError as exc:
        server.close()
        return _refuse_to_start(str(exc), code=EXIT_USAGE)
    current = [window]
    window.replaced.connect(lambda new: _follow(current, new))

    def handle(msg: dict[str, Any]) -> None:
        target = current[-1]
        complete_window(target)
        target.bring_to_front()
        if msg.get("cmd") == "break":
            target.take_break(str(msg.get("arg") or "") or None)
        elif msg.get("cmd") == "wait":
            target.wait_for_partner(str(msg.get("arg") or "") or None)

    server.messageReceived.connect(handle)
    bridges: list[Any] = []

    def listen_for_signals() -> None:
        from companion.desktop.unix_signals import SignalBridge

        bridges.append(SignalBridge(lambda _signum: current[-1].quit_app()))

    def after_paint() -> None:
        _after_first_frame(window)
        listen_for_signals()

    command = message.get("cmd") in ("break", "wait")
    if background or command:  # no frame to hurry: the tray, or the break flow, comes first
        complete_window(window)
    after_first_paint(window, after_paint)  # before show(): a platform may paint inside show()
    if os.environ.get("COMPANION_EXIT_AFTER_PAINT"):
        report_first_paint(window)  # installed last, so it runs before the rest is built
    tray = window.services.tray
    if background and not command:
        if tray is not None and tray.available():
            app.setQuitOnLastWindowClosed(False)  # the tray keeps it running
        else:
            window.showMinimized()
    else:
        window.show()
    if command:
        QTimer.singleShot(0, lambda: handle(message))
    code = app.exec()
    for bridge in bridges:
        bridge.close()
    current[-1].services.store.close()  # a clean close: the next start skips the full check
    server.close()
    return int(code)


def _after_first_frame(window: MainWindow) -> None:
    """What start-up does once the window is on screen: the rest of the window, the log."""
    from companion.desktop import autostart
    from companion.desktop.logging_setup import install_qt_message_handler, setup_logging

    setup_logging()
    install_qt_message_handler()
    complete_window(window)
    autostart.sync(window.services.prefs.start_at_login)  # the program may have moved


def _screen_available() -> bool:
    """False on Qt's windowless platforms, where a modal box would wait for no one."""
    return QApplication.platformName() not in ("offscreen", "minimal")


def _refuse_to_start(text: str, *, code: int = 1) -> int:
    """Say once, in a box and on stderr, why the app cannot start; returns the exit code.

    ``code``: 2 when the user can fix it (the data folder), 1 when the system stands in the way
    (no display, another copy already running)."""
    if _screen_available():
        from PySide6.QtWidgets import QMessageBox  # only here: its class set-up costs start-up

        QMessageBox.critical(None, APP_NAME, text)
    print(f"companion: {text}", file=sys.stderr)
    return code


def _follow(current: list[MainWindow], new: MainWindow) -> None:
    """After Delete all data, the fresh window takes over (hand-over, signals)."""
    old = current[-1]
    current[:] = [new]
    old.deleteLater()
    new.replaced.connect(lambda newer: _follow(current, newer))
