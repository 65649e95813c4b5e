"""The library's grid model: one row per kit, its poster asked for when painted.

The view asks a row's picture only when it paints the row, so only the tiles
on screen (and the first, measured once: the items are of one size) start a
decode. Posters come from :class:`~mediakit.gui.library_posters.PosterLoader`
and are kept in a small LRU (:data:`POSTERS_KEPT`); a picture that could not
be read is remembered as such, never asked again while kept.

Filters (kind, year, language, AI use, signed or not) are applied here, to the
list the store gave: the filter menus offer the values of the whole library.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage

from mediakit.gui.library_posters import PosterLoader
from mediakit.library.store import KitEntry, Thumbnail
from mediakit.textsafety import shown, shown_name

ModelIndex = QModelIndex | QPersistentModelIndex
POSTERS_KEPT = 240  # ~32 MiB of 150x225 posters: a few screens of tiles


PACKINGS = ("signed", "unsigned", "folder")  # Filters.packing's values


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    year: int | None = None
    language: str | None = None
    ai: bool | None = None  # True: kits that disclose AI use; False: those that do not
    packing: str | None = None  # one of PACKINGS: signed archives, unsigned ones, folders

    def keeps(self, entry: KitEntry) -> bool:
        if self.kind is not None and entry.kind.casefold() != self.kind.casefold():
            return False
        if self.year is not None and entry.year != self.year:
            return False
        if self.ai is not None and entry.ai_used != self.ai:
            return False
        if self.packing is not None and _packing(entry) != self.packing:
            return False
        return self.language is None or self.language.lower() in (
            code.lower() for code in entry.languages
        )


def _packing(entry: KitEntry) -> str:
    if not entry.archive:
        return "folder"
    return "signed" if entry.signed else "unsigned"


def subtitle(entry: KitEntry) -> str:
    """The tile's second line: who made the film ("" when the kit names nobody)."""
    return shown(entry.makers)


def facts(entry: KitEntry) -> str:
    """The tile's third line: kind · year · runtime."""
    return " · ".join(part for part in (shown(entry.kind), when(entry)) if part)


def when(entry: KitEntry) -> str:
    """Year · runtime: what the tile keeps whole when the third line is too long."""
    return " · ".join(shown(str(part)) for part in (entry.year, entry.runtime) if part)


def problem_text(entry: KitEntry) -> str:
    if entry.problem is None:
        return ""
    said = entry.problem.message.render(QCoreApplication.translate)
    return f"{shown_name(entry.problem.file)}: {shown(said)}"


class LibraryModel(QAbstractListModel):
    EntryRole = Qt.ItemDataRole.UserRole + 1
    PathRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, loader: PosterLoader) -> None:
        super().__init__()
        self.loader = loader
        self.all: list[KitEntry] = []  # every kit, in the order sorted
        self.entries: list[KitEntry] = []  # the rows: those the filters keep
        self.filters = Filters()
        self._posters: OrderedDict[Thumbnail, QImage | None] = OrderedDict()
        self._rows: dict[Thumbnail, list[int]] = {}
        loader.ready.connect(self._on_poster)
        loader.failed.connect(lambda picture: self._on_poster(picture, None))

    # -- rows --------------------------------------------------------------------

    def set_entries(self, entries: list[KitEntry]) -> None:
        self.all = entries
        self._apply()

    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self.loader.cancel()  # what waits was asked for rows that may be gone
        self.entries = [e for e in self.all if self.filters.keeps(e)]
        self._rows = {}
        for row, entry in enumerate(self.entries):
            if entry.thumbnail is not None:
                self._rows.setdefault(entry.thumbnail, []).append(row)
        self.endResetModel()

    def entry(self, row: int) -> KitEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(entry.title)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.poster(entry)
        if role == self.EntryRole:
            return entry
        if role == self.PathRole:
            return str(entry.path)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(p for p in (shown(entry.title), subtitle(entry), facts(entry)) if p)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._described(entry)
        return None

    def _described(self, entry: KitEntry) -> str:
        where = shown_name(str(entry.path))
        if entry.missing:
            return self.tr("Missing — was at {path}").format(path=where)
        lines = [where]
        if entry.problem is not None:
            lines.append(self.tr("Does not open: {problem}").format(problem=problem_text(entry)))
        return "\n".join(lines)

    # -- posters -------------------------------------------------------------------

    def poster(self, entry: KitEntry) -> QImage | None:
        """The kit's poster if decoded; else asked for (once) and None for now."""
        picture = entry.thumbnail
        if picture is None or entry.missing:
            return None
        if picture in self._posters:
            self._posters.move_to_end(picture)
            return self._posters[picture]
        self.loader.request(picture)
        return None

    def held(self) -> int:
        return sum(1 for image in self._posters.values() if image is not None)

    def _on_poster(self, picture: Thumbnail, image: QImage | None) -> None:
        self._posters[picture] = image
        self._posters.move_to_end(picture)
        while len(self._posters) > POSTERS_KEPT:
            self._posters.popitem(last=False)
        for row in self._rows.get(picture, ()):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
