"""Read the running app through AT-SPI, the interface screen readers use, and print a JSON report.

This runs under the system Python (Debian's ``python3-pyatspi`` lives there), inside a private
D-Bus session that the calling test starts with ``dbus-run-session``. It starts the AT-SPI bus
launcher and registry, then the app (the command after ``--``), and visits every area and
dialog the way a keyboard user would (xdotool keys) or a screen reader would (AT-SPI actions).
The test decides what is right; this script only reports what it read.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
APP_NAME = "Companion"
#: Long enough for a cold start on a busy machine; every wait polls and stops early.
PATIENCE = 60.0

EVENTS: list[dict[str, object]] = []


def pump(seconds: float = 0.0) -> None:
    """Let GLib deliver pending AT-SPI events (the walker is single threaded)."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= deadline:
            return
        time.sleep(0.02)  # polling another process


def wait_for(probe, what: str, timeout: float = PATIENCE):
    """Poll ``probe`` until it returns something truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = probe()
        except Exception:  # the tree changes under us while the app builds a page
            found = None
        if found:
            return found
        pump(0.05)
    raise SystemExit(f"timed out waiting for {what}")


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name and APP_NAME.lower() in app.name.lower():
            return app
    return None


def windows(app) -> list:
    return [app.getChildAtIndex(i) for i in range(app.childCount)]


def active_window(app):
    for window in windows(app):
        if window is not None and window.getState().contains(pyatspi.STATE_ACTIVE):
            return window
    return None


def states(node) -> set[str]:
    return {pyatspi.stateToString(s) for s in node.getState().getStates()}


def actions(node) -> list[str]:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def value(node) -> float | None:
    try:
        return float(node.queryValue().currentValue)
    except NotImplementedError:
        return None


def text(node) -> str | None:
    try:
        iface = node.queryText()
    except NotImplementedError:
        return None
    return str(iface.getText(0, -1))


def labelled_by(node) -> list[str]:
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                names.append(relation.getTarget(i).name)
    return names


def describe(node, path: str) -> dict[str, object]:
    return {
        "path": path,
        "name": node.name or "",
        "description": node.description or "",
        "role": node.getRoleName(),
        "states": sorted(states(node)),
        "actions": actions(node),
        "value": value(node),
        "text": text(node),
        "labelled_by": labelled_by(node),
        "children": node.childCount,
    }


def walk(root, limit: int = 3000) -> list[dict[str, object]]:
    """Every showing node under ``root``, depth first (hidden pages are skipped)."""
    found: list[dict[str, object]] = []
    stack = [(root, root.getRoleName())]
    while stack and len(found) < limit:
        node, path = stack.pop()
        if node is None:
            continue
        info = describe(node, path)
        found.append(info)
        if "showing" not in info["states"] and node is not root:
            continue
        for i in reversed(range(node.childCount)):
            child = node.getChildAtIndex(i)
            if child is not None:
                stack.append((child, f"{path}/{child.getRoleName()}:{child.name or ''}"))
    return found


def find(root, predicate):
    """The first showing node under ``root`` that matches."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if predicate(node):
            return node
        for i in reversed(range(node.childCount)):
            stack.append(node.getChildAtIndex(i))
    return None


def showing_menu_item(app, name: str):
    """A menu item called ``name`` that is on screen, in any window of the app (popups too)."""
    for window in windows(app):
        if window is None:
            continue
        found = find(
            window,
            lambda n: (
                n.getRoleName() == "menu item"
                and n.name == name
                and n.getState().contains(pyatspi.STATE_SHOWING)
            ),
        )
        if found is not None:
            return found
    return None


def key(*keys: str) -> None:
    """Type as a user would, into whichever window has the keyboard focus."""
    subprocess.run(["xdotool", "key", *keys], check=True, timeout=30)


def on_event(event) -> None:
    try:
        source = event.source.name or "" if event.source is not None else ""
        role = event.source.getRoleName() if event.source is not None else ""
    except Exception:  # the source went away before we asked; the event still counts
        source, role = "", ""
    detail = str(event.any_data) if event.any_data is not None else ""
    EVENTS.append(
        {
            "type": str(event.type),
            "source": source,
            "role": role,
            "detail": detail,
            "at": time.time(),
        }
    )


def heard(kind: str, pattern: str) -> list[dict[str, object]]:
    """The events of type ``kind`` received so far whose detail matches ``pattern``."""
    return [e for e in EVENTS if e["type"] == kind and re.fullmatch(pattern, str(e["detail"]))]


def start_accessibility_bus() -> list[subprocess.Popen[bytes]]:
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"])
    address = wait_for(
        lambda: subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply=literal",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            capture_output=True,
            text=True,
        ).stdout.strip(),
        "the AT-SPI bus",
    )
    os.environ["AT_SPI_BUS_ADDRESS"] = address
    registry = subprocess.Popen([REGISTRY])
    return [launcher, registry]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--script", required=True, help="JSON list of steps to take")
    parser.add_argument("--out", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [c for c in args.command if c != "--"]
    helpers = start_accessibility_bus()
    # A busy machine may take a while to answer; wait as long as for anything else.
    Atspi.set_timeout(int(PATIENCE * 1000), int(PATIENCE * 1000))
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app_proc = subprocess.Popen(command, env=env, stdout=sys.stderr, stderr=sys.stderr)
    report: dict[str, object] = {"snapshots": {}, "events": EVENTS}
    try:
        for kind in (
            "object:announcement",
            "object:state-changed:focused",
            "object:property-change:accessible-value",
        ):
            pyatspi.Registry.registerEventListener(on_event, kind)
        app = wait_for(find_app, "the app on the AT-SPI bus")
        run_steps(app, json.loads(args.script), report)
    except SystemExit as stop:
        report["error"] = str(stop)
        try:
            report["windows"] = [w.name for w in windows(find_app()) if w is not None]
        except Exception as exc:  # the app may be gone; the error above is what matters
            report["windows"] = [repr(exc)]
        raise
    finally:
        with open(args.out, "w", encoding="utf-8") as out:
            json.dump(report, out, indent=1)
        app_proc.terminate()
        try:
            app_proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app_proc.kill()
            app_proc.wait()
        for helper in reversed(helpers):
            helper.terminate()
            helper.wait(timeout=10)
    return 0


def x_window_id(title: str = APP_NAME) -> str:
    # xdotool patterns do not cope with non-ASCII titles: match the first word.
    plain = re.match(r"[A-Za-z0-9]*", title).group(0)

    def probe() -> str:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", f"^{plain}"],
            capture_output=True,
            text=True,
        )
        return found.stdout.split()[0] if found.stdout.split() else ""

    return wait_for(probe, f"the window {title!r} on X")


def focus_x_window(title: str) -> None:
    window_id = x_window_id(title)
    subprocess.run(["xdotool", "windowfocus", "--sync", window_id], timeout=30)


def press(app, role: str, name: str, *, exact: bool) -> None:
    """Take a node's press action, as a screen reader does (``name`` whole or its start)."""
    node = wait_for(
        lambda: find(
            active_window(app),
            lambda n: (
                n.getRoleName() == role
                and (n.name == name if exact else (n.name or "").startswith(name))
            ),
        ),
        f"{role} {name!r}",
    )
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("press") if "press" in names else 0)
    pump(0.3)


def tab_to(app, role: str, label: str, limit: int = 60) -> None:
    """Press Tab, as a keyboard user does, until the ``role`` node labelled ``label`` has the
    focus; each press waits for the focus to move, so a slow app loses no key."""

    def focused_target():
        return find(
            active_window(app),
            lambda n: (
                n.getRoleName() == role
                and label in labelled_by(n)
                and n.getState().contains(pyatspi.STATE_FOCUSED)
            ),
        )

    for _ in range(limit):
        if focused_target() is not None:
            return
        seen = len(EVENTS)
        key("Tab")
        wait_for(
            lambda seen=seen: [
                e for e in EVENTS[seen:] if e["type"] == "object:state-changed:focused"
            ],
            "the focus to move on Tab",
        )
        pump(0.1)
    wait_for(focused_target, f"focus on {role} {label!r}")


def run_steps(app, steps: list[list[str]], report: dict[str, object]) -> None:
    """Take each step: ["keys", k...], ["snapshot", name], ["press" or "press_prefix", role,
    name or its start], ["wait_name", name], ["wait_prefix", start], ["wait_window", title],
    ["wait_menu_item", name], ["tab_to", role, label], ["wait_event", type, pattern, seconds].
    A press that opens a modal dialog gets no reply until it closes: open those with keys."""
    focus_x_window(APP_NAME)
    wait_for(lambda: active_window(app), "an active window")
    snapshots: dict[str, object] = report["snapshots"]  # type: ignore[assignment]
    taken: dict[str, float] = {}
    report["snapshot_times"] = taken
    for step in steps:
        verb, rest = step[0], step[1:]
        report["last_step"] = step
        if verb == "keys":
            key(*rest)
            pump(0.3)
        elif verb == "wait_name":
            wait_for(
                lambda want=rest[0]: find(active_window(app), lambda n: n.name == want),
                f"a node named {rest[0]!r}",
            )
        elif verb == "wait_prefix":
            wait_for(
                lambda want=rest[0]: find(
                    active_window(app), lambda n: (n.name or "").startswith(want)
                ),
                f"a node named {rest[0]!r}…",
            )
        elif verb == "tab_to":
            tab_to(app, rest[0], rest[1])
        elif verb == "wait_menu_item":
            # A popup menu takes the keyboard only once it shows: keys sent sooner go astray.
            wait_for(
                lambda want=rest[0]: showing_menu_item(app, want), f"the menu item {rest[0]!r}"
            )
        elif verb == "wait_event":
            kind, pattern, patience = rest
            probe = functools.partial(heard, kind, pattern)
            wait_for(probe, f"{kind} saying {pattern!r}", float(patience))
        elif verb == "snapshot":
            pump(0.2)
            window = wait_for(lambda: active_window(app), "an active window")
            taken[rest[0]] = time.time()
            snapshots[rest[0]] = walk(window)
        elif verb in ("press", "press_prefix"):
            press(app, rest[0], rest[1], exact=verb == "press")
        elif verb == "wait_window":
            # No window manager runs on Xvfb: give the window the focus as one would.
            focus_x_window(rest[0])
            wait_for(
                lambda title=rest[0]: (active_window(app) or app).name == title,
                f"the window {rest[0]!r}",
            )
        else:
            raise SystemExit(f"unknown step {verb}")
    pump(0.5)


if __name__ == "__main__":
    sys.exit(main())
