"""Erase everything: the database with its side files and set-aside copies, and the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from companion.storage.integrity import DB_NAME

__all__ = ["DeleteError", "Settings", "database_files", "delete_all_data"]


class DeleteError(Exception):
    """Some data could not be erased; the message names what is left, fit for a user.

    ``left`` names each thing left (a file's path, or "settings") for a translated message.
    """

    def __init__(self, message: str, left: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.left = left


class Settings(Protocol):
    """What ``delete_all_data`` needs of a settings object (QSettings has both)."""

    def clear(self) -> None: ...

    def sync(self) -> None: ...


def database_files(data_dir: Path) -> list[Path]:
    """Every file of the database in ``data_dir``: the db, its -wal/-shm/-journal, and copies
    set aside as unreadable (with their side files)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return []
    found = []
    for entry in sorted(data_dir.iterdir()):
        name = entry.name
        base = name
        for suffix in ("-wal", "-shm", "-journal"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        if (base == DB_NAME or base.startswith(DB_NAME + ".unreadable-")) and entry.is_file():
            found.append(entry)
    return found


def delete_all_data(
    data_dir: Path,
    settings: Settings | Path | None = None,
    *,
    store: Any = None,
) -> list[Path]:
    """Erase the database (and its side files and set-aside copies) and the settings.

    Close the store first (pass it as ``store`` to have it closed here); afterwards open a
    fresh one with ``Store.open(data_dir)``, which starts as on first run. ``settings`` is a
    QSettings (cleared and synced) or the path of a settings file (removed). Returns the files
    removed; raises DeleteError naming anything that could not be removed.
    """
    if store is not None:
        store.close()
    removed: list[Path] = []
    failed: list[str] = []
    left: list[str] = []
    targets = database_files(Path(data_dir))
    if isinstance(settings, (str, Path)):
        if Path(settings).exists():
            targets.append(Path(settings))
    elif settings is not None:
        try:
            settings.clear()
            settings.sync()
        except Exception as exc:  # a settings backend failing must not stop the erase
            failed.append(f"settings ({exc})")
            left.append("settings")
    for path in targets:
        try:
            path.unlink()
            removed.append(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append(f"{path} ({exc.strerror or exc})")
            left.append(str(path))
    if failed:
        raise DeleteError("Some data could not be erased: " + "; ".join(failed) + ".", tuple(left))
    return removed
