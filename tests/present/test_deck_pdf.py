"""The slides as a PDF, checked with the tools a reader's machine has (poppler):
one page per screen the show steps through, of the slide's aspect, text that is
text with its fonts embedded, the notes pages, and the show's own pixels."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter

from mediakit.gui.present.audience import AudienceView
from mediakit.gui.present.controller import PresentController
from mediakit.gui.present.deck_pdf import write_deck
from mediakit.gui.present.deck_screens import Screen, offline_renderer, paint_screen, screens
from mediakit.gui.present.inhibit import ScreenSaverInhibitor
from mediakit.kit import load
from mediakit.kit.manifest.model import Kit, Slide, Text
from tests.conftest import ROPED

POPPLER = ("pdfinfo", "pdftotext", "pdffonts", "pdftoppm")
needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in POPPLER),
    reason="poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm) is not installed; "
    "apt-get install poppler-utils",
)
HD, FOUR_THREE = QSize(1920, 1080), QSize(1024, 768)


@pytest.fixture(autouse=True)
def _app(qapp) -> None:
    """Fonts and painting need the application."""


@pytest.fixture(scope="module")
def kit() -> Kit:
    loaded = load(ROPED).kit
    assert loaded is not None
    return loaded


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def info(pdf: Path, page: int | None = None) -> dict[str, str]:
    where = ["-f", str(page), "-l", str(page)] if page is not None else []
    found = {}
    for line in run("pdfinfo", *where, str(pdf)).splitlines():
        key, _, value = line.partition(":")
        found[re.sub(r"^Page +\d+ +", "Page ", key.strip())] = value.strip()
    return found


def words(text: str) -> str:
    """``text`` as a reader's search sees it: ligatures (the ﬁ of "ﬁlm") as their
    letters, runs of white space (no-break ones too) as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def text_of(pdf: Path, page: int) -> str:
    """Page ``page``'s words (see :func:`words`)."""
    return words(run("pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"))


def show_screens(kit: Kit, size: QSize, language: str) -> list[tuple[int, int]]:
    """What the real show's Next steps through on a screen of ``size``: (slide, page)."""
    show = PresentController(kit, language, inhibitor=ScreenSaverInhibitor(address=""))
    try:
        show.audience.resize(size)  # never shown: the show paginates for its size
        show.deck.first()
        seen = [show.deck.position]
        while show.deck.next():
            seen.append(show.deck.position)
        return seen
    finally:
        show.discard()


def first_words(text: str, count: int = 6) -> str:
    return " ".join(words(text).split()[:count])


@pytest.fixture(scope="module")
def decks(kit: Kit, tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[dict[str, Path]]:
    """ROPED's deck in English at 1920x1080 with and without notes, in French at 1024x768."""
    folder = tmp_path_factory.mktemp("decks")
    made = {}
    for name, size, language, notes in [
        ("en", HD, "en", False),
        ("en-notes", HD, "en", True),
        ("fr-notes", FOUR_THREE, "fr", True),
    ]:
        made[name] = folder / f"{name}.pdf"
        write_deck(kit, made[name], size=size, language=language, notes=notes)
    yield made


@needs_poppler
def test_one_page_per_screen_of_the_show(kit: Kit, decks: dict[str, Path]) -> None:
    shown = show_screens(kit, HD, "en")
    slides = {slide for slide, _page in shown}
    assert len(slides) == 14  # as `mediakit info` counts ROPED's slides
    assert int(info(decks["en"])["Pages"]) == len(shown)
    # The one slide the show spreads over two screens at this size: both are pages.
    assert len(shown) == 15


@needs_poppler
@pytest.mark.parametrize(
    ("name", "size", "language"), [("en-notes", HD, "en"), ("fr-notes", FOUR_THREE, "fr")]
)
def test_notes_add_a_page_after_each(
    kit: Kit, decks: dict[str, Path], name: str, size: QSize, language: str
) -> None:
    assert int(info(decks[name])["Pages"]) == 2 * len(show_screens(kit, size, language))


def test_write_deck_counts_what_it_wrote(kit: Kit, tmp_path: Path) -> None:
    count = write_deck(kit, tmp_path / "d.pdf", size=FOUR_THREE, language="fr", notes=False)
    assert count == len(show_screens(kit, FOUR_THREE, "fr"))
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF-")


@needs_poppler
@pytest.mark.parametrize(
    ("name", "points"), [("en", "1440 x 810 pts"), ("fr-notes", "768 x 576 pts")]
)
def test_every_page_has_the_slides_aspect(decks: dict[str, Path], name: str, points: str) -> None:
    pages = int(info(decks[name])["Pages"])
    for page in (1, 2, pages):
        assert info(decks[name], page)["Page size"] == points


@needs_poppler
def test_title_and_creator(decks: dict[str, Path]) -> None:
    found = info(decks["en"])
    assert found["Title"] == "ROPED"
    assert found["Creator"] == "mediakit"


@needs_poppler
def test_slides_are_text_in_the_kits_language(kit: Kit, decks: dict[str, Path]) -> None:
    title = text_of(decks["en"], 1)
    assert "ROPED" in title
    assert first_words(kit.text(kit.logline, "en")) in title
    renderer = offline_renderer(kit, "en")
    order = list(screens(renderer, HD))
    quote = next(i for i, s in enumerate(order, 1) if s.slide.kind == "quote")
    said = kit.quotes[order[quote - 1].slide.item or 0]
    assert first_words(kit.text(said.text, "en")) in text_of(decks["en"], quote)
    assert said.by in text_of(decks["en"], quote)
    # In French, at 4:3, with notes: the slide is page 1, its notes page 2.
    french = text_of(decks["fr-notes"], 2 * quote - 1)
    assert first_words(kit.text(said.text, "fr")) in french
    assert first_words(kit.text(said.text, "en")) not in french


@needs_poppler
def test_notes_pages_hold_the_notes(kit: Kit, decks: dict[str, Path]) -> None:
    renderer = offline_renderer(kit, "fr")
    for number, screen in enumerate(screens(renderer, FOUR_THREE), 1):
        page = text_of(decks["fr-notes"], 2 * number)
        notes = kit.text(screen.slide.notes, "fr")
        if notes:
            assert words(notes) in page
        else:
            assert "Pas de notes pour cette diapositive." in page  # the deck's language
        assert f"Diapositive {screen.number} sur {screen.count}" in page


def word_boxes(pdf: Path, page: int) -> list[tuple[str, float, float]]:
    """Each word of page ``page`` with its top and bottom, in points (pdftotext -bbox)."""
    found = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    pattern = r'<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)">([^<]*)</word>'
    return [(words(w), float(top), float(bottom)) for top, bottom, w in re.findall(pattern, found)]


@needs_poppler
def test_the_notes_sit_under_the_slide(kit: Kit, decks: dict[str, Path]) -> None:
    boxes = word_boxes(decks["en-notes"], 2)
    slide_bottom = 810 * 0.54  # the slide: 48 % of the height from 6 %
    notes = set(kit.text(kit.presentation[0].notes, "en").split())
    under = {w for w, top, _bottom in boxes if top > slide_bottom}
    assert notes <= under
    above = {w for w, _top, bottom in boxes if bottom < slide_bottom}
    assert "ROPED" in above  # the title slide, small


@needs_poppler
def test_every_font_is_embedded(decks: dict[str, Path]) -> None:
    for pdf in decks.values():
        rows = run("pdffonts", str(pdf)).splitlines()[2:]
        assert rows, "no fonts: the text would be pictures"
        for row in rows:
            # name type… encoding emb sub uni object ID: "emb" is the 5th field from the end.
            assert row.split()[-5] == "yes", row


@needs_poppler
def test_slides_in_the_shows_colours_notes_on_paper(decks: dict[str, Path], tmp_path: Path) -> None:
    run("pdftoppm", "-r", "20", "-f", "1", "-l", "2", "-png", str(decks["en-notes"]),
        str(tmp_path / "p"))  # fmt: skip
    slide, notes = (QImage(str(path)) for path in sorted(tmp_path.glob("p-*.png")))
    assert slide.pixelColor(2, 2).lightness() < 40  # the show's ink
    assert notes.pixelColor(2, 2).lightness() > 230  # paper


@pytest.mark.parametrize("kind", ["title", "film", "still", "quote", "text"])
def test_a_page_is_what_the_audience_view_paints(kit: Kit, kind: str) -> None:
    renderer = offline_renderer(kit, "en")
    screen = next(s for s in screens(renderer, FOUR_THREE) if s.slide.kind == kind)
    page = QImage(FOUR_THREE, QImage.Format.Format_RGB32)
    painter = QPainter(page)
    paint_screen(painter, renderer, QRect(0, 0, 1024, 768), screen)
    painter.end()
    audience = AudienceView(kit, renderer)
    try:
        audience.resize(FOUR_THREE)
        audience.slide, audience.page = screen.slide, screen.page  # as a preview: nothing plays
        shown = QImage(FOUR_THREE, QImage.Format.Format_RGB32)
        audience.render(shown)
    finally:
        audience.film.release()
        audience.deleteLater()
    assert shown == page


def test_the_film_slide_never_makes_a_player(
    kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_player(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the slides PDF made a player")

    monkeypatch.setattr("mediakit.gui.present.film.Player", no_player)
    monkeypatch.setattr("mediakit.media.player.Player.__init__", no_player)
    assert write_deck(kit, tmp_path / "d.pdf", size=HD, language="en", notes=False) == 15


@needs_poppler
def test_long_notes_go_on_over_more_notes_pages(kit: Kit, tmp_path: Path) -> None:
    said = [f"word{n}" for n in range(1500)]  # one paragraph longer than a Flow sets whole
    long = dataclasses.replace(kit, presentation=(Slide("title", Text({"en": " ".join(said)})),))
    pdf = tmp_path / "long.pdf"
    count = write_deck(long, pdf, size=HD, language="en", notes=True)
    assert count == int(info(pdf)["Pages"]) > 2
    written = " ".join(text_of(pdf, page) for page in range(2, count + 1))
    assert set(said) <= set(written.split())  # nothing cut
    assert f"Notes ({count - 1} of {count - 1})" in text_of(pdf, count)


def test_never_over_a_file_of_the_kit(tmp_path: Path) -> None:
    copy = tmp_path / "roped"
    shutil.copytree(ROPED, copy)
    kit = load(copy).kit
    assert kit is not None
    before = kit.manifest.read_bytes()
    with pytest.raises(OSError):
        write_deck(kit, kit.manifest, size=HD, language="en", notes=False)
    assert kit.manifest.read_bytes() == before
    assert not list(copy.glob(".*.part"))


def test_an_unwritable_output_is_an_oserror(kit: Kit, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(OSError):
        write_deck(kit, tmp_path / "file" / "d.pdf", size=HD, language="en", notes=False)


def test_screens_follow_the_presenters_labels(kit: Kit) -> None:
    renderer = offline_renderer(kit, "en")
    found = list(screens(renderer, HD))
    assert found[0] == Screen(found[0].slide, 0, 1, 1, 14)
    split = [s for s in found if s.pages > 1]
    assert [(s.page, s.pages) for s in split] == [(0, 2), (1, 2)]
    assert found[-1].number == found[-1].count == 14
