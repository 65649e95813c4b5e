"""The stills page: a calm grid of thumbnails that open in the lightbox.

Tiles appear at once as placeholders and fill in as the thumbnail service
answers; a still that cannot be decoded says why in its tile. Export copies
the original file (in a worker) to a folder the user picks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QImage,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.pages.base import section_heading
from mediakit.gui.pages.lightbox import Lightbox, LightboxItem, named
from mediakit.gui.pages.stills_grid import StillsModel, Tile, TileDelegate
from mediakit.gui.textclip import label_text
from mediakit.kit.manifest.model import Kit, Still
from mediakit.media.decoding import TRUNCATED
from mediakit.media.export import copy_still
from mediakit.media.thumbnails import ThumbnailService
from mediakit.tasks import TaskRunner
from mediakit.units import plural

# Tiles are 3:2 (the shape of most stills), between these widths, as many
# columns as fit; thumbnails are made for the widest.
TILE_MIN, TILE_MAX = 240, 380
THUMB_PX = 384  # longest side, in device pixels at 1x


class StillsPage(QWidget):
    """The gallery of a kit's stills. ``notice`` / ``problem`` go to the message route."""

    notice = Signal(str)
    problem = Signal(str)

    def __init__(
        self, thumbnails: ThumbnailService | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._damaged: frozenset[str] = frozenset()  # entries of a damaged archive
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
        self.count.setText(f"{plural(n, 'still')}  ·  Enter or click to enlarge")
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

    def mark_damaged(self, names: frozenset[str]) -> None:
        """Flag the stills of a damaged archive whose files changed since packing."""
        self._damaged = names
        for row, tile in enumerate(self.model.tiles):
            if tile.still.file.written in names:
                self.model.update_tile(row, caption=self._tile(tile.still).caption)

    def _tile(self, still: Still) -> Tile:
        assert self._kit is not None
        # Clipped: a tile and its tooltip lay their text out on every paint.
        caption = label_text(self._kit.text(still.caption, self._language))
        if still.file.written in self._damaged:
            caption = f"⚠ Changed since packing — {caption}"
        return Tile(still, caption, label_text(self._kit.text(still.alt, self._language)))

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
