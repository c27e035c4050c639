"""Charts are drawn at once in these tests: pyqtgraph is loaded up front, as it is after the
first opening of Insights in a session. The first opening itself (pyqtgraph loaded on its own
thread while the page says it is drawing) runs in a fresh interpreter, see
``test_chart_loading.py``."""

import pyqtgraph  # type: ignore[import-untyped]  # noqa: F401
