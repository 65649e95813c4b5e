"""Opening a kit — a folder or a packed archive — in a worker, with progress
and a way to cancel, the result delivered on the GUI thread.

Unpacking a 2 GB archive takes seconds: the window stays usable, shows how
far it got, and keeps the kit it had until the new one is ready.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from mediakit.cancel import Cancelled
from mediakit.qttypes import INT64
from mediakit.tasks import TaskRunner

if TYPE_CHECKING:
    from mediakit.kit.source import KitSource

PROGRESS_EVERY_S = 0.05  # at most 20 progress updates a second reach the GUI


class KitOpener(QObject):
    # 64-bit: archives beyond 2 GiB overflowed a plain int signal.
    progress = Signal(INT64, INT64)  # bytes done, bytes total (from the worker, queued)
    opened = Signal(object)  # KitSource
    crashed = Signal(str)  # a bug, not a bad kit: bad kits come back as problems

    def __init__(self, runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner or TaskRunner(1, parent=self)
        self._cancel = threading.Event()
        self.opening: Path | None = None

    def open(self, path: Path, *, allow_damaged: bool = False) -> None:
        """Start opening ``path``; a newer open replaces one still running."""
        self.cancel()
        self._cancel = cancel = threading.Event()
        self.opening = path
        last = [0.0]

        def report(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY_S or done >= total:
                last[0] = now
                self.progress.emit(done, total)

        def work() -> KitSource:
            from mediakit.kit.source import open_source

            return open_source(path, allow_damaged=allow_damaged, progress=report)

        self._runner.run(work, self._done, self._failed, on_cancelled=self._cancelled)

    def cancel(self) -> None:
        self._cancel.set()
        self._runner.cancel()
        self.opening = None

    def wait(self, msecs: int = -1) -> bool:
        return self._runner.wait(msecs)

    def _done(self, source: KitSource) -> None:
        self.opening = None
        self.opened.emit(source)

    def _cancelled(self) -> None:
        self.opening = None  # the reader asked for it: nothing to report

    def _failed(self, error: BaseException) -> None:
        self.opening = None
        self.crashed.emit(f"{type(error).__name__}: {error}")
