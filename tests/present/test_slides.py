"""Every slide kind painted at projector sizes: the layout itself is checked —
every text box inside the slide, every word drawn across the pages, nothing
overflowing — not just that an image came out."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from mediakit.gui import theme
from mediakit.gui.present.layout import SANS, Flow, Para, font
from mediakit.gui.present.slides import SlideLayout, SlideRenderer
from mediakit.gui.present.stills import POSTER, StillSource
from mediakit.kit import load
from mediakit.kit.manifest.model import Kit, KitFile, Slide, Still, Text
from mediakit.kit.manifest.presentation import SlideSpec, build_sequence
from mediakit.tasks import TaskRunner
from tests.conftest import ROPED

SIZES = [(1920, 1080), (1024, 768)]
TEXT_SIZES = [*SIZES, (1440, 1080), (2560, 1080), (1280, 800), (3840, 2160)]
LONG = " ".join(
    f"Paragraphe {n}. Une femme, entraînée par une mystérieuse corde, traverse des paysages "
    "hostiles, sous un ciel d’orage, sans savoir qui tient l’autre bout.\n"
    for n in range(1, 9)
).replace("\n ", "\n\n")


@pytest.fixture(autouse=True)
def _app(qapp) -> None:
    """Fonts and text layout need a QGuiApplication."""


@pytest.fixture(scope="module")
def kit() -> Kit:
    result = load(ROPED)
    assert result.kit is not None
    # ROPED's own sequence, plus the one text field it does not show.
    extra = (*result.kit.presentation, Slide("statement"))
    return dataclasses.replace(result.kit, presentation=extra)


def renderer(kit: Kit, language: str = "fr") -> SlideRenderer:
    return SlideRenderer(kit, language, StillSource(kit, TaskRunner(synchronous=True)))


def paint(r: SlideRenderer, slide: SlideSpec, size: tuple[int, int], page: int = 0):
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("magenta"))  # anything unpainted would show
    painter = QPainter(image)
    layout = r.paint(painter, QRect(0, 0, *size), slide, page)
    painter.end()
    return image, layout


def check_inside(layout: SlideLayout, size: tuple[int, int]) -> None:
    bounds = QRectF(0, 0, *size)
    assert layout.text_boxes
    for box in layout.text_boxes:
        assert bounds.contains(box), (box, size)


def all_pages(r: SlideRenderer, slide: SlideSpec, size: tuple[int, int]) -> list[SlideLayout]:
    layouts = []
    for page in range(r.pages(slide, QSize(*size))):
        image, layout = paint(r, slide, size, page)
        assert image.pixelColor(0, 0) != QColor("magenta")
        check_inside(layout, size)
        assert layout.fits
        layouts.append(layout)
    return layouts


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_every_slide_of_roped_fits_with_every_word(kit: Kit, language: str, size) -> None:
    r = renderer(kit, language)
    for slide in build_sequence(kit):
        layouts = all_pages(r, slide, size)
        assert layouts, slide
        total = layouts[0].words_total
        assert total > 0, slide
        assert sum(layout.words_drawn for layout in layouts) == total, slide


@pytest.mark.parametrize("size", TEXT_SIZES)
@pytest.mark.parametrize("field", ["logline", "synopsis", "statement", "ai_disclosure"])
def test_text_slides_scale_to_every_aspect(kit: Kit, field: str, size) -> None:
    r = renderer(kit)
    slide = SlideSpec("text", field, None, None, field)
    layouts = all_pages(r, slide, size)
    assert sum(layout.words_drawn for layout in layouts) == layouts[0].words_total


def test_a_long_synopsis_flows_onto_pages_without_losing_a_word(kit: Kit) -> None:
    long_kit = dataclasses.replace(kit, synopsis=Text({"fr": LONG}))
    r = renderer(long_kit)
    slide = SlideSpec("text", "synopsis", None, None, "synopsis")
    small, large = QSize(1024, 768), QSize(3840, 2160)
    assert r.pages(slide, small) > 1
    layouts = all_pages(r, slide, (1024, 768))
    assert len(layouts) == r.pages(slide, small)
    assert sum(layout.words_drawn for layout in layouts) == len(LONG.split()) + 1  # + SYNOPSIS
    assert all(layout.words_drawn > 0 for layout in layouts)
    # Type scales with the height: a 4K screen takes the same number of pages as 1080p.
    assert r.pages(slide, large) == r.pages(slide, QSize(1920, 1080))


def test_a_word_wider_than_the_screen_is_reported_not_cut(kit: Kit) -> None:
    wide = dataclasses.replace(kit, logline=Text({"fr": "x" * 400}))
    _, layout = paint(renderer(wide), SlideSpec("text", "logline", None, None, "logline"),
                      (1024, 768))  # fmt: skip
    assert layout.fits is False


def test_title_slide_says_kind_year_runtime_and_logline(kit: Kit) -> None:
    r = renderer(kit, "en")
    _, layout = paint(r, SlideSpec("title", source="title"), (1920, 1080))
    # ROPED + "SHORT FILM · 2025 · 2:00" (the dots count) + the logline's 10 words
    assert layout.words_total == 1 + 6 + 10
    # Centred: the boxes' middles sit on the slide's vertical axis.
    for box in layout.text_boxes:
        assert abs(box.center().x() - 960) < 2


@pytest.mark.parametrize(
    ("language", "opening", "closing"), [("fr", "«\u00a0", "\u00a0»"), ("en", "“", "”")]
)
def test_quotes_take_the_marks_of_their_language(kit: Kit, language, opening, closing) -> None:
    r = renderer(kit, language)
    paras = r._quote_paras(kit.quotes[1], 10.8)
    assert paras[0].text.startswith(opening)
    assert paras[0].text.endswith(closing)
    assert paras[1].text == "— Adrien Kamir"
    assert "ATCK" in paras[2].text
    if language == "fr":  # « and : never left alone at a line's end or start
        assert "logique\u00a0: toujours" in paras[0].text


def test_text_is_never_rich_text(kit: Kit) -> None:
    html = dataclasses.replace(kit, logline=Text({"fr": "<b>bold</b> &amp; <i>x</i>"}))
    r = renderer(html)
    slide = SlideSpec("text", "logline", None, None, "logline")
    _, layout = paint(r, slide, (1920, 1080))
    assert layout.words_total == 3  # the tags are words on the slide, never markup
    assert r._paras(slide, 10)[0][0].text == "<b>bold</b> &amp; <i>x</i>"


def test_still_is_fitted_on_black_with_its_caption_below(kit: Kit) -> None:
    r = renderer(kit)
    image, layout = paint(r, SlideSpec("still", None, 0, None, "stills"), (1920, 1080))
    assert image.pixelColor(3, 3) == QColor("black")
    assert image.pixelColor(960, 500) != QColor("black")  # the still itself
    assert layout.words_drawn == layout.words_total == 17
    caption = layout.text_boxes[-1]
    assert caption.top() > 900  # small, under the picture
    assert caption.height() < 120


def test_still_not_decoded_yet_is_calm_black(kit: Kit) -> None:
    runner = TaskRunner()  # threaded, not waited on: the first paint has nothing yet
    r = SlideRenderer(kit, "fr", StillSource(kit, runner))
    image, _ = paint(r, SlideSpec("still", None, 2, None, "stills"), (1024, 768))
    assert image.pixelColor(512, 300) == QColor("black")
    runner.wait()


def test_still_that_fails_shows_the_poster_never_the_error(kit: Kit, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not a jpeg")
    bad = dataclasses.replace(kit, stills=(Still(KitFile("broken.jpg", broken)),))
    source = StillSource(bad, TaskRunner(synchronous=True))
    failures: list[tuple[int, str]] = []
    source.failed.connect(lambda index, message: failures.append((index, message)))
    r = SlideRenderer(bad, "fr", source)
    image, layout = paint(r, SlideSpec("still", None, 0, None, "stills"), (1920, 1080))
    assert failures and failures[0][0] == 0 and "broken.jpg" in failures[0][1]
    assert source.error(0) == failures[0][1]
    assert layout.text_boxes == []  # no caption, and no error text on the room's screen
    assert image.pixelColor(960, 540) != QColor("black")  # the poster instead


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["film", "trailer"])
def test_film_slide_paints_poster_and_titles(kit: Kit, kind: str, size) -> None:
    r = renderer(kit, "en")
    image, layout = paint(r, SlideSpec(kind, source=kind), size)
    check_inside(layout, size)
    assert layout.fits
    assert layout.words_drawn == layout.words_total == (7 if kind == "film" else 2)
    w, h = size
    assert image.pixelColor(w // 4, h // 2) != QColor("black")  # the portrait poster, left


def test_film_slide_without_poster_centres_its_titles(kit: Kit) -> None:
    assert kit.film is not None
    bare = dataclasses.replace(kit, film=dataclasses.replace(kit.film, poster=None))
    _, layout = paint(renderer(bare), SlideSpec("film", source="film"), (1920, 1080))
    assert all(abs(box.center().x() - 960) < 2 for box in layout.text_boxes)


def test_still_source_decodes_in_workers_at_the_slide_size(kit: Kit, qtbot) -> None:
    source = StillSource(kit)
    size = QSize(1024, 768)
    assert source.image(1, size) is None  # never decoded on the GUI thread
    with qtbot.waitSignal(source.ready, timeout=10_000) as ready:
        pass
    assert ready.args == [1]
    image = source.image(1, size)
    assert image is not None
    assert image.width() <= 1024 and image.height() <= 768
    assert max(image.width() / 1024, image.height() / 768) > 0.99  # fitted, not tiny
    with qtbot.waitSignal(source.ready, timeout=10_000) as ready:
        source.preload(POSTER, size)
    assert ready.args == [POSTER]
    assert source.image(POSTER, size) is not None


def test_still_source_cache_is_bounded(kit: Kit) -> None:
    source = StillSource(kit, TaskRunner(synchronous=True), cache_size=2)
    size = QSize(320, 240)
    for index in range(4):
        assert source.image(index, size) is not None
    assert len(source._cache) == 2


def test_pages_never_leave_a_paragraph_line_alone() -> None:
    body = font(SANS, 30)
    text = " ".join(["rope"] * 60)
    flow = Flow([Para(text, body, space_before=20) for _ in range(6)], 600)
    for height in range(150, 700, 37):
        pages = flow.paginate(height)
        seen = 0
        for page in pages:
            assert page.height <= height + 0.5
            per_para: dict[int, int] = {}
            for placed in page.lines:
                per_para[placed.para] = per_para.get(placed.para, 0) + 1
            for para, count in per_para.items():
                total = len(flow.layouts[para].text()) and flow.layouts[para].lineCount()
                if count < total:  # split: at least two lines on each side
                    assert count >= 2, (height, para, count, total)
            seen += sum(placed.words for placed in page.lines)
        assert seen == flow.words_total


def test_text_slides_take_the_high_contrast_colours_when_switched(kit: Kit) -> None:
    """The slides name their colours and look them up when painted: high contrast
    switched during a pitch shows on the next slide drawn, black and pure white."""
    slide = SlideSpec("text", "synopsis", None, None, "synopsis")
    r = renderer(kit)
    usual, _ = paint(r, slide, (1280, 720))
    try:
        theme.set_high_contrast(True)
        strong, _ = paint(r, slide, (1280, 720))
    finally:
        theme.set_high_contrast(False)
    assert usual.pixelColor(2, 2).name() == theme.COLOURS["ink"]
    assert strong.pixelColor(2, 2).name() == theme.HIGH_CONTRAST["ink"] == "#000000"
    whites = {strong.pixelColor(x, y).name() for x in range(0, 1280, 3) for y in range(0, 720, 3)}
    assert "#ffffff" in whites  # the text in high contrast's pure white
