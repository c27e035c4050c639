"""History: every check-in, break and practice session, newest first, filtered by type and date.

A check-in can be changed later: its note in place, or everything (state, strength, tag,
situation and note) in a small dialog opened with Edit…, a double-click or Enter. A note over
the limit is refused with its length shown, and what was typed is kept.

Deleting is a *soft* delete with an undo bar: the rows leave the list at once, but the store
deletes them only when the undo time runs out, the view is hidden or destroyed, or
``commit_pending()`` is called. If the app is killed during those few seconds the entries are
still on disk and show up again at the next start: a kill can bring back something the user
just deleted, never lose something they kept.

The list reads the store a page at a time (keyset pages over the indexed time columns), so it
opens and scrolls at once with 100,000 rows.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.breathing import PRESETS
from companion.core.clock import Clock
from companion.core.insights import (
    BreakOutcome,
    DurationUnit,
    Window,
    classify_break,
    practice_amount,
)
from companion.core.states import (
    CONTEXT_LABELS,
    DEFAULT_INTENSITY,
    MAX_INTENSITY,
    MAX_NOTE_CHARS,
    MIN_INTENSITY,
    SETTLED_INTENSITY,
    TAG_LABELS,
    Context,
    PatternTag,
    StateId,
    clamp_intensity,
    note_length,
)
from companion.storage.store import from_db_time, utc_text
from companion.ui.insights.insights_view import subscribe_while_alive
from companion.ui.shell.labels import (
    decimal_text,
    note_count_text,
    pattern_display_name,
    preset_display_name,
    state_label,
    too_long_text,
)

KINDS = ("checkin", "break", "session")
#: Seconds an undo stays offered after a delete.
UNDO_SECONDS = 6.0
PAGE_SIZE = 200

# Among rows with the same timestamp: sessions, then breaks, then check-ins (newest first).
_RANK = {"checkin": 0, "break": 1, "session": 2}
_TABLES = {
    "checkin": (
        "checkins",
        "ts",
        "id, ts AS t, utc_offset, state, intensity, note, tag AS a, context AS b, NULL AS c",
    ),
    "break": (
        "breaks",
        "started",
        "id, started AS t, utc_offset, NULL, NULL, '', return_at AS a, original_return AS b,"
        " ended AS c, outcome, role",
    ),
    "session": (
        "sessions",
        "started",
        "id, started AS t, utc_offset, NULL, NULL, '', pattern_name AS a, seconds AS b,"
        " finished AS c",
    ),
}
Key = tuple[str, int]  # (kind, id)

#: The tag and situation labels of ``companion.core.states``, written out here so the
#: translation tools see them; they are shown through :func:`_core_label`.
_CORE_LABEL_CONTEXT = "HistoryModel"
CORE_LABELS_FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("HistoryModel", "During a break"),
    QT_TRANSLATE_NOOP("HistoryModel", "Before returning"),
    QT_TRANSLATE_NOOP("HistoryModel", "After returning"),
    QT_TRANSLATE_NOOP("HistoryModel", "Daily practice"),
    QT_TRANSLATE_NOOP("HistoryModel", "I'm pursuing"),
    QT_TRANSLATE_NOOP("HistoryModel", "I'm withdrawing"),
    QT_TRANSLATE_NOOP("HistoryModel", "Not sure"),
)


def _core_label(text: str) -> str:
    """A label from ``CONTEXT_LABELS`` or ``TAG_LABELS`` in the user's language."""
    return QCoreApplication.translate(_CORE_LABEL_CONTEXT, text)


def context_label(context: str | None) -> str:
    """The situation of a check-in as the user reads it ("" when none or unknown)."""
    try:
        return _core_label(CONTEXT_LABELS[Context(context)]) if context else ""
    except ValueError:
        return ""


def tag_label(tag: str | None) -> str:
    """The pursue / withdraw tag of a check-in as the user reads it ("" when none or unknown)."""
    try:
        return _core_label(TAG_LABELS[PatternTag(tag)]) if tag else ""
    except ValueError:
        return ""


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the history: what it is, when (local time of the moment), and its fields."""

    kind: str  # "checkin" | "break" | "session"
    id: int
    when: datetime
    sort_key: tuple[str, int, int]  # (UTC text, rank, id): the list is in descending order
    state: str | None = None
    intensity: int | None = None
    note: str = ""
    return_at: datetime | None = None
    outcome: BreakOutcome | None = None
    pattern: str = ""
    minutes: float = 0.0
    finished: bool = False
    tag: str | None = None
    context: str | None = None
    role: str = "leaving"  # a break's side of the pause: "leaving" or "waiting"

    @property
    def key(self) -> Key:
        return (self.kind, self.id)


@dataclass(frozen=True)
class CheckinEdit:
    """The fields of a check-in the edit dialog saves (tag and context may be None)."""

    state: str
    intensity: int
    tag: str | None
    context: str | None
    note: str


def _entry(kind: str, row: Sequence[Any]) -> HistoryEntry:
    rid, text, off = int(row[0]), str(row[1]), int(row[2])
    when = from_db_time(text, off)
    sort_key = (text, _RANK[kind], rid)
    if kind == "checkin":
        return HistoryEntry(
            kind, rid, when, sort_key, row[3], int(row[4]), row[5] or "", tag=row[6],
            context=row[7],
        )  # fmt: skip
    if kind == "break":
        return_at = from_db_time(row[6], off)
        original = from_db_time(row[7], off)
        ended = from_db_time(row[8], off) if row[8] else None
        lateness = (ended - return_at).total_seconds() / 60 if ended else None
        extension = (return_at - original).total_seconds() / 60
        return HistoryEntry(
            kind, rid, when, sort_key, return_at=return_at,
            outcome=classify_break(lateness, extension, row[9]), role=str(row[10]),
        )  # fmt: skip
    return HistoryEntry(kind, rid, when, sort_key, pattern=str(row[6]),
                        minutes=float(row[7] or 0.0) / 60, finished=bool(row[8]))  # fmt: skip


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

    def __init__(self, store: Any, parent: QObject | None = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._store = store
        self._page = page_size
        self._kinds: frozenset[str] = frozenset(KINDS)
        self._since: datetime | None = None
        self._until: datetime | None = None
        self._rows: list[HistoryEntry] = []
        self._cursor: tuple[str, int, int] | None = None
        self._done = False
        self._hidden: set[Key] = set()
        self._drafts: dict[Key, str] = {}  # notes refused as too long, kept for the next edit
        self._writing = False
        self._dirty = False
        self.reload()

    # ------------------------------------------------------------------ filter and loading
    def set_filter(
        self,
        kinds: Iterable[str] = KINDS,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> None:
        """Show only these kinds, from ``since`` (inclusive) to ``until`` (exclusive)."""
        self._kinds = frozenset(k for k in kinds if k in KINDS)
        self._since, self._until = since, until
        self.reload()

    def reload(self) -> None:
        """Start again from the newest entry (keeps entries hidden by a pending delete out)."""
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._done = not self._kinds
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
        """The next page in (time, rank, id) descending order, merged from the three tables."""
        if self._done:
            return []
        fetched: list[list[HistoryEntry]] = []
        total = 0
        for kind in KINDS:
            if kind in self._kinds:
                rows = self._query(kind)
                total += len(rows)
                fetched.append(rows)
        merged = heapq.merge(*fetched, key=lambda e: e.sort_key, reverse=True)
        page = [e for _, e in zip(range(self._page), merged, strict=False)]
        if page:
            self._cursor = page[-1].sort_key
        if total < self._page:
            self._done = True
        return [e for e in page if e.key not in self._hidden]

    def _query(self, kind: str) -> list[HistoryEntry]:
        table, col, columns = _TABLES[kind]
        where: list[str] = []
        params: list[Any] = []
        if self._since is not None:
            where.append(f"{col} >= ?")
            params.append(utc_text(self._since))
        if self._until is not None:
            where.append(f"{col} < ?")
            params.append(utc_text(self._until))
        if self._cursor is not None:
            cts, crank, cid = self._cursor
            rank = _RANK[kind]
            if rank < crank:
                where.append(f"{col} <= ?")
                params.append(cts)
            elif rank > crank:
                where.append(f"{col} < ?")
                params.append(cts)
            else:
                where.append(f"{col} <= ? AND ({col} < ? OR id < ?)")
                params += [cts, cts, cid]
        sql = f"SELECT {columns} FROM {table}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {col} DESC, id DESC LIMIT {int(self._page)}"
        return [_entry(kind, r) for r in self._store.connection.execute(sql, params)]

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
            if not self._passes(entry):
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

    def _passes(self, entry: HistoryEntry) -> bool:
        utc = entry.when.astimezone(timezone.utc)
        return (
            entry.kind in self._kinds
            and (self._since is None or utc >= self._since)
            and (self._until is None or utc < self._until)
        )

    # ------------------------------------------------------------------ store writes
    def delete_from_store(self, keys: Iterable[Key]) -> list[Key]:
        """Delete for real; returns the keys that could not be deleted (store errors)."""
        failed = []
        self._writing = True
        try:
            for kind, rid in keys:
                try:
                    {
                        "checkin": self._store.delete_checkin,
                        "break": self._store.delete_break,
                        "session": self._store.delete_session,
                    }[kind](rid)
                except Exception as exc:  # StorageError: tell the user, keep the entry
                    failed.append((kind, rid))
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
            and self._rows[index.row()].kind == "checkin"
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
            locale = self._locale()
            return (
                f"{locale.toString(qdate, locale.FormatType.ShortFormat)} "
                f"{locale.toString(qtime, locale.FormatType.ShortFormat)}"
            )
        if column == 1:
            if entry.kind == "break" and entry.role == "waiting":
                return self.tr("Waiting for your partner")
            return {
                "checkin": self.tr("Check-in"),
                "break": self.tr("Break"),
                "session": self.tr("Practice"),
            }[entry.kind]
        if column == 2:
            return self._state_text(entry)
        if column == self.TAG_COLUMN:
            return tag_label(entry.tag)
        if column == self.CONTEXT_COLUMN:
            return context_label(entry.context)
        if column == self.DETAILS_COLUMN:
            return self._details(entry)
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
        row = next((i for i, e in enumerate(self._rows) if e.key == ("checkin", checkin_id)), None)
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
            self._store.update_checkin(checkin_id, **changes)
        except Exception as exc:  # StorageError: keep what is on screen, say why
            return str(exc)
        finally:
            self._writing = False
        self._drafts.pop(("checkin", checkin_id), None)
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

    # ------------------------------------------------------------------ display text
    def _locale(self) -> QLocale:
        return QLocale()

    def _state_text(self, entry: HistoryEntry) -> str:
        if entry.kind != "checkin" or entry.state is None:
            return ""
        label = state_label(entry.state)
        if entry.state == "settled" or not entry.intensity:
            return label
        return self.tr("{state}, {n} of 5").format(state=label, n=entry.intensity)

    def _waiting_details(self, entry: HistoryEntry, back: str) -> str:
        if entry.outcome is BreakOutcome.OPEN:
            return self.tr("They said back at {time}: waiting now").format(time=back)
        if entry.outcome is BreakOutcome.CANCELLED:
            return self.tr("They said back at {time}: stopped waiting").format(time=back)
        return self.tr("They said back at {time}").format(time=back)

    def _details(self, entry: HistoryEntry) -> str:
        if entry.kind == "break" and entry.return_at is not None:
            back = self._locale().toString(
                QTime(entry.return_at.hour, entry.return_at.minute),
                self._locale().FormatType.ShortFormat,
            )
            if entry.role == "waiting":  # the partner's timing is not for keeping score
                return self._waiting_details(entry, back)
            result = {
                BreakOutcome.ON_TIME: self.tr("back on time"),
                BreakOutcome.EXTENDED: self.tr("back after asking for more time"),
                BreakOutcome.LATE: self.tr("back later than agreed"),
                BreakOutcome.CANCELLED: self.tr("called off"),
                BreakOutcome.OPEN: self.tr("still running"),
            }[entry.outcome or BreakOutcome.OPEN]
            return self.tr("Back at {time}: {result}").format(time=back, result=result)
        if entry.kind == "session":
            name = (
                preset_display_name(entry.pattern)
                if entry.pattern in PRESETS
                else pattern_display_name(entry.pattern)
            )
            unit, amount = practice_amount(entry.minutes)
            if unit is DurationUnit.SECONDS:
                length = self.tr("{seconds} s").format(seconds=self._locale().toString(int(amount)))
            else:
                length = self.tr("{minutes} min").format(
                    minutes=decimal_text(amount, self._locale())
                )
            if entry.finished:
                return self.tr("{pattern}, {length}, finished").format(pattern=name, length=length)
            return self.tr("{pattern}, {length}, stopped early").format(pattern=name, length=length)
        return ""


class _NoteDelegate(QStyledItemDelegate):
    """Edits a note in place; Enter or Tab on a note over the limit keeps the editor open with
    the text (the model says how long it is) instead of closing it."""

    def __init__(self, model: HistoryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                                Qt.Key.Key_Backtab)
            and note_length(editor.text()) > MAX_NOTE_CHARS
        ):  # fmt: skip
            self._model.noteTooLong.emit(note_length(editor.text()))
            return True
        return super().eventFilter(editor, event)


class CheckinEditDialog(QDialog):
    """Change a saved check-in: state, strength (none for settled), tag, situation and note.

    Save writes through ``save`` (None when saved, else the message to show) and closes; a
    note over the limit, or a store that refuses, keeps the dialog open with everything typed.
    """

    def __init__(
        self,
        edit: CheckinEdit,
        save: Callable[[CheckinEdit], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinEditDialog")
        self.setWindowTitle(self.tr("Edit check-in"))
        self._save = save
        self._original = edit
        # The strength a protective state gets back after settled was picked on the way.
        self._strength = max(MIN_INTENSITY, min(MAX_INTENSITY, edit.intensity or DEFAULT_INTENSITY))

        self.state_box = QComboBox(self)
        self.state_box.setObjectName("editState")
        for state in StateId:
            self.state_box.addItem(state_label(state.value), state.value)
        self.strength_box = QSpinBox(self)
        self.strength_box.setObjectName("editStrength")
        self.strength_box.setAccessibleName(self.tr("Strength"))
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("editTag")
        self.tag_box.addItem(self.tr("No tag"), "")
        for tag in PatternTag:
            self.tag_box.addItem(tag_label(tag.value), tag.value)
        self.context_box = QComboBox(self)
        self.context_box.setObjectName("editContext")
        if edit.context is None or edit.context not in {c.value for c in Context}:
            self.context_box.addItem(self.tr("Not recorded"), "")
        for context in Context:
            self.context_box.addItem(context_label(context.value), context.value)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("editNote")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlainText(edit.note)
        self._count = QLabel(self)
        self._count.setObjectName("editNoteCount")
        self.message = QLabel(self)
        self.message.setObjectName("editMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("State"), self.state_box)
        form.addRow(self.tr("Strength"), self.strength_box)
        form.addRow(self.tr("Pattern"), self.tag_box)
        form.addRow(self.tr("Situation"), self.context_box)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow("", self._count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.state_box.setCurrentIndex(max(0, self.state_box.findData(edit.state)))
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(edit.tag or "")))
        self.context_box.setCurrentIndex(max(0, self.context_box.findData(edit.context or "")))
        self._show_strength()
        self._update_count()
        self.state_box.currentIndexChanged.connect(self._show_strength)
        self.strength_box.valueChanged.connect(self._remember_strength)
        self.note_edit.textChanged.connect(self._update_count)

    def edit(self) -> CheckinEdit:
        """What the dialog would save now."""
        state = str(self.state_box.currentData())
        return CheckinEdit(
            state=state,
            intensity=clamp_intensity(state, self.strength_box.value()),
            tag=str(self.tag_box.currentData()) or None,
            context=str(self.context_box.currentData()) or None,
            note=self.note_edit.toPlainText().strip(),
        )

    def save(self) -> bool:
        """Save and close; False (and a message, nothing lost) when it cannot be saved."""
        edit = self.edit()
        length = note_length(edit.note)
        if length > MAX_NOTE_CHARS:
            self._say(too_long_text(length))
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        problem = self._save(edit) if edit != self._original else None
        if problem is not None:
            self._say(
                self.tr(
                    "This check-in could not be saved: {problem}\n"
                    "Everything you entered is still here; you can try again."
                ).format(problem=problem)
            )
            return False
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _show_strength(self, *_: object) -> None:
        settled = self.state_box.currentData() == StateId.SETTLED.value
        self.strength_box.blockSignals(True)
        if settled:
            self.strength_box.setRange(SETTLED_INTENSITY, SETTLED_INTENSITY)
            self.strength_box.setSpecialValueText(self.tr("None (settled)"))
        else:
            self.strength_box.setSpecialValueText("")
            self.strength_box.setRange(MIN_INTENSITY, MAX_INTENSITY)
            self.strength_box.setValue(self._strength)
        self.strength_box.blockSignals(False)
        self.strength_box.setEnabled(not settled)

    def _remember_strength(self, value: int) -> None:
        if MIN_INTENSITY <= value <= MAX_INTENSITY:
            self._strength = value

    def _update_count(self) -> None:
        length = note_length(self.note_edit.toPlainText())
        self._count.setText(note_count_text(length))
        if length <= MAX_NOTE_CHARS and self.message.isVisible():
            self.message.hide()


class _PendingDeletes:
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


class HistoryView(QWidget):
    """The history list with type and date filters, editing of check-ins, and delete with
    undo."""

    def __init__(self, store: Any, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._store = store
        self._clock = clock
        self.model = HistoryModel(store, self)
        self._pending = _PendingDeletes(self.model)
        pending = self._pending
        self.destroyed.connect(lambda *_: pending.commit())

        self._kind_boxes: dict[str, QCheckBox] = {}
        filters = QHBoxLayout()
        labels = {
            "checkin": self.tr("Check-ins"),
            "break": self.tr("Breaks"),
            "session": self.tr("Practice"),
        }
        for kind in KINDS:
            box = QCheckBox(labels[kind], self)
            box.setObjectName(f"historyShow_{kind}")
            box.setChecked(True)
            box.toggled.connect(self._apply_filter)
            self._kind_boxes[kind] = box
            filters.addWidget(box)
        self._range = QComboBox(self)
        self._range.setObjectName("historyRange")
        self._range.setAccessibleName(self.tr("Dates shown"))
        self._range.addItem(self.tr("All time"), Window.ALL.value)
        self._range.addItem(self.tr("Last 7 days"), Window.WEEK.value)
        self._range.addItem(self.tr("Last 30 days"), Window.MONTH.value)
        self._range.addItem(self.tr("Last 90 days"), Window.QUARTER.value)
        self._range.addItem(self.tr("Between dates"), "custom")
        self._range.currentIndexChanged.connect(self._apply_filter)
        today = clock.now().date()
        self._from = QDateEdit(QDate(today.year, today.month, today.day), self)
        self._from.setObjectName("historyFrom")
        self._to = QDateEdit(QDate(today.year, today.month, today.day), self)
        self._to.setObjectName("historyTo")
        for edit in (self._from, self._to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._apply_filter)
        filters.addSpacing(12)
        filters.addWidget(self._range)
        filters.addWidget(self._from)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self._to)
        filters.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # A double-click or Enter opens the edit dialog; F2 or a click on a selected note
        # edits just the note, in place.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(
            HistoryModel.NOTE_COLUMN, _NoteDelegate(self.model, self.table)
        )
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(PAGE_SIZE)
        for column in range(HistoryModel.NOTE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self._edit_button = QPushButton(self.tr("Edit…"), self)
        self._edit_button.setObjectName("historyEditButton")
        self._edit_button.setToolTip(self.tr("Change the selected check-in (Enter)"))
        self._edit_button.clicked.connect(self.edit_selected)
        self._edit_button.setEnabled(False)
        self._edit_dialog: CheckinEditDialog | None = None

        self._delete_button = QPushButton(self.tr("Delete"), self)
        self._delete_button.setObjectName("historyDeleteButton")
        self._delete_button.setToolTip(self.tr("Delete the selected entries (Delete key)"))
        self._delete_button.clicked.connect(self.delete_selected)
        self._delete_button.setEnabled(False)

        self._undo_bar = QFrame(self)
        self._undo_bar.setObjectName("undoBar")
        self._undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self._undo_label = QLabel(self._undo_bar)
        self._undo_label.setObjectName("undoMessage")
        self._undo_button = QPushButton(self.tr("Undo"), self._undo_bar)
        self._undo_button.setObjectName("undoButton")
        self._undo_button.clicked.connect(self.undo)
        bar = QHBoxLayout(self._undo_bar)
        bar.addWidget(self._undo_label, 1)
        bar.addWidget(self._undo_button)
        self._undo_bar.hide()

        self._message = QLabel(self)
        self._message.setObjectName("historyMessage")
        self._message.setWordWrap(True)
        self._message.hide()
        self.model.writeFailed.connect(self._show_error)
        self.model.noteTooLong.connect(self._show_note_too_long)
        self.model.dataChanged.connect(self._message.hide)  # a check-in was saved

        self._undo_timer = QTimer(self)
        self._undo_timer.setObjectName("undoTimer")
        self._undo_timer.setInterval(250)
        self._undo_timer.timeout.connect(self.tick)

        bottom = QHBoxLayout()
        bottom.addWidget(self._edit_button)
        bottom.addWidget(self._delete_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._message)
        layout.addWidget(self._undo_bar)
        layout.addLayout(bottom)

        subscribe_while_alive(store, self, self._on_store_changed)

    # ------------------------------------------------------------------ filters
    def set_kinds(self, kinds: Iterable[str]) -> None:
        """Show only these kinds ("checkin", "break", "session")."""
        wanted = set(kinds)
        for kind, box in self._kind_boxes.items():
            box.blockSignals(True)
            box.setChecked(kind in wanted)
            box.blockSignals(False)
        self._apply_filter()

    def set_window(self, window: Window) -> None:
        """Show the last 7, 30 or 90 days, or everything."""
        self._range.setCurrentIndex(self._range.findData(window.value))

    def set_date_range(self, first: date, last: date) -> None:
        """Show entries from local midnight of ``first`` to the end of ``last`` (inclusive)."""
        for edit, day in ((self._from, first), (self._to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self._range.currentData() != "custom":
            self._range.setCurrentIndex(self._range.findData("custom"))
        else:
            self._apply_filter()

    def _apply_filter(self) -> None:
        kinds = [k for k, box in self._kind_boxes.items() if box.isChecked()]
        choice = self._range.currentData()
        custom = choice == "custom"
        self._from.setEnabled(custom)
        self._to.setEnabled(custom)
        now = self._clock.now()
        since: datetime | None = None
        until: datetime | None = None
        if custom:
            first, last = self._from.date().toPython(), self._to.date().toPython()
            if last < first:
                first, last = last, first
            tz = now.tzinfo
            since = datetime.combine(first, time(0), tzinfo=tz)
            until = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz)
        else:
            since = Window(choice).start(now)
        self.model.set_filter(kinds, since, until)
        self._update_buttons()

    # ------------------------------------------------------------------ editing
    def edit_selected(self) -> CheckinEditDialog | None:
        """Open the edit dialog for the selected check-in (None when no check-in is chosen)."""
        row = self._single_checkin_row()
        return None if row is None else self.edit_row(row)

    def edit_row(self, row: int) -> CheckinEditDialog | None:
        """Open the edit dialog for the check-in in ``row`` (None for a break or a session)."""
        entry = self.model.entry(row)
        if entry.kind != "checkin":
            return None
        if self._edit_dialog is not None:
            self._edit_dialog.close()
        start = replace(HistoryModel.edit_of(entry), note=self.model.note_draft(entry))
        checkin_id = entry.id

        def save(edit: CheckinEdit) -> str | None:
            return self.model.save_checkin(checkin_id, edit)

        dialog = CheckinEditDialog(start, save, self)
        dialog.finished.connect(self._forget_dialog)
        self._edit_dialog = dialog
        dialog.open()
        return dialog

    def edit_dialog(self) -> CheckinEditDialog | None:
        """The edit dialog while it is open."""
        return self._edit_dialog

    def _forget_dialog(self, *_: object) -> None:
        if self._edit_dialog is not None:
            self._edit_dialog.deleteLater()
        self._edit_dialog = None

    def _single_checkin_row(self) -> int | None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        (row,) = rows
        return row if self.model.entry(row).kind == "checkin" else None

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_row(index.row())

    def _show_note_too_long(self, length: int) -> None:
        self._show_error(too_long_text(length))

    # ------------------------------------------------------------------ delete and undo
    def delete_selected(self) -> int:
        """Take the selected entries out of the list and offer undo; returns how many."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return 0
        keys = [self.model.entry(r).key for r in rows]
        return self.delete_entries(keys)

    def delete_entries(self, keys: Sequence[Key]) -> int:
        """Soft-delete these entries: gone from view now, from the store when undo expires."""
        taken = self.model.hide(keys)
        if not taken:
            return 0
        self._pending.entries.extend(taken)
        self._pending.started = self._clock.monotonic()
        n = len(self._pending.entries)
        self._undo_label.setText(
            self.tr("Entry deleted.") if n == 1 else self.tr("{n} entries deleted.").format(n=n)
        )
        self._undo_bar.show()
        self._undo_timer.start()
        self._update_buttons()
        return len(taken)

    def undo(self) -> None:
        """Bring back everything deleted since the undo bar appeared."""
        entries, self._pending.entries = self._pending.entries, []
        self.model.unhide(entries)
        self._close_undo()

    def pending_deletes(self) -> list[Key]:
        """Entries deleted on screen but still in the store (undo is possible)."""
        return [e.key for e in self._pending.entries]

    def undo_remaining(self) -> float:
        """Seconds left to undo (0 when nothing is pending)."""
        if not self._pending.entries:
            return 0.0
        left = UNDO_SECONDS - (self._clock.monotonic() - self._pending.started)
        return max(0.0, left)

    def tick(self) -> None:
        """Called by undoTimer: commit the deletes once the undo time (by the clock) is over."""
        if self._pending.entries and self.undo_remaining() <= 0:
            self.commit_pending()

    def commit_pending(self) -> None:
        """Delete the pending entries from the store now (also on hide, destroy and quit).

        Entries the store could not delete come back into the list, with a message."""
        refused = self._pending.commit()
        self._close_undo()
        if refused:
            self.model.unhide(refused)

    def _close_undo(self) -> None:
        self._undo_timer.stop()
        self._undo_bar.hide()

    # ------------------------------------------------------------------ events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.is_stale():
            self.model.reload()

    def hideEvent(self, event: QEvent) -> None:
        self.commit_pending()
        super().hideEvent(event)

    def _on_store_changed(self, table: str) -> None:
        if table not in ("checkins", "breaks", "sessions"):
            return
        self.model.store_changed(table)
        if self.model.is_stale() and self.isVisible():
            self.model.reload()

    def _update_buttons(self, *_: object) -> None:
        self._delete_button.setEnabled(self.table.selectionModel().hasSelection())
        self._edit_button.setEnabled(self._single_checkin_row() is not None)

    def _show_error(self, text: str) -> None:
        self._message.setText(text)
        self._message.show()
