"""Text set for a projector: paragraphs broken into lines with QTextLayout,
then packed into pages — never elided, never cut inside a word.

A :class:`Flow` lays paragraphs out at one column width; :meth:`Flow.paginate`
packs their lines into pages of a given height (a paragraph marked ``keep``
moves whole to the next page; ``keep_with_next`` holds a heading to its text);
:meth:`Flow.draw` paints one page and reports the boxes and words it drew, so
tests check the layout itself rather than the existence of a PNG.

A kit's paragraph may be 2 MiB, or one 1 MiB word: each is cut to PARA_CHARS
(with an ellipsis) and any run longer than WORD_CHARS gets invisible breaks,
far beyond real text, so that no slide takes seconds to lay out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextLayout, QTextLine, QTextOption

from mediakit.gui import theme
from mediakit.gui.textclip import breakable, clipped

INK = theme.colour("ink")
PAPER = theme.colour("paper")
SAND = theme.colour("sand")
MUTED = theme.colour("muted")
SERIF = "DejaVu Serif"
SANS = "DejaVu Sans"
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
    color: QColor = field(default_factory=lambda: QColor(PAPER))
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    space_before: float = 0.0  # pixels, dropped at the top of a page
    leading: float = 1.3  # line pitch as a multiple of the font's line height
    keep: bool = False  # never split across pages
    keep_with_next: bool = False  # never last on a page
    hang: float = 0.0  # indent of every line but the first (a list item's bullet)


@dataclass
class _Placed:
    para: int
    line: QTextLine
    words: int
    x: float = 0.0


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


class Flow:
    """Paragraphs laid out at ``width``; ``too_wide`` when a word alone is wider."""

    def __init__(self, paras: list[Para], width: float) -> None:
        self.paras = [_bounded(para) for para in paras]
        self.width = width
        self.layouts: list[QTextLayout] = []
        self.too_wide = False
        self.words_total = 0
        self._lines: list[list[tuple[QTextLine, int, float]]] = []
        for para in self.paras:
            layout, lines = self._lay(para, width)
            if para.align & Qt.AlignmentFlag.AlignHCenter and len(lines) > 1:
                layout, lines = self._balance(para, width, len(lines))
            self.too_wide |= any(line.naturalTextWidth() > width - x + 0.5 for line, _, x in lines)
            self.layouts.append(layout)
            self._lines.append(lines)
            self.words_total += count_words(para.text)

    @staticmethod
    def _lay(
        para: Para, width: float, indent: float = 0.0
    ) -> tuple[QTextLayout, list[tuple[QTextLine, int, float]]]:
        layout = QTextLayout(para.text, para.font)
        option = QTextOption(para.align)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # breaks between words only
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        lines: list[tuple[QTextLine, int, float]] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            x = para.hang if lines else 0.0
            line.setLineWidth(width - x)
            lines.append((line, _words_starting_in(para.text, line), indent + x))
        layout.endLayout()
        return layout, lines

    def _balance(
        self, para: Para, width: float, count: int
    ) -> tuple[QTextLayout, list[tuple[QTextLine, int, float]]]:
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
        return sum(self._pitch(index, line) for line, _, _ in self._lines[index])

    def _fitting(self, index: int, lines: list[tuple[QTextLine, int, float]], room: float) -> int:
        """How many of ``lines`` fit in ``room`` pixels."""
        count = 0
        for line, _, _ in lines:
            room -= self._pitch(index, line)
            if room < -0.5:
                break
            count += 1
        return count

    def paginate(self, height: float) -> list[Page]:
        """Lines packed into pages of ``height``; positions are set on the lines."""
        pages = [Page()]
        y = 0.0
        for index, para in enumerate(self.paras):
            lines = self._lines[index]
            if not lines:
                continue
            space = para.space_before if y > 0 else 0.0
            # A paragraph starts where at least two of its lines fit: no orphan at the foot.
            head = lines if para.keep else lines[:2]
            need = sum(self._pitch(index, line) for line, _, _ in head)
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
            pending = lines
            while pending:
                take = len(pending) if para.keep else self._fitting(index, pending, height - y)
                if not para.keep and 0 < take < len(pending):
                    # No line of a paragraph alone at a page's foot or atop the next one:
                    # hold a line back, or move the paragraph's start to the next page.
                    if len(pending) - take == 1 and take > 2:
                        take -= 1
                    elif (len(pending) - take == 1 or take == 1) and y > 0:
                        take = 0
                if y == 0:
                    take = max(take, 1)  # a line taller than the page still goes somewhere
                for line, words, x in pending[:take]:
                    pitch = self._pitch(index, line)
                    # Centre the glyphs in the pitch so leading is shared above and below.
                    line.setPosition(QPointF(x, y + (pitch - line.height()) / 2))
                    pages[-1].lines.append(_Placed(index, line, words, x))
                    y += pitch
                    pages[-1].height = y
                pending = pending[take:]
                if pending:
                    pages.append(Page())
                    y = 0.0
        return pages

    def draw(self, painter: QPainter, page: Page, origin: QPointF) -> Drawn:
        boxes: list[QRectF] = []
        words = 0
        for placed in page.lines:
            para = self.paras[placed.para]
            painter.setPen(para.color)
            placed.line.draw(painter, origin)
            box = placed.line.naturalTextRect().translated(origin)
            if box.width() > 0:
                boxes.append(box)
            words += placed.words
        return Drawn(boxes, words)


def _bounded(para: Para) -> Para:
    limit = CENTRED_CHARS if para.align & Qt.AlignmentFlag.AlignHCenter else PARA_CHARS
    text = breakable(clipped(para.text, limit), WORD_CHARS)
    return para if text == para.text else replace(para, text=text)


def _words_starting_in(text: str, line: QTextLine) -> int:
    """Words that start on ``line``: a word broken after a hyphen counts once."""
    start, length = line.textStart(), line.textLength()
    words = count_words(text[start : start + length])
    if words and start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        words -= 1  # the first word began on the line before
    return words
