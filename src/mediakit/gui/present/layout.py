"""Text set for a projector: paragraphs broken into lines with QTextLayout,
then packed into pages — never elided, never cut inside a word.

A :class:`Flow` lays paragraphs out at one column width; :meth:`Flow.paginate`
packs their lines into pages of a given height (a paragraph marked ``keep``
moves whole to the next page; ``keep_with_next`` holds a heading to its text);
:meth:`Flow.paginate_even` leaves no paragraph alone on a short last page,
and a paragraph cut by a page's foot is cut between two sentences when one
ends near it. A paragraph's :class:`Span` s (Markdown emphasis) are formats
of its layout: its own font, made bold or italic. :meth:`Flow.draw` paints
one page and reports the boxes and words it drew, so tests check the layout
itself rather than the existence of a PNG.

A kit's paragraph may be 2 MiB, or one 1 MiB word: each is cut to PARA_CHARS
(with an ellipsis) and any run longer than WORD_CHARS gets invisible breaks,
far beyond real text, so that no slide takes seconds to lay out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QPointF, QRectF, Qt, QTextBoundaryFinder
from PySide6.QtGui import (
    QFont,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from mediakit.gui import theme
from mediakit.gui.present.plain import Span, sliced
from mediakit.gui.textclip import breakable, clipped

# The slides' colours by theme name, looked up when drawn: high contrast
# switched mid-pitch shows on the next paint.
INK = "ink"
PAPER = "paper"
SAND = "sand"
MUTED = "muted"
SERIF = theme.SERIF_FAMILY
SANS = theme.SANS_FAMILY
PARA_CHARS = 4000  # a paragraph longer than a few slides' worth is cut
CENTRED_CHARS = 1000  # display text (titles, quotes) is set many times over to balance it
WORD_CHARS = 48  # longer runs break: no real word is, and a body line holds about 60


def font(family: str, pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """A font sized in pixels (slides scale with their height, not with DPI)."""
    result = QFont(family)
    result.setPixelSize(max(1, round(pixels)))
    result.setBold(bold)
    result.setItalic(italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


def caps(base: QFont, spacing: float = 112.0) -> QFont:
    """Small label type: capitals, letter-spaced so they read at a distance."""
    result = QFont(base)
    result.setCapitalization(QFont.Capitalization.AllUppercase)
    result.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
    return result


@dataclass
class Para:
    text: str
    font: QFont
    color: str = PAPER  # a theme colour name
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    space_before: float = 0.0  # pixels, dropped at the top of a page
    leading: float = 1.3  # line pitch as a multiple of the font's line height
    keep: bool = False  # never split across pages
    keep_with_next: bool = False  # never last on a page
    hang: float = 0.0  # indent of every line but the first (a list item's bullet)
    spans: tuple[Span, ...] = ()  # runs set bold, italic or struck out (Markdown emphasis)
    indent: float = 0.0  # indent of every line (a nested list)


@dataclass
class _Placed:
    para: int
    line: QTextLine
    words: int
    x: float = 0.0
    text: str = ""  # what the line says


@dataclass
class Page:
    lines: list[_Placed] = field(default_factory=list)
    height: float = 0.0


@dataclass
class Drawn:
    boxes: list[QRectF]
    words: int


def count_words(text: str) -> int:
    return len(text.split())


_Line = tuple[QTextLine, int, float, str]  # a line, the words starting on it, its x, its text


class Flow:
    """Paragraphs laid out at ``width``; ``too_wide`` when a word alone is wider."""

    def __init__(self, paras: list[Para], width: float) -> None:
        self.paras = [_bounded(para) for para in paras]
        self.width = width
        self.layouts: list[QTextLayout] = []
        self.too_wide = False
        self.words_total = 0
        self._lines: list[list[_Line]] = []
        # Paragraphs cut between two sentences: (paragraph, start, end) -> its laid out part.
        self._pieces: dict[tuple[int, int, int], tuple[QTextLayout, list[_Line]]] = {}
        self._sentences: dict[int, list[int]] = {}
        for para in self.paras:
            layout, lines = self._lay(para, width)
            if para.align & Qt.AlignmentFlag.AlignHCenter and len(lines) > 1:
                layout, lines = self._balance(para, width, len(lines))
            self.too_wide |= any(
                line.naturalTextWidth() > width - x + 0.5 for line, _, x, _ in lines
            )
            self.layouts.append(layout)
            self._lines.append(lines)
            self.words_total += count_words(para.text)

    @staticmethod
    def _lay(
        para: Para, width: float, indent: float = 0.0, *, hung: bool = False
    ) -> tuple[QTextLayout, list[_Line]]:
        """``para`` broken into lines; ``hung``: its first line is a continuation, hung too."""
        layout = QTextLayout(para.text, para.font)
        option = QTextOption(para.align)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # breaks between words only
        layout.setTextOption(option)
        if para.spans:
            layout.setFormats([_format_range(span) for span in para.spans])
        layout.setCacheEnabled(True)
        lines: list[_Line] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            x = para.indent + (para.hang if lines or hung else 0.0)
            line.setLineWidth(width - x)
            text = para.text[line.textStart() : line.textStart() + line.textLength()]
            lines.append((line, _words_starting_in(para.text, line), indent + x, text))
        layout.endLayout()
        return layout, lines

    def _balance(self, para: Para, width: float, count: int) -> tuple[QTextLayout, list[_Line]]:
        """Centred display text set at the narrowest width that keeps its line count,
        so that its lines come out even — no lone word on a last line."""
        low, high = width / 2, width
        for _ in range(7):
            middle = (low + high) / 2
            if len(self._lay(para, middle)[1]) <= count:
                high = middle
            else:
                low = middle
        return self._lay(para, high, (width - high) / 2)

    def _pitch(self, index: int, line: QTextLine) -> float:
        return line.height() * self.paras[index].leading

    def _block(self, index: int) -> float:
        return sum(self._pitch(index, line) for line, _, _, _ in self._lines[index])

    def _fitting(self, index: int, lines: list[_Line], room: float) -> int:
        """How many of ``lines`` fit in ``room`` pixels."""
        count = 0
        for line, _, _, _ in lines:
            room -= self._pitch(index, line)
            if room < -0.5:
                break
            count += 1
        return count

    def paginate(self, height: float, *, whole: bool = False) -> list[Page]:
        """Lines packed into pages of ``height``; positions are set on the lines.

        A paragraph cut by a page's foot is cut between two sentences when one
        ends near the foot (:meth:`_at_sentence`), else between two lines; with
        ``whole``, a paragraph that a page holds then goes whole to the next page."""
        pages = [Page()]
        y = 0.0
        for index, para in enumerate(self.paras):
            lines = self._lines[index]
            if not lines:
                continue
            space = para.space_before if y > 0 else 0.0
            # A paragraph starts where at least two of its lines fit: no orphan at the foot.
            head = lines if para.keep else lines[:2]
            need = sum(self._pitch(index, line) for line, _, _, _ in head)
            if para.keep_with_next and index + 1 < len(self.paras) and self._lines[index + 1]:
                after = self.paras[index + 1]
                first_next = self._lines[index + 1][0][0]
                need += after.space_before + (
                    self._block(index + 1) if after.keep else self._pitch(index + 1, first_next)
                )
            if y > 0 and y + space + need > height:
                pages.append(Page())
                y, space = 0.0, 0.0
            y += space
            pending, start = lines, 0  # start: where ``pending``'s text starts in the paragraph
            while pending:
                take = len(pending) if para.keep else self._fitting(index, pending, height - y)
                if not para.keep and 0 < take < len(pending):
                    cut = self._at_sentence(index, pending, start, take, y == 0)
                    if cut is not None:
                        placed, pending, start = cut
                        y = self._place(pages[-1], index, placed, y)
                        pages.append(Page())
                        y = 0.0
                        continue
                    if whole and y > 0 and self._fitting(index, pending, height) == len(pending):
                        take = 0  # not cut inside a sentence: the next page takes it all
                    # No line of a paragraph alone at a page's foot or atop the next one:
                    # hold a line back, or move the paragraph's start to the next page.
                    if len(pending) - take == 1 and take > 2:
                        take -= 1
                    elif (len(pending) - take == 1 or take == 1) and y > 0:
                        take = 0
                if y == 0:
                    take = max(take, 1)  # a line taller than the page still goes somewhere
                y = self._place(pages[-1], index, pending[:take], y)
                pending = pending[take:]
                if pending:
                    pages.append(Page())
                    y = 0.0
        return pages

    def paginate_even(self, height: float) -> list[Page]:
        """:meth:`paginate`, without a widow page: when the last page would hold one
        paragraph alone, or be nearly empty, the same number of pages is set at the
        lowest height that keeps that number, so that the pages come out even."""
        pages = self.paginate(height, whole=True)
        whole = True
        if len(pages) > 1:
            cut = self.paginate(height)
            if len(cut) < len(pages):  # paragraphs kept whole would take another page
                pages, whole = cut, False
        if len(pages) < 2 or not _widowed(pages[-1], height):
            return self.paginate(height, whole=whole)  # last: the lines keep these positions
        count = len(pages)
        total = sum(self._block(index) for index in range(len(self.paras)))
        low, high = min(height, total / count) - 1, height
        for _ in range(10):
            middle = (low + high) / 2
            if len(self.paginate(middle, whole=whole)) <= count:
                high = middle
            else:
                low = middle
        return self.paginate(high, whole=whole)  # last: the lines keep the positions of these pages

    def _place(self, page: Page, index: int, lines: list[_Line], y: float) -> float:
        for line, words, x, text in lines:
            pitch = self._pitch(index, line)
            # Centre the glyphs in the pitch so leading is shared above and below.
            line.setPosition(QPointF(x, y + (pitch - line.height()) / 2))
            page.lines.append(_Placed(index, line, words, x, text))
            y += pitch
            page.height = y
        return y

    def _at_sentence(
        self, index: int, pending: list[_Line], start: int, fit: int, at_top: bool
    ) -> tuple[list[_Line], list[_Line], int] | None:
        """Where to cut ``pending`` (the rest of paragraph ``index`` from ``start``),
        of which ``fit`` lines fit on this page, between two sentences: the lines
        kept here, those for the next page and where they start; None when no
        sentence ends near the foot (the paragraph is then cut between lines)."""
        para = self.paras[index]
        if para.align & Qt.AlignmentFlag.AlignHCenter:
            return None
        text = para.text
        starts = [start + line.textStart() for line, _, _, _ in pending]
        first = starts[0]
        # Rather a few empty lines at the foot than a sentence cut, but not many.
        least = max(1 if at_top else 2, fit - max(2, fit // 3))
        for end in reversed(self._sentence_ends(index)):
            if end <= first or text[end - 1] != " ":  # never at a no-break space
                continue
            count = sum(1 for where in starts if where < end)
            if count > fit:
                continue
            if count < least:
                break  # earlier sentences keep even fewer lines here
            last = end
            while last > first and text[last - 1].isspace():
                last -= 1
            after = self._piece(index, end, len(text))
            if len(after) < 2:  # a line alone atop the next page
                continue
            here = self._piece(index, first, last)
            if len(here) <= fit:
                return here, after, end
        return None

    def _sentence_ends(self, index: int) -> list[int]:
        """Where sentences end in paragraph ``index`` (after their spaces)."""
        found = self._sentences.get(index)
        if found is None:
            text = self.paras[index].text
            finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Sentence, text)
            found = []
            position = finder.toNextBoundary()
            while 0 < position < len(text):
                found.append(position)
                position = finder.toNextBoundary()
            self._sentences[index] = found
        return found

    def _piece(self, index: int, start: int, end: int) -> list[_Line]:
        """The lines of paragraph ``index`` from ``start`` to ``end``, laid out alone."""
        key = (index, start, end)
        found = self._pieces.get(key)
        if found is None:
            para = self.paras[index]
            part = replace(para, text=para.text[start:end], spans=sliced(para.spans, start, end))
            found = self._lay(part, self.width, hung=start > 0)
            self._pieces[key] = found
        return found[1]

    def draw(self, painter: QPainter, page: Page, origin: QPointF) -> Drawn:
        boxes: list[QRectF] = []
        words = 0
        for placed in page.lines:
            para = self.paras[placed.para]
            painter.setPen(theme.colour(para.color))
            placed.line.draw(painter, origin)
            box = placed.line.naturalTextRect().translated(origin)
            if box.width() > 0:
                boxes.append(box)
            words += placed.words
        return Drawn(boxes, words)


def _bounded(para: Para) -> Para:
    limit = CENTRED_CHARS if para.align & Qt.AlignmentFlag.AlignHCenter else PARA_CHARS
    text = breakable(clipped(para.text, limit), WORD_CHARS)
    if text == para.text:
        return para
    return replace(para, text=text, spans=_moved(para.spans, para.text, text))


def _moved(spans: tuple[Span, ...], old: str, new: str) -> tuple[Span, ...]:
    """``spans`` of ``old`` on ``new``: ``old`` cut (an ellipsis at its end) and
    given invisible breaks, as :func:`_bounded` does."""
    if not spans:
        return spans
    where = [0] * (len(old) + 1)
    i = j = 0
    while i < len(old) and j < len(new):
        if old[i] == new[j]:
            where[i] = j
            i, j = i + 1, j + 1
        elif new[j] == "\u200b":  # an invisible break was put in here
            j += 1
        else:
            break  # the cut: the rest of ``old`` is not shown
    for rest in range(i, len(old) + 1):
        where[rest] = j
    result = []
    for span in spans:
        start, end = where[min(span.start, len(old))], where[min(span.end, len(old))]
        if start < end:
            result.append(Span(start, end - start, span.bold, span.italic, span.strike))
    return tuple(result)


def _format_range(span: Span) -> QTextLayout.FormatRange:
    """What a span changes of its paragraph's font: never its family, size or colour."""
    fmt = QTextCharFormat()
    if span.bold:
        fmt.setFontWeight(QFont.Weight.Bold.value)
    if span.italic:
        fmt.setFontItalic(True)
    if span.strike:
        fmt.setFontStrikeOut(True)
    result = QTextLayout.FormatRange()
    result.start, result.length, result.format = span.start, span.length, fmt
    return result


def _widowed(page: Page, height: float) -> bool:
    """A last page with one short paragraph alone, or nearly empty."""
    alone = len({placed.para for placed in page.lines}) == 1
    return (alone and page.height < height / 2) or page.height < height / 3


def _words_starting_in(text: str, line: QTextLine) -> int:
    """Words that start on ``line``: a word broken after a hyphen counts once."""
    start, length = line.textStart(), line.textLength()
    words = count_words(text[start : start + length])
    if words and start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        words -= 1  # the first word began on the line before
    return words
