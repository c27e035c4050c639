"""Desktop integration files: valid for the distributions' own tools, one app id everywhere."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from companion import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "assets" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str, package: str) -> str:
    """The tool's path; skipped locally without it, a failure in CI (which installs it)."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: CI must install the Debian package {package}")
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_accepts_the_desktop_entry() -> None:
    result = run(tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_appstreamcli_accepts_the_metainfo() -> None:
    result = run(tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_appstreamcli_accepts_the_installed_tree(tmp_path: Path) -> None:
    """Laid out as a distribution installs it: entry, metainfo and icons together."""
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(HICOLOR, share / "icons" / "hicolor")
    result = run(tool("appstreamcli", "appstream"), "validate-tree", "--no-net", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_everywhere() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "companion"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "companion"
    for size in SIZES:
        assert (HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'companion = "companion.cli:main"' in pyproject  # the binary the files name
    spec = (PACKAGING / "companion.spec").read_text()
    assert 'name="companion"' in spec


def test_the_metainfo_has_what_software_centres_show() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert len(root.findall("description/p")) >= 2
    screenshots = root.findall("screenshots/screenshot/image")
    assert screenshots and all(s.text and s.text.startswith("https://") for s in screenshots)
    assert root.find("content_rating").get("type", "").startswith("oars-")  # type: ignore[union-attr]
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__  # newest first, current
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("developer/name")


@pytest.mark.parametrize("size", SIZES)
def test_each_png_icon_has_its_size_and_is_not_blank(qapp: QApplication, size: int) -> None:
    image = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    centre = image.pixelColor(size // 2, size // 2)
    corner = image.pixelColor(0, 0)
    assert centre.alpha() == 255  # the drawing
    assert corner.alpha() < 64  # the rounded corner stays see-through


def test_the_pngs_are_fresh_renders_of_the_svg(qapp: QApplication, tmp_path: Path) -> None:
    """If this fails, run packaging/make_icons.py after changing companion.svg."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.render(ROOT / "assets" / "icons" / "companion.svg", tmp_path, APP_ID)
    for size in (16, 256):
        committed = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        fresh = QImage(str(tmp_path / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert fresh.size() == committed.size()
        step = max(1, size // 64)
        worst = 0
        for y in range(0, size, step):
            for x in range(0, size, step):
                a, b = committed.pixelColor(x, y), fresh.pixelColor(x, y)
                worst = max(
                    worst,
                    abs(a.red() - b.red()),
                    abs(a.green() - b.green()),
                    abs(a.blue() - b.blue()),
                    abs(a.alpha() - b.alpha()),
                )
        assert worst <= 16  # another Qt version may antialias a shade differently
    assert (tmp_path / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (
        ROOT / "assets" / "icons" / "companion.svg"
    ).read_bytes()


def test_the_desktop_action_starts_a_break() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    actions = desktop_entry()["Actions"].strip(";").split(";")
    for action in actions:
        command = parser[f"Desktop Action {action}"]["Exec"].split()
        assert command[:2] == ["companion", "break"]


def test_the_bundle_falls_back_to_its_own_portaudio(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """packaging/pyi_rth_portaudio.py: the system's library first, else the bundled one."""
    import ctypes.util
    import runpy
    import sys

    (tmp_path / "libportaudio.so.2").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    system: dict[str, str | None] = {"portaudio": None, "c": "libc.so.6"}
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: system.get(name))
    runpy.run_path(str(PACKAGING / "pyi_rth_portaudio.py"))
    assert ctypes.util.find_library("portaudio") == str(tmp_path / "libportaudio.so.2")
    assert ctypes.util.find_library("c") == "libc.so.6"
    system["portaudio"] = "libportaudio.so.2"  # installed on the system: that one wins
    assert ctypes.util.find_library("portaudio") == "libportaudio.so.2"


def test_every_package_of_the_code_is_in_the_wheel() -> None:
    """A new folder of code that the package list forgets works from the source tree and
    breaks the installed app at start: the list and the folders agree."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "companion").rglob("__init__.py")
    }
    assert found - listed == set()
