"""The one way to run background work: a function in the process's one thread
pool, its result or its error delivered on the GUI thread.

Workers return plain data or ``QImage`` — never ``QPixmap`` or widgets, which
belong to the GUI thread. A runner can be cancelled: its queued work is
dropped and results of its work already running are thrown away when they
arrive, so a kit that was replaced never paints into the new one.

Every runner shares :meth:`Pool.get`. A runner's ``max_threads`` caps how
many of *its* jobs are in the pool at once; the rest wait in the runner's own
queue. So a hundred thumbnails never stand in the pool's queue ahead of an
archive open, and cancelling one runner never touches another's work.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from mediakit.cancel import Cancelled
from mediakit.cores import cpu_count as cpu_count  # re-exported: sized to the same cores

log = logging.getLogger(__name__)

T = TypeVar("T")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

MIN_THREADS = 2  # a one-core machine still decodes a still while a kit opens


def pool_size() -> int:
    """Threads of the one pool: one per core, and never fewer than :data:`MIN_THREADS`."""
    return max(MIN_THREADS, cpu_count())


class Pool:
    """The process's one ``QThreadPool`` for I/O and decoding.

    QThreadPool instances should only be created here: one pool sized to the
    machine, instead of one per feature adding up to more threads than cores.
    """

    _pool: ClassVar[QThreadPool | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    @classmethod
    def get(cls) -> QThreadPool:
        with cls._lock:
            if cls._pool is None:
                pool = QThreadPool()
                pool.setObjectName("mediakit-workers")
                pool.setMaxThreadCount(pool_size())
                cls._pool = pool
            return cls._pool


@dataclass(frozen=True)
class _Outcome:
    """What a job hands to the GUI thread: the callback to call with ``value``."""

    generation: int
    callback: Callable[[Any], None] | None
    value: Any = None
    failed: bool = False


def _without_value(callback: Callable[[], None] | None) -> Callable[[Any], None] | None:
    return None if callback is None else lambda _value: callback()


class _Job(QRunnable):
    def __init__(
        self,
        runner: TaskRunner,
        generation: int,
        func: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None,
        on_cancelled: Callable[[], None] | None,
    ) -> None:
        super().__init__()
        self._runner = runner
        self.generation = generation
        self._func = func
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled

    def run(self) -> None:
        try:
            self.run_here()
        finally:
            self._runner._job_finished()  # hands the runner's next job to the pool

    def run_here(self) -> None:
        if self.generation != self._runner.generation:
            return  # cancelled while queued
        outcome: _Outcome
        try:
            outcome = _Outcome(self.generation, self._on_done, self._func())
        except Cancelled:  # asked to stop: an outcome of its own, not a failure
            outcome = _Outcome(self.generation, _without_value(self._on_cancelled))
        except Exception as error:  # delivered to the GUI thread, never lost
            log.debug("task failed", exc_info=True)
            outcome = _Outcome(self.generation, self._on_error, error, failed=True)
        try:
            self._runner._deliver.emit(outcome)
        except RuntimeError:
            # The runner was deleted while this ran (the program is closing):
            # nobody is left to take the result.
            log.debug("task finished after its runner was deleted")


class TaskRunner(QObject):
    """Runs ``func`` in the shared pool; ``on_done(result)`` / ``on_error(exc)``
    are called on the thread that owns the runner (the GUI thread).

    ``max_threads`` caps how many of this runner's jobs run at once (None: as
    many as the pool has threads). A job that raises :class:`Cancelled` ends
    in ``on_cancelled()`` if given, and never in ``on_error``: nothing to report.

    ``synchronous=True`` runs each task inline — for unit tests of the code
    that schedules work; the threaded path has tests of its own.
    """

    _deliver = Signal(object)

    def __init__(
        self,
        max_threads: int | None = None,
        *,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pool = Pool.get()
        self.limit = max_threads or self.pool.maxThreadCount()
        self._synchronous = synchronous
        self.generation = 0
        # Jobs waiting for one of this runner's slots; shared with worker threads.
        self._queue: deque[_Job] = deque()
        self._in_pool = 0  # jobs handed to the pool and not finished
        self._idle = threading.Condition()
        self._deliver.connect(self._on_deliver)

    def run(
        self,
        func: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Failed | None = None,
        *,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        job = _Job(self, self.generation, func, on_done, on_error, on_cancelled)
        if self._synchronous:
            job.run_here()
            return
        with self._idle:
            if self._in_pool >= self.limit:
                self._queue.append(job)
                return
            self._in_pool += 1
        self.pool.start(job)

    def cancel(self) -> None:
        """Drop this runner's queued work; ignore results of its work already running."""
        with self._idle:
            self.generation += 1
            self._queue.clear()

    @property
    def queued(self) -> int:
        """Jobs waiting for one of this runner's slots (not yet in the pool)."""
        with self._idle:
            return len(self._queue)

    @property
    def running(self) -> int:
        """Jobs of this runner in the pool: running, or about to."""
        with self._idle:
            return self._in_pool

    def wait(self, msecs: int = -1) -> bool:
        """Block until this runner's own work is done (shutdown and tests only)."""
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        with self._idle:
            while self._in_pool or self._queue:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._idle.wait(left)
        return True

    @staticmethod
    def wait_all(msecs: int) -> bool:
        """Wait up to ``msecs`` for all background work (every runner's, and VLC's
        warm-up): all of it runs in the one pool. False if some still runs."""
        return Pool.get().waitForDone(msecs)

    def _job_finished(self) -> None:
        """On the worker thread: a slot is free, so the oldest queued job takes it."""
        with self._idle:
            following = self._queue.popleft() if self._queue else None
            if following is None:
                self._in_pool -= 1
                self._idle.notify_all()
        if following is not None:
            self.pool.start(following)

    @Slot(object)
    def _on_deliver(self, outcome: _Outcome) -> None:
        if outcome.generation != self.generation:
            return
        if outcome.callback is not None:
            outcome.callback(outcome.value)
        elif outcome.failed:
            log.error("background task failed: %s", outcome.value)
