"""Load Qt for Python without its per-import source scan.

On ``import PySide6`` the bindings replace ``builtins.__import__`` with a hook that serves
their optional ``from __feature__ import snake_case`` switch. To learn whether a module might
use that switch, the hook reads the source text of every module imported afterwards, and that
text stays cached in ``linecache`` for the life of the process (several MiB for this app).
Companion uses none of those switches, so the standard import is put back right after Qt is
loaded (and the few files read meanwhile dropped): modules then load as in plain Python.
"""

from __future__ import annotations

import builtins
import linecache


def load_qt_plainly() -> None:
    """Import PySide6 and restore the interpreter's own ``__import__`` if Qt replaced it."""
    import PySide6  # noqa: F401  (installs the hook)

    original = getattr(builtins, "__orig_import__", None)
    hooked = getattr(builtins, "__feature_import__", None)
    if callable(original) and hooked is not None and builtins.__import__ is hooked:
        builtins.__import__ = original
        linecache.clearcache()  # what the hook read while Qt itself was loading
