"""Painting one audience slide — any kind but the live film — at any size.

Designed for a projector: type scales with the slide's height, margins are
generous, the kit's title sits small in a corner of every text slide, stills
are fitted on pure black, quotes are set big with the speaker's name, the
credits are an end card, and so are the awards; a person is a page of reading,
their photo beside it. Text that does not fit shrinks a little, then flows
onto more pages (:meth:`SlideRenderer.pages`); nothing is ever elided.
A film or trailer slide paints its poster and titles: that is its preview,
and what the room sees if the film cannot play.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QLinearGradient, QPainter

from mediakit.gui import theme
from mediakit.gui.keymap.registry import QT_TRANSLATE_NOOP, Message
from mediakit.gui.pages.quotes import attribution, quote_marks, translation_note
from mediakit.gui.present.layout import (
    INK,
    MUTED,
    PAPER,
    SAND,
    SANS,
    SERIF,
    Drawn,
    Flow,
    Page,
    Para,
    caps,
    font,
)
from mediakit.gui.present.people import award_paras, person_paras, photo_box
from mediakit.gui.present.plain import SLIDE_TEXT_CHARS, markdown_blocks
from mediakit.gui.present.stills import POSTER, StillSource, photo_index
from mediakit.gui.textclip import clipped
from mediakit.gui.translation import in_language
from mediakit.kit.manifest.model import Kit, Quote, Text
from mediakit.kit.manifest.presentation import SlideSpec
from mediakit.typography import typeset

CENTER = Qt.AlignmentFlag.AlignHCenter
# The slides' headings, in the kit's language (not the interface's): the room
# reads the kit. Translated from the .ts files like the interface (context "Slides").
LABELS: dict[str, Message | None] = {
    "synopsis": QT_TRANSLATE_NOOP("Slides", "Synopsis"),
    "statement": QT_TRANSLATE_NOOP("Slides", "Director’s statement"),
    "ai_disclosure": QT_TRANSLATE_NOOP("Slides", "Use of AI"),
    "logline": None,
    "trailer": QT_TRANSLATE_NOOP("Slides", "Trailer"),
    "awards": QT_TRANSLATE_NOOP("Slides", "Awards"),
    "filmography": QT_TRANSLATE_NOOP("Slides", "Filmography"),
}
# How far a slide's type may shrink before it flows onto another page.
_MIN_SCALE = {
    "text": 0.85, "quote": 0.55, "credits": 0.6, "title": 0.5, "logline": 0.6,
    "person": 0.8, "awards": 0.6,
}  # fmt: skip
_READING = ("text", "person")  # slides read as a page, left-aligned; the others are centred


@dataclass
class SlideLayout:
    """What a paint did: ``fits`` is False when something had to overflow."""

    fits: bool = True
    text_boxes: list[QRectF] = field(default_factory=list)
    words_drawn: int = 0
    words_total: int = 0


@dataclass
class _Plan:
    flow: Flow
    pages: list[Page]
    area: QRectF
    centred: bool
    fits: bool


class SlideRenderer:
    def __init__(self, kit: Kit, language: str, stills: StillSource) -> None:
        self.kit = kit
        self.language = language
        self.stills = stills
        self._plans: dict[tuple[str, str | None, int | None, int, int], _Plan] = {}

    # -- public -----------------------------------------------------------------

    def pages(self, slide: SlideSpec, size: QSize) -> int:
        """How many pages ``slide`` takes at ``size`` (1 for stills and films)."""
        if slide.kind in ("still", "film", "trailer"):
            return 1
        return len(self._plan(slide, size).pages)

    def preload(self, slide: SlideSpec, size: QSize) -> None:
        """Start decoding what ``slide`` will show at ``size`` (call it for the next slide)."""
        wanted = self.picture(slide, size)
        if wanted is not None:
            self.stills.preload(*wanted)

    def picture(self, slide: SlideSpec, size: QSize) -> tuple[int, QSize] | None:
        """The picture ``slide`` shows at ``size``, as (:class:`StillSource` index,
        the size it is decoded to fit), or None for a slide without one."""
        if slide.kind == "still" and slide.item is not None:
            return slide.item, size
        if slide.kind in ("film", "trailer"):
            return POSTER, size
        if slide.kind == "person" and slide.item is not None:
            index = photo_index(slide.item)
            if self.stills.path(index) is None:
                return None
            box = photo_box(QRectF(0, 0, size.width(), size.height()), self._unit(size))
            return index, QSize(max(1, round(box.width())), max(1, round(box.height())))
        return None

    def paint(self, painter: QPainter, rect: QRect, slide: SlideSpec, page: int = 0) -> SlideLayout:
        painter.save()
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        painter.setClipRect(rect)
        try:
            if slide.kind == "still":
                return self._paint_still(painter, rect, slide)
            if slide.kind in ("film", "trailer"):
                return self._paint_film(painter, rect, slide)
            return self._paint_text(painter, rect, slide, page)
        finally:
            painter.restore()

    # -- sizes ------------------------------------------------------------------

    def _t(self, key: str) -> str:
        label = LABELS[key]
        return in_language(self.language, label.context, label.source) if label else ""

    @staticmethod
    def _unit(size: QSize | QRect) -> float:
        """1 % of the slide's height: every size below is a multiple of it."""
        return size.height() / 100.0

    @staticmethod
    def _area(rect: QRect | QRectF, unit: float, measure: float) -> QRectF:
        """The text column, centred: generous margins, no wider than ``measure`` pixels."""
        side = max(rect.width() * 0.08, 6 * unit)
        width = min(rect.width() - 2 * side, measure)
        left = rect.left() + (rect.width() - width) / 2
        top, bottom = 11 * unit, 9 * unit
        return QRectF(left, rect.top() + top, width, rect.height() - top - bottom)

    # -- text slides ------------------------------------------------------------

    def _plan(self, slide: SlideSpec, size: QSize) -> _Plan:
        key = (slide.kind, slide.field, slide.item, size.width(), size.height())
        plan = self._plans.get(key)
        if plan is None:
            plan = self._make_plan(slide, size)
            self._plans[key] = plan
        return plan

    def _make_plan(self, slide: SlideSpec, size: QSize) -> _Plan:
        unit = self._unit(size)
        kind = "logline" if slide.field == "logline" else slide.kind
        centred = kind not in _READING
        minimum = _MIN_SCALE.get(kind, 0.7)
        scale = 1.0
        best: _Plan | None = None
        while True:
            paras, measure = self._paras(slide, unit * scale)
            area = self._text_area(slide, QRectF(0, 0, size.width(), size.height()), unit, measure)
            flow = Flow(paras, area.width())
            pages = flow.paginate_even(area.height())
            fits = not flow.too_wide and all(p.height <= area.height() + 0.5 for p in pages)
            plan = _Plan(flow, pages, area, centred, fits)
            if centred:  # display text: one page, as big as it fits
                if (fits and len(pages) == 1) or scale * 0.92 < minimum:
                    return plan
            else:  # reading text: as few pages as a little smaller type takes
                if best is None or (fits and len(pages) < len(best.pages)) or not best.fits:
                    best = plan
                if len(best.pages) == 1 or scale * 0.92 < minimum:
                    return best
            scale *= 0.92

    def _paras(self, slide: SlideSpec, u: float) -> tuple[list[Para], float]:
        """The slide's paragraphs at unit ``u``, and the widest column it wants."""
        kit = self.kit
        if slide.kind == "title":
            paras = [Para(self._text(kit.title), font(SERIF, 12 * u, bold=True), align=CENTER,
                          leading=1.1, keep=True)]  # fmt: skip
            facts = self._facts()
            if facts:
                paras.append(Para(facts, caps(font(SANS, 2.6 * u)), SAND, CENTER, 4 * u, keep=True))
            if kit.logline is not None:
                paras.append(Para(self._text(kit.logline), font(SANS, 3.4 * u), PAPER, CENTER,
                                  7 * u, leading=1.35))  # fmt: skip
            return paras, 150 * u
        if slide.kind == "quote" and slide.item is not None:
            return self._quote_paras(kit.quotes[slide.item], u), 140 * u
        if slide.kind == "credits":
            return self._credit_paras(u), 150 * u
        if slide.kind == "awards":
            return award_paras(kit, self.language, u, self._text, self._t), 150 * u
        if slide.kind == "person" and slide.item is not None:
            person = kit.people[slide.item]
            paras = person_paras(person, u, self._text, self._t, self._markdown_paras)
            return paras, 36 * 3.3 * u
        if slide.field == "logline":
            text = self._text(kit.logline)
            return [Para(text, font(SANS, 5.4 * u), PAPER, CENTER, leading=1.3)], 120 * u
        value = getattr(kit, slide.field or "", None)
        paras = [Para(self._t(slide.field or "synopsis"), caps(font(SANS, 2.4 * u)), SAND,
                      keep=True, keep_with_next=True, leading=1.2)]  # fmt: skip
        paras += self._markdown_paras(self._text(value), u, 3.7 * u)
        paras[1:2] = [_replace_space(p, 3.5 * u) for p in paras[1:2]]
        return paras, 36 * 3.7 * u  # about 60 characters a line: read from the back of a room

    def _markdown_paras(self, text: str, u: float, size: float) -> list[Para]:
        """A markdown text's blocks as paragraphs, the body set at ``size`` pixels."""
        paras: list[Para] = []
        body = font(SANS, size)
        for block in markdown_blocks(text):
            if block.style == "heading":
                paras.append(Para(block.text, font(SERIF, 4.2 * u, bold=True), PAPER,
                                  space_before=3 * u, keep=True, keep_with_next=True, leading=1.2,
                                  spans=block.spans))  # fmt: skip
            elif block.style == "quote":
                paras.append(Para(block.text, font(SERIF, 3.9 * u, italic=True), PAPER,
                                  space_before=2.4 * u, leading=1.4,
                                  spans=block.spans))  # fmt: skip
            else:
                marker = block.text[: block.marker]
                hang = QFontMetricsF(body).horizontalAdvance(marker) if marker else 0.0
                paras.append(Para(block.text, body, PAPER, space_before=2.4 * u, leading=1.45,
                                  hang=hang, spans=block.spans,
                                  indent=max(0, block.level - 1) * 4 * u))  # fmt: skip
        return paras

    def _quote_paras(self, quote: Quote, u: float) -> list[Para]:
        language = self._shown_language(quote)
        opening, closing = (m.replace(" ", "\u00a0") for m in quote_marks(language))
        text = f"{opening}{self._text(quote.text)}{closing}"
        paras = [Para(text, font(SERIF, 6 * u), PAPER, CENTER, leading=1.3)]
        paras.append(Para(f"— {quote.by}", font(SANS, 3.2 * u, bold=True), SAND, CENTER, 5 * u,
                          keep=True))  # fmt: skip
        said = Quote(quote.text, "", quote.source, quote.date)
        where = attribution(said, self.language, translation_note(quote, language))
        where = where.removeprefix(", ")
        if where:
            paras.append(Para(where, font(SANS, 2.5 * u), MUTED, CENTER, 1.2 * u, keep=True))
        return paras

    def _credit_paras(self, u: float) -> list[Para]:
        paras = [Para(self._text(self.kit.title), font(SERIF, 8 * u, bold=True), PAPER, CENTER,
                      keep=True, keep_with_next=True, leading=1.1)]  # fmt: skip
        for credit in self.kit.credits:
            paras.append(Para(self._text(credit.role), caps(font(SANS, 2.1 * u), 118), SAND,
                              CENTER, 5.5 * u, 1.25, keep=True, keep_with_next=True))  # fmt: skip
            paras.append(Para("\u2028".join(credit.names), font(SERIF, 4.4 * u), PAPER, CENTER,
                              1.2 * u, 1.25, keep=True))  # fmt: skip
        facts = self._facts()
        if facts:
            paras.append(Para(facts, caps(font(SANS, 2.0 * u)), MUTED, CENTER, 7 * u, keep=True))
        return paras

    def _text_area(self, slide: SlideSpec, rect: QRectF, unit: float, measure: float) -> QRectF:
        """Where the slide's text goes: the centred column, or beside a person's photo."""
        area = self._area(rect, unit, measure)
        if self._photo_of(slide) is None:
            return area
        photo = photo_box(rect, unit)
        left = photo.right() + 5 * unit
        right = rect.right() - max(rect.width() * 0.08, 6 * unit)
        return QRectF(left, area.top(), max(unit, min(right - left, measure)), area.height())

    def _photo_of(self, slide: SlideSpec) -> int | None:
        """The :class:`StillSource` index of the photo a person's slide shows, or None."""
        if slide.kind != "person" or slide.item is None:
            return None
        index = photo_index(slide.item)
        return index if self.stills.path(index) is not None else None

    def _paint_photo(self, painter: QPainter, rect: QRect, slide: SlideSpec) -> None:
        wanted = self.picture(slide, rect.size())
        if wanted is None:
            return
        image = self.stills.image(*wanted)
        if image is not None:  # a photo that cannot be decoded leaves its place empty
            box = photo_box(QRectF(rect), self._unit(rect))
            target = _fit(image, box)
            target.moveTop(box.top())
            target.moveRight(box.right())
            painter.drawImage(target, image)

    def _paint_text(
        self, painter: QPainter, rect: QRect, slide: SlideSpec, page: int
    ) -> SlideLayout:
        painter.fillRect(rect, theme.colour(INK))
        self._paint_photo(painter, rect, slide)
        plan = self._plan(slide, rect.size())
        page = max(0, min(page, len(plan.pages) - 1))
        current = plan.pages[page]
        area = plan.area.translated(rect.topLeft().toPointF())
        top = area.top()
        if plan.centred:  # a touch above the middle, where the eye rests
            top += max(0.0, (area.height() - current.height) * 0.45)
        drawn = plan.flow.draw(painter, current, QPointF(area.left(), top))
        result = SlideLayout(plan.fits, drawn.boxes, drawn.words, plan.flow.words_total)
        unit = self._unit(rect)
        # Reading text: the chrome lines up with its column; display slides: the margins.
        side = max(rect.width() * 0.08, 6 * unit)
        left, right = (area.left(), area.right()) if slide.kind in _READING else (
            rect.left() + side, rect.right() + 1 - side)  # fmt: skip
        if self._photo_of(slide) is not None:  # the corner title above the photo
            left = rect.left() + side
        if slide.kind not in ("title", "credits"):
            self._merge(result, self._corner(painter, rect, unit, left))
        if len(plan.pages) > 1:
            self._merge(result, self._page_mark(painter, rect, unit, right, page, len(plan.pages)))
        return result

    def _corner(self, painter: QPainter, rect: QRect, unit: float, left: float) -> Drawn:
        """The kit's title, small, top left: which film this is, on every text slide."""
        flow = Flow([Para(self._text(self.kit.title), caps(font(SANS, 1.9 * unit), 125), SAND)],
                    rect.width() / 2)  # fmt: skip
        page = flow.paginate(rect.height())[0]
        return flow.draw(painter, page, QPointF(left, rect.top() + 4.5 * unit))

    def _page_mark(
        self, painter: QPainter, rect: QRect, unit: float, right: float, page: int, pages: int
    ) -> Drawn:
        """ "2 / 3" small, bottom right: the presenter and the room see the text goes on."""
        width = 20 * unit
        flow = Flow([Para(f"{page + 1} / {pages}", font(SANS, 1.9 * unit), MUTED,
                          Qt.AlignmentFlag.AlignRight)], width)  # fmt: skip
        first = flow.paginate(rect.height())[0]
        origin = QPointF(right - width, rect.bottom() + 1 - 4.5 * unit - first.height)
        return flow.draw(painter, first, origin)

    @staticmethod
    def _merge(result: SlideLayout, drawn: Drawn) -> None:
        # Chrome (corner title, page mark) is checked for its boxes; words count the content
        # only, so that the words drawn on every page add up to the slide's words.
        result.text_boxes.extend(drawn.boxes)

    # -- pictures ---------------------------------------------------------------

    def _paint_still(self, painter: QPainter, rect: QRect, slide: SlideSpec) -> SlideLayout:
        painter.fillRect(rect, theme.colour("black"))
        assert slide.item is not None
        still = self.kit.stills[slide.item]
        unit = self._unit(rect)
        caption = self._text(still.caption)
        result = SlideLayout()
        band = 0.0
        if caption:
            flow, page, band = self._caption(caption, rect, unit)
            origin = QPointF(rect.left() + (rect.width() - flow.width) / 2,
                             rect.bottom() + 1 - band + (band - page.height) / 2)  # fmt: skip
            drawn = flow.draw(painter, page, origin)
            result = SlideLayout(True, drawn.boxes, drawn.words, flow.words_total)
        image = self.stills.image(slide.item, rect.size())
        if image is None and self.stills.error(slide.item) is not None:
            image = self.stills.image(POSTER, rect.size())  # never the error on the room's screen
        if image is not None:
            box = QRectF(rect).adjusted(0, 0, 0, -band) if band else QRectF(rect)
            painter.drawImage(_fit(image, box.adjusted(unit, unit, -unit, 0 if band else -unit)),
                              image)  # fmt: skip
        return result

    def _caption(self, text: str, rect: QRect, unit: float) -> tuple[Flow, Page, float]:
        """The caption set small under the still: its flow, its page and the band height."""
        size = 2.0 * unit
        while True:
            flow = Flow([Para(text, font(SANS, size), MUTED, CENTER, leading=1.3)],
                        min(rect.width() * 0.84, 90 * unit))  # fmt: skip
            pages = flow.paginate(rect.height() * 0.2)
            if (len(pages) == 1 and not flow.too_wide) or size < 1.2 * unit:
                page = pages[0]
                return flow, page, page.height + 3.5 * unit
            size *= 0.9

    def _paint_film(self, painter: QPainter, rect: QRect, slide: SlideSpec) -> SlideLayout:
        """The poster and the titles: beside a portrait poster, over a landscape one."""
        painter.fillRect(rect, theme.colour("black"))
        unit = self._unit(rect)
        poster = self.stills.image(POSTER, rect.size())
        portrait = poster is not None and (
            poster.width() / max(1, poster.height()) < 0.75 * rect.width() / rect.height()
        )
        align = Qt.AlignmentFlag.AlignLeft if portrait else CENTER
        paras = [Para(self._text(self.kit.title), font(SERIF, 8 * unit, bold=True), PAPER, align,
                      leading=1.1)]  # fmt: skip
        facts = self._t("trailer") if slide.kind == "trailer" else self._facts()
        if facts:
            paras.append(Para(facts, caps(font(SANS, 2.4 * unit)), SAND, align, 2.5 * unit))
        area = self._area(rect, unit, 150 * unit)
        if poster is not None and portrait:
            box = QRectF(
                area.left(), rect.top() + 7 * unit, rect.width() * 0.42, rect.height() - 14 * unit
            )
            target = _fit(poster, box)
            target.moveRight(rect.left() + rect.width() * 0.5 - 3 * unit)
            painter.drawImage(target, poster)
            area.setLeft(rect.left() + rect.width() * 0.5 + 3 * unit)
        elif poster is not None:
            painter.drawImage(_fit(poster, QRectF(rect)), poster)
            shade = QLinearGradient(0, rect.bottom() - 45 * unit, 0, rect.bottom())
            shade.setColorAt(0, theme.colour("black", 0))
            shade.setColorAt(1, theme.colour("black", 215))
            painter.fillRect(QRectF(rect).adjusted(0, rect.height() - 45 * unit, 0, 0), shade)
        flow = Flow(paras, area.width())
        page = flow.paginate(area.height())[0]
        if poster is not None and not portrait:
            top = rect.bottom() + 1 - 8 * unit - page.height
        else:
            top = rect.top() + (rect.height() - page.height) * 0.45
        drawn = flow.draw(painter, page, QPointF(area.left(), top))
        return SlideLayout(not flow.too_wide, drawn.boxes, drawn.words, flow.words_total)

    # -- texts ------------------------------------------------------------------

    def _text(self, value: object) -> str:
        text = self.kit.text(value, self.language) if isinstance(value, Text) else ""
        text = clipped(text, SLIDE_TEXT_CHARS)  # a 2 MiB text would be scanned at every scale
        return typeset(text, self.language)  # no lone « or : at the start of a line

    def _facts(self) -> str:
        parts = [self._text(self.kit.kind)] if self.kit.kind is not None else []
        parts += [str(self.kit.year)] if self.kit.year is not None else []
        parts += [self.kit.runtime] if self.kit.runtime else []
        return "  ·  ".join(p for p in parts if p)

    def _shown_language(self, quote: Quote) -> str:
        return quote.text.picked(self.language, self.kit.languages) or self.language


def _replace_space(para: Para, space: float) -> Para:
    para.space_before = space
    return para


def _fit(image: QImage, box: QRectF) -> QRectF:
    """``image``'s rectangle scaled to fit ``box``, centred (enlarged if need be)."""
    scale = min(box.width() / max(1, image.width()), box.height() / max(1, image.height()))
    width, height = image.width() * scale, image.height() * scale
    return QRectF(box.center().x() - width / 2, box.center().y() - height / 2, width, height)
