"""The shipped German translation in tests: fixtures and a look-up of what the .ts says."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from companion.desktop.i18n import install_translators, remove_translators
from companion.desktop.resources import assets_dir


def shipped_german(context: str, source: str) -> str:
    """The shipped German for a text (read from the .ts, not typed into the test)."""
    root = ET.parse(assets_dir() / "i18n" / "companion_de.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    # A soft hyphen only marks where the wheel may break a long name.
                    return (message.findtext("translation") or "").replace("\u00ad", "")
    raise AssertionError(f"no German for [{context}] {source!r}")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """Companion's German translation while the test runs (tr() looks texts up when called)."""
    loaded = install_translators(qapp, QLocale("de_DE"))
    assert any(path.endswith("companion_de.qm") for path in loaded)
    yield
    remove_translators(qapp)


@pytest.fixture
def german_numbers() -> Iterator[None]:
    """German number and date formats (QLocale's default) while the test runs."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)
