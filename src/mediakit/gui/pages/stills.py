"""The stills page: a calm grid of thumbnails that open in the lightbox.

Tiles appear at once as placeholders and fill in as the thumbnail service
answers; a still that cannot be decoded says why in its tile. Work follows
what is seen: nothing is asked for until the page is first shown (the window
opens on the film, which may be playing; a gallery of 24-megapixel stills
decoded on every core meanwhile would fight it for the CPU), then the tiles on
screen first, a screen above and below next, and the rest of the gallery last,
into the disk cache only. Decoded thumbnails are held for the rows on screen
and a screen around them; the others are dropped and read back from the cache
when scrolled to. Several stills can be selected (Shift, Ctrl, Ctrl+A):
Export selected… writes them for publication, credited in their own metadata, into a
folder the user picks (see :mod:`mediakit.gui.pages.stills_export`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import zip_longest
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QShowEvent,
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
from mediakit.gui.credentials import KitCredentials
from mediakit.gui.find import Hit, Passage, current_hit
from mediakit.gui.keymap import Mode
from mediakit.gui.keymap.docs import with_keys
from mediakit.gui.pages.base import section_heading
from mediakit.gui.pages.lightbox import Lightbox, LightboxItem, named
from mediakit.gui.pages.stills_export import (
    ExportProgress,
    FolderDialog,
    PublicationExporter,
    ask_existing_folder,
)
from mediakit.gui.pages.stills_grid import StillsModel, Tile, TileDelegate
from mediakit.gui.provenance_text import mark, one_line
from mediakit.gui.textclip import label_text
from mediakit.kit.manifest.model import Kit, Still
from mediakit.media.decoding import TRUNCATED
from mediakit.media.thumbnails import Priority, ThumbnailService

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
        self.thumbnails.stored.connect(self._on_stored)
        self._asked: dict[int, Priority] = {}  # rows asked for and not answered yet
        self._made: set[int] = set()  # rows answered once: in the cache, or failed
        self._kept = range(0)  # the rows held decoded, as of the last look at the screen
        # Scrolls and layouts come in bursts: what is wanted is worked out once they settle.
        self._wanted = QTimer(self, singleShot=True, interval=0)
        self._wanted.timeout.connect(self.request_wanted)
        self.exporter = PublicationExporter(self)
        self.exporter.notice.connect(self.notice)
        self.exporter.problem.connect(self.problem)
        self.folder_dialog: FolderDialog = ask_existing_folder  # tests put a double here
        self._kit: Kit | None = None
        self._language = ""
        self._credentials: KitCredentials | None = None

        self.model = StillsModel()
        self.view = named(QListView(), "stillsGrid")
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.selectionModel().selectionChanged.connect(self._on_current)
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
        self.view.verticalScrollBar().valueChanged.connect(self._wanted.start)
        self.view.verticalScrollBar().rangeChanged.connect(self._wanted.start)
        # Shift and Ctrl pick several stills to export; arrows alone still move one.
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setMouseTracking(True)
        self.view.setAccessibleName(self.tr("Stills"))
        self.view.activated.connect(self._open_index)  # Enter, and click where the style says
        self.view.clicked.connect(self._open_index)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.export_action = QAction(self.tr("Export selected…"), self)
        self.export_action.setToolTip(
            self.tr(
                "Export the selected stills for publication: the originals with their caption "
                "and credit in the files, and a list of credits"
            )
        )
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(lambda: self.export_selected())
        self.view.addAction(self.export_action)
        self.export_all_action = QAction(self.tr("Export all stills…"), self)
        self.export_all_action.setToolTip(
            self.tr("Export every still of the kit for publication, credited in the files")
        )
        self.export_all_action.setEnabled(False)
        self.export_all_action.triggered.connect(lambda: self.export_all())
        # One button, its menu the two exports: the header stays as narrow as it was.
        self.export_button = named(QPushButton(self.tr("Export")), "stillsExport")
        self.export_button.setToolTip(self.tr("Export stills for publication"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.export_action)
        export_menu.addAction(self.export_all_action)
        self.export_button.setMenu(export_menu)
        self.export_all_action.enabledChanged.connect(self.export_button.setEnabled)
        self.export_button.setEnabled(False)
        # In the grid's context menu; its key is the window's (Edit ▸ Copy still with
        # credit), from the key registry like every other.
        self.copy_action = QAction(self.tr("Copy still with credit"), self)
        self.copy_action.setToolTip(
            with_keys(
                self.tr("Copy the picture and its caption line to the clipboard"),
                Mode.WINDOW,
                "copy_still",
            )
        )
        self.copy_action.setEnabled(False)
        self.copy_action.triggered.connect(lambda: self.copy_with_credit())
        self.view.addAction(self.copy_action)
        self.export_progress = ExportProgress()
        self.export_progress.cancel_requested.connect(self.exporter.cancel)
        self.exporter.progressed.connect(self.export_progress.show_progress)
        self.exporter.finished.connect(lambda _report: self.export_progress.finish())
        self.provenance = named(QPushButton(self.tr("How these were made…")), "stillsProvenance")
        self.provenance.setToolTip(
            with_keys(self.tr("The Content Credentials of the stills"), Mode.WINDOW, "provenance")
        )
        self.provenance.clicked.connect(lambda: self.request_provenance(None))
        self.provenance.hide()  # until a kit's media are being read

        self.title = section_heading(self.tr("Stills"))
        self.count = named(QLabel(), "stillsCount")
        self.export_progress.visible.connect(  # it takes the count's place while shown
            lambda shown: self.count.setVisible(not shown and self.model.rowCount() > 0)
        )
        self.empty = named(QLabel(self.tr("This kit has no stills.")), "stillsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.setContentsMargins(TileDelegate.PAD, 0, TileDelegate.PAD, 0)  # flush with tiles
        header.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addWidget(self.export_progress)  # in the count's place, while shown
        header.addStretch()
        header.addWidget(self.provenance)
        header.addWidget(self.export_button)
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
        self.lightbox.provenance_requested.connect(self.request_provenance)

    def set_credentials(self, credentials: KitCredentials) -> None:
        """Mark each still with what its Content Credentials say, as they are read."""
        self._credentials = credentials
        self.lightbox.credentials = credentials
        credentials.arrived.connect(self._on_credentials)
        self.provenance.show()

    def request_provenance(self, path: Path | None) -> None:
        if self._credentials is not None:
            self._credentials.panel_requested.emit(path)

    # -- public API -----------------------------------------------------------

    def show_kit(self, kit: Kit, language: str) -> None:
        """Show ``kit``'s stills; thumbnails of any previous kit are dropped."""
        self.thumbnails.cancel()
        self._asked.clear()
        self._made.clear()
        self._kept = range(0)
        self.lightbox.hide()
        self._kit, self._language = kit, language
        self.model.set_tiles([self._tile(still) for still in kit.stills])
        self.fit_columns()
        self._on_current()
        n = len(kit.stills)
        self.count.setText(self.tr("%n still(s)  ·  Enter or click to enlarge", None, n))
        self.count.setVisible(n > 0)
        self.view.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        if n:
            self.view.setCurrentIndex(self.model.index(0))
        self.request_wanted()  # nothing while the page is hidden: see showEvent

    def set_language(self, language: str) -> None:
        self._language = language
        if self._kit is not None:
            for row, tile in enumerate(self.model.tiles):
                fresh = self._tile(tile.still)
                self.model.update_tile(
                    row, caption=fresh.caption, alt=fresh.alt, provenance=fresh.provenance
                )
            self._relayout.start()  # captions of another length: rows of another height

    def clear(self) -> None:
        self.thumbnails.cancel()
        self._asked.clear()
        self._made.clear()
        self._kept = range(0)
        self._wanted.stop()
        self.lightbox.hide()
        self._kit = None
        self.model.set_tiles([])
        self._on_current()

    def shutdown(self) -> None:
        """Drop pending work and wait for running workers (before the app quits)."""
        self.thumbnails.cancel()
        self.lightbox.close_worker()
        self.thumbnails.wait()
        self.exporter.wait()

    def busy(self) -> bool:
        """Whether the grid on screen is still to be laid out or waits for a
        thumbnail it shows (snapshots wait for both). A hidden page paints
        nothing: it is never busy, whatever it prefetches."""
        if not self.isVisible():
            return False
        return bool(self._relayout.isActive() or self.not_ready())

    @property
    def answered(self) -> int:
        """How many stills the thumbnail service has answered for since the kit was
        shown: made (held, or only in the cache) or failed (benches count them)."""
        return len(self._made)

    def not_ready(self) -> list[int]:
        """The rows on screen still waiting for their thumbnail."""
        tiles = self.model.tiles
        return [r for r in self.visible_rows() if tiles[r].image is None and tiles[r].error is None]

    def visible_rows(self) -> range:
        """The rows whose tile the viewport shows, even in part (empty while hidden)."""
        n = self.model.rowCount()
        if n == 0 or not self.view.isVisible():
            return range(0)
        height = self.view.viewport().height()

        def rect(row: int) -> QRect:
            return self.view.visualRect(self.model.index(row))

        # Rows run left to right, then down: tops never decrease with the row.
        first = _first(n, lambda row: rect(row).top() >= 0)
        # The grid row above the viewport's top edge may reach into it.
        if first > 0:
            above = rect(first - 1).top()
            row = first - 1
            while row >= 0 and rect(row).top() == above:
                row -= 1
            if any(rect(r).bottom() >= 0 for r in range(row + 1, first)):
                first = row + 1
        last = _first(n, lambda row: rect(row).top() >= height)
        return range(first, max(first, last))

    def kept_rows(self) -> range:
        """The rows whose thumbnail is held decoded: those on screen and as many
        again above and below (a screen's scroll away)."""
        visible = self.visible_rows()
        if not visible:
            return range(0)
        span = len(visible)
        return range(max(0, visible.start - span), min(self.model.rowCount(), visible.stop + span))

    def request_wanted(self) -> None:
        """Ask for what the screen shows, then what is near, then (into the cache
        only) the rest; drop what is held far from the screen. Only once shown."""
        self._wanted.stop()
        if self._kit is None or not self.isVisible():
            return
        visible, kept = self.visible_rows(), self.kept_rows()
        if not visible:
            return
        self._kept = kept
        self.model.drop_images(kept)
        tiles = self.model.tiles
        size = round(THUMB_PX * max(1.0, self.devicePixelRatioF()))
        cached = self.thumbnails.cache_dir is not None
        below = range(visible.stop, kept.stop)
        above = range(visible.start - 1, kept.start - 1, -1)
        wanted: list[tuple[int, Priority]] = [(row, Priority.VISIBLE) for row in visible]
        wanted += [(row, Priority.NEAR) for row in _interleave(below, above)]
        if cached:  # warm the cache for the rest, nearest first
            rest = _interleave(range(kept.stop, len(tiles)), range(kept.start - 1, -1, -1))
            wanted += [(row, Priority.PREFETCH) for row in rest if row not in self._made]
        wanted_rows = {row for row, _ in wanted}
        for row, asked in list(self._asked.items()):
            if row not in wanted_rows and asked is not Priority.PREFETCH:
                # Scrolled away before its turn: it must not go before what is shown now.
                self.thumbnails.withdraw(row)
                del self._asked[row]
        for row, priority in wanted:
            tile = tiles[row]
            if tile.image is not None or (tile.error is not None and not tile.partial):
                continue
            if self._asked.get(row) != priority:
                self._asked[row] = priority
                self.thumbnails.request(row, tile.still.file.path, size, priority)

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

    def selected_rows(self) -> list[int]:
        """The rows selected, in the kit's order; the current one if none is."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        current = self.selected_row()
        return rows or ([current] if current is not None else [])

    def export_selected(self, folder: Path | None = None) -> None:
        """Export the selected stills for publication to ``folder`` (asked when None)."""
        self._export(self.selected_rows(), folder)

    def export_all(self, folder: Path | None = None) -> None:
        """Export every still for publication to ``folder`` (asked when None)."""
        self._export(None, folder)

    def _export(self, rows: list[int] | None, folder: Path | None) -> None:
        if self._kit is None or rows == [] or not self._kit.stills:
            return
        if folder is None:
            folder = self.ask_folder(len(self._kit.stills) if rows is None else len(rows))
            if folder is None:
                return
        self.exporter.export(self._kit, self._language, rows, folder)
        if self.exporter.running:
            self.export_progress.start(len(self._kit.stills) if rows is None else len(rows))

    def ask_folder(self, count: int = 1) -> Path | None:
        """The folder to export into, from the dialog; it starts in Pictures (or Downloads)."""
        title = self.tr("Export %n still(s) for publication to folder", None, count)
        chosen = self.folder_dialog(self, title, str(self.exporter.start_folder()))
        return Path(chosen) if chosen else None

    def copy_with_credit(self) -> None:
        """The current still's picture and "Caption — © Credit" to the clipboard."""
        row = self.selected_row()
        if self._kit is not None and row is not None:
            self.exporter.copy_with_credit(self._kit, row, self._language)

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
        if self.isVisible():
            self._wanted.start()  # another layout: other rows on screen

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._wanted.start()  # first shown: now the gallery is worth decoding

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
        tile = Tile(still, caption, label_text(self._kit.text(still.alt, self._language)))
        return self._with_credentials(tile)

    def _with_credentials(self, tile: Tile) -> Tile:
        reading = self._credentials.reading(tile.still.file.path) if self._credentials else None
        if reading is None:
            return tile
        return replace(tile, mark=mark(reading), provenance=one_line(reading))

    def _on_credentials(self, path: Path) -> None:
        for row, tile in enumerate(self.model.tiles):
            if tile.still.file.path == path:
                fresh = self._with_credentials(tile)
                self.model.update_tile(row, mark=fresh.mark, provenance=fresh.provenance)
        if self.lightbox.isVisible():
            self.lightbox.refresh_meta()

    def _on_thumbnail(self, row: int, image: QImage) -> None:
        self._asked.pop(row, None)
        self._made.add(row)
        if row not in self._kept:
            return  # scrolled away meanwhile (or made for the cache): read again when back
        truncated = image.text(TRUNCATED) == "1"
        error = self.tr("Only part of this file could be read.") if truncated else None
        self.model.update_tile(row, image=image, error=error, partial=truncated)

    def _on_stored(self, row: int) -> None:
        """A prefetched thumbnail the cache already held: read it if it is wanted now."""
        self._asked.pop(row, None)
        self._made.add(row)
        if row in self._kept:
            self._wanted.start()

    def _on_failed(self, row: int, message: str) -> None:
        self._asked.pop(row, None)
        self._made.add(row)
        self.model.update_tile(row, error=message, partial=False)

    def _on_current(self, *_: object) -> None:
        self.export_action.setEnabled(bool(self.selected_rows()))
        self.export_all_action.setEnabled(self.model.rowCount() > 0)
        self.copy_action.setEnabled(self.view.currentIndex().isValid())

    def _open_index(self, index: QModelIndex) -> None:
        # Shift- and Ctrl-clicks pick stills for export; a plain click enlarges.
        picking = QGuiApplication.keyboardModifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        )
        if index.isValid() and not self.lightbox.isVisible() and not picking:
            self.open_lightbox(index.row())

    def _on_lightbox_closed(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row))
        self.view.setFocus()

    def _context_menu(self, pos: QPoint) -> None:
        if self.view.indexAt(pos).isValid():
            menu = QMenu(self)
            menu.addAction(self.copy_action)
            menu.addSeparator()
            menu.addAction(self.export_action)
            menu.addAction(self.export_all_action)
            menu.exec(self.view.viewport().mapToGlobal(pos))

    # -- find in a kit (mediakit.gui.find) -------------------------------------

    def find_passages(self) -> list[Passage]:
        """The captions as the tiles show them (a tile is found by its row)."""
        display = Qt.ItemDataRole.DisplayRole
        return [
            Passage(str(self.model.index(row).data(display) or ""), row)
            for row in range(self.model.rowCount())
        ]

    def show_matches(self, hits: Sequence[Hit]) -> None:
        """Matches painted in their captions; the current one's tile selected and scrolled to."""
        marks: dict[int, list[tuple[int, int, bool]]] = {}
        for hit in hits:
            marks.setdefault(cast(int, hit.passage.target), []).append(
                (hit.start, hit.end, hit.current)
            )
        self.delegate.find_marks = marks
        current = current_hit(hits)
        if current is not None:
            index = self.model.index(cast(int, current.passage.target))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.view.viewport().update()


def _first(count: int, after: Callable[[int], bool]) -> int:
    """The first of ``range(count)`` where ``after`` holds (it holds for all that
    follow), or ``count``: a binary search."""
    low, high = 0, count
    while low < high:
        middle = (low + high) // 2
        if after(middle):
            high = middle
        else:
            low = middle + 1
    return low


def _interleave(first: range, second: range) -> list[int]:
    """``first[0], second[0], first[1], …``: rows by their distance from the screen."""
    merged: list[int] = []
    for pair in zip_longest(first, second):
        merged.extend(row for row in pair if row is not None)
    return merged
