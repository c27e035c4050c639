"""History: every check-in, break and practice session, newest first, filtered by type and date.

A check-in can be changed later: its note in place, or everything (state, strength, tag,
situation and note) in a small dialog opened with Edit…, a double-click or Enter (see
``history_edit``).

Deleting is a *soft* delete with an undo bar: the rows leave the list at once, but the store
deletes them only when the undo time runs out, the view is hidden or destroyed, or
``commit_pending()`` is called. If the app is killed during those few seconds the entries are
still on disk and show up again at the next start: a kill can bring back something the user
just deleted, never lose something they kept.

The list reads the history service a page at a time (see ``history_model``), so it opens and
scrolls at once with 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock
from companion.core.insights import Window
from companion.services.history import HistoryKind, HistoryService, Key
from companion.ui.insights.history_edit import CheckinEditDialog, NoteDelegate
from companion.ui.insights.history_filters import HistoryFilters
from companion.ui.insights.history_model import PAGE_SIZE, CheckinEdit, HistoryModel, PendingDeletes
from companion.ui.insights.history_pages import KEEP_PAGES
from companion.ui.shell.labels import (
    too_long_text,
)

#: Seconds an undo stays offered after a delete.
UNDO_SECONDS = 6.0
#: Rows the column widths are fitted to (the first screen and some).
FIT_ROWS = 60


class HistoryView(QWidget):
    """The history list with type and date filters, editing of check-ins, and delete with
    undo."""

    def __init__(
        self,
        history: HistoryService,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
        keep_pages: int = KEEP_PAGES,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._clock = clock
        self.model = HistoryModel(history, self, page_size, keep_pages)
        self._pending = PendingDeletes(self.model)
        pending = self._pending
        self.destroyed.connect(lambda *_: pending.commit())

        self.filters = HistoryFilters(clock, self)
        self.filters.changed.connect(self._apply_filter)
        self._build_table()
        self._build_actions()
        bottom = QHBoxLayout()
        bottom.addWidget(self._edit_button)
        bottom.addWidget(self._delete_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._message)
        layout.addWidget(self._undo_bar)
        layout.addLayout(bottom)

        history.changed.connect(self._on_store_changed)

    # ------------------------------------------------------------------ building
    def _build_table(self) -> None:
        """The list itself: rows select whole, notes edit in place."""
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Saved entries"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
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
            HistoryModel.NOTE_COLUMN, NoteDelegate(self.model, self.table)
        )
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Columns are fitted to the first page once per (re)load, not at every scroll step.
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._columns_fitted = False
        self.model.modelReset.connect(self._on_reset)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _build_actions(self) -> None:
        """Edit and Delete, the undo bar, the message line and the undo timer."""
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

    # ------------------------------------------------------------------ filters
    def set_kinds(self, kinds: Iterable[str]) -> None:
        """Show only these kinds ("checkin", "break", "session")."""
        self.filters.set_kinds(kinds)

    def set_window(self, window: Window) -> None:
        """Show the last 7, 30 or 90 days, or everything."""
        self.filters.set_window(window)

    def set_date_range(self, first: date, last: date) -> None:
        """Show entries from local midnight of ``first`` to the end of ``last`` (inclusive)."""
        self.filters.set_date_range(first, last)

    def _apply_filter(self) -> None:
        self.model.set_filter(*self.filters.chosen())
        self._update_buttons()

    # ------------------------------------------------------------------ editing
    def edit_selected(self) -> CheckinEditDialog | None:
        """Open the edit dialog for the selected check-in (None when no check-in is chosen)."""
        row = self._single_checkin_row()
        return None if row is None else self.edit_row(row)

    def edit_row(self, row: int) -> CheckinEditDialog | None:
        """Open the edit dialog for the check-in in ``row`` (None for a break or a session)."""
        entry = self.model.entry(row)
        if entry.kind is not HistoryKind.CHECKIN:
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
        return row if self.model.entry(row).kind is HistoryKind.CHECKIN else None

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
                self._select_focused_row()
                self.delete_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._select_focused_row()
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    def _select_focused_row(self) -> None:
        """Keys act on the row with the keyboard focus when nothing is selected."""
        current = self.table.currentIndex()
        if current.isValid() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(current.row())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.is_stale():
            self.model.reload()
        if not self._columns_fitted:
            self._fit_columns()

    def hideEvent(self, event: QHideEvent) -> None:
        self.commit_pending()
        super().hideEvent(event)

    def _on_store_changed(self, table: str) -> None:
        self.model.store_changed(table)
        if self.model.is_stale() and self.isVisible():
            self.model.reload()

    def _on_reset(self) -> None:
        self._columns_fitted = False
        if self.isVisible():
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as the first rows need (once per load, when shown)."""
        self._columns_fitted = True
        for column in range(HistoryModel.NOTE_COLUMN):
            self.table.resizeColumnToContents(column)

    def _update_buttons(self, *_: object) -> None:
        self._delete_button.setEnabled(self.table.selectionModel().hasSelection())
        self._edit_button.setEnabled(self._single_checkin_row() is not None)

    def _show_error(self, text: str) -> None:
        self._message.setText(text)
        self._message.show()
