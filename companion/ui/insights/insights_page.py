"""The Insights area: the charts, and the history of everything saved."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from companion.core.clock import Clock
from companion.services.history import HistoryService
from companion.services.insights import InsightsService
from companion.ui.insights.history_view import HistoryView
from companion.ui.insights.insights_view import InsightsView
from companion.ui.shell.named_tab_bar import NamedTabBar


class InsightsPage(QTabWidget):
    """Two tabs: how often each state comes up, and the list of entries."""

    def __init__(
        self,
        insights: InsightsService,
        history: HistoryService,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self.setAccessibleName(self.tr("Insights"))
        # The list of tabs says what it holds, not the name of the tab that is open.
        self.setTabBar(NamedTabBar(self.tr("Insights"), self))
        self.insights = InsightsView(insights, clock, self)
        self.history = HistoryView(history, clock, self)
        self.addTab(self.insights, self.tr("Charts"))
        self.addTab(self.history, self.tr("History"))
