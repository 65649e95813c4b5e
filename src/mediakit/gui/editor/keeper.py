"""Nothing lost: the unsaved text (kit.yaml's and the text files') written to
its recovery file while dirty, and kit.yaml and the text files read watched
for changes made by another program. Both read and write in the pool."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from mediakit.gui.editor.recovery import remove_recovery, write_recovery
from mediakit.gui.editor.session import EditSession
from mediakit.kit.manifest import limits
from mediakit.safeio import read_regular
from mediakit.tasks import TaskRunner

RECOVERY_INTERVAL_MS = 5000
WATCH_SETTLE_MS = 200  # an editor's save is several events: read once they are over


class RecoveryKeeper(QObject):
    """Every ``interval_ms`` while the session is dirty, its text to the recovery file."""

    written = Signal(object)  # the recovery file's path

    def __init__(
        self, session: EditSession, manifest: Path, interval_ms: int = RECOVERY_INTERVAL_MS
    ) -> None:
        super().__init__(session)
        self.session, self.manifest = session, manifest
        self.runner = TaskRunner(1, parent=self)
        self._kept: object = None  # the state last written
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.keep)
        self._timer.start()

    def keep(self) -> None:
        if not self.session.dirty or self.session.read_only:
            return
        state = self.session.state
        if state is self._kept:
            return
        self._kept = state
        manifest, text, files = self.manifest, state.document.text, dict(state.files)
        self.runner.run(
            lambda: write_recovery(manifest, text, files), self.written.emit, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self._kept = None  # try again next time

    def drop(self) -> None:
        """Saved or discarded: the recovery file goes."""
        self._kept = None
        manifest = self.manifest
        self.runner.cancel()
        self.runner.run(lambda: remove_recovery(manifest), lambda _none: None)

    def stop(self) -> None:
        self._timer.stop()


@dataclass(frozen=True)
class DiskChange:
    """What another program left: in kit.yaml (``file`` "") or in a text file (its key)."""

    data: bytes | None
    file: str = ""


class DiskWatch(QObject):
    """``changed(DiskChange)`` when kit.yaml, or a text file read, holds other bytes
    than the session expects there."""

    changed = Signal(object)

    def __init__(self, session: EditSession, manifest: Path) -> None:
        super().__init__(session)
        self.session, self.manifest = session, manifest
        self.runner = TaskRunner(1, parent=self)
        self._settle = QTimer(self, singleShot=True, interval=WATCH_SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self.watcher = QFileSystemWatcher([str(manifest)], self)
        self.watcher.fileChanged.connect(lambda _path: self._settle.start())
        session.files.loaded.connect(lambda _key: self._watch())

    def _watch(self) -> None:
        """Every file to watch, again after a save replaced it (a new file)."""
        wanted = [str(self.manifest)] + [
            str(self.session.files.path(key)) for key in self.session.files.known()
        ]
        missing = [path for path in wanted if path not in self.watcher.files()]
        if missing:
            self.watcher.addPaths(missing)

    def check(self) -> None:
        """Read the files (in the pool) and compare; also after each save of ours."""
        if self.session.saving:
            return  # our own write: checked when it is done
        self._watch()
        manifest = self.manifest
        files = {key: self.session.files.path(key) for key in self.session.files.known()}
        self.runner.run(lambda: _read_all(manifest, files), self._compare, lambda _e: None)

    def _compare(self, found: dict[str, bytes | None]) -> None:
        if self.session.saving:
            return
        for key, data in found.items():
            if not key:
                if data is not None and data != self.session.disk:
                    self.changed.emit(DiskChange(data))
                    return
                continue
            disk = self.session.files.disk(key)
            if disk is not None and data != disk.data:
                self.changed.emit(DiskChange(data, key))
                return


def _read_all(manifest: Path, files: dict[str, Path]) -> dict[str, bytes | None]:
    """kit.yaml's bytes (key "") and each text file's (None: gone), in a worker."""
    found: dict[str, bytes | None] = {"": read_regular(manifest, limits.MANIFEST_BYTES)}
    for key, path in files.items():
        try:
            found[key] = read_regular(path, limits.TEXT_FILE_BYTES)
        except FileNotFoundError:
            found[key] = None
        except OSError:
            continue  # unreadable for now: a save says what it finds
    return found
