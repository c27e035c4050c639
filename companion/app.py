"""Composition root: builds the store, clock, audio and window, and runs the GUI."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from companion import APP_ID, APP_NAME
from companion.audio.lazy import LazyOutput
from companion.core.clock import Clock, SystemClock
from companion.core.phrases import Phrases, PhrasesError, load_phrases
from companion.core.states import GuidanceError, load_guidance
from companion.desktop.paths import configure_application_names
from companion.desktop.resources import assets_dir
from companion.services.breaks import BreakController
from companion.services.container import DataServices, Services, open_settings
from companion.services.plan import PlanService
from companion.services.settings import (
    CUE_STYLE,
    DEFAULT_BREAK_MINUTES,
    OUTPUT_DEVICE,
    REDUCED_MOTION,
    RHYTHM,
    SOUND_ENABLED,
    START_AT_LOGIN,
    THEME,
    VOLUME,
    Settings,
)
from companion.services.waiting import WaitingService
from companion.storage.store import StorageError, Store
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.theme import STYLE_SHEET, apply_theme
from companion.ui.shell.tray import BreakTray

if TYPE_CHECKING:  # the pages themselves load when first shown
    from companion.audio.output import SilentOutput, SoundOutput
    from companion.ui.breathe.pacer_view import PacerView
    from companion.ui.checkin.checkin_view import CheckinView
    from companion.ui.insights.insights_page import InsightsPage
    from companion.ui.insights.insights_view import InsightsView
    from companion.ui.pause.break_page import BreakPage
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


def _store_notice(store: Store) -> str:
    report = store.report
    if report.moved_aside is None:
        return ""
    return QCoreApplication.translate(
        "App",
        "Your earlier data file could not be read because {reason}. It has not been deleted: "
        "it is kept at {path}. Companion started a fresh, empty one.",
    ).format(reason=report.reason, path=report.moved_aside)


def _unreadable_notice(counts: dict[str, int]) -> str:
    """A calm line per kind of entry that could not be read (each left untouched in the file)."""
    translate = QCoreApplication.translate
    texts = {
        "checkins": (
            translate("App", "1 check-in could not be read and was left as it is."),
            translate("App", "{n} check-ins could not be read and were left as they are."),
        ),
        "breaks": (
            translate("App", "1 break could not be read and was left as it is."),
            translate("App", "{n} breaks could not be read and were left as they are."),
        ),
        "sessions": (
            translate("App", "1 practice session could not be read and was left as it is."),
            translate("App", "{n} practice sessions could not be read and were left as they are."),
        ),
        "patterns": (
            translate("App", "1 breathing pattern could not be read and was left as it is."),
            translate("App", "{n} breathing patterns could not be read and were left as they are."),
        ),
    }
    return " ".join(
        texts[table][0] if n == 1 else texts[table][1].format(n=n)
        for table, n in counts.items()
        if n and table in texts
    )


FALLBACK_PHRASES = Phrases(
    neutral=("I'm flooded and need a pause. I'll be back at {return_time}.",),
    pursuer=("I want to keep talking, and I need to calm down first. Back at {return_time}.",),
    distancer=("I'm not leaving you; I need a pause to settle. Back at {return_time}.",),
    extension=("I need a little longer. I'll be back at {return_time}.",),
    openers=("Is now a good moment to talk again?",),
    protest_need=(),
)


def load_texts(services: Services, languages: tuple[str, ...] | None = None) -> None:
    """Load the guidance and phrase files; a broken file becomes a calm note, never a crash.

    Each file comes in the UI's language where there is a translation, else in English; the
    user's own ``guidance`` folder in the data folder is read before the bundled one.
    """
    from companion.core.content import load_localized
    from companion.desktop.i18n import (
        content_languages,
        content_roots,
        describe_failure,
        describe_problems,
    )

    langs = content_languages() if languages is None else languages
    roots = content_roots(services.data_dir)
    try:
        states = load_localized(roots, "states.toml", langs, load_guidance, GuidanceError)
        services.guidance = states.value
        services.startup_notes += describe_problems(states)
    except GuidanceError as exc:
        services.guidance = None
        services.guidance_error = describe_failure(exc)
        services.startup_notes.append(services.guidance_error)
    try:
        phrases = load_localized(roots, "phrases.toml", langs, load_phrases, PhrasesError)
        services.phrases = phrases.value
        services.startup_notes += describe_problems(phrases)
    except PhrasesError as exc:
        services.phrases = FALLBACK_PHRASES
        services.startup_notes.append(describe_failure(exc))


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
        page = BreakPage(
            services.breaks, services.clock, services.phrases, waiting=services.waiting
        )
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


def _wire_data_actions(window: MainWindow, services: Services) -> None:
    """File menu: exports, the chart as PNG, and Delete all data (loaded when first used)."""

    def data_actions() -> Any:
        from companion.ui.shell import data_actions as module

        return module

    def chart() -> InsightsView:
        return cast("InsightsPage", window.page("insights")).insights

    def start_fresh() -> None:
        fresh = build_main_window(
            services.data_dir,
            clock=services.clock,
            audio=services.audio,
            reduced_motion=services.reduced_motion,
        )
        fresh.setGeometry(window.geometry())
        fresh.show()
        window.replaced.emit(fresh)
        window.quit_window_only()

    window.add_file_action(
        QCoreApplication.translate("MainWindow", "Export data as &CSV…"),
        lambda: data_actions().export_with_dialog(window, services, "csv"),
        "exportCsvAction",
    )
    window.add_file_action(
        QCoreApplication.translate("MainWindow", "Export data as &JSON…"),
        lambda: data_actions().export_with_dialog(window, services, "json"),
        "exportJsonAction",
    )
    window.add_file_action(
        QCoreApplication.translate("MainWindow", "Save the chart as &PNG…"),
        lambda: data_actions().save_chart_with_dialog(window, chart(), services),
        "exportPngAction",
    )
    window.add_file_action(
        QCoreApplication.translate("MainWindow", "&Delete all data…"),
        lambda: data_actions().confirm_and_delete_all(window, services, start_fresh),
        "deleteAllAction",
        separator=True,
    )


def default_audio() -> LazyOutput:
    """The real sound output, opened on the first cue (never before the window paints)."""

    def make() -> object:
        from companion.audio.output import SoundOutput

        return SoundOutput(translate=QCoreApplication.translate)

    return LazyOutput(make)


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
    app = ensure_application()
    clock = clock or SystemClock()
    if audio is None:
        audio = default_audio()
    settings = open_settings()
    prefs = Settings(settings)
    apply_theme(app, prefs.theme)
    app.setStyleSheet(STYLE_SHEET)
    reduced_motion = reduced_motion or prefs.reduced_motion
    _apply_sound(audio, prefs)
    store = Store.open(Path(data_dir), now=clock.now())
    services = Services(
        data_dir=Path(data_dir),
        store=store,
        clock=clock,
        settings=settings,
        audio=audio,
        reduced_motion=reduced_motion,
        prefs=prefs,
        data=DataServices.for_store(store),
        breaks=BreakController(store, clock, chime=audio.chime),
    )
    load_texts(services)
    # Built now, not with the Break page: its reminder words must be there from the start.
    services.waiting = WaitingService(services.breaks, services.breaks)
    services.plan = PlanService(store, clock)
    holder: list[MainWindow] = []
    window = MainWindow(services, _page_factories(services, lambda: holder[0]))
    holder.append(window)
    _wire_breaks(window, services)
    _wire_data_actions(window, services)
    _wire_desktop(window, services)
    if services.breaks.active() is not None:
        window.show_area("break")  # a relaunch mid-break goes straight back to the countdown
    else:  # the very first window offers three ways in, until one is chosen
        from companion.ui.shell.welcome import install_welcome

        install_welcome(window, settings)
    found = _unreadable_notice(store.unreadable_counts())
    notice = " ".join([_store_notice(store), found, *services.startup_notes]).strip()
    if notice:
        window.show_notice(notice)
    store.on_unreadable(lambda counts: window.show_notice(_unreadable_notice(counts)))
    window.restore_geometry()
    window.destroyed.connect(lambda *_: store.close())
    app.aboutToQuit.connect(audio.close)
    return window


def _apply_sound(audio: SoundPlayer, prefs: Settings) -> None:
    """The stored sound settings into the output (a LazyOutput keeps them until it opens)."""
    audio.set_enabled(prefs.sound_enabled)
    audio.set_style(prefs.cue_style)
    audio.set_volume(prefs.volume)
    audio.set_rhythm(prefs.rhythm)
    audio.set_device_name(prefs.output_device)


def _sound_panel(services: Services) -> QWidget:
    """The sound panel for the Settings dialog: changes apply at once and are remembered."""
    from companion.ui.shell.sound_settings import SoundSettings

    audio = services.audio
    # The app's audio is a SoundOutput (or its silent stand-in) once it is opened.
    output = cast(
        "SoundOutput | SilentOutput", audio.real() if isinstance(audio, LazyOutput) else audio
    )
    panel = SoundSettings(output)

    def remember() -> None:
        services.prefs.update(
            {
                SOUND_ENABLED.key: bool(output.enabled),
                CUE_STYLE.key: output.style.value,
                VOLUME.key: float(output.volume),
                RHYTHM.key: bool(output.rhythm),
                OUTPUT_DEVICE.key: panel.device_name(),
            }
        )

    panel.settingsChanged.connect(remember)
    return panel


def _wire_desktop(window: MainWindow, services: Services) -> None:
    """File > Settings, the daily reminder, and applying changed settings at once."""
    from companion.desktop import autostart
    from companion.services.reminders import DailyReminder

    prefs = services.prefs
    app = ensure_application()

    def notify(title: str, body: str) -> None:
        tray = services.tray
        if tray is not None and tray.available():
            tray.show_message(title, body)
        else:
            window.show_notice(notice_sentence(title, body), kind="practice")

    services.reminder = DailyReminder(
        prefs, services.clock, services.data.practice.practised_on, notify, window
    )

    def changed(keys: frozenset[str]) -> None:
        if THEME.key in keys:
            apply_theme(app, prefs.theme)
            app.setStyleSheet(STYLE_SHEET)
        if REDUCED_MOTION.key in keys:
            services.reduced_motion = prefs.reduced_motion
            pacer = cast("PacerView | None", window.built("breathe"))
            if pacer is not None:
                pacer.set_reduced_motion(prefs.reduced_motion)
        if {SOUND_ENABLED.key, CUE_STYLE.key, VOLUME.key} & keys:
            _apply_sound(services.audio, prefs)
        page = cast("BreakPage | None", window.built("break"))
        no_break = services.breaks.active() is None
        if DEFAULT_BREAK_MINUTES.key in keys and page is not None and no_break:
            page.flow.set_default_minutes(prefs.default_break_minutes)
        if START_AT_LOGIN.key in keys:
            problem = autostart.sync(prefs.start_at_login)
            if problem:
                QMessageBox.warning(window, APP_NAME, problem)

    prefs.changed.connect(changed)

    def system_scheme_changed(*_: object) -> None:
        if prefs.theme == "system":  # follow the desktop switching light or dark
            apply_theme(app, "system")
            app.setStyleSheet(STYLE_SHEET)

    app.styleHints().colorSchemeChanged.connect(system_scheme_changed)

    def open_dialog() -> None:
        from companion.ui.shell.settings_dialog import SettingsDialog  # lazy: not needed at start

        dialog = SettingsDialog(prefs, window, sound_widget=_sound_panel(services))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action = window.add_file_action(
        QCoreApplication.translate("MainWindow", "&Settings…"),
        open_dialog,
        "settingsAction",
        separator=True,
    )
    # Ctrl+, everywhere, plus whatever the desktop uses for preferences.
    keys = [QKeySequence("Ctrl+,"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)]
    action.setShortcuts(list(dict.fromkeys(keys)))
    window.addAction(action)


def _wire_breaks(window: MainWindow, services: Services) -> None:
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
        return _notify_in_window(window, title, body)

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
    tray.returnRequested.connect(lambda: _open_break(window, return_step=True))
    tray.waitRequested.connect(lambda: _open_waiting(window))
    tray.showRequested.connect(window.bring_to_front)
    tray.quitRequested.connect(window.quit_app)

    def open_break(prefill: str | None) -> None:
        cast("BreakPage", window.page("break")).open(prefill)

    window.set_break_handler(open_break)

    def open_waiting(prefill: str | None) -> None:
        cast("BreakPage", window.page("break")).open_waiting(prefill)

    window.set_wait_handler(open_waiting)
    controller.missedWhileClosed.connect(lambda: _open_break(window, current_step=True))
    window.set_close_guard(lambda: _keep_running_for_break(window, services))

    def break_status() -> None:
        found = controller.active()
        waiting = found is not None and found[0].role == "waiting"
        window.set_break_status(controller.status_text(with_role=False), waiting=waiting)

    controller.changed.connect(break_status)
    controller.ticked.connect(break_status)
    _wire_checkin_context(window, services)
    controller.check()
    break_status()


def _wire_checkin_context(window: MainWindow, services: Services) -> None:
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


def notice_sentence(title: str, body: str) -> str:
    """A notification's title and body as one punctuated line for the banner."""
    title = title.strip()
    if title and title[-1] not in ".!?":
        title += "."
    return f"{title} {body.strip()}".strip()


def _notify_in_window(window: MainWindow, title: str, body: str) -> bool:
    """Without a tray: a reminder brings the window back, asks for attention and says why."""
    window.show_notice(notice_sentence(title, body), kind="reminder")
    if window.isMinimized() or not window.isVisible():
        window.showNormal()
    window.bring_to_front()
    QApplication.alert(window)
    return True


def _open_break(
    window: MainWindow, *, return_step: bool = False, current_step: bool = False
) -> None:
    window.bring_to_front()
    page = cast("BreakPage", window.show_area("break"))
    if return_step:
        page.show_return()
    elif current_step:  # the step that fits the stored break (e.g. a time passed while closed)
        page.show_current()


def _open_waiting(window: MainWindow) -> None:
    window.bring_to_front()
    window.wait_for_partner()


def _keep_running_for_break(window: MainWindow, services: Services) -> bool:
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
    from companion.desktop.single_instance import InstanceError, SingleInstance

    app = ensure_application(argv)
    from companion.desktop.i18n import install_translators
    from companion.desktop.logging_setup import install_qt_message_handler, setup_logging

    setup_logging()
    install_qt_message_handler()
    install_translators(app)  # before any widget is built: tr() reads it then
    app.setQuitOnLastWindowClosed(True)
    message = message or {"cmd": "show"}
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        instance = SingleInstance(data_dir)
        server = instance.claim(message)
    except InstanceError as exc:
        return _refuse_to_start(str(exc))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return _refuse_to_start(f"Companion cannot use its data folder {data_dir}: {reason}")
    if server is None:
        return 0
    if instance.problem:
        print(f"companion: {instance.problem}", file=sys.stderr)
    try:
        window = build_main_window(data_dir, reduced_motion=reduced_motion)
    except StorageError as exc:
        server.close()
        return _refuse_to_start(str(exc))

    from companion.desktop import autostart

    autostart.sync(window.services.prefs.start_at_login)  # the program may have moved
    current = [window]
    window.replaced.connect(lambda new: _follow(current, new))

    def handle(msg: dict[str, Any]) -> None:
        target = current[-1]
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

    QTimer.singleShot(0, listen_for_signals)  # after the first frame, not before it
    if os.environ.get("COMPANION_EXIT_AFTER_PAINT"):
        _report_first_paint(window)  # before show(): a platform may paint inside show()
    tray = window.services.tray
    if background and message.get("cmd") not in ("break", "wait"):
        if tray is not None and tray.available():
            app.setQuitOnLastWindowClosed(False)  # the tray keeps it running
        else:
            window.showMinimized()
    else:
        window.show()
    if message.get("cmd") in ("break", "wait"):
        QTimer.singleShot(0, lambda: handle(message))
    code = app.exec()
    for bridge in bridges:
        bridge.close()
    server.close()
    return int(code)


def _screen_available() -> bool:
    """False on Qt's windowless platforms, where a modal box would wait for no one."""
    return QApplication.platformName() not in ("offscreen", "minimal")


def _refuse_to_start(text: str) -> int:
    """Say once, in a box and on stderr, why the app cannot start; exit code 1."""
    if _screen_available():
        QMessageBox.critical(None, APP_NAME, text)
    print(f"companion: {text}", file=sys.stderr)
    return 1


def _follow(current: list[MainWindow], new: MainWindow) -> None:
    """After Delete all data, the fresh window takes over (hand-over, signals)."""
    old = current[-1]
    current[:] = [new]
    old.deleteLater()
    new.replaced.connect(lambda newer: _follow(current, newer))


def _report_first_paint(window: MainWindow) -> None:
    """For start-up measurement: once the window's first frame is painted, print when and quit.

    Prints ``first-paint <CLOCK_MONOTONIC seconds> since-start <seconds>`` and exits 0. The
    monotonic stamp lets a caller measure from its own clock; ``since-start`` counts from the
    kernel's process start time (10 ms resolution, -1 where /proc cannot say).
    """
    import time

    from PySide6.QtCore import QEvent, QObject

    def since_start() -> float:
        try:
            stat = Path("/proc/self/stat").read_text()
            ticks = int(stat.rsplit(")", 1)[1].split()[19])
            return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError, AttributeError):
            return -1.0

    def done() -> None:
        stamp = time.monotonic()
        print(f"first-paint {stamp:.6f} since-start {since_start():.3f}", flush=True)
        QApplication.quit()

    class FirstPaint(QObject):
        """Waits for the first paint event of the window or of any widget in it."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                ensure_application().removeEventFilter(self)
                # The paint pass (window, children, flush to the screen) runs to its end
                # before the event loop takes the next posted call.
                QTimer.singleShot(0, done)
            return False

    ensure_application().installEventFilter(FirstPaint(window))
