"""Settings, sound, the daily reminder and the File menu's data actions (after the first frame)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from companion import APP_NAME
from companion.audio.lazy import LazyOutput
from companion.services.container import Services
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
from companion.startup.notices import notice_sentence
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.theme import apply_theme

if TYPE_CHECKING:
    from companion.audio.output import SilentOutput, SoundOutput
    from companion.services.sound import SoundPlayer
    from companion.ui.breathe.pacer_view import PacerView
    from companion.ui.insights.insights_page import InsightsPage
    from companion.ui.insights.insights_view import InsightsView
    from companion.ui.pause.break_page import BreakPage


def apply_sound(audio: SoundPlayer, prefs: Settings) -> None:
    """The stored sound settings into the output (a LazyOutput keeps them until it opens)."""
    audio.set_enabled(prefs.sound_enabled)
    audio.set_style(prefs.cue_style)
    audio.set_volume(prefs.volume)
    audio.set_rhythm(prefs.rhythm)
    audio.set_device_name(prefs.output_device)


def sound_panel(services: Services) -> QWidget:
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


def wire_desktop(window: MainWindow, services: Services) -> None:
    """File > Settings, the daily reminder, and applying changed settings at once."""
    from companion.desktop import autostart
    from companion.services.reminders import DailyReminder

    prefs = services.prefs
    app = cast(QApplication, QApplication.instance())

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
        if REDUCED_MOTION.key in keys:
            services.reduced_motion = prefs.reduced_motion
            pacer = cast("PacerView | None", window.built("breathe"))
            if pacer is not None:
                pacer.set_reduced_motion(prefs.reduced_motion)
        if {SOUND_ENABLED.key, CUE_STYLE.key, VOLUME.key} & keys:
            apply_sound(services.audio, prefs)
        page = cast("BreakPage | None", window.built("break"))
        no_break = services.breaks.active() is None
        if DEFAULT_BREAK_MINUTES.key in keys and page is not None and no_break:
            page.flow.set_default_minutes(prefs.default_break_minutes)
        if START_AT_LOGIN.key in keys:
            problem = autostart.sync(prefs.start_at_login)
            if problem:
                from PySide6.QtWidgets import QMessageBox  # rare: not set up at start

                QMessageBox.warning(window, APP_NAME, problem)

    prefs.changed.connect(changed)

    def system_scheme_changed(*_: object) -> None:
        if prefs.theme == "system":  # follow the desktop switching light or dark
            apply_theme(app, "system")

    app.styleHints().colorSchemeChanged.connect(system_scheme_changed)

    def open_dialog() -> None:
        from companion.ui.shell.settings_dialog import SettingsDialog  # lazy: not needed at start

        dialog = SettingsDialog(prefs, window, sound_widget=sound_panel(services))
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


def wire_data_actions(
    window: MainWindow, services: Services, rebuild: Callable[[], MainWindow]
) -> None:
    """File menu: exports, the chart as PNG, and Delete all data (loaded when first used)."""

    def data_actions() -> Any:
        from companion.ui.shell import data_actions as module

        return module

    def chart() -> InsightsView:
        return cast("InsightsPage", window.page("insights")).insights

    def start_fresh() -> None:
        fresh = rebuild()
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
