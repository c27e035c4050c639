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
    HistoryService,
    Key,
    SortKey,
    StorageError,
)
from companion.ui.insights.history_text import details_text, kind_text, state_text
from companion.ui.shell.labels import context_label, tag_label

#: Entries read from the store at a time (more load as the list scrolls).
PAGE_SIZE = 200


@dataclass(frozen=True)
class CheckinEdit:
    """The fields of a check-in the edit dialog saves (tag and context may be None)."""

    state: str
    intensity: int
    tag: str | None
    context: str | None
    note: str


class HistoryModel(QAbstractTableModel):
    """Check-ins, breaks and sessions, newest first, loaded a page at a time."""

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
        self, history: HistoryService, parent: QObject | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._page = page_size
        self._shown = HistoryFilter()
        self._rows: list[HistoryEntry] = []
        self._cursor: SortKey | None = None
        self._done = False
        self._hidden: set[Key] = set()
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
        self._rows = []
        self._cursor = None
        self._done = not self._shown.kinds
        self._dirty = False
        self._load_page()
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        start = len(self._rows)
        page = self._next_page()
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _load_page(self) -> None:
        self._rows.extend(self._next_page())

    def _next_page(self) -> list[HistoryEntry]:
        """The next page in (time, rank, id) descending order, merged from the three kinds."""
        if self._done:
            return []
        page = self._history.page(self._shown, self._cursor, self._page)
        if page.cursor is not None:
            self._cursor = page.cursor
        self._done = page.last
        return [e for e in page.entries if e.key not in self._hidden]

    # ------------------------------------------------------------------ soft delete
    def hide(self, keys: Iterable[Key]) -> list[HistoryEntry]:
        """Take entries out of the list (not the store); returns what was taken out."""
        wanted = set(keys)
        taken = []
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].key in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                taken.append(self._rows.pop(row))
                self.endRemoveRows()
        self._hidden |= wanted
        return taken[::-1]

    def unhide(self, entries: Iterable[HistoryEntry]) -> None:
        """Put entries back where they belong (if that part of the list is loaded)."""
        for entry in entries:
            self._hidden.discard(entry.key)
            if not self._shown.passes(entry):
                continue
            loaded_to = self._rows[-1].sort_key if self._rows else None
            if not self._done and (loaded_to is None or entry.sort_key < loaded_to):
                continue  # a later fetchMore brings it
            row = 0
            while row < len(self._rows) and self._rows[row].sort_key > entry.sort_key:
                row += 1
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, entry)
            self.endInsertRows()

    def forget_hidden(self, keys: Iterable[Key]) -> None:
        """The hidden entries are gone from the store; stop tracking them."""
        self._hidden -= set(keys)

    # ------------------------------------------------------------------ store writes
    def delete_from_store(self, keys: Iterable[Key]) -> list[Key]:
        """Delete for real; returns the keys that could not be deleted (store errors)."""
        failed = []
        self._writing = True
        try:
            for key in keys:
                try:
                    self._history.delete(key)
                except StorageError as exc:  # tell the user, keep the entry
                    failed.append(key)
                    self.writeFailed.emit(str(exc))
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
        return self._rows[row]

    def entries(self) -> list[HistoryEntry]:
        """The loaded entries, newest first."""
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        if (
            index.isValid()
            and index.column() == self.NOTE_COLUMN
            and self._rows[index.row()].kind is HistoryKind.CHECKIN
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
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
        entry = self._rows[index.row()]
        note = str(value or "").strip()
        if note_length(note) > MAX_NOTE_CHARS:
            self._drafts[entry.key] = note
            self.noteTooLong.emit(note_length(note))
            return False
        self._drafts.pop(entry.key, None)
        if note == entry.note:
            return False
        problem = self.save_checkin(entry.id, replace(self.edit_of(entry), note=note))
        if problem is not None:
            self.writeFailed.emit(problem)
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
        else the store's message (nothing on screen changes then)."""
        row = next(
            (i for i, e in enumerate(self._rows) if e.key == (HistoryKind.CHECKIN, checkin_id)),
            None,
        )
        entry = self._rows[row] if row is not None else None
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
            self._history.checkins.update(checkin_id, changes)
        except StorageError as exc:  # keep what is on screen, say why
            return str(exc)
        finally:
            self._writing = False
        self._drafts.pop((HistoryKind.CHECKIN, checkin_id), None)
        if row is None or entry is None:
            self._dirty = True  # not loaded: the next reload shows it
            return None
        self._rows[row] = replace(
            entry, state=edit.state, intensity=edit.intensity, tag=edit.tag,
            context=edit.context, note=edit.note,
        )  # fmt: skip
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
