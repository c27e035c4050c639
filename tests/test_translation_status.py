"""packaging/translate_status.py: what each language still lacks, from the code as it is now."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translate_status", ROOT / "packaging" / "translate_status.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _lupdate_missing() -> bool:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return not here.exists() and shutil.which("pyside6-lupdate") is None


pytestmark = pytest.mark.skipif(_lupdate_missing(), reason="pyside6-lupdate is not installed")


def test_every_shipped_language_is_finished_for_the_code_as_it_is_now(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """If this fails: packaging/update_translations.sh, then translate what it lists."""
    tool = _tool()
    assert tool.shipped_languages() == ["de", "fr"]
    assert tool.main(["--fresh", "--check"]) == 0, capsys.readouterr().out


def test_a_new_string_in_the_code_is_listed_for_every_language(tmp_path: Path) -> None:
    tool = _tool()
    root = tmp_path / "copy"
    shutil.copytree(ROOT / "companion", root / "companion",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    (root / "packaging").mkdir()
    shutil.copy(ROOT / "packaging" / "extract_strings.py", root / "packaging")
    shutil.copytree(ROOT / "assets", root / "assets", ignore=shutil.ignore_patterns("*.png"))
    (root / "companion" / "probe.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        'TEXT = QCoreApplication.translate("Probe", "A sentence nobody has translated yet")\n',
        encoding="utf-8",
    )
    work = tmp_path / "work"
    work.mkdir()
    files = tool.refreshed(["de", "fr"], work, root=root)
    for lang in ("de", "fr"):
        todo = tool.unfinished(files[lang])
        assert [(t.context, t.source) for t in todo] == [
            ("Probe", "A sentence nobody has translated yet")
        ], lang
    committed = root / "assets" / "i18n" / "companion_de.ts"
    assert "nobody has translated" not in committed.read_text(encoding="utf-8")
