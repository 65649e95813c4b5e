"""The stills page: a calm grid of thumbnails that open in the lightbox.

Tiles appear at once as placeholders and fill in as the thumbnail service
answers; a still that cannot be decoded says why in its tile. Export copies
the original file (in a worker) to a folder the user picks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QImage,
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

from mediakit.gui import theme
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
        # Tiles are as tall as their caption and credit: each row of the grid
        # is as tall as its tallest tile (no grid size: that would make all equal).
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(0)  # the delegate's padding spaces the tiles
        # Resizes come in bursts: lay the grid out once they settle. Only the
        # view's own size counts, not its viewport's, which shrinks and grows
        # as the scroll bar comes and goes (see fit_columns).
        self._relayout = QTimer(self, singleShot=True, interval=40)
        self._relayout.timeout.connect(self.fit_columns)
        self.view.installEventFilter(self)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setMouseTracking(True)
        self.view.setAccessibleName(self.tr("Stills"))
        self.view.activated.connect(self._open_index)  # Enter, and click where the style says
        self.view.clicked.connect(self._open_index)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.setToolTip(
            self.tr("Copy the original file of the selected still to a folder")
        )
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(lambda: self.export_selected())
        self.view.addAction(self.export_action)
        export = named(QPushButton(self.tr("Export…")), "stillsExport")
        export.setToolTip(self.export_action.toolTip())
        export.clicked.connect(self.export_action.trigger)
        self.export_action.enabledChanged.connect(export.setEnabled)
        export.setEnabled(False)

        self.title = section_heading(self.tr("Stills"))
        self.count = named(QLabel(), "stillsCount")
        self.empty = named(QLabel(self.tr("This kit has no stills.")), "stillsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.setContentsMargins(TileDelegate.PAD, 0, TileDelegate.PAD, 0)  # flush with tiles
        header.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addStretch()
        header.addWidget(export)
        layout = QVBoxLayout(self)
        # Tiles carry their own padding: the page's margins less it put the pictures,
        # the heading and the captions on the one left edge of every page.
        side = theme.PAGE_MARGINS[0] - TileDelegate.PAD
        layout.setContentsMargins(side, theme.PAGE_MARGINS[1], side, theme.SPACING["m"])
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
        count = self.tr("{count}  ·  Enter or click to enlarge")
        self.count.setText(count.format(count=plural(n, "still")))
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
            self._relayout.start()  # captions of another length: rows of another height

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
        """Whether thumbnails are still on their way or the grid is still to be
        laid out (snapshots wait for both)."""
        return self._relayout.isActive() or any(
            t.image is None and t.error is None for t in self.model.tiles
        )

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
            lambda target: self.notice.emit(
                self.tr("Exported {name} to {target}").format(name=source.name, target=target)
            ),
            lambda error: self.problem.emit(
                self.tr("Cannot export {name}: {error}").format(name=source.name, error=error)
            ),
        )

    def ask_folder(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # rarely used: not paid for at start-up

        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export still to folder"))
        return Path(chosen) if chosen else None

    def tile_width_available(self) -> int:
        """The width tiles may take: the viewport's once the vertical scroll bar
        is shown, whether it is shown yet or not. Reserving the bar's width keeps
        the columns the same as the bar comes and goes, so laying them out can
        never make it come or go again."""
        width = self.view.viewport().width()
        bar = self.view.verticalScrollBar()
        scrolls = self.view.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if scrolls and not bar.isVisibleTo(self.view):  # the bar's container is what hides
            width -= bar.sizeHint().width()
        return width

    def fit_columns(self) -> None:
        """Size tiles so that whole columns fill the width available evenly."""
        self._relayout.stop()
        pad = 2 * TileDelegate.PAD
        width = self.tile_width_available() - 2  # a little slack: the last column never wraps
        columns = max(1, width // (TILE_MIN + pad))
        tile_w = max(120, min(TILE_MAX, width // columns - pad))
        self.delegate.tile = QSize(tile_w, tile_w * 2 // 3)
        self.view.doItemsLayout()  # the tiles' heights follow their wrapped text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._relayout.start()
        return super().eventFilter(watched, event)

    # -- internals ------------------------------------------------------------

    def mark_damaged(self, names: frozenset[str]) -> None:
        """Flag the stills of a damaged archive whose files changed since packing."""
        self._damaged = names
        for row, tile in enumerate(self.model.tiles):
            if tile.still.file.written in names:
                self.model.update_tile(row, caption=self._tile(tile.still).caption)
        self._relayout.start()  # a longer caption: a taller row

    def _tile(self, still: Still) -> Tile:
        assert self._kit is not None
        # Clipped: a tile and its tooltip lay their text out on every paint.
        caption = label_text(self._kit.text(still.caption, self._language))
        if still.file.written in self._damaged:
            caption = self.tr("⚠ Changed since packing — {caption}").format(caption=caption)
        return Tile(still, caption, label_text(self._kit.text(still.alt, self._language)))

    def _on_thumbnail(self, row: int, image: QImage) -> None:
        truncated = image.text(TRUNCATED) == "1"
        error = self.tr("Only part of this file could be read.") if truncated else None
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
