"""The stills grid's model and painter: one row per still, its thumbnail
arriving later, painted as a captioned tile (or one that says why not)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mediakit.gui import theme
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


class StillsModel(QAbstractListModel):
    """One row per still; the thumbnail arrives later through :meth:`set_image`."""

    ErrorRole = Qt.ItemDataRole.UserRole + 1
    PathRole = Qt.ItemDataRole.UserRole + 2
    CreditRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self) -> None:
        super().__init__()
        self.tiles: list[Tile] = []
        self._pixmaps: dict[int, QPixmap] = {}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tiles)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tiles):
            return None
        tile = self.tiles[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tile.caption or shown_name(tile.still.file.written)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return tile.error or tile.alt or tile.caption or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(index.row())
        if role == self.ErrorRole:
            return tile.error
        if role == self.PathRole:
            return str(tile.still.file.path)
        if role == self.CreditRole:
            return tile.still.credit
        return None

    def _pixmap(self, row: int) -> QPixmap | None:
        image = self.tiles[row].image
        if image is None:
            return None
        if row not in self._pixmaps:  # QPixmap belongs to the GUI thread: made here
            self._pixmaps[row] = QPixmap.fromImage(image)
        return self._pixmaps[row]

    def set_tiles(self, tiles: list[Tile]) -> None:
        self.beginResetModel()
        self.tiles = tiles
        self._pixmaps.clear()
        self.endResetModel()

    def update_tile(self, row: int, **changes: Any) -> None:
        if 0 <= row < len(self.tiles):
            self.tiles[row] = replace(self.tiles[row], **changes)
            self._pixmaps.pop(row, None)
            index = self.index(row)
            self.dataChanged.emit(index, index)


class TileDelegate(QStyledItemDelegate):
    """Paints a tile: the picture centred in its 3:2 frame, caption and credit below.

    The page sets :attr:`tile` as the view is resized, so the columns always
    fill the width evenly.
    """

    PAD = 14  # around each tile: 28 px between pictures
    GAP = 12  # between the picture and its caption

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = QSize(288, 192)

    def text_height(self, metrics: QFontMetrics) -> int:
        return self.GAP + 3 * metrics.lineSpacing() + 4  # two caption lines, a credit

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        height = self.tile.height() + self.text_height(option.fontMetrics) + 2 * self.PAD
        return QSize(self.tile.width() + 2 * self.PAD, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        frame = QRect(cell.topLeft(), self.tile)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        error = index.data(StillsModel.ErrorRole)
        picture = frame
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            # No letterbox bars: centred across, standing on the frame's bottom
            # so that every caption sits at the same distance below its picture.
            size = pixmap.deviceIndependentSize().toSize()
            size.scale(frame.size(), Qt.AspectRatioMode.KeepAspectRatio)
            picture = QRect(QPoint(0, 0), size)
            picture.moveCenter(frame.center())
            picture.moveBottom(frame.bottom())
            painter.drawPixmap(picture, pixmap)
        else:  # placeholder or failure: a quiet panel keeps the grid's rhythm
            painter.fillRect(frame, theme.colour("card"))
        if error:
            self._paint_error(painter, frame if picture == frame else picture, error, pixmap)
        if selected or hovered:
            pen = QPen(theme.colour("sand") if selected else theme.colour("tile_edge"), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(picture.adjusted(-4, -4, 4, 4))
        self._paint_text(painter, option, index, cell, frame, selected)
        painter.restore()

    def _paint_error(self, painter: QPainter, box: QRect, error: str, pixmap: object) -> None:
        if isinstance(pixmap, QPixmap):  # partly decoded: a band over the picture
            band = QRect(box.left(), box.bottom() - 30, box.width(), 31)
            painter.fillRect(band, theme.colour("ink", 210))
            painter.setPen(theme.colour("sand_pale"))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, error)
            return
        painter.setPen(theme.colour("problem"))
        text_box = box.adjusted(22, 18, -22, -18)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(text_box, flags, f"This still cannot be shown\n\n{error}")

    def _paint_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: ModelIndex,
        cell: QRect,
        frame: QRect,
        selected: bool,
    ) -> None:
        caption = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        credit = index.data(StillsModel.CreditRole)
        base: QFont = option.font
        painter.setFont(base)
        metrics = painter.fontMetrics()
        line_h = metrics.lineSpacing()
        top = frame.bottom() + 1 + self.GAP
        painter.setPen(theme.colour("bright") if selected else theme.colour("tile_caption"))
        # Two lines at most, the second elided: a caption is never cut mid-line.
        lines = _wrap(caption, metrics, cell.width())
        if len(lines) > 2:
            rest = " ".join(lines[1:])
            lines = [lines[0], metrics.elidedText(rest, Qt.TextElideMode.ElideRight, cell.width())]
        for i, line in enumerate(lines):
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, cell.width())
            painter.drawText(
                QRect(cell.left(), top + i * line_h, cell.width(), line_h),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
        if credit:
            small = QFont(base)
            if base.pixelSize() > 0:  # a style sheet's font-size in px
                small.setPixelSize(max(9, round(base.pixelSize() * 0.85)))
            else:
                small.setPointSizeF(base.pointSizeF() * 0.85)
            painter.setFont(small)
            painter.setPen(theme.colour("tile_meta"))
            text = painter.fontMetrics().elidedText(
                credit_line(credit), Qt.TextElideMode.ElideRight, cell.width()
            )
            painter.drawText(
                QRect(cell.left(), top + len(lines) * line_h + 4, cell.width(), line_h),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )


def _wrap(text: str, metrics: Any, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines
