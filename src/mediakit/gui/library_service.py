"""The window's side of the library: every index access in the worker pool.

:class:`LibraryService` owns the :class:`~mediakit.library.store.Library`
(opened in a worker: opening may rebuild a damaged index) and answers with
plain data on the GUI thread: ``kits_ready(list[KitEntry])`` and
``hits_ready(query, list[Hit])``. Each worker thread gets its own SQLite
connection (the store's rule). Three runners, one job each at a time:

- *reads* — the list of kits; a newer request drops the older one's result;
- *search* — as you type; a newer query drops the older one's result;
- *writes* — indexing (add a folder, remember an opened kit, refresh), in order.

The index is opened by the first query or write (:meth:`open`). Watched
folders: a ``QFileSystemWatcher`` on what :meth:`Library.watched`
names; a change re-scans those paths in a worker after a pause
(:data:`RESCAN_PAUSE_MS`), then the list is read again. What the index has to
say (rebuilt, busy, unavailable) comes out as ``message(text)``, already in
the interface language, for the window's message route.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from mediakit.kit.message import Message
from mediakit.kit.problems import library as say
from mediakit.library.store import Library, LibraryError, Report
from mediakit.tasks import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")

RESCAN_PAUSE_MS = 1000  # a copy of many files settles before the folder is looked at again
FILL_PAUSE_MS = 700  # while many kits are indexed, the list is read again this often at most
SEARCH_LIMIT = 50


def _say(message: Message) -> str:
    """A message of the store as a sentence in the interface language."""
    text = message.render(QCoreApplication.translate)
    return text[:1].upper() + text[1:]


class LibraryService(QObject):
    """``folder``: where the index lives (None: the user's data folder);
    ``synchronous``: run every job inline (unit tests of the page's logic)."""

    kits_ready = Signal(list)  # list[KitEntry], in the order asked
    hits_ready = Signal(str, list)  # query, list[Hit]
    changed = Signal()  # the index changed: read the list again
    message = Signal(str, bool)  # text for the reader; True: a warning, False: a notice
    opened = Signal()  # the index is open (or in memory): queries may run
    indexing = Signal(int, int)  # kits read so far, of how many (from the writing worker)

    def __init__(
        self,
        folder: Path | None = None,
        *,
        synchronous: bool = False,
        watch: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.library: Library | None = None
        self.sort = "opened"  # recently opened first: what the recent kits list was
        self._reads = TaskRunner(1, synchronous=synchronous, parent=self)
        self._search = TaskRunner(1, synchronous=synchronous, parent=self)
        self._writes = TaskRunner(1, synchronous=synchronous, parent=self)
        self._waiting: list[Callable[[], None]] = []  # asked before the index was open
        self._watcher: QFileSystemWatcher | None = QFileSystemWatcher(self) if watch else None
        self._changed_paths: set[Path] = set()
        self._rescan = QTimer(self)
        self._rescan.setSingleShot(True)
        self._rescan.setInterval(RESCAN_PAUSE_MS)
        self._rescan.timeout.connect(self._refresh_changed)
        if self._watcher is not None:
            self._watcher.directoryChanged.connect(self._on_path_changed)
            self._watcher.fileChanged.connect(self._on_path_changed)
        self.changed.connect(self.load)
        self._opening = False
        # While many kits are indexed, the list is read again now and then: the grid
        # fills as they come instead of after the last one.
        self._filling = QTimer(self)
        self._filling.setSingleShot(True)
        self._filling.setInterval(FILL_PAUSE_MS)
        self._filling.timeout.connect(self.load)
        self.indexing.connect(self._on_indexing)

    def open(self) -> None:
        """Open the index in a worker, once; the first query or write does it (a window
        that only renders a kit — ``mediakit snapshot`` — never touches the library)."""
        if not self._opening:
            self._opening = True
            folder = self.folder
            self._writes.run(lambda: Library(folder), self._on_open, self._on_open_failed)

    # -- opening -----------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self.library is not None

    def _on_open(self, library: Library) -> None:
        self.library = library
        if library.notice is not None:
            self.message.emit(_say(library.notice), True)
        self.opened.emit()
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            job()
        # What changed while the program was closed: stat only, then re-read.
        self._write(
            lambda lib: lib.refresh(progress=self._progress), lambda _r: self._after_write()
        )

    def _progress(self, done: int, total: int) -> None:
        self.indexing.emit(done, total)  # queued to the GUI thread: emitted by the worker

    def _on_indexing(self, done: int, total: int) -> None:
        if done < total and not self._filling.isActive():
            self._filling.start()

    def _on_open_failed(self, error: BaseException) -> None:
        log.warning("cannot open the library: %s", error)
        self.message.emit(
            self.tr("The library cannot be used this session: {error}").format(error=error), True
        )

    def _when_open(self, job: Callable[[], None]) -> None:
        if self.library is None:
            self._waiting.append(job)
            self.open()
        else:
            job()

    # -- reading -------------------------------------------------------------------

    def load(self, sort: str | None = None) -> None:
        """Read the list of kits, sorted by ``sort`` (title, year, opened, added)."""
        if sort is not None:
            self.sort = sort
        wanted = self.sort

        def read() -> None:
            library = self.library
            assert library is not None
            self._reads.cancel()  # an older list still on its way is dropped
            self._reads.run(
                lambda: library.kits(wanted), self.kits_ready.emit, self._on_library_error
            )

        self._when_open(read)

    def search(self, query: str) -> None:
        """Search in a worker; only the newest query's hits arrive (``hits_ready``)."""
        self._search.cancel()
        if not query.strip():
            return

        def run() -> None:
            library = self.library
            assert library is not None
            self._search.run(
                lambda: library.search(query, SEARCH_LIMIT),
                lambda hits: self.hits_ready.emit(query, hits),
                self._on_library_error,
            )

        self._when_open(run)

    def cancel_search(self) -> None:
        self._search.cancel()

    # -- writing -------------------------------------------------------------------

    def add_folder(self, folder: Path) -> None:
        """Keep ``folder`` in the library, index the kits in it, and watch it."""
        self._write(lambda lib: lib.add_folder(folder, self._progress), self._after_report)

    def remember_opened(self, path: Path) -> None:
        """A kit the reader opened: kept and indexed (if new or changed), its time kept."""
        self._write(lambda lib: lib.remember_opened(path), lambda _done: self._after_write())

    def adopt(self, paths: Iterable[str]) -> None:
        """Kits opened before the library existed (the settings' recent kits):
        added if the library does not know them yet and they are still there."""
        wanted = [Path(p) for p in paths]

        def adopt(lib: Library) -> int:
            new = [p for p in wanted if lib.kit(p) is None and p.exists()]
            for path in new:
                lib.add_kit(path)
            return len(new)

        def done(added: int) -> None:
            if added:
                self._after_write()

        self._write(adopt, done)

    def refresh(self, paths: Iterable[Path] | None = None) -> None:
        wanted = None if paths is None else list(paths)
        self._write(lambda lib: lib.refresh(wanted, self._progress), self._after_report)

    def _write(self, job: Callable[[Library], T], done: Callable[[T], None]) -> None:
        def run() -> None:
            library = self.library
            assert library is not None
            self._writes.run(lambda: job(library), done, self._on_library_error)

        self._when_open(run)

    def _after_report(self, report: Report) -> None:
        for problem in report.problems:
            self.message.emit(f"{problem.file}: {_say(problem.message)}", True)
        self._after_write()

    def _after_write(self) -> None:
        self.changed.emit()
        self._rewatch()

    def _on_library_error(self, error: BaseException) -> None:
        if isinstance(error, LibraryError):
            # Damaged meanwhile: the index was set aside and rebuilt empty; fill it again.
            self.message.emit(_say(error.message), True)
            if error.message.template is say.LIBRARY_DAMAGED:
                self.refresh()
            return
        log.warning("library: %s", error)
        self.message.emit(self.tr("The library failed: {error}").format(error=error), True)

    # -- watching ------------------------------------------------------------------

    def _rewatch(self) -> None:
        watcher = self._watcher
        if watcher is None or self.library is None:
            return
        library = self.library

        def watched() -> list[str]:
            paths = [str(p) for p in library.watched() if p.exists()]
            paths += [str(e.path) for e in library.kits() if e.archive and not e.missing]
            return paths

        def apply(paths: list[str]) -> None:
            if self._watcher is None:
                return
            old = set(self._watcher.directories()) | set(self._watcher.files())
            new = set(paths)
            if old - new:
                self._watcher.removePaths(sorted(old - new))
            if new - old:
                self._watcher.addPaths(sorted(new - old))

        self._writes.run(watched, apply, self._on_library_error)

    def _on_path_changed(self, path: str) -> None:
        self._changed_paths.add(Path(path))
        self._rescan.start()  # restarted by each change: one re-scan once they pause

    def _refresh_changed(self) -> None:
        paths, self._changed_paths = sorted(self._changed_paths), set()
        if paths:
            self.refresh(paths)

    # -- shutdown --------------------------------------------------------------------

    def busy(self) -> bool:
        return any(r.running or r.queued for r in (self._reads, self._search, self._writes))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job ends (tests, benches and shutdown only)."""
        return all(r.wait(msecs) for r in (self._writes, self._reads, self._search))

    def shutdown(self) -> None:
        self._rescan.stop()
        self._waiting.clear()
        for runner in (self._reads, self._search, self._writes):
            runner.cancel()
        if self._watcher is not None:
            paths = self._watcher.directories() + self._watcher.files()
            if paths:
                self._watcher.removePaths(paths)
