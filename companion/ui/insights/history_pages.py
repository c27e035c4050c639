"""The rows History has reached, with only a few pages of them held in memory.

The list grows a page at a time as it scrolls (keyset pages, see ``storage.history_queries``).
For every page reached it keeps where the page starts and how many rows it lists; the entries
themselves are kept for at most ``keep_pages`` pages, the ones used last. A page dropped from
memory is read again, between the same bounds, when it is needed: scrolling all the way down
a list of a million entries holds as much as the first screen.

Plain Python, no Qt: the model (``history_model``) tells the view what changed.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Callable

from companion.services.history import HistoryEntry, HistoryPage, Key, SortKey

#: Pages whose entries stay in memory (the rest are read again when shown).
KEEP_PAGES = 8

Fetch = Callable[[SortKey | None], HistoryPage]


class PageWindow:
    """Pages reached so far: bounds and row counts for all, entries for a few."""

    def __init__(self, fetch: Fetch, keep_pages: int = KEEP_PAGES) -> None:
        self._fetch = fetch
        self._keep = max(2, keep_pages)
        self.hidden: set[Key] = set()
        self.reset(done=False)

    def reset(self, *, done: bool) -> None:
        """Forget every page (``done``: there is nothing to list)."""
        self._starts: list[SortKey | None] = []  # page p lists keys < starts[p]
        self._ends: list[int] = []  # row after the last of page p
        self._cache: OrderedDict[int, list[HistoryEntry]] = OrderedDict()
        self.next: SortKey | None = None  # where the next page starts
        self.done = done

    # ------------------------------------------------------------------ size and places
    def rows(self) -> int:
        return self._ends[-1] if self._ends else 0

    def pages(self) -> int:
        return len(self._starts)

    def held(self) -> int:
        """How many entries are in memory now."""
        return sum(len(page) for page in self._cache.values())

    def first_row(self, page: int) -> int:
        return self._ends[page - 1] if page else 0

    def locate(self, row: int) -> tuple[int, int]:
        """(page, index in page) of a row; the row must be listed."""
        page = bisect.bisect_right(self._ends, row)
        return page, row - self.first_row(page)

    # ------------------------------------------------------------------ reading
    def read_next(self) -> tuple[SortKey | None, HistoryPage]:
        """Read the page after the last one reached (``add`` lists it)."""
        return self.next, self._fetch(self.next)

    def add(self, start: SortKey | None, result: HistoryPage) -> list[HistoryEntry]:
        """List a page read by ``read_next``; returns its entries (may be none)."""
        if result.cursor is not None:
            self.next = result.cursor
        self.done = result.last
        entries = [e for e in result.entries if e.key not in self.hidden]
        self._starts.append(start)
        self._ends.append(self.rows() + len(entries))
        self._remember(len(self._starts) - 1, entries)
        return entries

    def page(self, page: int) -> list[HistoryEntry]:
        """A page's entries, read again between its bounds when not in memory."""
        cached = self._cache.get(page)
        if cached is not None:
            self._cache.move_to_end(page)
            return cached
        entries = self._read(page)
        self._remember(page, entries)
        return entries

    def entry(self, row: int) -> HistoryEntry | None:
        """The entry on ``row`` (None when the store changed under the list)."""
        if not 0 <= row < self.rows():
            return None
        page, index = self.locate(row)
        entries = self.page(page)
        return entries[index] if index < len(entries) else None

    def _read(self, page: int) -> list[HistoryEntry]:
        bound = self._starts[page + 1] if page + 1 < len(self._starts) else self.next
        result = self._fetch(self._starts[page])
        return [
            e
            for e in result.entries
            if e.key not in self.hidden and (bound is None or e.sort_key >= bound)
        ]

    def _remember(self, page: int, entries: list[HistoryEntry]) -> None:
        self._cache[page] = entries
        self._cache.move_to_end(page)
        while len(self._cache) > self._keep:
            self._cache.popitem(last=False)

    # ------------------------------------------------------------------ finding
    def find(self, key: Key, *, everywhere: bool = False) -> int | None:
        """The row of the entry with ``key`` among the pages in memory (or all pages)."""
        pages = range(self.pages()) if everywhere else list(self._cache)
        for page in pages:
            entries = self._cache.get(page)
            if entries is None:
                entries = self._read(page)
            for index, entry in enumerate(entries):
                if entry.key == key:
                    return self.first_row(page) + index
        return None

    def page_for(self, entry: HistoryEntry) -> int | None:
        """The page an entry belongs on, or None when the list has not reached it yet.

        Page p lists the keys from where page p + 1 starts up to (not including) its own
        start; the last page reaches down to ``next``, or to the end once ``done``."""
        for page in range(self.pages()):
            last = page + 1 == self.pages()
            bound = self.next if last else self._starts[page + 1]
            if (last and self.done) or (bound is not None and entry.sort_key >= bound):
                return page
        return None

    # ------------------------------------------------------------------ changes
    def remove(self, row: int) -> HistoryEntry | None:
        """Take one row out of the list (not the store)."""
        page, index = self.locate(row)
        entries = self.page(page)
        taken = entries.pop(index) if index < len(entries) else None
        self._shift(page, -1)
        return taken

    def place(self, entry: HistoryEntry, page: int) -> int:
        """The row an entry would have on its page, in order."""
        entries = self.page(page)
        index = 0
        while index < len(entries) and entries[index].sort_key > entry.sort_key:
            index += 1
        return self.first_row(page) + index

    def insert(self, entry: HistoryEntry, page: int, row: int) -> None:
        """Put an entry back on its page at ``row`` (from ``place``)."""
        self.page(page).insert(row - self.first_row(page), entry)
        self._shift(page, +1)

    def replace(self, row: int, entry: HistoryEntry) -> None:
        page, index = self.locate(row)
        entries = self.page(page)
        if index < len(entries):
            entries[index] = entry

    def _shift(self, page: int, by: int) -> None:
        for p in range(page, len(self._ends)):
            self._ends[p] += by
