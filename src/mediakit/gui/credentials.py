"""The Content Credentials of the kit on screen, read in the pool.

One reader per window. The stills page, the lightbox, the AI-use page and the
"How this was made" panel ask it for a file's :class:`Reading` and hear
:attr:`KitCredentials.arrived` as each one comes in. Reading waits until the
window has painted the kit, and takes one pool thread at a time: the stills'
thumbnails and the film come first (a C2PA read is a few milliseconds a
still, hashing the film takes longer, and nothing on screen waits for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mediakit.kit.manifest.model import Kit
from mediakit.kit.message import Message
from mediakit.media.credentials import Presence, Reading, Summary, read_credentials, summarise
from mediakit.media.credentials_kit import kit_media
from mediakit.tasks import TaskRunner


@dataclass(frozen=True)
class MediaFile:
    """One file whose credentials are read: what it is to the kit, and where."""

    role: str  # "still", "poster", "film", "trailer"
    path: Path
    label: str  # how the panel names it: the still's file name, "Poster", …


def media_files(kit: Kit) -> list[MediaFile]:
    """The kit's stills, then its poster, film and trailer, each file once."""
    labels = {
        "poster": QCoreApplication.translate("Provenance", "Poster"),
        "film": QCoreApplication.translate("Provenance", "Film"),
        "trailer": QCoreApplication.translate("Provenance", "Trailer"),
    }
    return [
        MediaFile(m.role, m.file.path, labels.get(m.role, m.file.path.name)) for m in kit_media(kit)
    ]


class KitCredentials(QObject):
    """Reads the credentials of a kit's media; :attr:`arrived` (the path) as each is read."""

    arrived = Signal(object)  # Path
    reset = Signal()  # the files changed (another kit, or none): every reading dropped
    # A page asks for the "How this was made" panel, at a file (Path) or at the first (None).
    panel_requested = Signal(object)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(1, synchronous=synchronous, parent=self)
        self.files: list[MediaFile] = []
        self._readings: dict[Path, Reading] = {}
        self._started = False  # read_kit was called for the kit on screen

    def read_kit(self, kit: Kit) -> None:
        """Forget the previous kit's readings and read ``kit``'s, in order."""
        self.clear()
        self._started = True
        self.files = media_files(kit)
        self.reset.emit()
        for media in self.files:
            self._runner.run(
                partial(read_credentials, media.path),
                self._store,
                partial(self._failed, media.path),
            )

    def clear(self) -> None:
        self._runner.cancel()
        self._started = False
        self.files = []
        self._readings.clear()
        self.reset.emit()

    def reading(self, path: Path) -> Reading | None:
        """What was read for ``path``; None while it is still to be read."""
        return self._readings.get(path)

    def done(self) -> bool:
        """Whether every file of the kit has been read (False until reading starts)."""
        return self._started and all(media.path in self._readings for media in self.files)

    def stills_summary(self) -> Summary:
        """The summary of the stills read so far (the poster and film are told apart)."""
        return summarise(
            self._readings[m.path]
            for m in self.files
            if m.role == "still" and m.path in self._readings
        )

    def unavailable(self) -> Message | None:
        """Why the C2PA library cannot be used here, once a reading said so.

        Learnt from the readings rather than asked: loading the library (a
        large native one) is the workers' job, never the GUI thread's."""
        for reading in self._readings.values():
            if reading.presence is Presence.UNAVAILABLE:
                return reading.problem
        return None

    def busy(self) -> bool:
        return not self.done()

    def wait(self) -> None:
        self._runner.wait()

    def shutdown(self) -> None:
        self._runner.cancel()
        self._runner.wait()

    def _store(self, reading: Reading) -> None:
        self._readings[reading.path] = reading
        self.arrived.emit(reading.path)

    def _failed(self, path: Path, error: BaseException) -> None:
        # read_credentials never raises for a file's content: this is a bug of
        # ours, said as the file's problem rather than lost.
        problem = Message.verbatim(f"{type(error).__name__}: {error}")
        self._store(Reading(path, Presence.UNREADABLE, problem=problem))
