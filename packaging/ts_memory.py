"""Carry translations over when a string only moved: same English text, new context.

``python ts_memory.py BEFORE.ts AFTER.ts`` fills each untranslated message of AFTER.ts whose
exact source text (and plural kind) had a finished translation in BEFORE.ts, for example after
``window.tr("...")`` became ``QCoreApplication.translate("MainWindow", "...")``. It changes
nothing else and prints how many messages it filled.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _finished(path: Path) -> dict[tuple[str, bool], ET.Element]:
    memory: dict[tuple[str, bool], ET.Element] = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if (translation.text or "").strip() or len(translation):
            key = (message.findtext("source") or "", message.get("numerus") == "yes")
            memory.setdefault(key, translation)
    return memory


def fill(before: Path, after: Path) -> int:
    """Fill ``after`` in place from ``before``; returns the number of messages filled."""
    memory = _finished(before)
    text = after.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        known = memory.get((message.findtext("source") or "", message.get("numerus") == "yes"))
        if known is None:
            continue
        translation.clear()
        translation.text = known.text
        for form in known:
            ET.SubElement(translation, form.tag).text = form.text
        filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        after.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"ts_memory: {fill(Path(argv[1]), Path(argv[2]))} moved strings kept their translation")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
