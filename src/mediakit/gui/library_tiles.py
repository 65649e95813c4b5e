"""The library's tile: the poster (2:3), the title, its makers, kind · year · runtime.

Every tile has one size (the view lays out a thousand without measuring
each). A kit without a picture shows a quiet panel with its initial; a kit
that is gone is greyed, and says where it was; a kit that does not open
carries a problem mark and says so.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.library_model import LibraryModel, facts, subtitle, when
from mediakit.gui.library_posters import POSTER
from mediakit.gui.tilerings import paint_rings
from mediakit.library.store import KitEntry
from mediakit.qttranslate import tr
from mediakit.textsafety import shown, shown_name

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = theme.SPACING["m"]  # around each tile
GAP = theme.SPACING["s"]  # between the poster and the title
LINES = 3  # title, makers (or where it was), kind · year · runtime


@dataclass(frozen=True)
class _Fonts:
    bold: QFont
    bold_metrics: QFontMetrics
    small: QFont
    small_metrics: QFontMetrics


class KitTileDelegate(QStyledItemDelegate):
    """Paints the tiles of ``model``, read directly (no trip through ``index.data``):
    a thousand tiles scroll by, and every call from Qt into Python costs."""

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.poster = POSTER
        self._fonts: dict[str, _Fonts] = {}
        self._lines: OrderedDict[tuple[object, ...], tuple[str, str, str]] = OrderedDict()

    def fonts(self, base: QFont) -> _Fonts:
        key = base.key()
        found = self._fonts.get(key)
        if found is None:
            bold = QFont(base)
            bold.setBold(True)
            small = QFont(base)
            small.setPixelSize(theme.FONT_SIZES["caption"])
            found = _Fonts(bold, QFontMetrics(bold), small, QFontMetrics(small))
            self._fonts[key] = found
        return found

    def lines(self, entry: KitEntry, fonts: _Fonts, width: int) -> tuple[str, str, str]:
        """The tile's three lines, elided to ``width``; remembered, as tiles repaint often."""
        shown_as = (
            entry.title, entry.makers, entry.kind, entry.year, entry.runtime, entry.missing
        )  # fmt: skip
        key: tuple[object, ...] = (entry.path, shown_as, width, fonts.bold.key())
        found = self._lines.get(key)
        if found is not None:
            self._lines.move_to_end(key)
            return found
        elide = Qt.TextElideMode.ElideRight
        title = fonts.bold_metrics.elidedText(shown(entry.title), elide, width)
        if entry.missing:
            said = tr("Missing — was at {path}")
            room = max(30, width - fonts.small_metrics.horizontalAdvance(said.format(path="")))
            where = shown_name(str(entry.path))  # its end says most: …/kits/adieu
            where = fonts.small_metrics.elidedText(where, Qt.TextElideMode.ElideLeft, room)
            second = fonts.small_metrics.elidedText(said.format(path=where), elide, width)
        else:
            second = fonts.small_metrics.elidedText(subtitle(entry), elide, width)
        third = self._facts(entry, fonts.small_metrics, width)
        found = self._lines[key] = (title, second, third)
        while len(self._lines) > 2048:
            self._lines.popitem(last=False)
        return found

    @staticmethod
    def _facts(entry: KitEntry, metrics: QFontMetrics, width: int) -> str:
        """Kind · year · runtime; a long kind is elided first, then the rest."""
        elide = Qt.TextElideMode.ElideRight
        line, kind, tail = facts(entry), shown(entry.kind), when(entry)
        if metrics.horizontalAdvance(line) <= width or not (kind and tail):
            return metrics.elidedText(line, elide, width)
        tail = " · " + tail
        room = width - metrics.horizontalAdvance(tail)
        if room < metrics.horizontalAdvance("M…"):
            return metrics.elidedText(line, elide, width)
        return metrics.elidedText(kind, elide, room) + tail

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        fonts = self.fonts(option.font)
        line, small = fonts.bold_metrics.lineSpacing(), fonts.small_metrics.lineSpacing()
        height = self.poster.height() + GAP + line + 2 * small + 2 * PAD
        return QSize(self.poster.width() + 2 * PAD, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is None:
            return
        painter.save()
        left = option.rect.left() + (option.rect.width() - self.poster.width()) // 2
        frame = QRect(left, option.rect.top() + PAD, self.poster.width(), self.poster.height())
        image = self.model.poster(entry)
        fonts = self.fonts(option.font)
        if entry.missing:
            painter.setOpacity(0.35)
        if image is not None and not image.isNull():
            painter.drawImage(frame, image)  # decoded at this size: drawn as it is
        else:
            self._paint_placeholder(painter, frame, entry.title, option.font)
        painter.setOpacity(1.0)
        if entry.missing:
            self._paint_band(painter, frame, tr("Missing"), "muted", fonts)
        elif entry.problem is not None:
            self._paint_band(painter, frame, tr("Does not open"), "problem", fonts)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        paint_rings(painter, frame, option.state, 3)
        self._paint_text(painter, entry, fonts, frame, selected)
        painter.restore()

    @staticmethod
    def _paint_placeholder(painter: QPainter, frame: QRect, title: str, base: QFont) -> None:
        painter.fillRect(frame, theme.colour("card"))
        font = QFont(base)
        font.setFamily(theme.SERIF_FAMILY)
        font.setPixelSize(frame.width() // 3)
        painter.setFont(font)
        painter.setPen(theme.colour("tile_edge"))
        painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, title[:1].upper())

    @staticmethod
    def _paint_band(painter: QPainter, frame: QRect, text: str, colour: str, fonts: _Fonts) -> None:
        font = QFont(fonts.small)
        font.setBold(True)
        painter.setFont(font)
        height = fonts.small_metrics.lineSpacing() + 2 * theme.SPACING["xs"]
        band = QRect(frame.left(), frame.bottom() - height + 1, frame.width(), height)
        painter.fillRect(band, theme.colour("ink", 215))
        painter.setPen(theme.colour(colour))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_text(
        self, painter: QPainter, entry: KitEntry, fonts: _Fonts, frame: QRect, selected: bool
    ) -> None:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        width = frame.width()
        title, second, third = self.lines(entry, fonts, width)
        top = frame.bottom() + 1 + GAP
        line = fonts.bold_metrics.lineSpacing()
        painter.setFont(fonts.bold)
        painter.setPen(
            theme.colour("muted" if entry.missing else ("bright" if selected else "tile_caption"))
        )
        painter.drawText(QRect(frame.left(), top, width, line), flags, title)
        top += line
        small = fonts.small_metrics.lineSpacing()
        painter.setFont(fonts.small)
        painter.setPen(theme.colour("muted" if entry.missing else "tile_meta"))
        painter.drawText(QRect(frame.left(), top, width, small), flags, second)
        painter.setPen(theme.colour("tile_meta"))
        painter.drawText(QRect(frame.left(), top + small, width, small), flags, third)


class TileGrid(QListView):
    """The grid of tiles: one size for every tile, the columns spread over the width."""

    def __init__(self, delegate: KitTileDelegate, parent: QWidget | None = None) -> None:
        # The delegate holds the model: set it on the view too.
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)  # one tile measured, not a thousand
        self.setDragEnabled(False)
        self.setSpacing(0)
        self.setModel(delegate.model)
        self.setItemDelegate(delegate)
        self._delegate = delegate

    def resizeEvent(self, event: QResizeEvent) -> None:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        tile = self._delegate.sizeHint(option, QModelIndex())
        width = self.viewport().width()
        columns = max(1, width // max(1, tile.width()))
        cell = QSize(width // columns, tile.height())
        if cell != self.gridSize():
            self.setGridSize(cell)
        super().resizeEvent(event)
