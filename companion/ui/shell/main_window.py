"""The main window: five areas (Breathe, Check in, Break, Insights, Our plan) and Take a break."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME

if TYPE_CHECKING:
    from companion.services.container import Services
from companion.ui.shell.focus_ring import FocusRings
from companion.ui.shell.lazy_page import LazyPage
from companion.ui.shell.named_tab_bar import NamedTabBar
from companion.ui.shell.page_roles import BreathingPage, KeyedPage, PendingWrites
from companion.ui.shell.style import FILLED, set_look

AREAS = ("breathe", "checkin", "break", "insights", "plan")
# Areas whose content does not scroll by itself: with large text they scroll as a whole.
_SCROLLING_AREAS = frozenset({"breathe", "checkin"})


class MainWindow(QMainWindow):
    """The app's one window. Widgets for each area come from ``page_factories``."""

    areaChanged = Signal(str)
    replaced = Signal(object)  # the fresh window after Delete all data

    def __init__(
        self,
        services: Services,
        page_factories: dict[str, Callable[[], QWidget]],
        parent: QWidget | None = None,
        *,
        first_area: str | None = "breathe",
    ) -> None:
        """``first_area`` is built and shown at once; None selects Breathe without building it
        (another view, the welcome or a break, covers it in the first frame)."""
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            FocusRings.install(app)
        self.services = services
        self._quitting = False
        self._previous_area = "breathe"
        self._break_status = ""
        self._break_waiting = False
        self._notice_kind = ""
        self._discard_pending = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)

        self._labels = {
            "breathe": self.tr("Breathe"),
            "checkin": self.tr("Check in"),
            "break": self.tr("Break"),
            "insights": self.tr("Insights"),
            "plan": self.tr("Our plan"),
        }
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 12)
        outer.setSpacing(8)

        outer.addLayout(self._build_header(central))
        self._build_bars(central, outer)

        self.stack = QStackedWidget(central)
        self.pages: dict[str, QWidget] = {}
        for area in AREAS:
            factory = page_factories.get(area) or _placeholder(self._labels[area])
            page = LazyPage(factory, self.stack, scrolling=area in _SCROLLING_AREAS)
            page.setObjectName(f"{area}Page")
            self.pages[area] = page
            self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        QShortcut(QKeySequence("Ctrl+B"), self).activated.connect(self.take_break)
        QShortcut(QKeySequence("Ctrl+Shift+B"), self).activated.connect(self.wait_for_partner)
        self._break_handler: Callable[[str | None], None] | None = None
        self._wait_handler: Callable[[str | None], None] | None = None
        self._close_guard: Callable[[], bool] | None = None
        if first_area is not None:
            self.show_area(first_area)
        else:
            self.stack.setCurrentWidget(self.pages[AREAS[0]])

    def _build_header(self, central: QWidget) -> QHBoxLayout:
        """One button per area (Ctrl+1 to Ctrl+4), and Take a break."""
        header = QHBoxLayout()
        # The areas follow the tab-bar convention: one Tab stop, arrows move between areas.
        self.area_bar = NamedTabBar(self.tr("Areas"), central)
        self.area_bar.setObjectName("areaBar")
        self.area_bar.setDrawBase(False)
        self.area_bar.setExpanding(False)
        for index, area in enumerate(AREAS, start=1):
            tab = self.area_bar.addTab(self._labels[area])
            self.area_bar.setTabData(tab, area)
            self.area_bar.setTabToolTip(tab, self.tr("%s (Ctrl+%d)") % (self._labels[area], index))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index}"), self)
            shortcut.activated.connect(lambda a=area: self.show_area(a))
        self.area_bar.currentChanged.connect(self._area_tab_changed)
        self.area_bar.tabBarClicked.connect(self._area_tab_clicked)
        header.addWidget(self.area_bar)
        header.addStretch(1)
        self.take_break_button = QPushButton(self.tr("Take a break"), central)
        self.take_break_button.setObjectName("takeBreakButton")
        set_look(self.take_break_button, FILLED)
        self.take_break_button.setToolTip(
            self.tr("Step away now and agree when you will be back (Ctrl+B)")
        )
        self.take_break_button.setAccessibleName(self.tr("Take a break"))
        self.take_break_button.clicked.connect(self.take_break)
        header.addWidget(self.take_break_button)
        return header

    def _build_bars(self, central: QWidget, outer: QVBoxLayout) -> None:
        """The notice banner and the "back to the break" bar, both hidden at first."""
        # A calm banner for things the user should know (a file set aside, a reminder).
        self.notice_bar = QWidget(central)
        self.notice_bar.setObjectName("noticeBar")
        notice_row = QHBoxLayout(self.notice_bar)
        notice_row.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(self.notice_bar)
        self.notice.setObjectName("noticeBanner")  # drawn as a soft panel by the style
        self.notice.setContentsMargins(12, 8, 12, 8)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_close = QToolButton(self.notice_bar)
        self.notice_close.setObjectName("noticeClose")
        self.notice_close.setText("✕")
        self.notice_close.setToolTip(self.tr("Dismiss this message"))
        self.notice_close.setAccessibleName(self.tr("Dismiss this message"))
        self.notice_close.clicked.connect(lambda: self.show_notice(""))
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.notice_close, 0, Qt.AlignmentFlag.AlignTop)
        self.notice_bar.hide()
        outer.addWidget(self.notice_bar)

        # While a break runs, every other area says so and leads back to it.
        self.break_bar = QWidget(central)
        self.break_bar.setObjectName("breakBar")
        break_row = QHBoxLayout(self.break_bar)
        break_row.setContentsMargins(0, 0, 0, 0)
        self.break_bar_label = QLabel(self.break_bar)
        self.break_bar_label.setObjectName("breakBarLabel")
        self.break_bar_button = QPushButton(self.tr("Back to the break"), self.break_bar)
        self.break_bar_button.setObjectName("backToBreakButton")
        self.break_bar_button.clicked.connect(lambda: self.show_area("break"))
        break_row.addWidget(self.break_bar_label, 1)
        break_row.addWidget(self.break_bar_button, 0)
        self.break_bar.hide()
        outer.addWidget(self.break_bar)

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        """The menu titles; their actions come with :meth:`fill_menus`, after the first frame."""
        self.menu_file = self.menuBar().addMenu(self.tr("&File"))
        self._file_insert_before = self.menu_file.addSeparator()
        self.menu_go = self.menuBar().addMenu(self.tr("&Go"))
        self.menu_help = self.menuBar().addMenu(self.tr("&Help"))
        self.quit_action: QAction | None = None

    def fill_menus(self) -> None:
        """Quit, the Go menu and the Help menu (once; the first frame shows only the titles)."""
        if self.quit_action is None:
            from companion.ui.shell.menus import fill_menus

            self.quit_action = fill_menus(self, self._labels)

    def add_file_action(
        self, text: str, slot: Callable[[], object], name: str, *, separator: bool = False
    ) -> QAction:
        """Add an action to the File menu, above Quit."""
        from companion.ui.shell.menus import insert_action

        before = self._file_insert_before
        return insert_action(self, self.menu_file, before, text, slot, name, separator)

    # ------------------------------------------------------------------ areas
    def show_area(self, area: str) -> QWidget:
        """Switch to ``area`` and return its (built) page content."""
        if area not in self.pages:
            raise ValueError(f"unknown area {area!r}")
        page = self.pages[area]
        leaving = self.current_area() if self.stack.currentWidget() is not None else area
        if leaving != area:
            self._previous_area = leaving
        self.stack.setCurrentWidget(page)
        self.area_bar.setCurrentIndex(AREAS.index(area))
        content = page.content() if isinstance(page, LazyPage) else page
        self._focus_page(content)
        self._update_break_bar()
        self.areaChanged.emit(area)
        return content

    def _area_tab_changed(self, index: int) -> None:
        if 0 <= index < len(AREAS) and AREAS[index] != self.current_area():
            focus = self.area_bar.hasFocus()
            self.show_area(AREAS[index])
            if focus:  # arrows on the bar keep the focus there, as in any tab bar
                self.area_bar.setFocus(Qt.FocusReason.TabFocusReason)

    def _area_tab_clicked(self, index: int) -> None:
        """A click on the selected tab still opens its area when another view is up."""
        if 0 <= index < len(AREAS) and self.stack.currentWidget() is not self.pages[AREAS[index]]:
            self.show_area(AREAS[index])

    def _focus_page(self, content: QWidget) -> None:
        """Keys go to the area just opened: Space starts the pacer, 1-4 pick on the wheel."""
        target = content.key_target() if isinstance(content, KeyedPage) else content
        if target.focusPolicy() != Qt.FocusPolicy.NoFocus:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            content.setFocus(Qt.FocusReason.OtherFocusReason)
            content.focusNextChild()

    def go_back(self) -> None:
        """Return to the area shown before this one ("Not now" in the break flow)."""
        self.show_area(self._previous_area)

    def current_area(self) -> str:
        current = self.stack.currentWidget()
        for area, page in self.pages.items():
            if page is current:
                return area
        return AREAS[0]

    def built(self, area: str) -> QWidget | None:
        """The content of ``area`` if it was built already, else None (never builds it)."""
        page = self.pages[area]
        if isinstance(page, LazyPage):
            return page.content() if page.is_built() else None
        return page

    def page(self, area: str) -> QWidget:
        """The content widget of ``area`` (building it if needed)."""
        page = self.pages[area]
        return page.content() if isinstance(page, LazyPage) else page

    def set_break_handler(self, handler: Callable[[str | None], None]) -> None:
        """Who opens the break flow; ``handler(prefill_text_or_None)``."""
        self._break_handler = handler

    def set_wait_handler(self, handler: Callable[[str | None], None]) -> None:
        """Who opens the waiting side; ``handler(prefill_text_or_None)``."""
        self._wait_handler = handler

    def set_close_guard(self, guard: Callable[[], bool]) -> None:
        """``guard()`` returns True when closing should keep the app running (a break)."""
        self._close_guard = guard

    def start_breathing(self, preset: str, minutes: float | None) -> None:
        """Open the pacer with ``preset`` (from a check-in's advice or a break)."""
        page = self.show_area("breathe")
        if isinstance(page, BreathingPage):
            page.start(
                preset,
                minutes=minutes,
                ease_in=self.services.breaks.active() is not None,
            )

    def take_break(self, prefill: str | None = None) -> None:
        """Open the break flow (from the button, Ctrl+B, the tray or ``companion break``)."""
        if not isinstance(prefill, str):
            prefill = None
        self.show_area("break")
        if self._break_handler is not None:
            self._break_handler(prefill)

    def wait_for_partner(self, prefill: str | None = None) -> None:
        """Open the waiting side (the button, Ctrl+Shift+B, the tray or ``companion wait``)."""
        if not isinstance(prefill, str):
            prefill = None
        self.show_area("break")
        if self._wait_handler is not None:
            self._wait_handler(prefill)

    # ------------------------------------------------------------------ misc
    def show_notice(self, text: str, *, kind: str = "general") -> None:
        """A calm banner above the pages (e.g. a database set aside); "" hides it.

        A newer notice replaces the one shown. ``kind`` names where it came from ("reminder"
        for a break's reminder), so :meth:`clear_notice` takes away only its own kind.
        """
        self._notice_kind = kind if text else ""
        self.notice.setText(text)
        self.notice_bar.setVisible(bool(text))

    def clear_notice(self, kind: str) -> None:
        """Hide the banner if it shows a notice of ``kind`` (e.g. a reminder whose break ended)."""
        if self._notice_kind == kind:
            self.show_notice("")

    def notice_text(self) -> str:
        """The banner's text while it is shown ("" otherwise)."""
        return self.notice.text() if not self.notice_bar.isHidden() else ""

    def set_break_status(self, text: str, *, waiting: bool = False) -> None:
        """While a break runs: "back at 19:30, 12 min left" on every other area; "" = none.

        ``waiting``: the break is the partner's, and the bar says so.
        """
        self._break_status = text
        self._break_waiting = waiting
        self._update_break_bar()

    def _update_break_bar(self) -> None:
        text = self._break_status
        show = bool(text) and self.current_area() != "break"
        waiting = self.tr("Waiting for your partner: %s")  # the partner's break, not the user's
        shown = (waiting if self._break_waiting else self.tr("Your break is running: %s")) % text
        if show and self.break_bar_label.text() != shown:
            self.break_bar_label.setText(shown)
        self.break_bar.setVisible(show)

    def show_help(self) -> None:
        """When a break helps, and when it is not the right tool (danger, abuse)."""
        from companion.ui.shell.help_dialog import HelpDialog

        HelpDialog(self, self.services.data_dir).exec()

    def show_about(self) -> None:
        from companion.ui.shell.menus import show_about

        show_about(self)

    def bring_to_front(self) -> None:
        """Show, un-minimise and raise the window (a second launch asks for this)."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()
            self.activateWindow()

    # ------------------------------------------------------------------ geometry
    def restore_geometry(self) -> None:
        """Restore size and position from the last run, if any."""
        geometry = self.services.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 640)

    def save_geometry(self) -> None:
        self.services.settings.setValue("window/geometry", self.saveGeometry())
        self.services.settings.sync()

    def quit_app(self) -> None:
        """Quit for real (Ctrl+Q), also while a break keeps the app in the tray."""
        self._quitting = True
        self.close()  # closeEvent saves the geometry
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def quit_window_only(self) -> None:
        """Close this window for good without quitting the app (a fresh one replaced it)."""
        self._quitting = True
        self._discard_pending = True
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if not self._quitting and self._close_guard is not None and self._close_guard():
            event.ignore()
            return
        if not self._discard_pending:
            for widget in self.findChildren(QWidget):
                if isinstance(widget, PendingWrites):
                    widget.commit_pending()
        super().closeEvent(event)


def _placeholder(title: str) -> Callable[[], QWidget]:
    """A page with only its title (an area the composition root gave no content)."""
    return lambda: QLabel(title, alignment=Qt.AlignmentFlag.AlignCenter)
