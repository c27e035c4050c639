"""The typed return time, read the way the user's locale writes times; and plan labels."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from companion.core.agreement import PLAN_ITEMS, ReturnRequest, ReturnTimeError, parse_return
from companion.services.break_words import request_notes

__all__ = ["TimeEntry", "locale_time_formats", "plan_label", "qt_time_format_to_strptime"]


def qt_time_format_to_strptime(fmt: str) -> str:
    """Turn a Qt time format ("h:mm AP", "HH 'h' mm") into a strptime format."""
    out: list[str] = []
    twelve = "a" in fmt.lower().replace("'", "")
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "'":
            end = fmt.find("'", i + 1)
            end = len(fmt) if end < 0 else end
            out.append(fmt[i + 1 : end].replace("%", "%%") or "'")
            i = end + 1
            continue
        run = 1
        while i + run < len(fmt) and fmt[i + run] == ch:
            run += 1
        if ch in "hH":
            out.append("%I" if twelve else "%H")
        elif ch == "m":
            out.append("%M")
        elif ch == "s":
            out.append("%S")
        elif ch in "aA":
            out.append("%p")
            if i + run < len(fmt) and fmt[i + run] in "pP":
                run += 1
        elif ch in "zt":
            pass  # milliseconds and zone names: never typed for a return time
        else:
            out.append((ch * run).replace("%", "%%"))
        i += run
    return " ".join("".join(out).split())


def locale_time_formats(locale: QLocale) -> tuple[str, ...]:
    """strptime formats for the times the user's locale shows (short and long)."""
    formats: list[str] = []
    for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        converted = qt_time_format_to_strptime(locale.timeFormat(kind))
        if converted and converted not in formats:
            formats.append(converted)
    return tuple(formats)


def plan_label(item_id: str) -> str:
    """The translated label of a plan item (the id itself for an unknown one)."""
    for item in PLAN_ITEMS:
        if item.id == item_id:
            return QCoreApplication.translate("PlanItem", item.label)
    return item_id


class TimeEntry(QWidget):
    """The typed length or return time, its reason when unusable, notes and "tomorrow?".

    Emits ``edited(text)`` as the person types, ``confirmed`` when they agree that a passed
    time means tomorrow, and ``submitted`` on Enter.
    """

    edited = Signal(str)
    confirmed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeEntry")
        self._locale = QLocale()
        self._confirmed_text: str | None = None
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Your own length or time:"), self)
        layout.addWidget(title)
        self.time_edit = QLineEdit(self)
        self.time_edit.setObjectName("returnTimeEdit")
        self.time_edit.setPlaceholderText(self.tr("or type a length or a time: 1h 15m, 19:30"))
        self.time_edit.setAccessibleName(self.tr("Length of the break, or the time to be back"))
        self.time_edit.textEdited.connect(self.edited)
        self.time_edit.returnPressed.connect(self.submitted)
        title.setBuddy(self.time_edit)
        layout.addWidget(self.time_edit)
        self.error_label = self._line("returnTimeError")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = self._line("returnTimeNote")
        self.tomorrow_prompt = QWidget(self)
        self.tomorrow_prompt.setObjectName("tomorrowPrompt")
        row = QHBoxLayout(self.tomorrow_prompt)
        row.setContentsMargins(0, 0, 0, 0)
        self.tomorrow_label = QLabel(self.tomorrow_prompt)
        self.tomorrow_label.setWordWrap(True)
        self.confirm_tomorrow_button = QPushButton(self.tr("Yes, tomorrow"), self.tomorrow_prompt)
        self.confirm_tomorrow_button.setObjectName("confirmTomorrowButton")
        self.confirm_tomorrow_button.clicked.connect(self.confirm_tomorrow)
        row.addWidget(self.tomorrow_label, 1)
        row.addWidget(self.confirm_tomorrow_button)
        layout.addWidget(self.tomorrow_prompt)

    def _line(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        self._layout.addWidget(label)
        return label

    def text(self) -> str:
        return self.time_edit.text().strip()

    def clear(self) -> None:
        """Nothing typed, nothing confirmed."""
        self.time_edit.clear()
        self._confirmed_text = None

    def read(self, source: str, now: datetime) -> ReturnRequest:
        """``source`` read at ``now``, in the locale's own time formats too (may raise)."""
        try:
            return parse_return(source, now, locale_formats=locale_time_formats(self._locale))
        except ReturnTimeError:
            # The locale's own words for am and pm ("오후 7:30") that strptime cannot read.
            for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
                qtime = self._locale.toTime(source, kind)
                if qtime.isValid():
                    return parse_return(f"{qtime.hour():02d}:{qtime.minute():02d}", now)
            raise

    def needs_confirmation(self, request: ReturnRequest | None) -> bool:
        """Whether ``request`` is tomorrow and the person has not said yes to that yet."""
        return (
            request is not None
            and request.needs_tomorrow_confirmation
            and self._confirmed_text != self.text()
        )

    def confirm_tomorrow(self) -> None:
        """The person agrees that the time they typed means tomorrow."""
        self._confirmed_text = self.text()
        self.confirmed.emit()

    def show_state(self, request: ReturnRequest | None, error: str, when: str) -> None:
        """The reason (``error``), the gentle notes, and the tomorrow question for ``when``."""
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        notes = request_notes(request, self._locale) if request is not None else []
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        self.tomorrow_prompt.setVisible(self.needs_confirmation(request))
        self.tomorrow_label.setText(
            self.tr("That time has already passed today. Be back at {time}?").format(time=when)
        )
