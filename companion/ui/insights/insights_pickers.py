"""The two pickers above the charts: the time to look back on, and how to group check-ins."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from companion.core.insights import Breakdown, Window
from companion.ui.insights.insights_text import breakdown_labels, window_labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightsView", text)


def window_picker(parent: QWidget, current: Window) -> QComboBox:
    """The time windows, ``current`` chosen."""
    box = QComboBox(parent)
    box.setObjectName("insightsWindow")
    for window, label in window_labels().items():
        box.addItem(label, window.value)
    box.setCurrentIndex(list(Window).index(current))
    box.setAccessibleName(_tr("Time to look back on"))
    return box


def breakdown_picker(parent: QWidget) -> QComboBox:
    """The groupings of the state chart, the time of day explained in its tooltip."""
    box = QComboBox(parent)
    box.setObjectName("insightsBreakdown")
    box.setAccessibleName(_tr("How to group the check-ins"))
    for breakdown, label in breakdown_labels().items():
        box.addItem(label, breakdown.value)
    box.setItemData(
        list(Breakdown).index(Breakdown.DAY_PART),
        _tr(
            "Night 0-6, morning 6-12, afternoon 12-18, evening 18-24, "
            "in the local time of each check-in."
        ),
        Qt.ItemDataRole.ToolTipRole,
    )
    return box
