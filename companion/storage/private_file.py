"""Files written for the user (exports, the chart's image): private (0600) and atomic, and
the reasons one could not be written, typed so that the interface words them itself."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from enum import Enum
from pathlib import Path
from typing import Any

__all__ = ["ExportError", "ExportProblem", "os_problem", "write_private_file"]


class ExportProblem(str, Enum):
    """Why an export was not written, for a message in the user's language."""

    UNKNOWN_FORMAT = "unknown_format"
    IS_FOLDER = "is_folder"
    NOT_A_FILE = "not_a_file"
    NO_FOLDER = "no_folder"
    NO_PERMISSION = "no_permission"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NOT_WRITTEN = "not_written"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"


_ERRNO_PROBLEMS = {
    errno.EACCES: ExportProblem.NO_PERMISSION,
    errno.EPERM: ExportProblem.NO_PERMISSION,
    errno.ENOSPC: ExportProblem.DISK_FULL,
    errno.EDQUOT: ExportProblem.DISK_FULL,
    errno.EROFS: ExportProblem.READ_ONLY,
}


class ExportError(Exception):
    """The export could not be written; the message says where and why, fit for a user.

    ``reason`` says why in a form a translated interface words itself; ``target`` is the
    file or folder concerned ("" when none).
    """

    def __init__(
        self,
        message: str,
        reason: ExportProblem = ExportProblem.NOT_WRITTEN,
        target: str = "",
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.target = target


def os_problem(exc: OSError) -> ExportProblem:
    """The reason an OS error gives, as far as a user can act on it."""
    return _ERRNO_PROBLEMS.get(exc.errno or 0, ExportProblem.NOT_WRITTEN)


def _check_target(path: Path, folder: Path) -> None:
    """Raise ExportError when ``path`` is something an export must not replace."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ExportError(
            f"Could not write the export to {path}: {exc.strerror or exc}.", os_problem(exc),
            str(path),
        ) from exc  # fmt: skip
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise ExportError(
            f"Could not write the export: {path} is a folder.", ExportProblem.IS_FOLDER, str(path)
        )
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise ExportError(
            f"Could not write the export: {path} is not a regular file (a link, a pipe or a "
            "device), so it was left as it is.", ExportProblem.NOT_A_FILE, str(path),
        )  # fmt: skip
    if not folder.is_dir():
        raise ExportError(
            f"Could not write the export: the folder {folder} does not exist.",
            ExportProblem.NO_FOLDER, str(folder),
        )  # fmt: skip


def write_private_file(path: Path, write: Any, *, binary: bool = False) -> None:
    """Create ``path`` atomically with mode 0600: ``write(stream)`` fills a temporary file in
    the same folder, which then replaces ``path``. Raises ExportError with a clear message;
    whatever ``write`` raises (also ``ExportCancelled``) removes the temporary file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    _check_target(path, folder)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(
            f"Could not write the export to {folder}: {exc.strerror or exc}.", os_problem(exc),
            str(folder),
        ) from exc  # fmt: skip
    try:
        os.fchmod(fd, 0o600)
        mode = "wb" if binary else "w"
        kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(
            f"Could not write the export to {path}: {exc.strerror or exc}.", os_problem(exc),
            str(path),
        ) from exc  # fmt: skip
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
