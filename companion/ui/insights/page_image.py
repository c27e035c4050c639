"""A widget saved as a PNG file: private (mode 0600) and written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QWidget

from companion.services.data_file import ExportError, ExportProblem, write_private_file


def save_png(widget: QWidget, path: Path | str) -> Path:
    """Write what ``widget`` draws (also the parts scrolled out of view) to ``path``.

    Raises ExportError when the image cannot be made or written."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise ExportError(
            "The chart could not be turned into an image.", ExportProblem.NOT_WRITTEN, str(path)
        )
    buffer.close()
    target = Path(path)
    write_private_file(target, lambda f: f.write(bytes(data.data())), binary=True)
    return target
