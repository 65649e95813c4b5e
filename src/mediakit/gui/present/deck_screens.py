"""The screens of a show, for what is made of them outside the show (the slides
PDF): each screen the presenter's Next steps through, in order, and the paint
the audience view gives it — the show's own renderer, never a second layout."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter

from mediakit.gui.present.audience import BLACK
from mediakit.gui.present.slides import SlideRenderer
from mediakit.gui.present.stills import StillSource
from mediakit.kit.manifest.model import Kit
from mediakit.kit.manifest.presentation import Deck, SlideSpec, build_sequence
from mediakit.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Screen:
    """One screen of the show: ``slide``'s ``page`` (from 0) of its ``pages``;
    ``number`` of ``count`` counts slides from 1, as the presenter's label does."""

    slide: SlideSpec
    page: int
    pages: int
    number: int
    count: int


def screens(renderer: SlideRenderer, size: QSize) -> Iterator[Screen]:
    """The screens the show steps through at ``size``: Next, from the first slide to the end."""
    slides = build_sequence(renderer.kit)
    deck = Deck(slides, lambda index: renderer.pages(slides[index], size))
    deck.first()
    while True:
        index, page = deck.position
        pages = max(1, renderer.pages(slides[index], size))
        yield Screen(slides[index], page, pages, index + 1, deck.count)
        if not deck.next():
            return


def paint_screen(painter: QPainter, renderer: SlideRenderer, rect: QRect, screen: Screen) -> None:
    """What the audience view paints for ``screen`` (its paintEvent, without the widget:
    no film stage, no player — a film slide is its poster card)."""
    painter.fillRect(rect, BLACK)
    renderer.paint(painter, rect, screen.slide, screen.page)


def offline_renderer(kit: Kit, language: str) -> SlideRenderer:
    """The show's renderer in ``language``, its pictures decoded on the calling thread
    (one slide's at a time: a deck of a hundred stills never holds them all)."""
    stills = StillSource(kit, TaskRunner(synchronous=True))
    stills.failed.connect(lambda index, why: log.warning("slides: picture %d: %s", index, why))
    return SlideRenderer(kit, language, stills)
