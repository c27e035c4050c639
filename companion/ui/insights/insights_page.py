"""The Insights area: the charts, and the history of everything saved.

History is built the first time its tab is chosen (or asked for): opening Insights then
costs only the charts, not also a first page of entries read from the store.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

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
        self._history_service = history
        self._clock = clock
        self._history: HistoryView | None = None
        self.insights = InsightsView(insights, clock, self)
        #: The History tab's page; the list itself is made in it when first needed.
        self.history_tab = QWidget(self)
        self.history_tab.setObjectName("historyTab")
        self._history_layout = QVBoxLayout(self.history_tab)
        self._history_layout.setContentsMargins(0, 0, 0, 0)
        self.addTab(self.insights, self.tr("Charts"))
        self.addTab(self.history_tab, self.tr("History"))
        self.currentChanged.connect(self._on_tab_chosen)

    @property
    def history(self) -> HistoryView:
        """The History list (made now if this is the first time it is needed)."""
        return self._ensure_history()

    def _ensure_history(self) -> HistoryView:
        if self._history is None:
            self._history = HistoryView(self._history_service, self._clock, self.history_tab)
            self._history_layout.addWidget(self._history)
            if self.history_tab.isVisible():
                self._history.show()
        return self._history

    def history_built(self) -> bool:
        """True once the History list exists (its tab was chosen, or it was asked for)."""
        return self._history is not None

    def _on_tab_chosen(self, index: int) -> None:
        if self.widget(index) is self.history_tab:
            self._ensure_history()
