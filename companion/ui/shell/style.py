"""Fusion, with field and box borders in the palette module's border colour (3:1 or more),
and the app's few looks of its own: filled and choice buttons, the area tabs, the notice.

Fusion derives every outline from the window colour (140 % darker), which leaves the edges of
text fields, check boxes and buttons at about 2:1 on a light window and close to 1:1 on a dark
one. For the controls that have an edge, this style hands Fusion a window colour from which it
derives exactly the palette's border colour.

The looks are drawn here rather than by a style sheet: an application-wide style sheet makes
Qt keep style rules for every widget (about 1 MiB for this window), while these few shapes
cost nothing until painted. Everything is read from the palette at paint time, so a theme
change needs no re-styling.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from companion.ui.shell.palette import THEME_DARK, THEME_LIGHT, is_dark_palette

__all__ = ["ACCENT", "CHOICE", "FILLED", "BorderStyle", "outline_source", "set_look"]

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

#: The button looks, each a boolean property of the button (see :func:`set_look`).
ACCENT = "accent"  # the one big action of a page: filled, larger, rounder
FILLED = "filled"  # a leading action in a bar (Take a break, My partner is taking a break)
CHOICE = "choice"  # one of a row of checkable choices; the chosen one is filled
_LOOKS = (ACCENT, FILLED, CHOICE)
#: Per look: (horizontal, vertical) padding around the text and the corner radius, in pixels.
_PADDING = {ACCENT: (20, 10, 10.0), FILLED: (18, 8, 8.0), CHOICE: (14, 8, 8.0)}
_TABS = "areaBar"  # the area tabs: the open one is a filled, rounded pill
_TAB_RADIUS = 8.0
_NOTICE = "noticeBanner"  # a soft, rounded panel behind the text
_NOTICE_RADIUS = 6.0
_State = QStyle.StateFlag
_Role = QPalette.ColorRole


def set_look(button: QPushButton, look: str, *, scale: float = 1.0) -> None:
    """Give ``button`` one of the looks above (a bolder font for the filled ones)."""
    button.setProperty(look, True)
    if look in (ACCENT, FILLED) or scale != 1.0:
        font = QFont(button.font())
        if scale != 1.0:
            font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * scale)
        if look != CHOICE:
            font.setWeight(QFont.Weight.DemiBold)
        button.setFont(font)


def _look(widget: QWidget | None) -> str | None:
    if not isinstance(widget, QPushButton):
        return None
    return next((look for look in _LOOKS if widget.property(look) is True), None)


def _is_filled(look: str, option: QStyleOption) -> bool:
    return look != CHOICE or bool(option.state & _State.State_On)


def _rounded(
    painter: QPainter, rect: QRectF, radius: float, fill: QColor, pen: QPen | None
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if pen is None:
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        painter.setPen(pen)
        half = pen.widthF() / 2
        rect = rect.adjusted(half, half, -half, -half)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, radius, radius)
    painter.restore()


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

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        look = _look(widget)
        name = widget.objectName() if widget is not None else ""
        if look is not None and element == QStyle.ControlElement.CE_PushButtonBevel:
            self._paint_button(look, option, painter)
            return
        if look is not None and element == QStyle.ControlElement.CE_PushButtonLabel:
            option = self._on_fill(option, _Role.ButtonText, _is_filled(look, option))
        elif name == _TABS and element == QStyle.ControlElement.CE_TabBarTabShape:
            if option.state & _State.State_Selected:
                fill = option.palette.color(_Role.Highlight)
                _rounded(painter, QRectF(option.rect), _TAB_RADIUS, fill, None)
            return
        elif name == _TABS and element == QStyle.ControlElement.CE_TabBarTabLabel:
            selected = bool(option.state & _State.State_Selected)
            option = self._on_fill(option, _Role.WindowText, selected)
        elif (
            widget is not None
            and name == _NOTICE
            and element == QStyle.ControlElement.CE_ShapedFrame
        ):
            fill = option.palette.color(_Role.AlternateBase)  # behind the margins as well
            _rounded(painter, QRectF(widget.rect()), _NOTICE_RADIUS, fill, None)
            return
        super().drawControl(element, option, painter, widget)

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        look = _look(widget)
        if look is not None and kind == QStyle.ContentsType.CT_PushButton:
            across, down, _ = _PADDING[look]
            edge = 2 if look == CHOICE else 0  # room for a choice's edge, 1 or 2 pixels when chosen
            return QSize(size.width() + 2 * (across + edge), size.height() + 2 * (down + edge))
        tabs = widget is not None and widget.objectName() == _TABS
        if tabs and kind == QStyle.ContentsType.CT_TabBarTab:
            return QSize(size.width() + 4, size.height() + 4)  # the bar's spacing, and a bit
        return super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        shifts = (
            QStyle.PixelMetric.PM_TabBarTabShiftVertical,
            QStyle.PixelMetric.PM_TabBarTabShiftHorizontal,
        )
        if widget is not None and widget.objectName() == _TABS and metric in shifts:
            return 0  # the open tab's words stay level with the others
        return super().pixelMetric(metric, option, widget)

    def _paint_button(self, look: str, option: QStyleOption, painter: QPainter) -> None:
        palette = option.palette
        enabled = bool(option.state & _State.State_Enabled)
        pen: QPen | None = None
        if not enabled and look != CHOICE:
            fill = palette.color(_Role.Button)
        elif _is_filled(look, option):
            fill = palette.color(_Role.Highlight)
            if look == CHOICE:
                pen = QPen(fill, 2)
        else:
            fill = palette.color(_Role.Button)
            pen = QPen(palette.color(_Role.Mid), 1)
        if option.state & _State.State_Sunken:
            fill = fill.darker(115)
        _rounded(painter, QRectF(option.rect), _PADDING[look][2], fill, pen)

    @staticmethod
    def _on_fill(option: QStyleOption, role: QPalette.ColorRole, filled: bool) -> QStyleOption:
        """``option`` with its text in the colour that reads on a filled face."""
        if not filled:
            return option
        changed = type(option)(option)
        palette = QPalette(option.palette)
        enabled = bool(option.state & _State.State_Enabled)
        text = palette.color(_Role.HighlightedText if enabled else _Role.PlaceholderText)
        palette.setColor(role, text)
        changed.palette = palette
        return changed
