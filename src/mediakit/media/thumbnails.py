"""Thumbnails of stills: made in the shared worker pool, kept in an on-disk cache.

Results carry the index of the still they belong to, and :meth:`cancel`
drops everything asked for before it, so a kit that was replaced never paints
into the next one. The cache is read in the worker too: the GUI thread never
touches the disk. Like the archive cache, it is pruned once per process, in a
worker: entries unused for 30 days go, then the least recently used while it
holds more than 1 GiB (a cache hit counts as a use: it touches the entry).
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import threading
import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtGui import QImage, QImageWriter

from mediakit import userdirs
from mediakit.media.decoding import DecodeError
from mediakit.media.images import decode
from mediakit.safeio import atomic_write, open_regular
from mediakit.tasks import TaskRunner

log = logging.getLogger(__name__)

# Bump when the way thumbnails are made changes: old entries are then ignored.
CACHE_VERSION = 1
# At most this many decodes in the shared pool at once: a kit opening waits for one
# decode to end, never for a whole gallery queued ahead of it.
THREADS = 2
MAX_CACHED_BYTES = 8 * 1024 * 1024  # a thumbnail is far smaller: anything bigger is not ours
CACHE_MAX_AGE = 30 * 24 * 3600.0  # seconds unused before an entry goes
CACHE_MAX_BYTES = 1 << 30  # beyond this, the least recently used entries go
_TOUCH_AFTER = 24 * 3600.0  # a hit marks the entry used at most once a day
_pruning = threading.Lock()
_pruned = False  # set on the GUI thread when the one pruning of this process is started


def default_cache_dir() -> Path:
    return userdirs.app_cache_dir() / "thumbnails"


def cache_path(cache_dir: Path, path: Path, size: int) -> Path | None:
    """Where the thumbnail of ``path`` at ``size`` px lives; None if ``path`` is gone.

    Keyed on path + mtime_ns + file size + pixel size + cache version: a
    changed file gets a new entry, never a stale picture.
    """
    try:
        st = path.stat()
    except OSError:
        return None
    key = f"{CACHE_VERSION}\0{path.resolve()}\0{st.st_mtime_ns}\0{st.st_size}\0{size}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
    return cache_dir / digest[:2] / f"{digest}.png"


def make_thumbnail(path: Path, size: int, cache_dir: Path | None) -> QImage:
    """The thumbnail of ``path`` fitting ``size`` x ``size``: cached, else decoded.

    Runs in a worker. Raises :class:`DecodeError` with a message naming the file.
    """
    cached = cache_path(cache_dir, path, size) if cache_dir is not None else None
    if cached is not None:
        image = _load(cached)
        if image is not None:
            return image
    image = decode(path, size)
    if cached is not None:
        _store(image, cached)
    return image


def _load(cached: Path) -> QImage | None:
    """The cached thumbnail, if there is a good one (never through a FIFO or a link)."""
    try:
        with open_regular(cached) as handle:
            data = handle.read(MAX_CACHED_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        log.info("ignoring cache entry %s: %s", cached, error.strerror or error)
        return None
    image = QImage.fromData(data) if len(data) <= MAX_CACHED_BYTES else QImage()
    if image.isNull():
        log.info("ignoring unreadable cache entry %s", cached)
        return None
    _touch(cached)
    return image


def _touch(cached: Path) -> None:
    """Mark a cache entry used now, for :func:`prune_cache` (at most once a day)."""
    try:
        if time.time() - cached.stat().st_mtime > _TOUCH_AFTER:
            os.utime(cached)
    except OSError:
        pass  # a read-only cache only loses its pruning order


def prune_cache(
    cache_dir: Path, max_bytes: int = CACHE_MAX_BYTES, max_age: float = CACHE_MAX_AGE
) -> int:
    """Remove entries unused for ``max_age`` seconds, then the least recently used
    while the cache holds more than ``max_bytes``. Runs in a worker; never raises
    for what it finds on disk. Returns how many files it removed."""
    now = time.time()
    entries: list[tuple[float, int, Path]] = []
    try:
        folders = [p for p in cache_dir.iterdir() if len(p.name) == 2]
    except OSError:
        return 0  # no cache yet, or not ours to read
    for folder in folders:
        try:
            for entry in folder.iterdir():
                st = entry.lstat()
                if stat.S_ISREG(st.st_mode):
                    entries.append((st.st_mtime, st.st_size, entry))
        except OSError:
            continue
    total = sum(size for _, size, _ in entries)
    removed = 0
    with _pruning:
        for used, size, entry in sorted(entries):
            if now - used <= max_age and total <= max_bytes:
                break
            try:
                entry.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
    return removed


def _store(image: QImage, cached: Path) -> None:
    """Write whole or not at all, so a crash or a second writer never leaves half a file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        log.warning("cannot encode a thumbnail for the cache")
        return
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(cached) as pending:
            pending.file.write(data.data())
    except OSError as error:  # a cache we cannot write only costs speed
        log.info("cannot write thumbnail cache %s: %s", cached, error)


class ThumbnailService(QObject):
    """Asks for thumbnails; answers with ``ready(index, image)`` or ``failed(index, message)``.

    ``cache_dir=None`` uses the user's cache folder; pass a ``runner`` (e.g.
    ``TaskRunner(synchronous=True)``) to run inline in unit tests, and
    ``use_cache=False`` to measure cold decoding.
    """

    ready = Signal(int, QImage)
    failed = Signal(int, str)

    def __init__(
        self,
        cache_dir: Path | None = None,
        *,
        runner: TaskRunner | None = None,
        use_cache: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner or TaskRunner(THREADS, parent=self)
        if runner is not None:
            runner.setParent(self)
        self.cache_dir: Path | None = None
        if use_cache:
            self.cache_dir = cache_dir or default_cache_dir()
            self._prune_once(self.cache_dir)

    def _prune_once(self, cache_dir: Path) -> None:
        """Start the one pruning of this process, in a worker of its own."""
        global _pruned
        if _pruned:
            return
        _pruned = True
        pruner = TaskRunner(1, parent=self)

        def done(removed: int) -> None:
            if removed:
                log.info("removed %d old thumbnails from %s", removed, cache_dir)

        def error(exc: BaseException) -> None:
            log.warning("cannot prune the thumbnail cache %s: %s", cache_dir, exc)

        pruner.run(lambda: prune_cache(cache_dir), done, error)

    def request(self, index: int, path: Path, size: int) -> None:
        """Make the thumbnail of ``path`` (``size`` px on its longest side)."""
        cache_dir = self.cache_dir

        def work() -> QImage:
            return make_thumbnail(path, size, cache_dir)

        def done(image: QImage) -> None:
            self.ready.emit(index, image)

        def error(exc: BaseException) -> None:
            message = str(exc) if isinstance(exc, DecodeError) else f"{path.name}: {exc}"
            self.failed.emit(index, message)

        self._runner.run(work, done, error)

    def cancel(self) -> None:
        """Forget every request so far: their results never arrive."""
        self._runner.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until running work ends (shutdown, tests and benches only)."""
        return self._runner.wait(msecs)
