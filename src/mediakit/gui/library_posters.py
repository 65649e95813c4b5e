"""The library's posters: decoded in the worker pool at tile size, the newest asked first.

A kit's picture (:class:`~mediakit.library.store.Thumbnail`) is a file of a
folder kit — decoded through the stills' thumbnail cache
(:func:`mediakit.media.thumbnails.make_thumbnail`, which keeps it on disk) —
or a member of an archive, whose bytes are read with ``zipfile`` in the
worker and decoded from memory: nothing is unpacked to disk. Either way it
comes back cropped to fill the 2:3 tile (:data:`POSTER`), in the format the
raster engine paints.

Requests are served newest first and only the :data:`MAX_WAITING` newest
wait: a fast scroll past a thousand kits leaves no queue of pictures
nobody looks at any more (a tile painted again asks again).
"""

from __future__ import annotations

import logging
import threading
import zipfile
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from mediakit.library.store import Thumbnail
from mediakit.media.thumbnails import default_cache_dir, drawn, make_thumbnail
from mediakit.tasks import TaskRunner

log = logging.getLogger(__name__)

POSTER = QSize(150, 225)  # 2:3, the shape of a film poster
MAX_WAITING = 48  # requests kept waiting; older ones are dropped
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # an archive's picture bigger than this is not read


def decode_poster(picture: Thumbnail, size: QSize, cache_dir: Path | None) -> QImage:
    """``picture`` scaled and cropped to fill ``size``. Runs in a worker; raises
    on a picture that cannot be read."""
    # Big enough to fill the tile whether the picture stands (a poster) or lies (a still).
    box = QSize(size.height() * 3 // 2, size.height() * 3 // 2)
    if picture.member is None:
        image = make_thumbnail(picture.path, box.width(), cache_dir)
    else:
        image = _member_image(picture.path, picture.member, box)
    return cover(image, size)


def _member_image(archive: Path, member: str, box: QSize) -> QImage:
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo(member)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ValueError(f"{member}: {info.file_size} bytes")
        data = opened.read(info)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    stored = reader.size()
    if stored.isValid():
        reader.setScaledSize(stored.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ValueError(f"{member}: {reader.errorString()}")
    return image


def cover(image: QImage, size: QSize) -> QImage:
    """``image`` scaled to fill ``size`` and cropped to it, centred."""
    scaled = image.scaled(
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    crop = QRect(
        (scaled.width() - size.width()) // 2,
        (scaled.height() - size.height()) // 2,
        size.width(),
        size.height(),
    )
    return drawn(scaled.copy(crop))


class PosterLoader(QObject):
    """``request(picture)`` → ``ready(picture, image)`` or ``failed(picture)``."""

    ready = Signal(object, QImage)
    failed = Signal(object)

    def __init__(
        self,
        size: QSize = POSTER,
        cache_dir: Path | None = None,
        *,
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.size = size
        self.cache_dir = cache_dir or default_cache_dir()
        # One decode at a time: a poster is small (a few ms), and on a two-core
        # machine the other core stays with the GUI thread while the grid scrolls.
        self._runner = runner or TaskRunner(1, parent=self)
        self._runner.setParent(self)
        self._lock = threading.Lock()
        self._waiting: OrderedDict[Thumbnail, None] = OrderedDict()  # newest last
        self.asked: set[Thumbnail] = set()  # every picture ever asked for (tests, benches)

    def request(self, picture: Thumbnail) -> None:
        self.asked.add(picture)
        with self._lock:
            known = picture in self._waiting
            self._waiting[picture] = None
            self._waiting.move_to_end(picture)
            while len(self._waiting) > MAX_WAITING:
                self._waiting.popitem(last=False)
        if not known:
            self._runner.run(self._work, self._done)

    def waiting(self) -> list[Thumbnail]:
        with self._lock:
            return list(self._waiting)

    def _work(self) -> tuple[Thumbnail, QImage | None] | None:
        with self._lock:
            if not self._waiting:
                return None  # dropped meanwhile
            picture, _ = self._waiting.popitem(last=True)
        try:
            return picture, decode_poster(picture, self.size, self.cache_dir)
        except Exception as error:  # a missing or broken picture: the tile shows none
            log.info("no poster from %s %s: %s", picture.path, picture.member or "", error)
            return picture, None

    def _done(self, outcome: tuple[Thumbnail, QImage | None] | None) -> None:
        if outcome is None:
            return
        picture, image = outcome
        if image is None:
            self.failed.emit(picture)
        else:
            self.ready.emit(picture, image)

    def cancel(self) -> None:
        with self._lock:
            self._waiting.clear()
        self._runner.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self._runner.wait(msecs)
