"""Thumbnails of stills: made in the shared worker pool, kept in an on-disk cache.

Results carry the index of the still they belong to, and :meth:`cancel`
drops everything asked for before it, so a kit that was replaced never paints
into the next one. Requests have a priority, read when a worker is free (not
when asked): the tiles on screen go first, the rest of a gallery after, and a
scroll reorders what still waits. A thumbnail arrives in the format it is
painted in (``Format_RGB32``, or ``Format_ARGB32_Premultiplied`` with
transparency), so the view converts nothing and keeps one copy. The cache is
read in the worker too: the GUI thread never touches the disk. Like the
archive cache, it is pruned once per process, in a worker: entries unused
for 30 days go, then the least recently used while it holds more than 1 GiB
(a cache hit counts as a use: it touches the entry).
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import logging
import os
import stat
import threading
import time
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Signal
from PySide6.QtGui import QImage, QImageWriter

from mediakit import userdirs
from mediakit.media.decoding import DecodeError, failure_text
from mediakit.media.images import decode
from mediakit.safeio import atomic_write, open_regular, read_bounded
from mediakit.tasks import TaskRunner, cpu_count

log = logging.getLogger(__name__)

# Bump when the way thumbnails are made changes: old entries are then ignored.
# 2: entries are binary PPM (P6), or PNG when they carry transparency or a note.
CACHE_VERSION = 2
# How an entry is written. An opaque thumbnail is a binary PPM: its pixels as they
# are, ~0.2 ms to write and to read back for a 384 px one (PNG at zlib's default
# level took ~16 ms to write, ~7 % of making a thumbnail, and ~2 ms to read),
# for ~295 KB instead of ~52 KB. What PPM cannot hold (transparency, the note of
# a partly read still) goes in a PNG at zlib level 1 (Qt maps quality q to level
# (100 - q) * 9 // 91): ~5 ms to write. Both are formats Qt reads and checks.
PNG_QUALITY = 80
MAX_CACHED_BYTES = 8 * 1024 * 1024  # a thumbnail is far smaller: anything bigger is not ours
CACHE_MAX_AGE = 30 * 24 * 3600.0  # seconds unused before an entry goes
CACHE_MAX_BYTES = 1 << 30  # beyond this, the least recently used entries go
_TOUCH_AFTER = 24 * 3600.0  # a hit marks the entry used at most once a day
_pruning = threading.Lock()
_pruned = False  # set on the GUI thread when the one pruning of this process is started


def decoding_threads() -> int:
    """How many decodes may run at once: one per core this process may use.

    They hold at most this many of the pool's threads; the runner hands its next
    request to the pool only as one ends, so a kit opening waits for one decode
    to end, never for a whole gallery queued ahead of it.
    """
    return cpu_count()


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
    return cache_dir / digest[:2] / f"{digest}.thumb"  # PPM or PNG: read by content


def make_thumbnail(path: Path, size: int, cache_dir: Path | None) -> QImage:
    """The thumbnail of ``path`` fitting ``size`` x ``size``: cached, else decoded.

    Runs in a worker; the image is in the format it is drawn in (see
    :func:`drawn`). Raises :class:`DecodeError` with a message naming the file.
    """
    cached = cache_path(cache_dir, path, size) if cache_dir is not None else None
    if cached is not None:
        image = _load(cached)
        if image is not None:
            return drawn(image)
    image = drawn(decode(path, size))
    if cached is not None:
        _store(image, cached)
    return image


def warm_cache(path: Path, size: int, cache_dir: Path) -> QImage | None:
    """Make sure the cache holds the thumbnail of ``path``, for a tile not on screen.

    An entry already there is not read (None); else the still is decoded and
    stored, and the image returned, made anyway. Runs in a worker.
    """
    cached = cache_path(cache_dir, path, size)
    if cached is not None:
        try:
            st = cached.lstat()
        except OSError:
            pass
        else:
            if stat.S_ISREG(st.st_mode) and 0 < st.st_size <= MAX_CACHED_BYTES:
                return None  # read (and checked) when its tile is shown
    return make_thumbnail(path, size, cache_dir)


def drawn(image: QImage) -> QImage:
    """``image`` in the format the raster engine paints without converting:
    RGB32, or premultiplied ARGB32 when it has transparency."""
    wanted = (
        QImage.Format.Format_ARGB32_Premultiplied
        if image.hasAlphaChannel()
        else QImage.Format.Format_RGB32
    )
    if image.format() == wanted:
        return image
    converted = image.convertToFormat(wanted)
    for key in image.textKeys():  # the truncation mark travels with the picture
        converted.setText(key, image.text(key))
    return converted


def _load(cached: Path) -> QImage | None:
    """The cached thumbnail, if there is a good one (never through a FIFO or a link)."""
    try:
        with open_regular(cached) as handle:
            data = read_bounded(handle, MAX_CACHED_BYTES + 1)
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
    plain = not image.hasAlphaChannel() and not image.textKeys()
    writer = QImageWriter(buffer, QByteArray(b"ppm" if plain else b"png"))
    if not plain:
        writer.setQuality(PNG_QUALITY)
    if not writer.write(image):
        log.warning("cannot encode a thumbnail for the cache")
        return
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(cached) as pending:
            pending.file.write(data.data())
    except OSError as error:  # a cache we cannot write only costs speed
        log.info("cannot write thumbnail cache %s: %s", cached, error)


class Priority(IntEnum):
    """What a request is for; a free worker takes the highest first, in order asked."""

    PREFETCH = 0  # a tile far from the screen: only into the cache, never read back
    NEAR = 1  # a screen away: kept decoded, for a scroll
    VISIBLE = 2  # on screen now


@dataclass
class _Request:
    path: Path
    size: int
    priority: Priority
    order: int  # among requests of one priority: first asked, first made


@dataclass
class _Waiting:
    """The requests of one generation (until :meth:`ThumbnailService.cancel`): a job
    only ever takes from the one it was started for, so a job of a cancelled kit
    never takes, and loses, a request of the next."""

    pending: dict[int, _Request]
    heap: list[tuple[int, int, int]]  # (-priority, order, index)


class ThumbnailService(QObject):
    """Asks for thumbnails; answers with ``ready(index, image)``, ``failed(index,
    message)`` or, for a :attr:`Priority.PREFETCH` request whose thumbnail the
    cache already holds, ``stored(index)`` (nothing read).

    ``cache_dir=None`` uses the user's cache folder; pass a ``runner`` (e.g.
    ``TaskRunner(synchronous=True)``) to run inline in unit tests, and
    ``use_cache=False`` to measure cold decoding. ``threads``: decodes at once
    (default :func:`decoding_threads`).
    """

    ready = Signal(int, QImage)
    failed = Signal(int, str)
    stored = Signal(int)

    def __init__(
        self,
        cache_dir: Path | None = None,
        *,
        runner: TaskRunner | None = None,
        use_cache: bool = True,
        threads: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner or TaskRunner(threads or decoding_threads(), parent=self)
        if runner is not None:
            runner.setParent(self)
        self.cache_dir: Path | None = None
        if use_cache:
            self.cache_dir = cache_dir or default_cache_dir()
            self._prune_once(self.cache_dir)
        # Shared with the workers, under the lock: what waits, and its order.
        self._lock = threading.Lock()
        self._waiting = _Waiting({}, [])
        self._counter = itertools.count()

    @property
    def threads(self) -> int:
        """How many of this service's decodes may run at once."""
        return self._runner.limit

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

    def request(
        self, index: int, path: Path, size: int, priority: Priority = Priority.VISIBLE
    ) -> None:
        """Make the thumbnail of ``path`` (``size`` px on its longest side).

        Asking again for an ``index`` still waiting only changes its priority
        (and moves it behind others of that priority).
        """
        with self._lock:
            waiting = self._waiting
            order = next(self._counter)
            known = waiting.pending.get(index)
            waiting.pending[index] = _Request(path, size, priority, order)
            heapq.heappush(waiting.heap, (-priority, order, index))
        if known is None:  # one job per request waiting; each takes the best when it runs
            self._runner.run(lambda: self._work(waiting), self._done)

    def withdraw(self, index: int) -> None:
        """Forget the request for ``index`` if no worker has taken it yet."""
        with self._lock:
            self._waiting.pending.pop(index, None)  # its heap entry is skipped when reached

    def waiting(self) -> dict[int, Priority]:
        """The requests not yet taken by a worker, and their priorities."""
        with self._lock:
            return {index: request.priority for index, request in self._waiting.pending.items()}

    def _take(self, waiting: _Waiting) -> tuple[int, _Request] | None:
        with self._lock:
            while waiting.heap:
                _, order, index = heapq.heappop(waiting.heap)
                request = waiting.pending.get(index)
                if request is not None and request.order == order:  # else superseded
                    del waiting.pending[index]
                    return index, request
            return None

    def _work(self, waiting: _Waiting) -> tuple[int, QImage | str | None] | None:
        """In a worker: make the most wanted thumbnail waiting, whichever it is now."""
        taken = self._take(waiting)
        if taken is None:
            return None  # taken by an earlier job, or cancelled
        index, request = taken
        path, cache_dir = request.path, self.cache_dir
        try:
            if request.priority is Priority.PREFETCH and cache_dir is not None:
                return index, warm_cache(path, request.size, cache_dir)
            return index, make_thumbnail(path, request.size, cache_dir)
        except Exception as error:  # delivered as this still's failure, never lost
            if not isinstance(error, DecodeError):
                log.debug("thumbnail of %s failed", path, exc_info=True)
            # QCoreApplication.translate is safe from a worker: it only reads translators.
            return index, failure_text(path, error, QCoreApplication.translate)

    def _done(self, outcome: tuple[int, QImage | str | None] | None) -> None:
        if outcome is None:
            return
        index, result = outcome
        if isinstance(result, QImage):
            self.ready.emit(index, result)
        elif result is None:
            self.stored.emit(index)
        else:
            self.failed.emit(index, result)

    def cancel(self) -> None:
        """Forget every request so far: their results never arrive."""
        with self._lock:
            self._waiting = _Waiting({}, [])
        self._runner.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until running work ends (shutdown, tests and benches only)."""
        return self._runner.wait(msecs)
