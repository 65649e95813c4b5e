"""The one way to run background work: a function in a thread pool, its result
or its error delivered on the GUI thread.

Workers return plain data or ``QImage`` — never ``QPixmap`` or widgets, which
belong to the GUI thread. A runner can be cancelled: queued work is dropped
and results of work already running are thrown away when they arrive, so a
kit that was replaced never paints into the new one.
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
import weakref
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from mediakit.kit.archive_model import Cancelled

log = logging.getLogger(__name__)

T = TypeVar("T")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(
        self,
        runner: TaskRunner,
        generation: int,
        func: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None,
    ) -> None:
        super().__init__()
        self._runner = runner
        self._generation = generation
        self._func = func
        self._on_done = on_done
        self._on_error = on_error

    def run(self) -> None:
        if self._generation != self._runner.generation:
            return  # cancelled while queued
        try:
            outcome: tuple[Any, ...] = (self._on_done, self._func())
        except Exception as error:  # delivered to the GUI thread, never lost
            if not isinstance(error, Cancelled):
                log.debug("task failed:\n%s", traceback.format_exc())
            outcome = (self._on_error, error)
        try:
            self._runner._deliver.emit((self._generation, *outcome))
        except RuntimeError:
            # The runner was deleted while this ran (the program is closing):
            # nobody is left to take the result.
            log.debug("task finished after its runner was deleted")


class TaskRunner(QObject):
    """Runs ``func`` in its own pool; ``on_done(result)`` / ``on_error(exc)``
    are called on the thread that owns the runner (the GUI thread).

    ``synchronous=True`` runs each task inline — for unit tests of the code
    that schedules work; the threaded path has tests of its own.
    """

    _deliver = Signal(object)
    _live: ClassVar[weakref.WeakSet[TaskRunner]] = weakref.WeakSet()

    def __init__(
        self,
        max_threads: int | None = None,
        *,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        self._synchronous = synchronous
        self.generation = 0
        self._deliver.connect(self._on_deliver)
        TaskRunner._live.add(self)

    def run(
        self, func: Callable[[], T], on_done: Callable[[T], None], on_error: Failed | None = None
    ) -> None:
        job = _Job(self, self.generation, func, on_done, on_error)
        if self._synchronous:
            job.run()
        else:
            self._pool.start(job)

    def cancel(self) -> None:
        """Drop queued work; ignore results of work already running."""
        self.generation += 1
        self._pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)

    @classmethod
    def wait_all(cls, msecs: int) -> bool:
        """Wait up to ``msecs`` in all for every runner's work; False if some still runs."""
        deadline = time.monotonic() + msecs / 1000
        for runner in list(cls._live):
            left = max(0, round((deadline - time.monotonic()) * 1000))
            with contextlib.suppress(RuntimeError):  # its Qt side is already gone
                if not runner.wait(left):
                    return False
        return True

    @Slot(object)
    def _on_deliver(self, payload: tuple[int, Callable[[Any], None] | None, Any]) -> None:
        generation, callback, value = payload
        if generation != self.generation:
            return
        if callback is not None:
            callback(value)
        elif isinstance(value, BaseException):
            log.error("background task failed: %s", value)
