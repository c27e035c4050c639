"""File-menu actions on the user's data: export (CSV, JSON, chart PNG) and delete everything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.core.states import StateId
from companion.services.container import Services
from companion.services.data_file import DeleteError, ExportError, delete_all_data, export_data
from companion.ui.shell.dialogs import confirm
from companion.ui.shell.labels import state_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataActions", text)


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


def export_with_dialog(parent: QWidget, services: Services, fmt: str) -> Path | None:
    """Ask where to save, then write all data as ``fmt`` ("csv" or "json"), with the state
    labels in the user's language next to the stable ids."""
    stamp = services.clock.now().strftime("%Y-%m-%d")
    suggested = str(_documents() / f"companion-{stamp}.{fmt}")
    filters = {"csv": _tr("CSV files (*.csv)"), "json": _tr("JSON files (*.json)")}
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Export your data"), suggested, filters[fmt])
    if not path:
        return None
    try:
        labels = {state.value: state_label(state.value) for state in StateId}
        export_data(services.store, fmt, Path(path), labels=labels, now=services.clock.now())
    except ExportError as exc:
        QMessageBox.warning(parent, _tr("Export failed"), str(exc))
        return None
    return Path(path)


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
        QMessageBox.warning(parent, _tr("Saving the chart failed"), str(exc))
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
        QMessageBox.warning(parent, _tr("Not everything was deleted"), str(exc))
    on_deleted()
    return True
