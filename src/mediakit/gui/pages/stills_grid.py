"""The stills grid's model and painter: one row per still, its thumbnail
arriving later, painted as a captioned tile (or one that says why not)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mediakit.gui import theme
from mediakit.gui.textclip import ELLIPSIS, label_text
from mediakit.gui.tilerings import paint_rings
from mediakit.kit.manifest.model import Still
from mediakit.textsafety import shown_name
from mediakit.typography import credit_line

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Tile:
    still: Still
    caption: str
    alt: str
    image: QImage | None = None
    error: str | None = None
    partial: bool = False  # ``error`` says only part of the file could be read
    # Content Credentials: the mark painted on the picture ("CR", colour role), and in words.
    mark: tuple[str, str] | None = None
    provenance: str = ""


class StillsModel(QAbstractListModel):
    """One row per still; the thumbnail arrives later through :meth:`update_tile`.

    A thumbnail is held as the ``QImage`` it is painted from (RGB32 or
    premultiplied ARGB32: the raster engine draws it as it draws a pixmap), one
    copy per tile, and only while the page keeps it (see :meth:`drop_images`).
    """

    ErrorRole = Qt.ItemDataRole.UserRole + 1
    PathRole = Qt.ItemDataRole.UserRole + 2
    CreditRole = Qt.ItemDataRole.UserRole + 3
    MarkRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self) -> None:
        super().__init__()
        self.tiles: list[Tile] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tiles)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tiles):
            return None
        tile = self.tiles[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tile.caption or shown_name(tile.still.file.written)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            said = tile.error or tile.alt or tile.caption
            return "\n".join(s for s in (said, tile.provenance) if s) or None
        if role == Qt.ItemDataRole.DecorationRole:
            return tile.image
        if role == self.ErrorRole:
            return tile.error
        if role == self.PathRole:
            return str(tile.still.file.path)
        if role == self.CreditRole:
            return tile.still.credit
        if role == self.MarkRole:
            return tile.mark
        return None

    def set_tiles(self, tiles: list[Tile]) -> None:
        self.beginResetModel()
        self.tiles = tiles
        self.endResetModel()

    def update_tile(self, row: int, **changes: Any) -> None:
        if 0 <= row < len(self.tiles):
            self.tiles[row] = replace(self.tiles[row], **changes)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def held(self) -> list[int]:
        """The rows whose thumbnail is held decoded."""
        return [row for row, tile in enumerate(self.tiles) if tile.image is not None]

    def drop_images(self, keep: range) -> list[int]:
        """Forget the thumbnails of rows outside ``keep`` (the cache has them);
        the rows dropped. A partly read still's note goes with its picture."""
        dropped = []
        for row in self.held():
            if row not in keep:
                tile = self.tiles[row]
                self.tiles[row] = replace(
                    tile, image=None, error=None if tile.partial else tile.error
                )
                dropped.append(row)
                index = self.index(row)
                self.dataChanged.emit(index, index)
        return dropped


# A caption is cut after this many lines ("…" ends the last); a credit, which
# a journalist copies exactly, is shown whole up to this many: both bounds only
# ever cut a text far longer than any real one.
CAPTION_LINES = 8
CREDIT_LINES = 6


@dataclass(frozen=True)
class Wrapped:
    """A text broken into the lines a tile shows; ``elided`` when it was cut."""

    lines: tuple[str, ...]
    line_height: int
    elided: bool

    @property
    def height(self) -> int:
        return len(self.lines) * self.line_height


def wrap_text(text: str, font: QFont, width: int, max_lines: int) -> Wrapped:
    """``text`` (plain, never markup) word-wrapped to ``width`` pixels in
    ``font``: at most ``max_lines`` lines, the last one elided if more would
    follow. A word longer than the width is broken where it must be."""
    metrics = QFontMetrics(font)
    line_h = metrics.lineSpacing()
    width = max(1, width)
    # QTextLayout breaks lines at U+2028, not at a newline.
    text = text.replace("\r\n", "\n").replace("\n", "\u2028")
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(spans) <= max_lines:  # one line more than shown: is there more?
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].rstrip(" \u2028") for start, length in spans]
    elided = len(spans) > max_lines
    if elided:
        start = spans[max_lines - 1][0]
        # What follows the last line shown, cut short before measuring: no
        # need to lay out the rest of a hostile text to end a line with "…".
        rest = text[start : start + 4 * len(lines[max_lines - 1]) + 8].replace("\u2028", " ")
        lines = [*lines[: max_lines - 1], _elided_line(rest, metrics, width)]
    return Wrapped(tuple(lines), line_h, elided)


def _elided_line(rest: str, metrics: QFontMetrics, width: int) -> str:
    """The start of ``rest`` that fits ``width`` with an ellipsis after it, always
    ending with one (``rest`` is known to go on past the line)."""
    line = metrics.elidedText(rest + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
    return line if line.endswith(ELLIPSIS) else line.rstrip() + ELLIPSIS


class TileDelegate(QStyledItemDelegate):
    """Paints a tile: the picture centred in its 3:2 frame, caption and credit below.

    The page sets :attr:`tile` as the view is resized, so the columns always
    fill the width evenly. Caption and credit are word-wrapped in full (bounded
    by :data:`CAPTION_LINES` and :data:`CREDIT_LINES`); a tile is as tall as its
    text, and the view makes each row as tall as its tallest tile.
    """

    PAD = 14  # around each tile: 28 px between pictures
    GAP = theme.SPACING["m"]  # between the picture and its caption
    CREDIT_GAP = theme.SPACING["xs"]  # between the caption and the credit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = QSize(288, 192)
        # Find in a kit: by row, the (start, end, current) spans of the caption to mark.
        self.find_marks: dict[int, list[tuple[int, int, bool]]] = {}
        self._wrapped: OrderedDict[tuple[str, str, int, int], Wrapped] = OrderedDict()

    # -- text -----------------------------------------------------------------

    @staticmethod
    def credit_font(base: QFont) -> QFont:
        small = QFont(base)
        small.setPixelSize(theme.FONT_SIZES["caption"])
        return small

    def wrapped(self, text: str, font: QFont, max_lines: int) -> Wrapped:
        """``text`` wrapped to the tile's width; remembered, as tiles are painted often."""
        key = (text, font.key(), self.tile.width(), max_lines)
        found = self._wrapped.get(key)
        if found is None:
            found = wrap_text(text, font, self.tile.width(), max_lines)
            self._wrapped[key] = found
            while len(self._wrapped) > 1024:
                self._wrapped.popitem(last=False)
        else:
            self._wrapped.move_to_end(key)
        return found

    def caption_lines(self, index: ModelIndex, font: QFont) -> Wrapped:
        caption = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return self.wrapped(caption, font, CAPTION_LINES)

    def credit_lines(self, index: ModelIndex, font: QFont) -> Wrapped | None:
        credit = index.data(StillsModel.CreditRole)
        if not credit:
            return None
        return self.wrapped(
            credit_line(label_text(str(credit))), self.credit_font(font), CREDIT_LINES
        )

    def text_height(self, index: ModelIndex, font: QFont) -> int:
        """The height of a tile's caption and credit, with the gap above them."""
        height = self.GAP + self.caption_lines(index, font).height
        credit = self.credit_lines(index, font)
        if credit is not None:
            height += self.CREDIT_GAP + credit.height
        return height

    # -- size and painting ------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        height = self.tile.height() + self.text_height(index, option.font) + 2 * self.PAD
        return QSize(self.tile.width() + 2 * self.PAD, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        frame = QRect(cell.topLeft(), self.tile)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        image = index.data(Qt.ItemDataRole.DecorationRole)
        error = index.data(StillsModel.ErrorRole)
        picture = frame
        if isinstance(image, QImage) and not image.isNull():
            # No letterbox bars: centred across, standing on the frame's bottom
            # so that every caption sits at the same distance below its picture.
            size = image.deviceIndependentSize().toSize()
            size.scale(frame.size(), Qt.AspectRatioMode.KeepAspectRatio)
            picture = QRect(QPoint(0, 0), size)
            picture.moveCenter(frame.center())
            picture.moveBottom(frame.bottom())
            painter.drawImage(picture, image)
        else:  # placeholder or failure: a quiet panel keeps the grid's rhythm
            painter.fillRect(frame, theme.colour("card"))
        if error:
            self._paint_error(painter, frame if picture == frame else picture, error, image)
        mark = index.data(StillsModel.MarkRole)
        if mark:
            self._paint_mark(painter, picture, *mark)
        paint_rings(painter, picture, option.state, 4)
        self._paint_text(painter, option, index, frame, selected)
        painter.restore()

    @staticmethod
    def _paint_mark(painter: QPainter, picture: QRect, text: str, role: str) -> None:
        """The Content Credentials mark, a small pill in the picture's top-right corner
        (where the Content Authenticity Initiative's own pin sits)."""
        font = QFont(painter.font())
        font.setPixelSize(theme.FONT_SIZES["caption"])
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        pill = QRect(0, 0, metrics.horizontalAdvance(text) + 12, metrics.height() + 4)
        pill.moveTopRight(picture.topRight() + QPoint(-6, 6))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.colour("ink", 220))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(theme.colour(role))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_error(self, painter: QPainter, box: QRect, error: str, image: object) -> None:
        if isinstance(image, QImage):  # partly decoded: a band over the picture
            band = QRect(box.left(), box.bottom() - 30, box.width(), 31)
            painter.fillRect(band, theme.colour("ink", 210))
            painter.setPen(theme.colour("sand_pale"))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, error)
            return
        painter.setPen(theme.colour("problem"))
        text_box = box.adjusted(22, 18, -22, -18)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        heading = QCoreApplication.translate("TileDelegate", "This still cannot be shown")
        painter.drawText(text_box, flags, f"{heading}\n\n{error}")

    def _paint_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        frame: QRect,
        selected: bool,
    ) -> None:
        # Every tile's caption starts the same distance below its frame: the
        # captions of a row line up at the top.
        top = frame.bottom() + 1 + self.GAP
        base: QFont = option.font
        caption = self.caption_lines(index, base)
        painter.setFont(base)
        painter.setPen(theme.colour("bright") if selected else theme.colour("tile_caption"))
        caption_top = top
        top = self._draw_lines(painter, caption, frame.left(), top, frame.width())
        if index.row() in self.find_marks:
            self._paint_find(painter, index, caption, frame.left(), caption_top)
        credit = self.credit_lines(index, base)
        if credit is not None:
            painter.setFont(self.credit_font(base))
            painter.setPen(theme.colour("tile_meta"))
            self._draw_lines(painter, credit, frame.left(), top + self.CREDIT_GAP, frame.width())

    def _paint_find(
        self, painter: QPainter, index: ModelIndex, caption: Wrapped, left: int, top: int
    ) -> None:
        """The find bar's matches marked on the caption's lines, already drawn:
        the marked words are set again over the mark, in its own text colour."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "").replace("\r\n", "\n")
        text = text.replace("\n", "\u2028")
        metrics = QFontMetrics(painter.font())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        pen = painter.pen()
        at = 0
        for number, line in enumerate(caption.lines):
            shown = line.removesuffix(ELLIPSIS) if number == len(caption.lines) - 1 else line
            found = text.find(shown, at)
            if found < 0:
                break
            at, y = found, top + number * caption.line_height
            for start, end, current in self.find_marks[index.row()]:
                first, last = max(start, at), min(end, at + len(shown))
                if first >= last:
                    continue
                x = left + metrics.horizontalAdvance(shown[: first - at])
                part = shown[first - at : last - at]
                box = QRect(x, y, metrics.horizontalAdvance(part), caption.line_height)
                painter.fillRect(box, theme.colour("find_current" if current else "find_match"))
                painter.setPen(theme.colour("find_current_text" if current else "find_match_text"))
                painter.drawText(box, flags, part)
            at += len(shown)
        painter.setPen(pen)

    @staticmethod
    def _draw_lines(painter: QPainter, text: Wrapped, left: int, top: int, width: int) -> int:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        for line in text.lines:
            painter.drawText(QRect(left, top, width, text.line_height), flags, line)
            top += text.line_height
        return top
