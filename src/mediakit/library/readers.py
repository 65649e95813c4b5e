"""Many kits read at once: in worker processes when there are enough of them.

Reading a kit (:func:`mediakit.library.reading.read_kit`) is CPU work in
Python — YAML, every rule of the format, the search rows — so threads would
take turns on the GIL. A folder of hundreds of kits is read by a pool of
processes, one per core, while the caller writes each reading to the index
as it arrives, in order. A process with Qt loaded or other threads running
(the window) *spawns* them: a fork would copy Qt's threads' locks in an
unknown state. The command line (one thread, no Qt) forks them on Linux,
which spares each the start of an interpreter and the loader's import.
A spawned worker imports the program's main module, as multiprocessing does:
a program that indexes many kits must guard its own with
``if __name__ == "__main__":``, as mediakit's entry points do.

Below :data:`PARALLEL_FROM` kits starting processes costs more than it saves
(some 150 ms each, to import the loader), so they are read here. A pool that
cannot start or breaks (a worker killed) leaves the rest to this process:
reading never fails because of the pool.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from mediakit.cores import cpu_count
from mediakit.library.reading import Reading, read_kit

log = logging.getLogger(__name__)

PARALLEL_FROM = 48  # kits to read; fewer are read in this process
KITS_PER_WORKER = 24  # no more workers than would each get this many kits
MAX_WORKERS = 8
BATCH = 8  # kits a worker reads per call: fewer round trips (4 and 16 measured no better)


def read_kits(paths: Sequence[Path], scratch: Path) -> Iterator[Reading]:
    """A :class:`Reading` of each of ``paths``, in their order, as they are ready.
    Closing the iterator early cancels what has not started."""
    workers = min(MAX_WORKERS, cpu_count(), len(paths) // KITS_PER_WORKER)
    if len(paths) < PARALLEL_FROM or workers < 2:
        for path in paths:
            yield read_kit(path, scratch)
        return
    done = 0
    try:
        pool = ProcessPoolExecutor(workers, mp_context=start_method(), initializer=_quiet_collector)
    except (OSError, ValueError) as exc:  # no processes here (a sandbox, a limit)
        log.warning("reading kits in this process: cannot start workers: %s", exc)
    else:
        with pool:
            batches = [paths[i : i + BATCH] for i in range(0, len(paths), BATCH)]
            futures: list[Future[list[Reading]]] = [
                pool.submit(_read_batch, batch, scratch) for batch in batches
            ]
            try:
                for future in futures:
                    for reading in future.result():
                        done += 1
                        yield reading
            except (BrokenProcessPool, OSError) as exc:
                log.warning("reading the other kits in this process: %s", exc)
            finally:
                for future in futures:
                    future.cancel()
    for path in paths[done:]:
        yield read_kit(path, scratch)


def start_method() -> multiprocessing.context.BaseContext:
    """Fork where it is safe (Linux, one thread, no Qt), else spawn."""
    alone = threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules
    return multiprocessing.get_context("fork" if alone and sys.platform == "linux" else "spawn")


def _quiet_collector() -> None:
    """A reading process makes tens of thousands of objects a kit and no garbage
    cycle worth collecting (the loader pauses the collector the same way), and
    lives only as long as one refresh: its cycle collector stays off. Pausing it
    per batch cost as much again, the deferred collection coming at once after
    (a fifth of the reading processes' time, measured here)."""
    gc.disable()


def _read_batch(paths: Sequence[Path], scratch: Path) -> list[Reading]:
    return [read_kit(path, scratch) for path in paths]
