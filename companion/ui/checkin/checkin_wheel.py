"""The check-in wheel: one click (or two keys) says which protective state and how strongly.

Four segments (fight, flight, freeze, fawn) sit around a settled centre; the further out, the
stronger. Everything is painted as vectors on each repaint (crisp at any DPI and size), every
state carries a label and a symbol besides its colour, and screen readers see one child per
segment with a name and a description.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from companion.core.states import (
    DEFAULT_INTENSITY,
    PROTECTIVE_STATES,
    Guidance,
    StateId,
    clamp_intensity,
)
from companion.ui.checkin import wheel_words
from companion.ui.checkin.wheel_access import chosen_index, install_wheel_accessibility
from companion.ui.checkin.wheel_geometry import WheelGeometry
from companion.ui.checkin.wheel_labels import PlacedLabel
from companion.ui.checkin.wheel_marks import label_font, label_layout
from companion.ui.checkin.wheel_paint import Cell, outline_path, paint_wheel
from companion.ui.shell.labels import state_label

__all__ = ["CheckinWheel"]

_KEY_STATES: Mapping[int, StateId] = {
    Qt.Key.Key_1: StateId.FIGHT,
    Qt.Key.Key_2: StateId.FLIGHT,
    Qt.Key.Key_3: StateId.FREEZE,
    Qt.Key.Key_4: StateId.FAWN,
    Qt.Key.Key_0: StateId.SETTLED,
}
_UP_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up)
_DOWN_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore, Qt.Key.Key_Down)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CheckinWheel(QWidget):
    """Pick a protective state and its strength; Enter (or the view's Save) submits it.

    Signals carry stable state ids; ``hovered`` sends ``("", 0)`` when the pointer leaves,
    and ``selectionChanged`` sends ``("", 0)`` after :meth:`clear`.
    """

    selectionChanged = Signal(str, int)
    hovered = Signal(str, int)
    submitted = Signal(str, int)

    def __init__(
        self, guidance: Mapping[StateId, Guidance] | None = None, parent: QWidget | None = None
    ) -> None:
        install_wheel_accessibility(CheckinWheel)
        super().__init__(parent)
        self.setObjectName("checkinWheel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._guidance: dict[StateId, Guidance] = dict(guidance or {})
        self._state: StateId | None = None
        self._intensity = 0
        self._hover: tuple[StateId, int] | None = None
        self._update_accessible_description()

    # ------------------------------------------------------------------ public API
    def state(self) -> str | None:
        """The chosen state's id, or None while nothing is chosen."""
        return self._state.value if self._state is not None else None

    def intensity(self) -> int:
        """The chosen strength: 1-5, 0 for settled or while nothing is chosen."""
        return self._intensity

    def set_selection(self, state: str, intensity: int) -> None:
        """Choose ``state`` at ``intensity`` (kept within 1-5; settled is always 0)."""
        sid = StateId(state)
        level = clamp_intensity(sid, intensity)
        if (sid, level) == (self._state, self._intensity):
            return
        self._state, self._intensity = sid, level
        self._selection_changed()

    def clear(self) -> None:
        """Forget the choice, as for a fresh check-in."""
        if self._state is None:
            return
        self._state, self._intensity = None, 0
        self._selection_changed()

    def set_guidance(self, guidance: Mapping[StateId, Guidance] | None) -> None:
        """Use these descriptions and body signs (None: no body signs, the wheel still works)."""
        self._guidance = dict(guidance or {})
        self._update_accessible_description()
        self.update()

    def hover(self) -> tuple[str, int] | None:
        """The cell under the pointer, if any."""
        return (self._hover[0].value, self._hover[1]) if self._hover else None

    def set_hover(self, state: str | None, intensity: int = 0) -> None:
        """Show ``state`` at ``intensity`` as pointed at (None: nothing); emits ``hovered``."""
        new = None if state is None else (StateId(state), clamp_intensity(state, intensity))
        if new == self._hover:
            return
        self._hover = new
        self.update()
        if new is None:
            self.setToolTip("")
            self.hovered.emit("", 0)
        else:
            self.setToolTip(self._tooltip(new[0].value, new[1]))
            self.hovered.emit(new[0].value, new[1])

    def submit(self) -> bool:
        """Emit ``submitted`` for the current choice; False when nothing is chosen."""
        if self._state is None:
            return False
        self.submitted.emit(self._state.value, self._intensity)
        return True

    def strength_text(self, intensity: int) -> str:
        """How a strength reads in words, e.g. "strong (4 of 5)"."""
        return wheel_words.strength_text(intensity)

    def cell_name(self, state: str, intensity: int) -> str:
        """What a screen reader calls a cell: "Freeze, strength 4 of 5", or "Settled"."""
        return wheel_words.cell_name(StateId(state), intensity)

    def describe(self, state: str) -> str:
        """What a screen reader or tooltip says about a segment: signs, and the choice if any."""
        return wheel_words.describe(StateId(state), self._chosen(), self._guidance)

    # ------------------------------------------------------------------ geometry
    def _geometry(self) -> WheelGeometry:
        return WheelGeometry.for_size(self.width(), self.height())

    def _label_font(self, g: WheelGeometry) -> QFont:
        return label_font(self.font(), g)

    def label_layout(self) -> dict[StateId, PlacedLabel]:
        """The state names as painted: one shared size, each within its own segment."""
        return label_layout(self.font(), self._geometry())

    def cell_center(self, state: str, intensity: int) -> QPointF:
        """The middle of a cell in widget coordinates (the centre point for settled)."""
        return self._geometry().cell_center(StateId(state), intensity)

    def hit_test(self, pos: QPointF | QPoint) -> tuple[str, int] | None:
        """Which (state id, intensity) a point in widget coordinates falls on, or None."""
        return self._geometry().hit(QPointF(pos))

    def cell_rect(self, state: str, intensity: int) -> QRect:
        """The bounding box of one cell (the centre disc for settled) in widget coordinates."""
        sid = StateId(state)
        path = outline_path(self._geometry(), sid, clamp_intensity(sid, intensity))
        return path.boundingRect().toAlignedRect()

    def segment_rect(self, state: str) -> QRect:
        """The bounding box of a segment in widget coordinates."""
        return self._geometry().segment_path(StateId(state)).boundingRect().toAlignedRect()

    # ------------------------------------------------------------------ size
    def sizeHint(self) -> QSize:
        side = max(340, round(QFontMetricsF(self.font()).height() * 22))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = max(260, round(QFontMetricsF(self.font()).height() * 16))
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_wheel(
            painter,
            self._geometry(),
            self.palette(),
            self.font(),
            chosen=self._chosen(),
            hover=self._hover,
            focused=self.hasFocus(),
        )
        painter.end()

    def _chosen(self) -> Cell | None:
        return (self._state, self._intensity) if self._state is not None else None

    # ------------------------------------------------------------------ input
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _KEY_STATES:
            sid = _KEY_STATES[key]
            keep = self._state not in (None, StateId.SETTLED)
            self.set_selection(sid, self._intensity if keep else DEFAULT_INTENSITY)
        elif key in _UP_KEYS or key in _DOWN_KEYS:
            if self._state not in (None, StateId.SETTLED):
                assert self._state is not None
                step = 1 if key in _UP_KEYS else -1
                self.set_selection(self._state, self._intensity + step)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self._turn(1 if key == Qt.Key.Key_Right else -1)
        elif key in _ENTER_KEYS:
            if not self.submit():
                event.ignore()
                return
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _turn(self, step: int) -> None:
        """Left/Right move to the neighbouring segment (clockwise for Right)."""
        if self._state in PROTECTIVE_STATES:
            assert self._state is not None
            index = (PROTECTIVE_STATES.index(self._state) + step) % len(PROTECTIVE_STATES)
            self.set_selection(PROTECTIVE_STATES[index], self._intensity)
        else:
            first = PROTECTIVE_STATES[0] if step > 0 else PROTECTIVE_STATES[-1]
            self.set_selection(first, DEFAULT_INTENSITY)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        hit = self.hit_test(event.position())
        if hit is not None:
            self.set_selection(*hit)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_test(event.position())
        if hit is None:
            self.set_hover(None)
        else:
            self.set_hover(*hit)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.set_hover(None)
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._notify_accessible_focus()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        # Tie the tooltip to the cell under the pointer, so moving to another cell refreshes it.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_test(event.pos())
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                cell = outline_path(self._geometry(), StateId(hit[0]), hit[1])
                QToolTip.showText(
                    event.globalPos(),
                    self._tooltip(*hit),
                    self,
                    cell.boundingRect().toAlignedRect(),
                )
            return True
        return super().event(event)

    def _tooltip(self, state: str, intensity: int) -> str:
        return wheel_words.tooltip(StateId(state), intensity, self._guidance)

    # ------------------------------------------------------------------ accessibility
    def _selection_changed(self) -> None:
        self.update()
        self._update_accessible_description()
        self._notify_accessible_focus()
        self.selectionChanged.emit(self.state() or "", self._intensity)

    def _update_accessible_description(self) -> None:
        howto = self.tr(
            "Keys 1 to 4 choose fight, flight, freeze or fawn, and 0 settled. "
            "Plus and minus change the strength. Enter saves."
        )
        if self._state is None:
            self.setAccessibleName(self.tr("Check-in wheel, nothing chosen yet"))
            self.setAccessibleDescription(howto)
            return
        self.setAccessibleName(
            self.tr("Check-in wheel, chosen: {choice}").format(
                choice=self.cell_name(self._state.value, self._intensity)
            )
        )
        chosen = state_label(self._state)
        if self._state is not StateId.SETTLED:
            chosen = f"{chosen}, {self.strength_text(self._intensity)}"
        self.setAccessibleDescription(
            self.tr("Chosen: {choice}.").format(choice=chosen) + " " + howto
        )

    def _notify_accessible_focus(self) -> None:
        if not QAccessible.isActive() or self._state is None or not self.hasFocus():
            return
        index = chosen_index(self)
        if index is None:
            return
        event = QAccessibleEvent(self, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)
