"""Stills for the audience screen, decoded at the slide's size in workers.

A projector slide needs a still at screen size, never in full (a 6000×4000
JPEG is ~150 ms and 92 MiB in full). Decoding runs in a :class:`TaskRunner`;
the GUI thread only ever reads the small cache, so a key press never waits on
a disk. A still that will not decode is remembered with its reason: the
renderer then paints the poster (or black) and the presenter view says why.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from mediakit.gui.translation import translate
from mediakit.kit.manifest.model import Kit
from mediakit.media.decoding import failure_text
from mediakit.media.images import decode
from mediakit.tasks import TaskRunner

# The film's poster, asked for like a still (the film slide and failed stills show it).
POSTER = -1
# People's photos, asked for like stills too: person N (from 0) is PHOTOS - N.
PHOTOS = -2


def photo_index(person: int) -> int:
    """The index :class:`StillSource` knows person ``person``'s photo by."""
    return PHOTOS - person


def person_of(index: int) -> int | None:
    """The person whose photo ``index`` is, or None for a still or the poster."""
    return PHOTOS - index if index <= PHOTOS else None


_Key = tuple[int, int, int]


class StillSource(QObject):
    """``image(index, size)`` is the still fitted inside ``size`` (the slide's
    size), or None until a worker has decoded it; ``ready(index)`` then fires.
    ``index`` counts kit.stills from 0; :data:`POSTER` is the film's poster,
    :func:`photo_index` a person's photo."""

    ready = Signal(int)
    failed = Signal(int, str)

    def __init__(
        self,
        kit: Kit,
        runner: TaskRunner | None = None,
        cache_size: int = 8,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kit = kit
        # Two at once: the current slide's still and the next one's, side by side.
        self._runner = runner if runner is not None else TaskRunner(2, parent=self)
        self._cache_size = max(2, cache_size)
        self._cache: OrderedDict[_Key, QImage] = OrderedDict()
        self._pending: set[_Key] = set()
        self._errors: dict[int, str] = {}

    def path(self, index: int) -> Path | None:
        if index == POSTER:
            film = self._kit.film
            return film.poster.path if film is not None and film.poster is not None else None
        person = person_of(index)
        if person is not None:
            people = self._kit.people
            photo = people[person].photo if person < len(people) else None
            return photo.path if photo is not None else None
        if 0 <= index < len(self._kit.stills):
            return self._kit.stills[index].file.path
        return None

    def image(self, index: int, size: QSize) -> QImage | None:
        """The decoded still, or None (decoding is then started)."""
        key = (index, size.width(), size.height())
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        self.preload(index, size)
        return self._cache.get(key)  # a synchronous runner has it already

    def preload(self, index: int, size: QSize) -> None:
        """Start decoding ``index`` at ``size`` unless cached, under way or failed."""
        key = (index, size.width(), size.height())
        path = self.path(index)
        if key in self._cache or key in self._pending or index in self._errors:
            return
        if path is None or size.isEmpty():
            return
        self._pending.add(key)
        box = (size.width(), size.height())
        self._runner.run(
            lambda: decode(path, box),
            lambda image: self._done(key, image),
            lambda error: self._failed(key, error),
        )

    def error(self, index: int) -> str | None:
        """Why ``index`` cannot be shown (for the presenter view), or None."""
        return self._errors.get(index)

    def cancel(self) -> None:
        """Drop queued decodes (the show ended or another kit opened)."""
        self._runner.cancel()
        self._pending.clear()

    def _done(self, key: _Key, image: QImage) -> None:
        self._pending.discard(key)
        self._cache[key] = image
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        self.ready.emit(key[0])

    def _failed(self, key: _Key, error: BaseException) -> None:
        self._pending.discard(key)
        path = self.path(key[0])
        reason = failure_text(path, error, translate) if path is not None else str(error)
        self._errors[key[0]] = reason
        self.failed.emit(key[0], reason)
