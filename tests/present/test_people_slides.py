"""People and awards as slides: a person's page of reading beside their photo
(decoded like a still, at the slide's size), the awards as an end card, and a
quote shown in translation marked as one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from mediakit.gui.present.slides import SlideLayout, SlideRenderer
from mediakit.gui.present.stills import PHOTOS, StillSource, person_of, photo_index
from mediakit.kit import load
from mediakit.kit.manifest.model import Kit, Slide
from mediakit.kit.manifest.presentation import SlideSpec, build_sequence
from mediakit.tasks import TaskRunner
from tests.conftest import ROPED
from tests.kit.helpers import make_kit

SIZES = [(1920, 1080), (1024, 768), (1280, 720)]
BIO = " ".join(f"Sentence {n} of a long biography, about films and festivals." for n in range(60))
KIT = f"""\
mediakit: 1
id: slides
title: {{en: The Rope, fr: La Corde}}
languages: [en, fr]
quotes:
  - {{text: {{fr: Un film rare., en: A rare film.}}, by: Le Monde, language: fr}}
people:
  - name: Jane Doe
    roles: [{{en: Director, fr: Réalisatrice}}]
    photo: jane.png
    bio: {{en: "Born in **Lyon**.", fr: "Née à **Lyon**."}}
    filmography: [{{title: Salt, year: 2022, kind: {{en: Short film, fr: Court-métrage}}}}]
  - name: Ann Poe
    bio: {{en: "{BIO}", fr: "{BIO}"}}
awards:
  - {{event: Clermont-Ferrand, year: 2026}}
  - {{event: Annecy, year: 2025, prize: {{en: Best short, fr: Meilleur court}}, place: France}}
presentation:
  - show: people
  - show: awards
  - show: person:1
  - show: quote:1
"""
RED = QColor(220, 30, 30)


@pytest.fixture(autouse=True)
def _app(qapp) -> None:
    """Fonts and text layout need a QGuiApplication."""


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    buffer = QImage(300, 400, QImage.Format.Format_RGB32)
    buffer.fill(RED)
    photo = tmp_path / "k" / "jane.png"
    photo.parent.mkdir(parents=True)
    buffer.save(str(photo))
    result = load(make_kit(tmp_path / "k", KIT))
    assert result.kit is not None, result.problems
    return result.kit


def renderer(kit: Kit, language: str = "en") -> SlideRenderer:
    return SlideRenderer(kit, language, StillSource(kit, TaskRunner(synchronous=True)))


def paint(r: SlideRenderer, slide: SlideSpec, size: tuple[int, int], page: int = 0):
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("magenta"))
    painter = QPainter(image)
    layout = r.paint(painter, QRect(0, 0, *size), slide, page)
    painter.end()
    return image, layout


def every_page(r: SlideRenderer, slide: SlideSpec, size: tuple[int, int]) -> list[SlideLayout]:
    layouts = []
    for page in range(r.pages(slide, QSize(*size))):
        image, layout = paint(r, slide, size, page)
        assert image.pixelColor(0, 0) != QColor("magenta")
        assert layout.text_boxes and layout.fits
        for box in layout.text_boxes:
            assert QRectF(0, 0, *size).contains(box), (box, size)
        layouts.append(layout)
    return layouts


def test_the_sequence(kit: Kit) -> None:
    assert [(s.kind, s.item) for s in build_sequence(kit)] == [
        ("person", 0), ("person", 1), ("awards", None), ("person", 0), ("quote", 0),
    ]  # fmt: skip


def test_photo_indexes() -> None:
    assert photo_index(0) == PHOTOS and person_of(photo_index(7)) == 7
    assert person_of(-1) is None and person_of(3) is None


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_word_of_every_person_and_award_is_drawn(
    kit: Kit, size: tuple[int, int], language: str
) -> None:
    r = renderer(kit, language)
    for slide in build_sequence(kit)[:3]:
        layouts = every_page(r, slide, size)
        assert sum(layout.words_drawn for layout in layouts) == layouts[0].words_total, slide


def test_a_long_biography_flows_onto_more_pages(kit: Kit) -> None:
    r = renderer(kit)
    assert r.pages(SlideSpec("person", item=1), QSize(1024, 768)) > 1


def test_the_photo_stands_left_of_the_text(kit: Kit) -> None:
    r = renderer(kit)
    slide = SlideSpec("person", item=0)
    picture = r.picture(slide, QSize(1920, 1080))
    assert picture is not None and picture[0] == photo_index(0)
    box = picture[1]
    assert box.width() < 1920 * 0.3 and box.height() < 1080  # decoded to fit its place only
    image, layout = paint(r, slide, (1920, 1080))
    reds = [x for x in range(0, 1920, 8) if image.pixelColor(x, 540) == RED]
    assert reds and max(reds) < 1920 * 0.3
    name_box = max(layout.text_boxes, key=lambda b: b.height())  # the name, set largest
    assert name_box.left() > max(reds)
    corner = min(layout.text_boxes, key=lambda b: b.top())  # the title, above the photo
    assert corner.left() <= min(reds)
    # A person without a photo reads in the centred column, like a text slide.
    assert r.picture(SlideSpec("person", item=1), QSize(1920, 1080)) is None


def test_the_show_waits_for_the_photo(qtbot, kit: Kit) -> None:
    from mediakit.gui.present.controller import PresentController

    show = PresentController(kit, "en")
    try:
        size = QSize(1280, 720)
        assert show.preview(1, size)
        qtbot.waitUntil(lambda: not show.busy(size), timeout=10_000)
        wanted = show.renderer.picture(show.deck.current(), size)
        assert wanted is not None and show.stills.image(*wanted) is not None
    finally:
        show.discard()


def test_a_translated_quote_is_marked_on_its_slide(kit: Kit) -> None:
    slide = SlideSpec("quote", item=0)
    english = renderer(kit, "en")._quote_paras(kit.quotes[0], 7.2)
    assert [p.text for p in english][-1] == "translated from French"
    french = renderer(kit, "fr")._quote_paras(kit.quotes[0], 7.2)
    assert all("translated" not in p.text for p in french)
    every_page(renderer(kit, "en"), slide, (1280, 720))


def test_roped_with_its_people_on_slides() -> None:
    result = load(ROPED)
    assert result.kit is not None
    kit = dataclasses.replace(result.kit, presentation=(Slide("people"), Slide("person:1")))
    slides = build_sequence(kit)
    assert [(s.kind, s.item) for s in slides] == [
        ("person", 0), ("person", 1), ("person", 2), ("person", 0),
    ]  # fmt: skip
    r = renderer(kit, "fr")
    for size in SIZES:
        layouts = every_page(r, slides[0], size)
        assert sum(layout.words_drawn for layout in layouts) == layouts[0].words_total
