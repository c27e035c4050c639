"""The plan during the break, as ticks: what the person chose to do while away."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from companion.services.breaks import BreakController, BreakRecord
from companion.ui.pause.break_widgets import hidden_note, save_or_say_why, wrapped_check
from companion.ui.pause.time_input import plan_label

__all__ = ["PlanChecklist"]


class PlanChecklist(QWidget):
    """One box per plan item of the running break; ticking one is stored at once."""

    def __init__(self, controller: BreakController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planChecklist")
        self._controller = controller
        self._plan_ids: tuple[str, ...] = ()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Your plan:"), self)
        self._layout.addWidget(self.title)
        self.boxes: dict[str, QCheckBox] = {}
        self._rows: list[QWidget] = []
        self.error = hidden_note(self, "planSaveError")
        self._layout.addWidget(self.error)

    def show_record(self, record: BreakRecord) -> None:
        """Show the break's plan items, ticked as stored."""
        if record.plan != self._plan_ids:
            for row in self._rows:
                self._layout.removeWidget(row)
                row.deleteLater()
            self.boxes, self._rows = {}, []
            for n, item_id in enumerate(record.plan):
                row, box = wrapped_check(self, f"planDone_{item_id}", plan_label(item_id))
                box.toggled.connect(self._ticked)
                self._layout.insertWidget(1 + n, row)
                self.boxes[item_id] = box
                self._rows.append(row)
            self._plan_ids = tuple(record.plan)
        self.title.setVisible(bool(record.plan))
        for item_id, box in self.boxes.items():
            if box.isChecked() != (item_id in record.plan_done):
                box.blockSignals(True)
                box.setChecked(item_id in record.plan_done)
                box.blockSignals(False)

    def _ticked(self, _on: bool) -> None:
        done = [item_id for item_id, box in self.boxes.items() if box.isChecked()]
        problem = self.tr(
            "That change to your plan could not be saved, so it is shown as before: "
            "{problem}\nTry again in a moment."
        )
        if (
            save_or_say_why(lambda: self._controller.set_plan_done(done), self.error, problem)
            is not None
        ):
            return
        # The boxes always show what is stored: put the unsaved change back.
        found = self._controller.active()
        if found is not None:
            self.show_record(found[0])
