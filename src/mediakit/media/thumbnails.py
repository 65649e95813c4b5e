"""Thumbnails of stills: made in the shared worker pool, kept in an on-disk cache.

Results carry the index of the still they belong to, and :meth:`cancel`
drops everything asked for before it, so a kit that was replaced never paints
into the next one. The cache is read in the worker too: the GUI thread never
touches the disk.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QStandardPaths, Signal
from PySide6.QtGui import QImage, QImageWriter

from mediakit.media.images import DecodeError, decode
from mediakit.safeio import atomic_write, open_regular
from mediakit.tasks import TaskRunner

log = logging.getLogger(__name__)

# Bump when the way thumbnails are made changes: old entries are then ignored.
CACHE_VERSION = 1
# At most this many decodes in the shared pool at once: a kit opening waits for one
# decode to end, never for a whole gallery queued ahead of it.
THREADS = 2
MAX_CACHED_BYTES = 8 * 1024 * 1024  # a thumbnail is far smaller: anything bigger is not ours


def default_cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base) / "thumbnails"


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
    return image


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
