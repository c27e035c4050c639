"""Render the app icon (assets/icons/companion.svg) to the hicolor PNG sizes desktops look for.

Run from anywhere: ``python packaging/make_icons.py``. It writes
``assets/icons/hicolor/<N>x<N>/apps/<app id>.png`` for every size and copies the SVG to
``assets/icons/hicolor/scalable/apps/<app id>.svg``. The PNGs are committed; run this again
whenever the SVG changes.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_id() -> str:
    sys.path.insert(0, str(ROOT))
    from companion import APP_ID

    return APP_ID


def render(svg: Path, out_dir: Path, name: str) -> list[Path]:
    """Write one PNG per size (transparent, antialiased) and the scalable SVG; return paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target), "PNG"):
            raise SystemExit(f"make_icons: cannot write {target}")
        written.append(target)
    scalable = out_dir / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    del app
    return written


def main() -> int:
    svg = ROOT / "assets" / "icons" / "companion.svg"
    for path in render(svg, ROOT / "assets" / "icons" / "hicolor", app_id()):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
