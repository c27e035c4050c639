"""List the strings each language still lacks, so a translation pass knows what to do.

``python packaging/translate_status.py``          the .ts files as they are in assets/i18n
``python packaging/translate_status.py --fresh``  first bring a temporary copy of each .ts up
                                                  to date with the code (as
                                                  update_translations.sh would), then count
``--check``                                       exit 1 when anything is unfinished (CI)
``LANG ...``                                      only these languages (default: every
                                                  companion_<lang>.ts)

For each language it prints ``<lang>: N unfinished`` and then one line per string,
``  [Context] English text``. The committed files are never changed.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "assets" / "i18n"
_NOT_DONE = ("unfinished", "obsolete", "vanished")


@dataclass(frozen=True)
class Unfinished:
    """One message a language has not translated yet."""

    context: str
    source: str


def unfinished(ts: Path) -> list[Unfinished]:
    """Messages of ``ts`` with no finished translation."""
    found: list[Unfinished] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            forms = [] if element is None else [f.text or "" for f in element.iter("numerusform")]
            text = "" if element is None else (element.text or "")
            empty = not (any(f.strip() for f in forms) or text.strip())
            if element is None or element.get("type") in _NOT_DONE or empty:
                found.append(Unfinished(name, message.findtext("source") or ""))
    return found


def _lupdate() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(here) if here.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        raise SystemExit("translate_status: pyside6-lupdate not found (install PySide6)")
    return tool


def _ts_memory() -> object:
    spec = importlib.util.spec_from_file_location("ts_memory", ROOT / "packaging" / "ts_memory.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def refreshed(languages: list[str], work: Path, root: Path = ROOT) -> dict[str, Path]:
    """Copies of the languages' .ts files updated from the code under ``root`` (in ``work``)."""
    extra = work / "extra_strings.py"
    extra.write_text(
        subprocess.run(
            [sys.executable, str(root / "packaging" / "extract_strings.py"), "companion"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout,
        encoding="utf-8",
    )
    sources = [*sorted(str(p) for p in (root / "companion").rglob("*.py")), str(extra)]
    memory = _ts_memory()
    out: dict[str, Path] = {}
    for lang in languages:
        before = work / f"before_{lang}.ts"
        shutil.copy(root / "assets" / "i18n" / f"companion_{lang}.ts", before)
        fresh = work / f"companion_{lang}.ts"
        shutil.copy(before, fresh)
        command = [_lupdate(), "-silent", "-no-obsolete", "-source-language", "en"]
        command += ["-target-language", lang, *sources, "-ts", str(fresh)]
        subprocess.run(command, check=True, capture_output=True, timeout=300)
        memory.fill(before, fresh)  # type: ignore[attr-defined]
        out[lang] = fresh
    return out


def shipped_languages(folder: Path = I18N) -> list[str]:
    """Every language with a ``companion_<lang>.ts``."""
    return sorted(p.stem.split("_", 1)[1] for p in folder.glob("companion_*.ts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", metavar="LANG")
    parser.add_argument("--fresh", action="store_true", help="update copies from the code first")
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is unfinished")
    args = parser.parse_args(argv)
    languages = args.languages or shipped_languages()
    missing = [lang for lang in languages if not (I18N / f"companion_{lang}.ts").is_file()]
    if missing:
        print(f"translate_status: no file for {', '.join(missing)}", file=sys.stderr)
        return 2
    total = 0
    with tempfile.TemporaryDirectory(prefix="translate-status-") as tmp:
        files = (
            refreshed(languages, Path(tmp))
            if args.fresh
            else {lang: I18N / f"companion_{lang}.ts" for lang in languages}
        )
        for lang, ts in files.items():
            todo = unfinished(ts)
            total += len(todo)
            print(f"{lang}: {len(todo)} unfinished")
            for item in todo:
                source = item.source.replace("\n", "\\n")
                print(f"  [{item.context}] {source}")
    return 1 if args.check and total else 0


if __name__ == "__main__":
    sys.exit(main())
