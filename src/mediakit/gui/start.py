"""The start page: the library — every kit the reader opened or keeps in the
folders they added, as a grid of posters, sorted, filtered, searched.

An empty library shows what mediakit is instead: Open, Add a folder of kits,
and the drop hint. While the search box holds words, the results replace the
grid: the kit, where the words were found, and the passage with them in
bold; Enter (or a double click) opens the kit there. Every query and every
picture is read in the worker pool (:mod:`mediakit.gui.library_service`,
:mod:`mediakit.gui.library_posters`).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.library_bar import LibraryBar
from mediakit.gui.library_model import Filters, LibraryModel
from mediakit.gui.library_posters import PosterLoader
from mediakit.gui.library_results import HitDelegate, HitsModel
from mediakit.gui.library_service import LibraryService
from mediakit.gui.library_tiles import KitTileDelegate, TileGrid
from mediakit.gui.pages.base import plain_label
from mediakit.library.store import Hit, KitEntry

INTRO, GRID, RESULTS = range(3)


class StartPage(QWidget):
    open_requested = Signal()
    add_folder_requested = Signal()
    kit_chosen = Signal(str)  # a kit's path
    hit_chosen = Signal(object, str)  # Hit, the query

    def __init__(
        self,
        library: LibraryService | None = None,
        posters: PosterLoader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.library = library or LibraryService(parent=self)
        self.model = LibraryModel(posters or PosterLoader(parent=self))
        self.hits = HitsModel()
        self._open_when_found = False
        self.loaded = False  # the list has come once
        self._adopted = False
        outer = QVBoxLayout(self)
        left, top, right, _ = theme.PAGE_MARGINS
        outer.setContentsMargins(left, top, right, 0)
        outer.setSpacing(0)
        self.buttons = self._actions()
        self.bar = LibraryBar()
        outer.addWidget(self.bar)
        self.body = QStackedWidget()
        outer.addWidget(self.body, 1)
        self.body.addWidget(self._intro())
        self.body.addWidget(self._grid())
        self.body.addWidget(self._results())
        self.body.setCurrentIndex(GRID)  # empty until the list comes (milliseconds)
        # A stack asks for its tallest page's height, shown or not: the intro's, which
        # is shown only when the bar above is hidden and leaves it that much more room.
        self.body.setMinimumHeight(160)
        self.bar.query_changed.connect(self._on_query)
        self.bar.sort_changed.connect(self.library.load)
        self.bar.filters_changed.connect(self._on_filters)
        self.bar.move_requested.connect(self._move_in_results)
        self.bar.open_requested.connect(self.open_chosen_hit)
        self.library.kits_ready.connect(self.show_entries)
        self.library.hits_ready.connect(self.show_hits)
        self.library.indexing.connect(self.bar.set_indexing)
        self.bar.set_sort(self.library.sort)
        self._place_actions(self.bar.top)
        self.setTabOrder(self.add_button, self.open_button)
        chain = [self.open_button, self.bar.search, *self.bar.combos(), self.grid, self.results]
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)

    # -- building ------------------------------------------------------------------

    def _actions(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACING["m"])
        self.add_button = QPushButton(self.tr("Add a folder of kits…"))
        self.add_button.setToolTip(
            self.tr("Every kit in the folder joins the library; the folder is watched for more")
        )
        self.add_button.clicked.connect(self.add_folder_requested)
        self.open_button = QPushButton(self.tr("Open a kit…"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_requested)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        return holder

    def _intro(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        self.intro_column = column = QVBoxLayout()
        column.setSpacing(14)
        column.addStretch(1)
        column.addWidget(plain_label("mediakit", "startTitle", selectable=False))
        column.addWidget(
            plain_label(
                self.tr(
                    "Open a press kit — a .mediakit file, or a folder with a kit.yaml — to read "
                    "its texts, credits and quotes, look at the stills and watch the film. "
                    "Everything stays offline."
                ),
                "intro",
                selectable=False,
            )
        )
        column.addWidget(
            plain_label(
                self.tr(
                    "Every kit you open joins your library, here; add a folder to bring in "
                    "all the kits it holds."
                ),
                "intro",
                selectable=False,
            )
        )
        self.intro_slot = QVBoxLayout()  # the buttons, while the library is empty
        column.addLayout(self.intro_slot)
        column.addWidget(
            plain_label(
                self.tr("or drop a kit — file or folder — on this window"), "hint", selectable=False
            )
        )
        column.addStretch(2)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        return page

    def _grid(self) -> QWidget:
        self.grid = TileGrid(KitTileDelegate(self.model))
        self.grid.setObjectName("libraryGrid")
        self.grid.setAccessibleName(self.tr("Kits in the library"))
        self.grid.setMouseTracking(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.verticalScrollBar().setSingleStep(40)
        self.grid.activated.connect(self._on_kit_activated)
        return self.grid

    def _results(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.found = plain_label("", "hint", selectable=False)
        column.addWidget(self.found)
        self.results = QListView()
        self.results.setObjectName("libraryResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setMouseTracking(True)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setModel(self.hits)
        self.results.activated.connect(lambda index: self._open_hit(index.row()))
        column.addWidget(self.results, 1)
        return page

    def _place_actions(self, layout: QBoxLayout) -> None:
        """The buttons in the header, or under the intro when the library is empty."""
        for slot in (self.bar.top, self.intro_slot):
            if slot is not layout:
                slot.removeWidget(self.buttons)
        if layout.indexOf(self.buttons) < 0:
            if layout is self.intro_slot:
                layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                layout.addWidget(self.buttons)
        self.buttons.show()

    # -- the library -----------------------------------------------------------------

    @property
    def empty(self) -> bool:
        return not self.model.all

    def show_entries(self, entries: list[KitEntry]) -> None:
        first = not self.loaded
        self.loaded = True
        if not first and entries == self.model.all:
            return  # looked at again, nothing changed: the grid stays as the reader left it
        scrolled = self.grid.verticalScrollBar().value()
        self.model.set_entries(entries)
        self.grid.verticalScrollBar().setValue(scrolled)  # a kit added or gone: stay there
        kinds = sorted({e.kind for e in entries if e.kind}, key=str.casefold)
        years = sorted({e.year for e in entries if e.year is not None}, reverse=True)
        languages = sorted({c for e in entries for c in e.languages})
        self.bar.set_choices(kinds, years, languages)
        self._show_state()

    def _on_filters(self, filters: Filters) -> None:
        self.model.set_filters(filters)
        self._show_state()

    def _show_state(self) -> None:
        self.bar.set_count(len(self.model.all), self.model.rowCount())
        had_focus = self.buttons.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.bar.setVisible(not self.empty)
        self._place_actions(self.intro_slot if self.empty else self.bar.top)
        if self.empty:
            self.body.setCurrentIndex(INTRO)
        elif self.bar.query():
            self.body.setCurrentIndex(RESULTS)
        else:
            self.body.setCurrentIndex(GRID)
        # Only while the page is on screen: a library refreshed while a kit is shown
        # must not pull the keys to this hidden page.
        if self.isVisible() and (had_focus or self.focusWidget() is None):
            self.focus_start()

    def focus_start(self) -> None:
        """The keys where a reader starts: the search box, or Open when nothing is there."""
        target = self.open_button if self.empty else self.bar.search
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_recent(self, paths: list[str]) -> None:
        """Kits opened before there was a library (the recent kits): they join it,
        once a session (a kit opened since is remembered by the window itself)."""
        if not self._adopted:
            self._adopted = True
            self.library.adopt(paths)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_start()
        if not self.loaded:
            QTimer.singleShot(0, self._first_load)

    def _first_load(self) -> None:
        """The list, read once the page is on screen: a window shown only to render
        a kit (``mediakit snapshot``) switches away first and never opens the index."""
        if self.isVisible() and not self.loaded:
            self.library.load()

    def _on_kit_activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.kit_chosen.emit(str(entry.path))

    # -- search --------------------------------------------------------------------

    def _on_query(self, query: str) -> None:
        if not query:
            self.library.cancel_search()
            self.hits.set_hits("", [])
            self._open_when_found = False
            self._show_state()
            return
        self.library.search(query)

    def show_hits(self, query: str, hits: list[Hit]) -> None:
        if query != self.bar.query():
            return  # the reader has typed on since
        self.hits.set_hits(query, hits)
        if hits:
            self.found.setText(self.tr("%n result(s)", None, len(hits)))
            self.results.setCurrentIndex(self.hits.index(0))
        else:
            self.found.setText(self.tr("Nothing found for “{query}”").format(query=query))
        self._show_state()
        if self._open_when_found:
            self._open_when_found = False
            self.open_chosen_hit()

    def _move_in_results(self, step: int) -> None:
        rows = self.hits.rowCount()
        if not rows:
            return
        row = min(max(self.results.currentIndex().row() + step, 0), rows - 1)
        self.results.selectionModel().setCurrentIndex(
            self.hits.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def open_chosen_hit(self) -> None:
        """Enter: open the hit chosen in the results (the first by default)."""
        if self.hits.query != self.bar.query():  # the results of these words are on their way
            self._open_when_found = True
            return
        self._open_hit(max(0, self.results.currentIndex().row()))

    def _open_hit(self, row: int) -> None:
        if 0 <= row < len(self.hits.hits):
            self.hit_chosen.emit(self.hits.hits[row], self.hits.query)

    def shutdown(self) -> None:
        self.model.loader.cancel()
        self.library.shutdown()
