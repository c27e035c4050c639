"""What folds away beneath the break's one big button: own time, kind of words, check-in, plan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from companion.core.agreement import PLAN_ITEMS
from companion.core.phrases import Flavour
from companion.ui.pause.break_widgets import fold_button, wrapped_check
from companion.ui.pause.quick_checkin import QuickCheckin
from companion.ui.pause.time_input import TimeEntry, plan_label

__all__ = ["MoreChoices"]


class MoreChoices(QWidget):
    """The folded choices of the break flow; emits ``flavourChanged`` for other words."""

    flavourChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moreChoices")
        more = QVBoxLayout(self)
        more.setContentsMargins(12, 0, 0, 0)
        self.time_entry = TimeEntry(self)
        more.addWidget(self.time_entry)
        title = QLabel(self.tr("Kind of words:"), self)
        self.flavour_picker = QComboBox(self)
        self.flavour_picker.setObjectName("flavourPicker")
        self.flavour_picker.setAccessibleName(self.tr("Kind of words"))
        self.flavour_picker.addItem(self.tr("Plain words"), Flavour.NEUTRAL)
        self.flavour_picker.addItem(self.tr("I tend to push to sort it out"), Flavour.PURSUER)
        self.flavour_picker.addItem(self.tr("I tend to go quiet or leave"), Flavour.DISTANCER)
        self.flavour_picker.currentIndexChanged.connect(lambda _i: self.flavourChanged.emit())
        title.setBuddy(self.flavour_picker)
        more.addWidget(title)
        more.addWidget(self.flavour_picker)
        self.checkin_toggle = fold_button(self, "checkinToggle", self.tr("Check in first"))
        self.checkin_toggle.toggled.connect(self._toggle_checkin)
        more.addWidget(self.checkin_toggle)
        self.checkin = QuickCheckin(self)
        self.checkin.setVisible(False)
        more.addWidget(self.checkin)
        more.addWidget(QLabel(self.tr("While you're away:"), self))
        self.plan_boxes: dict[str, QCheckBox] = {}
        for item in PLAN_ITEMS:
            row, box = wrapped_check(self, f"plan_{item.id}", plan_label(item.id))
            box.setChecked(True)
            self.plan_boxes[item.id] = box
            more.addWidget(row)

    def reset(self) -> None:
        """Nothing typed, no check-in, every plan item chosen (the words' kind stays)."""
        self.time_entry.clear()
        self.checkin_toggle.setChecked(False)
        self.checkin.clear()
        for box in self.plan_boxes.values():
            box.setChecked(True)

    def flavour(self) -> Flavour:
        chosen = self.flavour_picker.currentData()
        return chosen if isinstance(chosen, Flavour) else Flavour.NEUTRAL

    def plan(self) -> list[str]:
        """The ids of the plan items chosen, in their order."""
        return [item.id for item in PLAN_ITEMS if self.plan_boxes[item.id].isChecked()]

    def feeling(self) -> tuple[str, int] | None:
        """The "before" check-in, when the person opened it and chose a state."""
        state = self.checkin.state()
        if not self.checkin_toggle.isChecked() or state is None:
            return None
        return state, self.checkin.intensity()

    def _toggle_checkin(self, shown: bool) -> None:
        self.checkin.setVisible(shown)
        if shown:
            self.checkin.setFocus()
