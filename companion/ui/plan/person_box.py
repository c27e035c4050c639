"""One partner's part of the plan: a name if wanted, where they go, what they do in a pause."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import PLAN_ITEMS
from companion.core.plan import Person, Tendency
from companion.desktop.translate import translator
from companion.ui.shell.plan_texts import TENDENCY, item_label

__all__ = ["PersonBox"]


_tr = translator("PausePlan")


class PersonBox(QGroupBox):
    """The fields for one partner; ``prefix`` names its controls (``partnerAName`` ...)."""

    def __init__(self, title: str, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(prefix)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = self._line(f"{prefix}Name", _tr("Name (optional)"), form)
        self.tendency_box = QComboBox(self)
        self.tendency_box.setObjectName(f"{prefix}Tendency")
        for tendency, text in TENDENCY.items():
            self.tendency_box.addItem(_tr(text), tendency.value)
        self._add_row(form, _tr("In a fight"), self.tendency_box)
        self.goes_edit = self._line(f"{prefix}GoesTo", _tr("Where I go"), form)
        layout.addLayout(form)
        things = QLabel(_tr("What I do during a pause:"), self)
        layout.addWidget(things)
        self.item_boxes: dict[str, QCheckBox] = {}
        for item in PLAN_ITEMS:
            box = QCheckBox(item_label(item.id), self)
            box.setObjectName(f"{prefix}Item_{item.id}")
            self.item_boxes[item.id] = box
            layout.addWidget(box)
        self.own_edit = QLineEdit(self)
        self.own_edit.setObjectName(f"{prefix}Own")
        self.own_edit.setPlaceholderText(_tr("Something of my own, e.g. music, a shower"))
        self.own_edit.setAccessibleName(_tr("Something of my own"))
        layout.addWidget(self.own_edit)

    def _line(self, name: str, label: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        self._add_row(form, label, edit)
        return edit

    def _add_row(self, form: QFormLayout, label: str, field: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(field)
        field.setAccessibleName(f"{self.title()}: {label}")
        form.addRow(caption, field)

    def person(self) -> Person:
        """What is on screen."""
        return Person(
            name=self.name_edit.text(),
            tendency=Tendency(self.tendency_box.currentData() or ""),
            goes_to=self.goes_edit.text(),
            items=tuple(i for i, box in self.item_boxes.items() if box.isChecked()),
            own=self.own_edit.text(),
        )

    def set_person(self, person: Person) -> None:
        """Show ``person`` (everything cleared for an empty one)."""
        self.name_edit.setText(person.name)
        self.tendency_box.setCurrentIndex(max(0, self.tendency_box.findData(person.tendency.value)))
        self.goes_edit.setText(person.goes_to)
        for item_id, box in self.item_boxes.items():
            box.setChecked(item_id in person.items)
        self.own_edit.setText(person.own)
