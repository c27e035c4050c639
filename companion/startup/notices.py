"""The calm notices the window shows: a data file set aside, rows that could not be read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.storage.store import Store


def store_notice(store: Store) -> str:
    report = store.report
    if report.moved_aside is None:
        return ""
    return QCoreApplication.translate(
        "App",
        "Your earlier data file could not be read because {reason}. It has not been deleted: "
        "it is kept at {path}. Companion started a fresh, empty one.",
    ).format(reason=report.reason, path=report.moved_aside)


def unreadable_notice(counts: dict[str, int]) -> str:
    """A calm line per kind of entry that could not be read (each left untouched in the file)."""
    translate = QCoreApplication.translate
    texts = {
        "checkins": (
            translate("App", "1 check-in could not be read and was left as it is."),
            translate("App", "{n} check-ins could not be read and were left as they are."),
        ),
        "breaks": (
            translate("App", "1 break could not be read and was left as it is."),
            translate("App", "{n} breaks could not be read and were left as they are."),
        ),
        "sessions": (
            translate("App", "1 practice session could not be read and was left as it is."),
            translate("App", "{n} practice sessions could not be read and were left as they are."),
        ),
        "patterns": (
            translate("App", "1 breathing pattern could not be read and was left as it is."),
            translate("App", "{n} breathing patterns could not be read and were left as they are."),
        ),
    }
    return " ".join(
        texts[table][0] if n == 1 else texts[table][1].format(n=n)
        for table, n in counts.items()
        if n and table in texts
    )


def notice_sentence(title: str, body: str) -> str:
    """A notification's title and body as one punctuated line for the banner."""
    title = title.strip()
    if title and title[-1] not in ".!?":
        title += "."
    return f"{title} {body.strip()}".strip()
