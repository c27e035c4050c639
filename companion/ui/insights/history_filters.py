"""The filters above History: which kinds of entry, and which dates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from companion.core.clock import Clock
from companion.core.insights import Window
from companion.services.history import KINDS, HistoryKind
from companion.ui.insights.insights_text import window_labels
from companion.ui.shell.a11y import buddy_label


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class HistoryFilters(QWidget):
    """Kind boxes and a date range; ``changed`` when the user (or code) changes either."""

    changed = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyFilters")
        self._clock = clock
        self._kind_boxes: dict[HistoryKind, QCheckBox] = {}
        filters = QHBoxLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        labels = {
            HistoryKind.CHECKIN: self.tr("Check-ins"),
            HistoryKind.BREAK: self.tr("Breaks"),
            HistoryKind.SESSION: self.tr("Practice"),
        }
        for kind in KINDS:
            box = QCheckBox(labels[kind], self)
            box.setObjectName(f"historyShow_{kind.value}")
            box.setChecked(True)
            box.toggled.connect(self._on_change)
            self._kind_boxes[kind] = box
            filters.addWidget(box)
        self._range = QComboBox(self)
        self._range.setObjectName("historyRange")
        self._range.setAccessibleName(self.tr("Dates shown"))
        windows = window_labels()
        for window in (Window.ALL, Window.WEEK, Window.MONTH, Window.QUARTER):
            self._range.addItem(windows[window], window.value)
        self._range.addItem(self.tr("Between dates"), "custom")
        self._range.currentIndexChanged.connect(self._on_change)
        today = clock.now().date()
        self._from = QDateEdit(QDate(today.year, today.month, today.day), self)
        self._from.setObjectName("historyFrom")
        self._from.setAccessibleName(self.tr("From date"))
        self._to = QDateEdit(QDate(today.year, today.month, today.day), self)
        self._to.setObjectName("historyTo")
        self._to.setAccessibleName(self.tr("To date"))
        for edit in (self._from, self._to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_change)
        filters.addSpacing(12)
        filters.addWidget(buddy_label(self.tr("&Dates:"), self._range, self))
        filters.addWidget(self._range)
        filters.addWidget(self._from)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self._to)
        filters.addStretch(1)

    def set_kinds(self, kinds: Iterable[str]) -> None:
        """Show only these kinds ("checkin", "break", "session")."""
        wanted = set(kinds)
        for kind, box in self._kind_boxes.items():
            box.blockSignals(True)
            box.setChecked(kind in wanted)
            box.blockSignals(False)
        self._on_change()

    def set_window(self, window: Window) -> None:
        """Show the last 7, 30 or 90 days, or everything."""
        self._range.setCurrentIndex(self._range.findData(window.value))

    def set_date_range(self, first: date, last: date) -> None:
        """Show entries from local midnight of ``first`` to the end of ``last`` (inclusive)."""
        for edit, day in ((self._from, first), (self._to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self._range.currentData() != "custom":
            self._range.setCurrentIndex(self._range.findData("custom"))
        else:
            self._on_change()

    def chosen(self) -> tuple[list[HistoryKind], datetime | None, datetime | None]:
        """(kinds, since, until) as chosen now; since inclusive, until exclusive."""
        kinds = [k for k, box in self._kind_boxes.items() if box.isChecked()]
        choice = self._range.currentData()
        now = self._clock.now()
        if choice != "custom":
            return kinds, Window(choice).start(now), None
        first, last = _day(self._from.date()), _day(self._to.date())
        if last < first:
            first, last = last, first
        tz = now.tzinfo
        since = datetime.combine(first, time(0), tzinfo=tz)
        return kinds, since, datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz)

    def _on_change(self, *_: object) -> None:
        custom = self._range.currentData() == "custom"
        self._from.setEnabled(custom)
        self._to.setEnabled(custom)
        self.changed.emit()
