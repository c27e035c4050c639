"""File-menu actions on the user's data: export (CSV, JSON, chart PNG) and delete everything.

An export runs on its own thread behind a progress dialog with Cancel, so the window keeps
answering with years of data; a cancelled export leaves no file. Every message is worded
here, in the user's language, from the typed reason the data layer gives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from companion.core.states import StateId
from companion.desktop.translate import translator
from companion.services.container import Services
from companion.services.data_file import (
    DeleteError,
    ExportError,
    ExportProblem,
    delete_all_data,
)
from companion.services.export_job import ExportJob
from companion.ui.shell.dialogs import confirm
from companion.ui.shell.labels import state_label

#: Milliseconds an export may take before its progress dialog appears.
PROGRESS_DELAY_MS = 400


_tr = translator("DataActions")


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


def export_problem_text(exc: ExportError) -> str:
    """Why an export (or a saved chart) was not written, in the user's language."""
    texts = {
        ExportProblem.UNKNOWN_FORMAT: _tr("This kind of file cannot be exported."),
        ExportProblem.IS_FOLDER: _tr("{target} is a folder. Choose a file name instead."),
        ExportProblem.NOT_A_FILE: _tr(
            "{target} is not a plain file, so it was left as it is. Choose another name."
        ),
        ExportProblem.NO_FOLDER: _tr("The folder {target} does not exist."),
        ExportProblem.NO_PERMISSION: _tr(
            "There is no permission to write {target}. Choose another folder."
        ),
        ExportProblem.DISK_FULL: _tr("There is no space left to write {target}."),
        ExportProblem.READ_ONLY: _tr("{target} is on a drive that can only be read."),
        ExportProblem.NOT_WRITTEN: _tr("{target} could not be written."),
        ExportProblem.DAMAGED: _tr(
            "Your data file is damaged, so no export was written. When Companion next "
            "opens, it keeps the damaged file aside (nothing is deleted) and starts a new one."
        ),
        ExportProblem.UNREADABLE: _tr(
            "Your data file could not be read just now, so no export was written. Please try again."
        ),
    }
    return texts[exc.reason].format(target=exc.target or _tr("The file"))


def delete_problem_text(exc: DeleteError) -> str:
    """What could not be erased, in the user's language."""
    names = [_tr("your settings") if item == "settings" else item for item in exc.left]
    return _tr("Some data could not be erased: {left}.").format(left=", ".join(names))


def run_export(parent: QWidget | None, job: ExportJob) -> None:
    """Run ``job`` while a progress dialog with Cancel shows how far it got; the window
    keeps answering meanwhile. Returns when the job has finished."""
    dialog = QProgressDialog(_tr("Exporting your data…"), _tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(_tr("Export your data"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    job.progressed.connect(show_progress)
    dialog.canceled.connect(job.cancel)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    job.start()
    if job.isRunning():
        loop.exec()
    job.wait()
    dialog.canceled.disconnect(job.cancel)
    dialog.close()
    dialog.deleteLater()


def export_with_dialog(parent: QWidget | None, services: Services, fmt: str) -> Path | None:
    """Ask where to save, then write all data as ``fmt`` ("csv" or "json"), with the state
    labels in the user's language next to the stable ids. None when cancelled or failed."""
    stamp = services.clock.now().strftime("%Y-%m-%d")
    suggested = str(_documents() / f"companion-{stamp}.{fmt}")
    filters = {"csv": _tr("CSV files (*.csv)"), "json": _tr("JSON files (*.json)")}
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Export your data"), suggested, filters[fmt])
    if not path:
        return None
    labels = {state.value: state_label(state.value) for state in StateId}
    job = ExportJob(services.store.path, fmt, Path(path), labels=labels, now=services.clock.now())
    run_export(parent, job)
    if job.error is not None:
        QMessageBox.warning(parent, _tr("Export failed"), export_problem_text(job.error))
        return None
    return None if job.cancelled or job.summary is None else Path(path)


def save_chart_with_dialog(parent: QWidget, chart: object, services: Services) -> Path | None:
    """Ask where to save, then write the current chart as a PNG image."""
    stamp = services.clock.now().strftime("%Y-%m-%d")
    suggested = str(_documents() / f"companion-chart-{stamp}.png")
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save the chart"), suggested, _tr("PNG images (*.png)")
    )
    if not path:
        return None
    try:
        chart.export_png(path)  # type: ignore[attr-defined]
    except ExportError as exc:
        QMessageBox.warning(parent, _tr("Saving the chart failed"), export_problem_text(exc))
        return None
    return Path(path)


def confirm_and_delete_all(
    parent: QWidget, services: Services, on_deleted: Callable[[], None]
) -> bool:
    """Ask twice-clearly, then erase the database and settings; ``on_deleted`` restarts fresh."""
    if not confirm(
        parent,
        _tr("Delete all data?"),
        _tr(
            "This erases every check-in, break and practice session, your own breathing "
            "patterns and your settings, from this computer. It cannot be undone.\n\n"
            "If you want a copy, export your data first."
        ),
        action=_tr("Delete everything"),
        keep=_tr("Keep my data"),
    ):
        return False
    try:
        delete_all_data(services.data_dir, services.settings, store=services.store)
    except DeleteError as exc:
        QMessageBox.warning(parent, _tr("Not everything was deleted"), delete_problem_text(exc))
    on_deleted()
    return True
