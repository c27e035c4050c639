"""Reading a typed return time the way the user's locale writes times, and plan labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from companion.core.agreement import PLAN_ITEMS

__all__ = ["locale_time_formats", "plan_label", "qt_time_format_to_strptime"]


def qt_time_format_to_strptime(fmt: str) -> str:
    """Turn a Qt time format ("h:mm AP", "HH 'h' mm") into a strptime format."""
    out: list[str] = []
    twelve = "a" in fmt.lower().replace("'", "")
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "'":
            end = fmt.find("'", i + 1)
            end = len(fmt) if end < 0 else end
            out.append(fmt[i + 1 : end].replace("%", "%%") or "'")
            i = end + 1
            continue
        run = 1
        while i + run < len(fmt) and fmt[i + run] == ch:
            run += 1
        if ch in "hH":
            out.append("%I" if twelve else "%H")
        elif ch == "m":
            out.append("%M")
        elif ch == "s":
            out.append("%S")
        elif ch in "aA":
            out.append("%p")
            if i + run < len(fmt) and fmt[i + run] in "pP":
                run += 1
        elif ch in "zt":
            pass  # milliseconds and zone names: never typed for a return time
        else:
            out.append((ch * run).replace("%", "%%"))
        i += run
    return " ".join("".join(out).split())


def locale_time_formats(locale: QLocale) -> tuple[str, ...]:
    """strptime formats for the times the user's locale shows (short and long)."""
    formats: list[str] = []
    for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        converted = qt_time_format_to_strptime(locale.timeFormat(kind))
        if converted and converted not in formats:
            formats.append(converted)
    return tuple(formats)


def plan_label(item_id: str) -> str:
    """The translated label of a plan item (the id itself for an unknown one)."""
    for item in PLAN_ITEMS:
        if item.id == item_id:
            return QCoreApplication.translate("PlanItem", item.label)
    return item_id
