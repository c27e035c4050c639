"""The history list's model: entries of every kind a page at a time, notes edited in place.

The entries come from the history service; a soft delete hides rows here before the service
deletes them (see ``history_view``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from companion.core.states import (
    MAX_NOTE_CHARS,
    StateId,
    clamp_intensity,
    note_length,
)
from companion.services.history import (
    KINDS,
    HistoryEntry,
    HistoryFilter,
    HistoryKind,
    HistoryPage,
    HistoryService,
    HistoryWriteError,
    Key,
    SortKey,
)
from companion.services.storage_errors import StorageProblem
from companion.ui.insights.history_pages import KEEP_PAGES, PageWindow
from companion.ui.insights.history_text import (
    details_text,
    kind_text,
    not_deleted_text,
    not_saved_text,
    state_text,
    write_problem_text,
)
from companion.ui.shell.labels import context_label, tag_label

#: Entries read from the store at a time (more load as the list scrolls).
PAGE_SIZE = 200
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
})  # fmt: skip


@dataclass(frozen=True)
class CheckinEdit:
    """The fields of a check-in the edit dialog saves (tag and context may be None)."""

    state: str
    intensity: int
    tag: str | None
    context: str | None
    note: str


class HistoryModel(QAbstractTableModel):
    """Check-ins, breaks and sessions, newest first, loaded a page at a time; at most
    ``keep_pages`` pages of entries are held in memory however far the list scrolls."""

    COLUMNS = ("when", "type", "state", "tag", "context", "details", "note")
    TAG_COLUMN = 3
    CONTEXT_COLUMN = 4
    DETAILS_COLUMN = 5
    NOTE_COLUMN = 6
    #: Emitted with a user-fit message when the store refused a change.
    writeFailed = Signal(str)
    #: Emitted with the note's length when an edited note is over MAX_NOTE_CHARS (not saved).
    noteTooLong = Signal(int)

    def __init__(
        self,
        history: HistoryService,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
        keep_pages: int = KEEP_PAGES,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._page = page_size
        self._shown = HistoryFilter()
        self._pages = PageWindow(self._fetch, keep_pages)
        self._drafts: dict[Key, str] = {}  # notes refused as too long, kept for the next edit
        self._writing = False
        self._dirty = False
        self.reload()

    # ------------------------------------------------------------------ filter and loading
    def set_filter(
        self,
        kinds: Iterable[HistoryKind | str] = KINDS,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> None:
        """Show only these kinds, from ``since`` (inclusive) to ``until`` (exclusive)."""
        self._shown = HistoryFilter(
            frozenset(HistoryKind(k) for k in kinds if k in KINDS), since, until
        )
        self.reload()

    def reload(self) -> None:
        """Start again from the newest entry (keeps entries hidden by a pending delete out)."""
        self.beginResetModel()
        self._pages.reset(done=not self._shown.kinds)
        self._dirty = False
        if not self._pages.done:
            self._pages.add(*self._pages.read_next())
        self.endResetModel()

    def _fetch(self, cursor: SortKey | None) -> HistoryPage:
        return self._history.page(self._shown, cursor, self._page)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._pages.done

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._pages.done:
            return
        start = self._pages.rows()
        cursor, result = self._pages.read_next()
        listed = [e for e in result.entries if e.key not in self._pages.hidden]
        if listed:
            self.beginInsertRows(QModelIndex(), start, start + len(listed) - 1)
        self._pages.add(cursor, result)
        if listed:
            self.endInsertRows()

    def held(self) -> int:
        """How many entries are in memory (at most ``keep_pages`` pages of them)."""
        return self._pages.held()

    # ------------------------------------------------------------------ soft delete
    def hide(self, keys: Iterable[Key]) -> list[HistoryEntry]:
        """Take entries out of the list (not the store); returns what was taken out."""
        wanted = list(dict.fromkeys(keys))
        taken = []
        for key in wanted:
            row = self._pages.find(key)
            if row is None:  # scrolled out of memory: look on every page reached
                row = self._pages.find(key, everywhere=True)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            entry = self._pages.remove(row)
            self.endRemoveRows()
            if entry is not None:
                taken.append(entry)
        self._pages.hidden |= set(wanted)
        return sorted(taken, key=lambda e: e.sort_key, reverse=True)

    def unhide(self, entries: Iterable[HistoryEntry]) -> None:
        """Put entries back where they belong (if the list has reached that far)."""
        for entry in entries:
            page = self._pages.page_for(entry) if self._shown.passes(entry) else None
            if page is not None:
                self._pages.page(page)  # in memory while the entry is still hidden
            self._pages.hidden.discard(entry.key)
            if page is None:
                continue  # filtered out, or a later fetchMore brings it
            row = self._pages.place(entry, page)
            self.beginInsertRows(QModelIndex(), row, row)
            self._pages.insert(entry, page, row)
            self.endInsertRows()

    def forget_hidden(self, keys: Iterable[Key]) -> None:
        """The hidden entries are gone from the store; stop tracking them."""
        self._pages.hidden -= set(keys)

    # ------------------------------------------------------------------ store writes
    def delete_from_store(self, keys: Iterable[Key]) -> list[Key]:
        """Delete for real; returns the keys that could not be deleted (store errors)."""
        failed = []
        self._writing = True
        try:
            for key in keys:
                try:
                    self._history.delete(key)
                except HistoryWriteError as exc:  # tell the user, keep the entry
                    failed.append(key)
                    self.writeFailed.emit(not_deleted_text(exc.reason))
        finally:
            self._writing = False
        return failed

    def store_changed(self, table: str) -> None:
        """Someone else wrote: the list is out of date (reloaded by the view when shown)."""
        if not self._writing:
            self._dirty = True

    def is_stale(self) -> bool:
        return self._dirty

    # ------------------------------------------------------------------ Qt model API
    def entry(self, row: int) -> HistoryEntry:
        """The entry on a listed row (read again when scrolled out of memory)."""
        entry = self._pages.entry(row)
        if entry is None:
            raise IndexError(f"row {row} is not listed")
        return entry

    def entries(self) -> list[HistoryEntry]:
        """Every listed entry, newest first (pages out of memory are read again)."""
        found = (self._pages.entry(row) for row in range(self._pages.rows()))
        return [e for e in found if e is not None]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._pages.rows()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"), self.tr("What"), self.tr("State"), self.tr("Pattern"),
            self.tr("Situation"), self.tr("Details"), self.tr("Note"),
        )[section]  # fmt: skip

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.NOTE_COLUMN:
            entry = self._pages.entry(index.row())
            if entry is not None and entry.kind is HistoryKind.CHECKIN:
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        entry = self._pages.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.NOTE_COLUMN:
            return self.note_draft(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE_COLUMN and entry.note:
            return entry.note
        if role == Qt.ItemDataRole.UserRole:
            return entry.key
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            local = entry.when
            qdate = QDate(local.year, local.month, local.day)
            qtime = QTime(local.hour, local.minute)
            locale = QLocale()
            return (
                f"{locale.toString(qdate, locale.FormatType.ShortFormat)} "
                f"{locale.toString(qtime, locale.FormatType.ShortFormat)}"
            )
        if column == 1:
            return kind_text(entry.kind, entry.role)
        if column == 2:
            return state_text(entry)
        if column == self.TAG_COLUMN:
            return tag_label(entry.tag)
        if column == self.CONTEXT_COLUMN:
            return context_label(entry.context)
        if column == self.DETAILS_COLUMN:
            return details_text(entry, QLocale())
        return entry.note.replace("\n", " ⏎ ")

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        """Save an edited note at once (trimmed). A note over MAX_NOTE_CHARS is not saved:
        ``noteTooLong`` says how long it is, and the text is kept for the next edit."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        entry = self.entry(index.row())
        note = str(value or "").strip()
        if note_length(note) > MAX_NOTE_CHARS:
            self._drafts[entry.key] = note
            self.noteTooLong.emit(note_length(note))
            return False
        self._drafts.pop(entry.key, None)
        if note == entry.note:
            return False
        problem = self._save(entry.id, replace(self.edit_of(entry), note=note))
        if problem is not None:
            self.writeFailed.emit(not_saved_text(problem))
        return problem is None

    def note_draft(self, entry: HistoryEntry) -> str:
        """The note to start editing from: a refused, too long text if there is one."""
        return self._drafts.get(entry.key, entry.note)

    @staticmethod
    def edit_of(entry: HistoryEntry) -> CheckinEdit:
        """The editable fields of a check-in entry as they are saved now."""
        return CheckinEdit(
            state=entry.state or StateId.SETTLED.value,
            intensity=entry.intensity or 0,
            tag=entry.tag,
            context=entry.context,
            note=entry.note,
        )

    def save_checkin(self, checkin_id: int, edit: CheckinEdit) -> str | None:
        """Write a check-in's changed fields to the store and show them; None when saved,
        else why not, in the user's language (nothing on screen changes then)."""
        problem = self._save(checkin_id, edit)
        return None if problem is None else write_problem_text(problem)

    def _save(self, checkin_id: int, edit: CheckinEdit) -> StorageProblem | None:
        row = self._pages.find((HistoryKind.CHECKIN, checkin_id))
        entry = self._pages.entry(row) if row is not None else None
        intensity = clamp_intensity(edit.state, edit.intensity)
        edit = replace(edit, intensity=intensity, note=edit.note.strip())
        changes = {
            "state": edit.state, "intensity": edit.intensity, "tag": edit.tag,
            "context": edit.context, "note": edit.note,
        }  # fmt: skip
        if entry is not None:
            old = self.edit_of(entry)
            changes = {k: v for k, v in changes.items() if getattr(old, k) != v}
            if not changes:
                return None
        self._writing = True
        try:
            self._history.update_checkin(checkin_id, changes)
        except HistoryWriteError as exc:  # keep what is on screen, say why
            return exc.reason
        finally:
            self._writing = False
        self._drafts.pop((HistoryKind.CHECKIN, checkin_id), None)
        if row is None or entry is None:
            return None  # not in memory: its page is read again, from the store, when shown
        self._pages.replace(row, replace(
            entry, state=edit.state, intensity=edit.intensity, tag=edit.tag,
            context=edit.context, note=edit.note,
        ))  # fmt: skip
        self.dataChanged.emit(
            self.index(row, 0), self.index(row, len(self.COLUMNS) - 1),
            [Qt.ItemDataRole.DisplayRole],
        )  # fmt: skip
        return None


class PendingDeletes:
    """Entries deleted on screen but not yet in the store. Plain Python on purpose: it is
    committed from the view's ``destroyed`` signal, when the view itself is already gone."""

    def __init__(self, model: HistoryModel) -> None:
        self.model = model
        self.entries: list[HistoryEntry] = []
        self.started = 0.0

    def commit(self) -> list[HistoryEntry]:
        """Delete the pending entries from the store; returns those the store refused."""
        entries, self.entries = self.entries, []
        if not entries:
            return []
        failed = set(self.model.delete_from_store([e.key for e in entries]))
        self.model.forget_hidden(e.key for e in entries if e.key not in failed)
        return [e for e in entries if e.key in failed]
