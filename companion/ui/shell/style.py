"""Fusion, with field and box borders in the palette module's border colour (3:1 or more).

Fusion derives every outline from the window colour (140 % darker), which leaves the edges of
text fields, check boxes and buttons at about 2:1 on a light window and close to 1:1 on a dark
one. For the controls that have an edge, this style hands Fusion a window colour from which it
derives exactly the palette's border colour; nothing else changes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from companion.ui.shell.palette import THEME_DARK, THEME_LIGHT, is_dark_palette

__all__ = ["BorderStyle", "outline_source"]

#: Fusion's outline is the window colour made this much darker (QColor.darker's factor).
_FUSION_DARKER = 140

_Primitive = QStyle.PrimitiveElement
_EDGED_PRIMITIVES = frozenset(
    {
        _Primitive.PE_FrameLineEdit,
        _Primitive.PE_PanelLineEdit,
        _Primitive.PE_IndicatorCheckBox,
        _Primitive.PE_IndicatorRadioButton,
        _Primitive.PE_PanelButtonCommand,
        _Primitive.PE_PanelButtonTool,
        _Primitive.PE_Frame,
    }
)
_EDGED_CONTROLS = frozenset({QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox})


def outline_source(border: QColor) -> QColor:
    """The window colour from which Fusion derives ``border`` as its outline."""
    value = min(255, round(border.value() * _FUSION_DARKER / 100))
    return QColor.fromHsv(max(border.hsvHue(), 0), border.hsvSaturation(), value, border.alpha())


class BorderStyle(QProxyStyle):
    """Fusion with outlines in the palette's border colour."""

    def __init__(self) -> None:
        base = QStyleFactory.create("Fusion")
        super().__init__(base)
        self.setObjectName("companionStyle")

    def _with_border(self, option: QStyleOption) -> QStyleOption:
        theme = THEME_DARK if is_dark_palette(option.palette) else THEME_LIGHT
        changed = type(option)(option)  # a copy of the same option class
        palette = QPalette(option.palette)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(
                group, QPalette.ColorRole.Window, outline_source(QColor(theme["border"]))
            )
        changed.palette = palette
        return changed

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _EDGED_PRIMITIVES:
            option = self._with_border(option)
        super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control in _EDGED_CONTROLS:
            option = self._with_border(option)
        super().drawComplexControl(control, option, painter, widget)  # type: ignore[arg-type]
