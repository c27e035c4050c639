"""The command line. With no command, the GUI starts.

A user error (bad argument, bad time, unreadable file) prints one clear line to stderr and
exits 2; nothing a user types ever produces a traceback.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from companion import APP_NAME, EXIT_USAGE, __version__

if TYPE_CHECKING:
    from companion.storage.store import Store

EXIT_OK = 0
EXIT_FAIL = 1


class UserError(Exception):
    """Something the user can fix; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line (the usage lines stay for ``--help``)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see companion --help)\n")


#: Signals that end a command that writes a file; it removes its temporary file first.
_ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="folder for the database (default: $COMPANION_DATA_DIR or the standard location)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="companion",
        description=(
            f"{APP_NAME}: step away well when a fight floods you, breathe, "
            "and come back when you said you would. With no command, the window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    _common(parser, top=True)
    parser.add_argument(
        "--reduced-motion", action="store_true", help="no moving animations in the pacer"
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray (or minimised) without opening the window, as at login",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("doctor", help="check that everything the app needs is in place")
    _common(p, top=False)

    p = sub.add_parser("break", help="start a break: 'companion break 20' or 'break 19:30'")
    p.add_argument("when", nargs="+", help="minutes ('20', '1h 15m') or a clock time ('19:30')")
    _common(p, top=False)

    p = sub.add_parser(
        "wait", help="your partner is taking a break: 'companion wait 20' or 'wait 19:30'"
    )
    p.add_argument("when", nargs="+", help="minutes ('20', '1h 15m') or a clock time ('19:30')")
    _common(p, top=False)

    p = sub.add_parser("status", help="print the current break, if one is running")
    _common(p, top=False)

    p = sub.add_parser("export", help="write all your data as CSV or JSON")
    p.add_argument("--format", choices=("csv", "json"), default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    _common(p, top=False)

    p = sub.add_parser("render-audio", help="write the breathing cues to a WAV file")
    p.add_argument("--pattern", default="exhale-4-6", help="a preset id or a spec like 4-0-6-0")
    p.add_argument("--minutes", type=float, default=1.0)
    p.add_argument("--style", default="soft", help="soft, bell, breath or silent")
    p.add_argument("--volume", type=float, default=0.8, help="0.0 to 1.0")
    p.add_argument("--rate", type=int, default=48000, help="sample rate in Hz")
    p.add_argument("--ease-in", action="store_true", help="start faster and slow down")
    p.add_argument("--rhythm", action="store_true", help="taps mark the phases: 1 in, 2 out")
    p.add_argument("-o", "--output", metavar="FILE.wav", required=True)
    _common(p, top=False)
    return parser


def resolve_data_dir(arg: str | None) -> Path:
    """The data folder from ``--data-dir``, else the environment or the standard place."""
    if arg:
        try:
            return Path(arg).expanduser()
        except RuntimeError:  # "~someone" who does not exist here
            raise UserError(f"there is no home folder for {arg.split('/', 1)[0]}") from None
    from companion.desktop.paths import default_data_dir

    try:
        return default_data_dir()
    except RuntimeError as exc:
        raise UserError(f"the data folder cannot be worked out ({exc})") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``companion`` command."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):  # a folder name that is not UTF-8 must not crash a print
            reconfigure(errors="backslashreplace")
    from companion.desktop.local_only import keep_connections_local

    keep_connections_local()  # before Qt's D-Bus or PulseAudio can read the environment
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    command = args.command or "gui"
    if command in ("export", "render-audio"):
        for signum in _ENDING_SIGNALS:
            signal.signal(signum, _exit_on_signal)
    try:
        handler = COMMANDS[command]
        return handler(args)
    except UserError as exc:
        print(f"companion: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # a path the system refuses (too long, not allowed, ...)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"companion: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


# --------------------------------------------------------------------- commands
def cmd_gui(args: argparse.Namespace, message: dict[str, str] | None = None) -> int:
    from companion.desktop.qt_imports import load_qt_plainly

    load_qt_plainly()  # before any other module: Qt's import hook would cache their source
    from companion.desktop.platform_check import check_display

    problem = check_display()  # the rest is checked only if Qt cannot start
    if problem:
        print(f"companion: {problem}", file=sys.stderr)
        return EXIT_FAIL
    from companion.app import run_gui
    from companion.desktop.paths import keep_files_private

    keep_files_private()
    data_dir = resolve_data_dir(args.data_dir)
    return run_gui(
        data_dir,
        reduced_motion=args.reduced_motion,
        message=message,
        background=bool(getattr(args, "background", False)),
    )


def cmd_break(args: argparse.Namespace, command: str = "break") -> int:
    text = " ".join(args.when).strip()
    from companion.core.agreement import ReturnTimeError, parse_return
    from companion.core.clock import SystemClock
    from companion.services.break_words import local_now, local_zone, problem_text

    try:
        parse_return(text, local_now(SystemClock(), local_zone()))
    except ReturnTimeError as exc:
        raise UserError(problem_text(exc)) from None
    data_dir = resolve_data_dir(args.data_dir)
    _database_present(data_dir)
    running = _running_break_line(data_dir)
    if running:
        hint = ' To ask for more time, use "I need more time" in the window.'
        raise UserError(f"a break is already running ({running})." + hint * (command == "break"))
    args.reduced_motion = getattr(args, "reduced_motion", False)
    return cmd_gui(args, message={"cmd": command, "arg": text})


def cmd_wait(args: argparse.Namespace) -> int:
    """Start waiting for the partner's return time: the same time rules as ``break``."""
    return cmd_break(args, "wait")


def _database_present(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds a database; a folder the system or SQLite refuses is a
    user error in one line."""
    from companion.storage.integrity import DB_NAME, PathTooLong, check_path_length

    try:
        check_path_length(data_dir / DB_NAME)
        return (data_dir / DB_NAME).exists()
    except PathTooLong as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot use the data folder {data_dir}: {exc.strerror or exc}") from None


@contextmanager
def _existing_store(data_dir: Path) -> Iterator[Store | None]:
    """The store in ``data_dir`` if there is one (None otherwise); never creates anything.

    An unreadable file is reported as a user error and left where it is: setting it aside is
    for the app, which can tell the user where it went.
    """
    from companion.storage.store import StorageError, Store

    if not _database_present(data_dir):
        yield None
        return
    try:
        store = Store.open(data_dir, set_aside=False)
    except StorageError as exc:
        raise UserError(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def _running_break_line(data_dir: Path) -> str | None:
    """The status line of a break stored as running, or None."""
    from companion.core.clock import SystemClock
    from companion.services.break_status import status_line

    try:
        with _existing_store(data_dir) as store:
            if store is None or store.active_break() is None:
                return None
            return status_line(store, SystemClock())
    except UserError:
        return None  # the app itself will explain the file when it starts


def cmd_status(args: argparse.Namespace) -> int:
    from companion.core.clock import SystemClock
    from companion.services.break_status import status_line

    with _existing_store(resolve_data_dir(args.data_dir)) as store:
        print(status_line(store, SystemClock()) if store else "No break is running.")
        if store is not None:
            _report_unreadable(store.unreadable_counts())
    return EXIT_OK


def _report_unreadable(counts: Mapping[str, int]) -> None:
    """One line on stderr about rows that were skipped because they could not be read."""
    from companion.storage.store import unreadable_note

    note = unreadable_note(dict(counts))
    if note:
        print(f"companion: {note}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from companion.storage.export import ExportError, export_data

    data_dir = resolve_data_dir(args.data_dir)
    with _existing_store(data_dir) as store:
        if store is None:
            raise UserError(f"there is no Companion data in {data_dir} (nothing to export)")
        try:
            if args.output:
                summary = export_data(store, args.format, Path(args.output))
                print(f"Exported to {args.output}", file=sys.stderr)
            else:
                summary = export_data(store, args.format, sys.stdout)
        except ExportError as exc:
            raise UserError(str(exc)) from None
        _report_unreadable(summary.skipped)
    return EXIT_OK


def cmd_render_audio(args: argparse.Namespace) -> int:
    from companion.audio.render import RenderError, render_wav

    try:
        render_wav(
            args.pattern,
            args.minutes,
            Path(args.output),
            style=args.style,
            volume=args.volume,
            rate=args.rate,
            ease_in=args.ease_in,
            rhythm=args.rhythm,
        )
    except RenderError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"Wrote {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    from companion.desktop.doctor import run_doctor

    return run_doctor(resolve_data_dir(args.data_dir))


COMMANDS = {
    "gui": cmd_gui,
    "doctor": cmd_doctor,
    "break": cmd_break,
    "wait": cmd_wait,
    "status": cmd_status,
    "export": cmd_export,
    "render-audio": cmd_render_audio,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
