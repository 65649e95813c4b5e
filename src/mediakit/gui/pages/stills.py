"""The stills page: a calm grid of thumbnails that open in the lightbox.

Tiles appear at once as placeholders and fill in as the thumbnail service
answers; a still that cannot be decoded says why in its tile. Export copies
the original file (in a worker) to a folder the user picks.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.pages.base import section_heading
from mediakit.gui.pages.lightbox import Lightbox, LightboxItem, named
from mediakit.kit.model import Kit, Still
from mediakit.media.images import TRUNCATED
from mediakit.media.thumbnails import ThumbnailService
from mediakit.tasks import TaskRunner

# Tiles are 3:2 (the shape of most stills), between these widths, as many
# columns as fit; thumbnails are made for the widest.
TILE_MIN, TILE_MAX = 240, 380
THUMB_PX = 384  # longest side, in device pixels at 1x

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
            return tile.caption or tile.still.file.written
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
            painter.fillRect(frame, QColor("#1a1917"))
        if error:
            self._paint_error(painter, frame if picture == frame else picture, error, pixmap)
        if selected or hovered:
            pen = QPen(QColor("#d9a05b") if selected else QColor("#5a554f"), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(picture.adjusted(-4, -4, 4, 4))
        self._paint_text(painter, option, index, cell, frame, selected)
        painter.restore()

    def _paint_error(self, painter: QPainter, box: QRect, error: str, pixmap: object) -> None:
        if isinstance(pixmap, QPixmap):  # partly decoded: a band over the picture
            band = QRect(box.left(), box.bottom() - 30, box.width(), 31)
            painter.fillRect(band, QColor(19, 19, 20, 210))
            painter.setPen(QColor("#e0b27a"))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, error)
            return
        painter.setPen(QColor("#d08a6a"))
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
        painter.setPen(QColor("#f3eee4") if selected else QColor("#d6d0c6"))
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
            painter.setPen(QColor("#8a847a"))
            text = painter.fontMetrics().elidedText(
                f"\N{COPYRIGHT SIGN} {credit}", Qt.TextElideMode.ElideRight, cell.width()
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


def _unique_target(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)`` … so an export never overwrites a file."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def copy_still(source: Path, folder: Path) -> Path:
    """Copy ``source`` into ``folder`` (worker side); returns where it went."""
    target = _unique_target(folder, source.name)
    shutil.copy2(source, target)
    return target


class StillsPage(QWidget):
    """The gallery of a kit's stills. ``notice`` / ``problem`` go to the message route."""

    notice = Signal(str)
    problem = Signal(str)

    def __init__(
        self, thumbnails: ThumbnailService | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stillsPage")
        self.thumbnails = thumbnails or ThumbnailService(parent=self)
        self.thumbnails.ready.connect(self._on_thumbnail)
        self.thumbnails.failed.connect(self._on_failed)
        self._copier = TaskRunner(1, parent=self)
        self._kit: Kit | None = None
        self._language = ""

        self.model = StillsModel()
        self.view = named(QListView(), "stillsGrid")
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.delegate = TileDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(0)  # the delegate's padding spaces the tiles
        # Resizes come in bursts: lay the grid out once they settle.
        self._relayout = QTimer(self, singleShot=True, interval=40)
        self._relayout.timeout.connect(self.fit_columns)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setMouseTracking(True)
        self.view.setAccessibleName("Stills")
        self.view.activated.connect(self._open_index)  # Enter, and click where the style says
        self.view.clicked.connect(self._open_index)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.export_action = QAction("Export…", self)
        self.export_action.setToolTip("Copy the original file of the selected still to a folder")
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(lambda: self.export_selected())
        self.view.addAction(self.export_action)
        export = named(QPushButton("Export…"), "stillsExport")
        export.setToolTip(self.export_action.toolTip())
        export.clicked.connect(self.export_action.trigger)
        self.export_action.enabledChanged.connect(export.setEnabled)
        export.setEnabled(False)

        self.title = section_heading("Stills")
        self.count = named(QLabel(), "stillsCount")
        self.empty = named(QLabel("This kit has no stills."), "stillsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.setContentsMargins(TileDelegate.PAD, 0, TileDelegate.PAD, 0)  # flush with tiles
        header.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addStretch()
        header.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 28, 26, 12)
        layout.setSpacing(20)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()
        # Colours from assets/mediakit.qss (ink, paper, muted, sand), set here
        # too so the page keeps its look wherever it is shown.
        self.setStyleSheet(
            "#stillsPage, #stillsGrid { background: #131314; border: none; }"
            "#stillsCount, #stillsEmpty { color: #9c968c; font-size: 13px; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        self.lightbox = Lightbox(self)
        self.lightbox.closed.connect(self._on_lightbox_closed)

    # -- public API -----------------------------------------------------------

    def show_kit(self, kit: Kit, language: str) -> None:
        """Show ``kit``'s stills; thumbnails of any previous kit are dropped."""
        self.thumbnails.cancel()
        self.lightbox.hide()
        self._kit, self._language = kit, language
        self.model.set_tiles([self._tile(still) for still in kit.stills])
        self.fit_columns()
        self._on_current()
        n = len(kit.stills)
        self.count.setText(f"{n} still{'s' if n != 1 else ''}  ·  Enter or click to enlarge")
        self.count.setVisible(n > 0)
        self.view.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        size = round(THUMB_PX * max(1.0, self.devicePixelRatioF()))
        for row, still in enumerate(kit.stills):
            self.thumbnails.request(row, still.file.path, size)
        if n:
            self.view.setCurrentIndex(self.model.index(0))

    def set_language(self, language: str) -> None:
        self._language = language
        if self._kit is not None:
            for row, tile in enumerate(self.model.tiles):
                fresh = self._tile(tile.still)
                self.model.update_tile(row, caption=fresh.caption, alt=fresh.alt)

    def clear(self) -> None:
        self.thumbnails.cancel()
        self.lightbox.hide()
        self._kit = None
        self.model.set_tiles([])
        self.export_action.setEnabled(False)

    def shutdown(self) -> None:
        """Drop pending work and wait for running workers (before the app quits)."""
        self.thumbnails.cancel()
        self.lightbox.close_worker()
        self.thumbnails.wait()
        self._copier.wait()

    def busy(self) -> bool:
        """Whether thumbnails are still on their way (snapshots wait for them)."""
        return any(t.image is None and t.error is None for t in self.model.tiles)

    def open_lightbox(self, row: int) -> None:
        items = [
            LightboxItem(t.still.file.path, t.caption, t.still.credit or "", t.alt, t.image)
            for t in self.model.tiles
        ]
        if 0 <= row < len(items):
            self.lightbox.open(items, row)

    def selected_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def export_selected(self, folder: Path | None = None) -> None:
        """Copy the selected still's original file to ``folder`` (asked when None)."""
        row = self.selected_row()
        if row is None:
            return
        source = self.model.tiles[row].still.file.path
        if folder is None:
            folder = self.ask_folder()
            if folder is None:
                return
        self._copier.run(
            lambda: copy_still(source, folder),
            lambda target: self.notice.emit(f"Exported {source.name} to {target}"),
            lambda error: self.problem.emit(f"Cannot export {source.name}: {error}"),
        )

    def ask_folder(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # rarely used: not paid for at start-up

        chosen = QFileDialog.getExistingDirectory(self, "Export still to folder")
        return Path(chosen) if chosen else None

    def fit_columns(self) -> None:
        """Size tiles so that whole columns fill the view's width evenly."""
        pad = 2 * TileDelegate.PAD
        width = self.view.viewport().width() - 2
        columns = max(1, width // (TILE_MIN + pad))
        tile_w = max(120, min(TILE_MAX, width // columns - pad))
        self.delegate.tile = QSize(tile_w, tile_w * 2 // 3)
        text_h = self.delegate.text_height(self.view.fontMetrics())
        self.view.setGridSize(QSize(tile_w + pad, tile_w * 2 // 3 + text_h + pad))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    # -- internals ------------------------------------------------------------

    def _tile(self, still: Still) -> Tile:
        assert self._kit is not None
        caption = self._kit.text(still.caption, self._language)
        return Tile(still, caption, self._kit.text(still.alt, self._language))

    def _on_thumbnail(self, row: int, image: QImage) -> None:
        truncated = image.text(TRUNCATED) == "1"
        error = "Only part of this file could be read." if truncated else None
        self.model.update_tile(row, image=image, error=error)

    def _on_failed(self, row: int, message: str) -> None:
        self.model.update_tile(row, error=message)

    def _on_current(self, *_: object) -> None:
        self.export_action.setEnabled(self.view.currentIndex().isValid())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and not self.lightbox.isVisible():
            self.open_lightbox(index.row())

    def _on_lightbox_closed(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row))
        self.view.setFocus()

    def _context_menu(self, pos: QPoint) -> None:
        if self.view.indexAt(pos).isValid():
            menu = QMenu(self)
            menu.addAction(self.export_action)
            menu.exec(self.view.viewport().mapToGlobal(pos))
