"""Drawing the sheet on a paged device — a QPdfWriter, or a QPrinter for Print…

Two passes: every line is laid out first (QTextLayout, against the device's
own metrics) and placed in its column's frames — page 1 below the header,
then page 2 — so the page count is known before anything is drawn; then the
pages are painted. A column that outgrows page 2 ends on a line cut with "…"
and "More in the kit.": never a third page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from mediakit.colours import PAPER
from mediakit.publish.sheet import layout as design
from mediakit.publish.sheet import words
from mediakit.publish.sheet.content import ELLIPSIS, SheetContent
from mediakit.publish.sheet.layout import Style
from mediakit.publish.sheet.paper import Paper
from mediakit.typography import typeset

MAX_PAGES = 2
Draw = Callable[[QPainter], None]


@dataclass
class Column:
    """Where one column's lines go: a frame a page, filled top down."""

    x: float
    width: float
    frames: list[tuple[float, float]]  # (top, bottom) on page 1, page 2
    page: int = 0
    y: float = 0.0
    full: bool = False  # cut: nothing more goes in
    ops: list[tuple[int, Draw]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.y = self.frames[0][0]


class SheetPainter:
    """Lays out ``content`` for ``device`` (device units: ``pt`` converts points)."""

    def __init__(self, device: QPagedPaintDevice, paper: Paper, content: SheetContent) -> None:
        self.device = device
        self.content = content
        self.language = content.language
        self.scale = device.logicalDpiY() / 72
        self.grid = design.grid(paper)
        self.ops: list[tuple[int, Draw]] = []  # (page, drawing) outside the columns
        self._layouts: list[QTextLayout] = []  # alive until drawn

    def pt(self, points: float) -> float:
        return points * self.scale

    def font(self, style: Style) -> QFont:
        # DejaVu Sans after the style's family: the serif lacks Arabic, Hebrew … and
        # Qt would otherwise fall back on whatever the system has, maybe nothing.
        font = QFont([style.family, design.SANS])
        font.setPointSizeF(style.points)
        font.setBold(style.bold)
        font.setItalic(style.italic)
        font.setKerning(True)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # print metrics
        # No ligatures: "ff" in a hash or "fi" in a name would copy out of the PDF as
        # one character (U+FB00) that no search and no sha256sum matches.
        for tag in ("liga", "clig", "dlig"):
            font.setFeature(QFont.Tag(tag), 0)
        if style.caps:
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        return font

    # -- laying out ------------------------------------------------------------

    def lines(self, text: str, style: Style, width: float) -> QTextLayout:
        font = self.font(style)
        if style.italic and not _italic_covers(font, text):
            font.setItalic(False)  # DejaVu's italics lack Arabic, Hebrew …: upright, not boxes
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        layout.setTextOption(option)
        layout.beginLayout()
        while not style.max_lines or layout.lineCount() < style.max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
        layout.endLayout()
        self._layouts.append(layout)
        return layout

    def line_height(self, style: Style) -> float:
        return self.pt(style.points * style.leading)

    def place(self, column: Column, text: str, style: Style, indent: float = 0) -> None:
        """``text`` in ``column`` from its current line on, cut with "…" when the
        column's last frame is full."""
        if column.full or not text:
            return
        layout = self.lines(text, style, column.width - self.pt(indent))
        step = self.line_height(style)
        column.y += self.pt(style.before) if column.y > column.frames[column.page][0] else 0
        for index in range(layout.lineCount()):
            last_frame = column.page == len(column.frames) - 1
            room = column.frames[column.page][1] - (step if last_frame else 0)
            if column.y + step > room:
                if not last_frame:
                    column.page += 1
                    column.y = column.frames[column.page][0]
                else:
                    self._cut(column, layout, index - 1, style, indent)
                    return
            position = QPointF(column.x + self.pt(indent), column.y)
            column.ops.append((column.page, draw_line(layout, index, position, style.colour)))
            column.y += step
        column.y += self.pt(style.after)
        last = layout.lineAt(layout.lineCount() - 1)
        if last.textStart() + last.textLength() < len(text):  # stopped by max_lines
            self._elide_last(column, layout, style, indent)

    def _cut(
        self, column: Column, layout: QTextLayout, last: int, style: Style, indent: float
    ) -> None:
        """End the column: line ``last`` of ``layout`` (already placed) redrawn with
        "…", then "More in the kit." below it."""
        column.full = True
        if last >= 0:
            column.ops.pop()
            column.y -= self.line_height(style)
            self._ellipsis_line(column, layout, last, style, indent)
        note = words.word(self.language, words.MORE_IN_KIT)
        font = self.font(design.NOTE)
        y = column.y + self.pt(design.NOTE.before)
        column.ops.append(
            (column.page, draw_text(note, font, QPointF(column.x, y), design.NOTE.colour))
        )

    def _elide_last(self, column: Column, layout: QTextLayout, style: Style, indent: float) -> None:
        """A text cut by its style's line limit: its last line ends in "…"."""
        column.ops.pop()
        column.y -= self.line_height(style) + self.pt(style.after)
        self._ellipsis_line(column, layout, layout.lineCount() - 1, style, indent)
        column.y += self.pt(style.after)

    def _ellipsis_line(
        self, column: Column, layout: QTextLayout, index: int, style: Style, indent: float
    ) -> None:
        line = layout.lineAt(index)
        text = layout.text()[line.textStart() : line.textStart() + line.textLength()].rstrip()
        font = layout.font()
        metrics = QFontMetricsF(font, self.device)
        width = column.width - self.pt(indent)
        shown = text + ELLIPSIS
        while text and metrics.horizontalAdvance(shown) > width:
            cut = text.rfind(" ")
            text = text[:cut] if cut > len(text) // 2 else text[:-1]
            shown = text.rstrip(" ,;:.") + ELLIPSIS
        position = QPointF(column.x + self.pt(indent), column.y)
        column.ops.append((column.page, draw_text(shown, font, position, style.colour)))
        column.y += self.line_height(style)

    def rule(self, column: Column | None, page: int, x1: float, x2: float, y: float) -> None:
        colour = PAPER["line"]
        width = self.pt(design.HAIRLINE_PT)
        target = self.ops if column is None else column.ops
        target.append((page, draw_rule(QLineF(x1, y, x2, y), colour, width)))

    # -- painting --------------------------------------------------------------

    def paint(self, ops: list[tuple[int, Draw]], pages: int) -> None:
        painter = QPainter(self.device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            for page in range(pages):
                if page:
                    self.device.newPage()
                for on, draw in ops:
                    if on == page:
                        draw(painter)
        finally:
            painter.end()


def draw_line(layout: QTextLayout, index: int, position: QPointF, colour: str) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.setPen(QColor(PAPER[colour]))
        layout.lineAt(index).draw(painter, position)

    return draw


def draw_text(text: str, font: QFont, position: QPointF, colour: str) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.setFont(font)
        painter.setPen(QColor(PAPER[colour]))
        ascent = QFontMetricsF(font, painter.device()).ascent()
        painter.drawText(QPointF(position.x(), position.y() + ascent), text)

    return draw


def draw_rule(line: QLineF, colour: str, width: float) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(QColor(colour), width))
        painter.drawLine(line)

    return draw


def draw_image(image: QImage, target: QRectF) -> Draw:
    def draw(painter: QPainter) -> None:
        painter.drawImage(target, image)

    return draw


def _italic_covers(font: QFont, text: str) -> bool:
    """Whether the italic face itself has every letter of ``text``."""
    metrics = QFontMetricsF(font)
    return all(metrics.inFontUcs4(ord(char)) for char in set(text) if char.isalpha())


def format_date(date: QDate, language: str) -> str:
    return QLocale(language).toString(date, "d MMMM yyyy")


def quoted(text: str, language: str) -> str:
    locale = QLocale(language)
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    return typeset(locale.quoteString(text), language)
