"""A slide's notes page in the slides PDF, as PowerPoint prints them: the slide
small at the top, the presenter's notes under it, set for reading on paper.

A notes page has the slide's own size and aspect (the deck stays one size, for
a PDF viewer's slide show as for a printer's "fit to page"). It is printed
matter, so it takes the paper colours (:data:`mediakit.colours.PAPER`), not the
show's dark ones; the slide in it keeps the show's, and stays vector. Notes too
long for one page shrink a little, then go on over more notes pages (the whole
page's height for words): nothing is cut short of the length a slide's own text
may have. The fixed words follow the slides' language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from mediakit.catalog import QT_TRANSLATE_NOOP, translate_in
from mediakit.colours import PAPER
from mediakit.gui.present.deck_screens import Screen, paint_screen
from mediakit.gui.present.layout import PARA_CHARS, SANS, Flow, Page, Para, caps, font
from mediakit.gui.present.plain import SLIDE_TEXT_CHARS
from mediakit.gui.present.slides import SlideRenderer
from mediakit.gui.textclip import clipped
from mediakit.typography import typeset

CONTEXT = "SlidesPdf"
_LABEL = QT_TRANSLATE_NOOP("SlidesPdf", "Notes")
_LABEL_PART = QT_TRANSLATE_NOOP("SlidesPdf", "Notes ({part} of {parts})")
_NONE = QT_TRANSLATE_NOOP("SlidesPdf", "No notes for this slide.")
_SLIDE = QT_TRANSLATE_NOOP("SlidesPdf", "Slide {number} of {count}")
_SLIDE_PAGE = QT_TRANSLATE_NOOP("SlidesPdf", "Slide {number} of {count}, page {page} of {pages}")
_MIN_SCALE = 0.7  # notes shrink this far before they take another page
MEASURE_EMS = 36  # about 70 characters a line, a comfortable line on paper

SPACER = "\u00a0"  # holds the slide's place above the notes; never drawn
PaintPage = Callable[[QPainter], None]


class NotesPages:
    """Notes pages for the screens of one deck, each page of ``rect``'s size."""

    def __init__(self, renderer: SlideRenderer, rect: QRect) -> None:
        self.renderer = renderer
        self.rect = rect
        # Type follows the page's short side (the height, as on the slides, but for a
        # portrait page, whose lines would otherwise hold a few words); the slide, the height.
        self.unit = min(rect.width(), rect.height()) / 100.0
        u = self.unit
        height = rect.height() * 0.48
        width = height * rect.width() / max(1, rect.height())
        self.thumb = QRectF(rect.left() + (rect.width() - width) / 2,
                            rect.top() + rect.height() * 0.06, width, height)  # fmt: skip
        side = max(rect.width() * 0.08, 6 * u)
        column = max(width, min(rect.width() - 2 * side, MEASURE_EMS * 2.8 * u))
        # The notes' column, the page's height: the first page's notes start under the
        # slide (a spacer holds its place), the pages after it have the whole height.
        top = self.thumb.top()
        self.area = QRectF(rect.left() + (rect.width() - column) / 2, top, column,
                           rect.bottom() + 1 - 9 * u - top)  # fmt: skip
        self.under_slide = self.thumb.height() + 5 * u

    def _t(self, source: str) -> str:
        return translate_in(self.renderer.language, CONTEXT, source)

    def pages(self, screen: Screen) -> list[PaintPage]:
        """How to paint each notes page of ``screen`` (one, unless its notes are long)."""
        text = self.renderer.kit.text(screen.slide.notes, self.renderer.language)
        flow, pages = self._set(text)
        return [
            partial(self._paint, screen=screen, flow=flow, page=page, part=part, parts=len(pages))
            for part, page in enumerate(pages, start=1)
        ]

    def _set(self, text: str) -> tuple[Flow, list[Page]]:
        """The notes laid out as big as one page holds, down to _MIN_SCALE, then paginated."""
        language = self.renderer.language
        # As long as a slide's text may be (the show clips its texts there too).
        text = typeset(clipped(text, SLIDE_TEXT_CHARS), language)
        lines = [piece for line in text.splitlines() for piece in _pieces(line.strip())]
        scale = 1.0
        while True:
            u = self.unit * scale
            label = Para(self._t(_LABEL), caps(font(SANS, 2.0 * u), 118), "accent", keep=True,
                         keep_with_next=True, leading=1.2)  # fmt: skip
            if lines:
                body = [Para(piece, font(SANS, 2.8 * u), "ink", leading=1.45,
                             space_before=0.0 if going_on else 1.6 * u)
                        for piece, going_on in lines]  # fmt: skip
            else:
                body = [Para(self._t(_NONE), font(SANS, 2.8 * u, italic=True), "muted",
                             space_before=1.6 * u)]  # fmt: skip
            flow = Flow([self._spacer(), label, *body], self.area.width())
            pages = flow.paginate(self.area.height())
            if len(pages) == 1 or scale * 0.92 < _MIN_SCALE:
                return flow, pages
            scale *= 0.92

    def _spacer(self) -> Para:
        """An empty line as tall as the slide above the notes, kept on the first page."""
        size = font(SANS, 10)
        pitch = self.under_slide / QFontMetricsF(size).height()
        return Para(SPACER, size, "paper", leading=pitch, keep=True)

    def _paint(
        self, painter: QPainter, screen: Screen, flow: Flow, page: Page, part: int, parts: int
    ) -> None:
        painter.save()
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.fillRect(self.rect, _paper("paper"))
        if part == 1:
            self._paint_slide(painter, screen)
        _draw(painter, flow, page, self.area.topLeft())
        kit = self.renderer.kit
        if parts > 1:
            self._footer(painter, self._t(_LABEL_PART).format(part=part, parts=parts), left=True)
        else:
            self._footer(painter, kit.text(kit.title, self.renderer.language), left=True)
        if screen.pages > 1:
            where = self._t(_SLIDE_PAGE).format(
                number=screen.number, count=screen.count, page=screen.page + 1, pages=screen.pages
            )
        else:
            where = self._t(_SLIDE).format(number=screen.number, count=screen.count)
        self._footer(painter, where, left=False)
        painter.restore()

    def _paint_slide(self, painter: QPainter, screen: Screen) -> None:
        """The slide as the room sees it, scaled into the top of the page: still vector."""
        painter.save()
        painter.translate(self.thumb.topLeft())
        painter.scale(self.thumb.width() / self.rect.width(),
                      self.thumb.height() / self.rect.height())  # fmt: skip
        paint_screen(painter, self.renderer, QRect(0, 0, self.rect.width(), self.rect.height()),
                     screen)  # fmt: skip
        painter.restore()
        pen = QPen(_paper("line"))
        pen.setWidthF(max(1.0, self.unit * 0.15))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        edge = pen.widthF() / 2
        painter.drawRect(self.thumb.adjusted(-edge, -edge, edge, edge))

    def _footer(self, painter: QPainter, text: str, *, left: bool) -> None:
        """Small muted words at the foot, under the notes' column edges."""
        align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
        width = self.area.width() / 2
        flow = Flow([Para(text, font(SANS, 1.8 * self.unit), "muted", align)], width)
        page = flow.paginate(self.rect.height())[0]
        x = self.area.left() if left else self.area.right() - width
        bottom = self.rect.bottom() + 1 - 4.5 * self.unit
        _draw(painter, flow, page, QPointF(x, bottom - page.height))


def _pieces(line: str) -> list[tuple[str, bool]]:
    """``line`` cut at spaces into paragraphs a Flow sets whole (it cuts longer ones
    to PARA_CHARS): (text, whether it goes on from the one before)."""
    pieces: list[tuple[str, bool]] = []
    limit = PARA_CHARS // 2
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit)
        cut = cut if cut > 0 else limit
        pieces.append((line[:cut], bool(pieces)))
        line = line[cut:].lstrip()
    if line:
        pieces.append((line, bool(pieces)))
    return pieces


def _paper(name: str) -> QColor:
    return QColor(PAPER[name])


def _draw(painter: QPainter, flow: Flow, page: Page, origin: QPointF) -> None:
    """``flow``'s ``page`` in the paper colours its paragraphs name (Flow.draw takes the
    show's theme, dark: light words on paper would not read)."""
    for placed in page.lines:
        if flow.paras[placed.para].text == SPACER:
            continue
        painter.setPen(_paper(flow.paras[placed.para].color))
        placed.line.draw(painter, origin)
