"""One way for a module to translate its texts under a fixed context.

``_tr = translator("PausePlan")`` stands in for ``QCoreApplication.translate("PausePlan", ...)``
in code that has no ``self.tr``. packaging/extract_strings.py reads such assignments, so every
``_tr("literal")`` call is listed for the translators under that context.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication

__all__ = ["translator"]


def translator(context: str) -> Callable[[str], str]:
    """A function that translates a text in ``context`` (looked up when called)."""
    return partial(_translate, context)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
