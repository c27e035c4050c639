"""A pytest plugin: tests record measured figures; the run ends with one line per figure.

Register it once in ``tests/conftest.py`` with ``pytest_plugins = ["helpers.figures"]``.
Tests then ask for a fixture:

- ``record_figure(name, text)`` sets the line ``name: text`` (a later call replaces it);
- ``figure_counts.add(name, what, n)`` adds ``n`` to a running count, printed as
  ``name: 2400 inputs, 0 tracebacks`` (counts keep the order in which they were first named).

At the end of the run a "figures" section prints every line, e.g.
``kill test: 50/50 recovered, 0 check-ins lost``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

__all__ = ["FigureBook", "figure_counts", "record_figure"]


@dataclass
class FigureBook:
    """Every figure of one run, in the order they were first recorded."""

    texts: dict[str, str] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)

    def _name(self, name: str) -> None:
        if name not in self.order:
            self.order.append(name)

    def record(self, name: str, text: str) -> None:
        """Set the line for ``name``."""
        self._name(name)
        self.texts[name] = text

    def add(self, name: str, what: str, n: int = 1) -> None:
        """Add ``n`` to the count ``what`` of figure ``name`` (naming it with 0 is fine)."""
        self._name(name)
        tally = self.counts.setdefault(name, {})
        tally[what] = tally.get(what, 0) + n

    def count(self, name: str, what: str) -> int:
        return self.counts.get(name, {}).get(what, 0)

    def lines(self) -> list[str]:
        out = []
        for name in self.order:
            if name in self.texts:
                out.append(f"{name}: {self.texts[name]}")
            else:
                tally = self.counts.get(name, {})
                out.append(f"{name}: " + ", ".join(f"{n} {what}" for what, n in tally.items()))
        return out


_BOOK = pytest.StashKey[FigureBook]()


def book_of(config: pytest.Config) -> FigureBook:
    """The figure book of this run (made on first use)."""
    book = config.stash.get(_BOOK, None)
    if book is None:
        book = FigureBook()
        config.stash[_BOOK] = book
    return book


@pytest.fixture
def record_figure(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """``record_figure("kill test", "50/50 recovered, 0 check-ins lost")``."""
    return book_of(request.config).record


@pytest.fixture(scope="session")
def figure_counts(request: pytest.FixtureRequest) -> FigureBook:
    """Running counts summed over many tests: ``figure_counts.add("fuzz", "inputs")``."""
    return book_of(request.config)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    lines = book_of(config).lines()
    if not lines:
        return
    terminalreporter.section("figures")
    for line in lines:
        terminalreporter.write_line(line)
