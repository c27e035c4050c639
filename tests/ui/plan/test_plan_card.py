"""The card for the fridge: one page, A4 or Letter, every field on it, in the user's language."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from helpers.german import shipped_german
from PySide6.QtGui import QImage

from companion.core.agreement import PLAN_ITEMS
from companion.core.plan import Messaging, PausePlan, Person, ReachOut, Tendency
from companion.services.breaks import amount_text
from companion.ui.plan.plan_card import default_page_size, write_pdf, write_png

PLAN = PausePlan(
    signal="Ananas",
    usual_minutes=45,
    longest_minutes=180,
    messaging=Messaging.HALFWAY,
    reach_out=ReachOut.WAITER,
    reach_out_how="a soft knock on the door",
    opener="Tea first, then we talk?",
    people=(
        Person("Sam", Tendency.PUSH, "the balcony", ("walk", "water"), "stretching"),
        Person("Alex", Tendency.QUIET, "the study", ("breathe",), "music with headphones"),
    ),
)
ENTERED = [
    "Ananas",
    "45 min",
    "3 h",
    "a soft knock on the door",
    "Tea first, then we talk?",
    "Sam",
    "Alex",
    "the balcony",
    "the study",
    "stretching",
    "music with headphones",
]
#: Points of the page sizes (PDF user units): A4 is 595 x 842, Letter 612 x 792.
SIZES = {"a4": (595, 842), "letter": (612, 792)}


def pdf_text(path: Path) -> tuple[int, tuple[int, int], str]:
    """Pages, the first page's size in points, and its text with spaces and ligatures undone."""
    reader = pypdf.PdfReader(path)
    box = reader.pages[0].mediabox
    text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    size = (round(float(box.width)), round(float(box.height)))
    return len(reader.pages), size, re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_one_page_with_every_field(tmp_path: Path, qapp: object, page_size: str) -> None:
    path = tmp_path / "card.pdf"
    write_pdf(PLAN, path, page_size)
    pages, size, text = pdf_text(path)
    assert pages == 1
    assert size == SIZES[page_size]
    for entered in ENTERED:
        assert entered in text
    assert "Our pause plan" in text
    assert "One short message halfway" in text
    assert "The one who stayed" in text
    assert "I tend to push to sort it out" in text
    for item in PLAN_ITEMS:
        chosen = item.id in ("walk", "water", "breathe")
        assert (item.label in text) == chosen


def test_in_german(tmp_path: Path, german: None) -> None:
    path = tmp_path / "karte.pdf"
    write_pdf(PLAN, path, "a4")
    _, _, text = pdf_text(path)
    for entered in ENTERED[:1] + ENTERED[3:]:
        assert entered in text
    assert f"{amount_text(45)} " in text and amount_text(180) in text  # worded in German
    assert amount_text(45) != "45 min"
    for source in ("Our pause plan", "How we come back", "One short message halfway"):
        assert shipped_german("PausePlan", source) in text
    assert shipped_german("PlanItem", "Take a short walk") in text
    assert "Our pause plan" not in text


def test_a_very_long_plan_still_fits_one_page(tmp_path: Path, qapp: object) -> None:
    long = "so many words " * 60
    people = tuple(
        Person(long[:200], goes_to=long, items=tuple(i.id for i in PLAN_ITEMS), own=long)
        for _ in range(2)
    )
    path = tmp_path / "long.pdf"
    write_pdf(PausePlan(signal=long, opener=long, people=(people[0], people[1])), path, "letter")
    pages, _, text = pdf_text(path)
    assert pages == 1
    assert "so many words" in text


def test_an_empty_plan_prints_a_card_that_says_what_is_open(tmp_path: Path, qapp: object):
    path = tmp_path / "empty.pdf"
    write_pdf(PausePlan(), path, "a4")
    _, _, text = pdf_text(path)
    assert "Our pause plan" in text
    assert "Not decided yet" in text


def test_the_png_is_a_page_with_a_card_on_it(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "card.png"
    assert write_png(PLAN, path, "a4")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1240, 1754)  # A4 at 150 dpi
    small = image.scaled(124, 175)
    colours = [small.pixelColor(x, y) for x in range(small.width()) for y in range(small.height())]
    inked = sum(1 for c in colours if c.lightness() < 200)
    assert inked > len(colours) * 0.05  # not blank: a coloured title band and text
    assert len({c.rgb() for c in colours}) > 20


def test_paper_follows_the_locale() -> None:
    from PySide6.QtCore import QLocale

    assert default_page_size(QLocale("en_US")) == "letter"
    assert default_page_size(QLocale("de_DE")) == "a4"
    assert default_page_size(QLocale("en_GB")) == "a4"


def test_what_the_couple_typed_is_printed_as_typed(tmp_path: Path, qapp: object) -> None:
    typed = PausePlan(signal="<b>Tom & Jerry</b>", opener="a {brace} and a\nsecond line")
    path = tmp_path / "typed.pdf"
    write_pdf(typed, path, "a4")
    _, _, text = pdf_text(path)
    assert "<b>Tom & Jerry</b>" in text
    assert "a {brace} and a second line" in text
