"""The guided page where a couple makes their pause plan together, and prints it.

Every field is optional. Save keeps the plan at once; a plan outside the break rules gets one
calm sentence and nothing on screen is lost. The card is printed from what is on screen.
"""

from __future__ import annotations

import os
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDir, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.phrases import Phrases
from companion.core.plan import LONGEST_MINUTES, Messaging, PausePlan, ReachOut
from companion.services.plan import PlanInvalid, PlanService, StorageError
from companion.ui.plan.person_box import PersonBox
from companion.ui.plan.plan_card import (
    default_page_size,
    page_layout,
    paint_card,
    write_pdf,
    write_png,
)
from companion.ui.shell.plan_texts import MESSAGING, REACH_OUT, problem_text, translated

__all__ = ["PlanPage"]

_W = TypeVar("_W", bound=QWidget)


class PlanPage(QWidget):
    """The plan's fields, Save, and the card as PDF or PNG. Emits ``saved`` after a save."""

    saved = Signal()

    def __init__(self, service: PlanService, phrases: Phrases, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planView")
        self._service = service
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Our pause plan"), self)
        font = QFont(title.font())
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.5)
        title.setFont(font)
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "Make this together, when you're both calm. Every part is optional and you "
                "can change it later. In a fight, each break then starts from what you agree "
                "here."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        scroll = QScrollArea(self)
        scroll.setObjectName("planScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        self._build_body(body, phrases)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("planStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status_label)
        outer.addLayout(self._build_buttons())
        self.load()

    # ----------------------------------------------------------------- building
    def _build_body(self, body: QWidget, phrases: Phrases) -> None:
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.signal_edit = self._field(
            form, QLineEdit(body), "planSignal", self.tr("1. Our signal for a pause")
        )
        self.signal_edit.setPlaceholderText(self.tr("A word or a gesture either of us may use"))
        self.signal_kind = self._field(
            form, QComboBox(body), "planSignalKind", self.tr("The signal is")
        )
        self.signal_kind.addItem(self.tr("a word we say"), False)
        self.signal_kind.addItem(self.tr("a gesture we make"), True)
        self.usual_box = self._field(
            form, self._minutes_box(body), "planUsualMinutes", self.tr("2. A pause usually lasts")
        )
        self.longest_box = self._field(
            form, self._minutes_box(body), "planLongestMinutes", self.tr("and never longer than")
        )
        self.messaging_box = self._field(
            form, QComboBox(body), "planMessaging", self.tr("3. Messages during a pause")
        )
        for messaging, text in MESSAGING.items():
            self.messaging_box.addItem(translated(text), messaging.value)
        self.reach_box = self._field(
            form, QComboBox(body), "planReachOut", self.tr("4. At the return time, who reaches out")
        )
        for reach, text in REACH_OUT.items():
            self.reach_box.addItem(translated(text), reach.value)
        self.reach_how = self._field(form, QLineEdit(body), "planReachOutHow", self.tr("and how"))
        self.reach_how.setPlaceholderText(self.tr("e.g. a knock on the door, a short call"))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("5. Each of us (names and tendencies only if you like):")))
        people = self._people = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.person_boxes = (
            PersonBox(self.tr("Partner A"), "partnerA", body),
            PersonBox(self.tr("Partner B"), "partnerB", body),
        )
        for box in self.person_boxes:
            people.addWidget(box, 1)
        layout.addLayout(people)
        opener_form = QFormLayout()
        self.opener_box = self._field(
            opener_form, QComboBox(body), "planOpener", self.tr("6. How we start again")
        )
        self.opener_box.setEditable(True)
        self.opener_box.addItem("")
        for opener in phrases.openers:
            self.opener_box.addItem(QCoreApplication.translate("ReturnView", opener))
        opener_line = self.opener_box.lineEdit()
        assert opener_line is not None  # an editable combo box has one
        opener_line.setPlaceholderText(self.tr("Pick words you both like, or write your own"))
        layout.addLayout(opener_form)
        layout.addStretch(1)

    def _minutes_box(self, parent: QWidget) -> QSpinBox:
        box = QSpinBox(parent)
        box.setRange(0, LONGEST_MINUTES * 2)
        box.setSingleStep(5)
        box.setSuffix(self.tr(" min"))
        box.setSpecialValueText(self.tr("Not decided yet"))
        return box

    def _field(self, form: QFormLayout, field: _W, name: str, label: str) -> _W:
        field.setObjectName(name)
        caption = QLabel(label, field.parentWidget())
        caption.setBuddy(field)
        field.setAccessibleName(label)
        form.addRow(caption, field)
        return field

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save our plan"), self)
        self.save_button.setObjectName("savePlanButton")
        self.save_button.clicked.connect(self.save)
        self.page_size_box = QComboBox(self)
        self.page_size_box.setObjectName("planPageSize")
        self.page_size_box.setAccessibleName(self.tr("Paper size"))
        self.page_size_box.addItem(self.tr("A4"), "a4")
        self.page_size_box.addItem(self.tr("Letter"), "letter")
        self.page_size_box.setCurrentIndex(self.page_size_box.findData(default_page_size()))
        self.print_button = QPushButton(self.tr("Print or save as PDF…"), self)
        self.print_button.setObjectName("printPlanButton")
        menu = QMenu(self.print_button)
        menu.setObjectName("printPlanMenu")
        self.print_action = menu.addAction(self.tr("Print…"))
        self.print_action.setObjectName("printPlanAction")
        self.print_action.triggered.connect(lambda _=False: self.print_card())
        self.print_action.setVisible(find_spec("PySide6.QtPrintSupport") is not None)
        self.pdf_action = menu.addAction(self.tr("Save as PDF…"))
        self.pdf_action.setObjectName("savePlanPdfAction")
        self.pdf_action.triggered.connect(lambda _=False: self.save_card("pdf"))
        self.print_button.setMenu(menu)
        self.png_button = QPushButton(self.tr("Save as picture (PNG)…"), self)
        self.png_button.setObjectName("savePlanPngButton")
        self.png_button.clicked.connect(lambda: self.save_card("png"))
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.page_size_box)
        row.addWidget(self.print_button)
        row.addWidget(self.png_button)
        return row

    # ----------------------------------------------------------------- public
    def plan(self) -> PausePlan:
        """The plan as it is on screen (saved or not)."""
        return PausePlan(
            signal=self.signal_edit.text(),
            signal_is_gesture=bool(self.signal_kind.currentData()),
            usual_minutes=self.usual_box.value() or None,
            longest_minutes=self.longest_box.value() or None,
            messaging=Messaging(self.messaging_box.currentData() or ""),
            reach_out=ReachOut(self.reach_box.currentData() or ""),
            reach_out_how=self.reach_how.text(),
            opener=self.opener_box.currentText(),
            people=(self.person_boxes[0].person(), self.person_boxes[1].person()),
        ).cleaned()

    def load(self) -> None:
        """Show the saved plan (or empty fields when there is none)."""
        plan = self._service.plan() or PausePlan()
        self.signal_edit.setText(plan.signal)
        self.signal_kind.setCurrentIndex(1 if plan.signal_is_gesture else 0)
        self.usual_box.setValue(plan.usual_minutes or 0)
        self.longest_box.setValue(plan.longest_minutes or 0)
        self.messaging_box.setCurrentIndex(self.messaging_box.findData(plan.messaging.value))
        self.reach_box.setCurrentIndex(self.reach_box.findData(plan.reach_out.value))
        self.reach_how.setText(plan.reach_out_how)
        self.opener_box.setCurrentText(plan.opener)
        for box, person in zip(self.person_boxes, plan.people, strict=True):
            box.set_person(person)
        if self._service.unreadable:
            self._say(self.tr("The saved plan could not be read. Saving here replaces it."))

    def save(self) -> bool:
        """Keep what is on screen; False (with one calm sentence) when it cannot be kept."""
        try:
            self._service.save(self.plan())
        except PlanInvalid as exc:
            self._say(problem_text(exc.problems[0]))
            return False
        except StorageError as exc:
            self._say(
                self.tr("The plan could not be saved: {problem}. Everything is still here.").format(
                    problem=exc
                )
            )
            return False
        self._say(self.tr("Saved. Each break now starts from this plan."))
        self.saved.emit()
        return True

    def commit_pending(self) -> None:
        """Keep edits not yet saved when the window closes (a plan outside the rules stays)."""
        if self.plan() != (self._service.plan() or PausePlan()):
            self.save()

    def save_card(self, kind: str) -> Path | None:
        """Ask where, then write the card as "pdf" or "png"; the path written, or None."""
        suffix = ".pdf" if kind == "pdf" else ".png"
        start = os.path.join(QDir.homePath(), self.tr("our-pause-plan") + suffix)
        title = (
            self.tr("Save the card as PDF") if kind == "pdf" else self.tr("Save the card as PNG")
        )
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, f"*{suffix}")
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
        if not os.access(path.parent, os.W_OK) or path.is_dir():
            self._say(
                self.tr("The card could not be saved in {folder}.").format(folder=path.parent)
            )
            return None
        size = str(self.page_size_box.currentData())
        if kind == "pdf":
            write_pdf(self.plan(), path, size)
        elif not write_png(self.plan(), path, size):
            self._say(self.tr("The card could not be saved as {path}.").format(path=path))
            return None
        self._say(self.tr("The card is saved as {path}. Open it to print.").format(path=path))
        return path

    def print_card(self) -> bool:
        """Print the card through the system's print dialog; True once it was sent."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(str(self.page_size_box.currentData())))
        printer.setDocName(self.tr("Our pause plan"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        paint_card(self.plan(), printer)
        self._say(self.tr("The card was sent to the printer."))
        return True

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Both partners side by side where they fit, one above the other where not."""
        need = sum(box.minimumSizeHint().width() for box in self.person_boxes) + 48
        side_by_side = event.size().width() >= need
        self._people.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)
