"""Markdown kept in files of the kit (``{file: synopsis.fr.md}``) as the disk
has it: read in the pool, once each, with the kit's path rules and limits.
Each file keeps the words it was first read with (what an undo step without
an edit of it shows) and what it holds now, as last read or saved (what a
save expects to find there)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from mediakit.kit.authoring.textfiles import TextFile, TextFileError, file_key, read_text_file
from mediakit.kit.message import Message
from mediakit.tasks import TaskRunner


class FileTexts(QObject):
    """``loaded(key)`` when the file ``key`` is read (see :meth:`first`)."""

    loaded = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.runner = TaskRunner(1, parent=self)
        self._first: dict[str, TextFile | Message | None] = {}  # None: asked for, not here yet
        self._disk: dict[str, TextFile] = {}
        self._generation = 0  # reads asked before a :meth:`forget` are dropped

    def request(self, written: str) -> str:
        """The key of the file ``written``; read (``loaded`` follows) unless known."""
        key = file_key(written)
        if key not in self._first:
            self._first[key] = None
            folder, generation = self.folder, self._generation
            self.runner.run(
                lambda: read_text_file(folder, written),
                lambda text: self._done(generation, key, text),
                lambda error: self._done(generation, key, _reason(error)),
            )
        return key

    def _done(self, generation: int, key: str, found: TextFile | Message) -> None:
        if generation != self._generation:
            return
        self._first[key] = found
        if isinstance(found, TextFile):
            self._disk[key] = found
        self.loaded.emit(key)

    def first(self, key: str) -> str | None:
        """The words the file was first read with; None while read or unreadable."""
        found = self._first.get(key)
        return found.text if isinstance(found, TextFile) else None

    def problem(self, key: str) -> Message | None:
        """Why the file may not be edited (not read, or not writable), if it may not."""
        found = self._first.get(key)
        if isinstance(found, TextFile):
            return found.read_only
        return found

    def disk(self, key: str) -> TextFile | None:
        return self._disk.get(key)

    def known(self) -> dict[str, TextFile]:
        return dict(self._disk)

    def on_disk(self, key: str, text: TextFile) -> None:
        """The file holds ``text`` now (saved, or kept over by choice)."""
        self._disk[key] = text

    def path(self, key: str) -> Path:
        return self.folder / key

    def forget(self) -> None:
        """Reloaded from disk: every file is read again when next shown."""
        self._generation += 1
        self.runner.cancel()
        self._first.clear()
        self._disk.clear()

    def busy(self) -> bool:
        return any(found is None for found in self._first.values())


def _reason(error: BaseException) -> Message:
    if isinstance(error, TextFileError):
        return error.message
    return Message.verbatim(str(error))
