"""The printable card of our pause plan: one page (A4 or Letter) with Qt's PDF writer, or a PNG.

The card is HTML laid out by a QTextDocument and shrunk, if needed, until it fits one page.
Every text is in the user's language; everything the couple typed is escaped.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from companion.core.plan import PausePlan, Person
from companion.desktop.translate import translator
from companion.ui.shell.palette import CARD_INK, CARD_PANEL
from companion.ui.shell.plan_texts import (
    MESSAGING,
    REACH_OUT,
    TENDENCY,
    item_label,
    length_text,
)

__all__ = [
    "PAGE_SIZES",
    "card_html",
    "default_page_size",
    "page_layout",
    "paint_card",
    "write_pdf",
    "write_png",
]


_tr = translator("PausePlan")


PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_MARGIN_MM = 14.0
_PNG_DPI = 150
_LARGEST_SCALE = 1.3
_ACCENT = CARD_INK
_SOFT = CARD_PANEL


def default_page_size(locale: QLocale | None = None) -> str:
    """ "letter" where the locale measures in US units, else "a4"."""
    system = (locale or QLocale()).measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def _quoted(text: str) -> str:
    """``text`` in the quotation marks of the user's language."""
    return _tr("“{text}”").format(text=text)


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _row(label: str, value: str) -> str:
    return (
        f'<tr><td width="34%" style="color:{_ACCENT}; padding:4px 8px 4px 0;">'
        f"<b>{_e(label)}</b></td><td style='padding:4px 0;'>{_e(value)}</td></tr>"
    )


def _names(plan: PausePlan) -> str:
    names = [p.name for p in plan.people if p.name]
    return " & ".join(names)


def _person(person: Person, fallback: str) -> str:
    lines = [
        f'<p style="font-size:15pt; color:{_ACCENT};"><b>{_e(person.name or fallback)}</b></p>'
    ]
    if person.tendency.value:
        lines.append(f"<p><i>{_e(_tr(TENDENCY[person.tendency]))}</i></p>")
    if person.goes_to:
        lines.append(f"<p><b>{_e(_tr('Goes to:'))}</b> {_e(person.goes_to)}</p>")
    things = [item_label(i) for i in person.items] + ([person.own] if person.own else [])
    if things:
        lines.append(f"<p><b>{_e(_tr('During a pause:'))}</b></p><ul>")
        lines += [f"<li>{_e(thing)}</li>" for thing in things]
        lines.append("</ul>")
    if len(lines) == 1:
        lines.append(f"<p style='color:#666;'>{_e(_tr('Not filled in yet'))}</p>")
    return "".join(lines)


def card_html(plan: PausePlan) -> str:
    """The card as HTML for a QTextDocument."""
    kind = _tr("a gesture") if plan.signal_is_gesture else _tr("a word")
    signal = (
        f"<b>{_e(_quoted(plan.signal))}</b> <span style='font-size:13pt;'>({_e(kind)})</span>"
        if plan.signal
        else _e(_tr("Not decided yet"))
    )
    reach = _tr(REACH_OUT[plan.reach_out])
    if plan.reach_out_how:
        reach = f"{reach}: {plan.reach_out_how}"
    names = _names(plan)
    rows = "".join(
        [
            _row(_tr("A pause usually lasts"), length_text(plan.usual_minutes)),
            _row(_tr("Never longer than"), length_text(plan.longest_minutes)),
            _row(_tr("Messages during a pause"), _tr(MESSAGING[plan.messaging])),
            _row(_tr("At the return time, who reaches out"), reach),
        ]
    )
    opener = plan.opener or _tr("Not decided yet")
    footer = _tr(
        "Either of us may call a pause. Taking one is keeping our agreement, not leaving, "
        "and we come back at the time we said."
    )
    return (
        f'<table width="100%" cellpadding="14" style="background-color:{_ACCENT};">'
        f'<tr><td><p style="font-size:26pt; color:white;"><b>{_e(_tr("Our pause plan"))}</b></p>'
        + (f'<p style="font-size:15pt; color:white;">{_e(names)}</p>' if names else "")
        + f'<p style="color:white;">{_e(_tr("Made together, when we were both calm."))}</p>'
        "</td></tr></table>"
        f'<p style="font-size:20pt; margin-top:14px;">'
        f"<span style='color:{_ACCENT};'>{_e(_tr('Our signal'))}:</span> {signal}</p>"
        f'<table width="100%" style="font-size:13pt; margin-top:8px;">{rows}</table>'
        f'<table width="100%" cellspacing="8" style="font-size:13pt; margin-top:10px;"><tr>'
        f'<td width="50%" style="background-color:{_SOFT}; padding:10px;">'
        f"{_person(plan.people[0], _tr('Partner A'))}</td>"
        f'<td width="50%" style="background-color:{_SOFT}; padding:10px;">'
        f"{_person(plan.people[1], _tr('Partner B'))}</td></tr></table>"
        f'<p style="font-size:15pt; color:{_ACCENT}; margin-top:14px;">'
        f"<b>{_e(_tr('How we come back'))}</b></p>"
        f'<p style="font-size:16pt;">{_e(_quoted(opener) if plan.opener else opener)}</p>'
        f'<p style="color:#555; font-size:11pt; margin-top:16px;">{_e(footer)}</p>'
    )


def _paint(device: QPaintDevice, plan: PausePlan, page: QRectF) -> None:
    """Lay the card out on ``device`` inside ``page``, as large as fits (at most 1.3 times)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(card_html(plan))
    scale = _LARGEST_SCALE  # a short plan is drawn larger, a long one shrinks to fit
    for _ in range(12):
        doc.setTextWidth(page.width() / scale)
        height = doc.size().height() * scale
        if height <= page.height():
            break
        scale *= page.height() / height * 0.98
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(page.topLeft())
        painter.scale(scale, scale)
        doc.drawContents(painter, QRectF(0, 0, page.width() / scale, page.height() / scale))
    finally:
        painter.end()


def page_layout(page_size: str) -> QPageLayout:
    """The card's page: ``page_size`` ("a4" or "letter"), upright, with even margins."""
    return QPageLayout(
        QPageSize(PAGE_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def paint_card(plan: PausePlan, device: QPaintDevice) -> None:
    """Draw the card on one page of ``device`` (a printer), within its printable area."""
    _paint(device, plan, QRectF(0, 0, device.width(), device.height()))


def write_pdf(plan: PausePlan, path: Path, page_size: str = "a4") -> None:
    """Write the card as a one-page PDF of ``page_size`` ("a4" or "letter")."""
    writer = QPdfWriter(str(path))
    writer.setTitle(_tr("Our pause plan"))
    writer.setCreator("Companion")
    writer.setResolution(300)
    writer.setPageLayout(page_layout(page_size))
    paint_card(plan, writer)


def write_png(plan: PausePlan, path: Path, page_size: str = "a4") -> bool:
    """Write the card as a PNG the size of the page at 150 dpi; False if it cannot be saved."""
    size_mm = QPageSize(PAGE_SIZES[page_size]).size(QPageSize.Unit.Millimeter)
    to_px = _PNG_DPI / 25.4
    image = QImage(
        round(size_mm.width() * to_px), round(size_mm.height() * to_px), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(_PNG_DPI / 0.0254))
    image.setDotsPerMeterY(round(_PNG_DPI / 0.0254))
    image.fill(QColor("white"))
    margin = _MARGIN_MM * to_px
    inner = QSizeF(image.width() - 2 * margin, image.height() - 2 * margin)
    _paint(image, plan, QRectF(margin, margin, inner.width(), inner.height()))
    return bool(image.save(str(path)))  # the format follows the ".png" of the name
