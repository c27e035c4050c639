"""The card beside the wheel: what the chosen state can feel like, what may help, and a way
into breathing with the suggested pattern.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.states import Guidance
from companion.desktop.translate import translator
from companion.ui.shell.named import named, wrapped_label

__all__ = ["GuidanceCard"]


_tr = translator("CheckinView")


def _bullets(lines: tuple[str, ...]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


def _plain_label(name: str, text: str = "") -> QLabel:
    label = wrapped_label(name, text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class GuidanceCard(QFrame):
    """Title, description, signs, what may help, "Start breathing", and a note on problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = _plain_label("guidanceTitle")
        title_font = self._title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self._title.setFont(title_font)
        self._description = _plain_label("guidanceDescription")
        self._signs_heading = _plain_label("guidanceSignsHeading", _tr("You may notice"))
        self._signs = _plain_label("guidanceSigns")
        self._helps_heading = _plain_label("guidanceHelpsHeading", _tr("What may help now"))
        self._helps = _plain_label("guidanceHelps")
        for heading in (self._signs_heading, self._helps_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self.breathe = named(QPushButton(_tr("Start breathing")), "startBreathingButton")
        self._problem = _plain_label("guidanceProblem")
        layout = QVBoxLayout(self)
        for widget in (
            self._title,
            self._description,
            self._signs_heading,
            self._signs,
            self._helps_heading,
            self._helps,
            self.breathe,
            self._problem,
        ):
            layout.addWidget(widget)

    def show_problem(self, text: str) -> None:
        """A calm note that the tips are missing ("" hides it)."""
        self._problem.setText(text)
        self._problem.setVisible(bool(text))

    def show_guidance(
        self, title: str, guidance: Guidance | None, *, chosen: bool, hint: bool
    ) -> None:
        """Fill the card: ``chosen`` shows what may help; ``hint`` invites pointing at the wheel."""
        self._title.setText(title)
        has_text = guidance is not None
        self._description.setVisible(has_text or hint)
        self._description.setText(
            guidance.description
            if guidance is not None
            else _tr("Pointing at a part of the wheel shows what it can feel like.")
        )
        self._signs_heading.setVisible(has_text)
        self._signs.setVisible(has_text)
        self._helps_heading.setVisible(has_text and chosen)
        self._helps.setVisible(has_text and chosen)
        self.breathe.setVisible(has_text and chosen)
        if guidance is not None:
            self._signs.setText(_bullets(guidance.body_signs))
            self._helps.setText(_bullets(guidance.helps))
            self.breathe.setText(
                _tr("Start breathing ({minutes} min)").format(
                    minutes=QLocale().toString(guidance.suggested_minutes, "g", 4)
                )
            )
