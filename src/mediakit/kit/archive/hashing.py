"""SHA-256 of a whole archive computed on a second core while the first one
works on its entries.

hashlib releases the GIL on large buffers, so a thread doubles throughput on
a two-core machine. Queues are bounded: memory stays flat however big the
archive is.

Plain ``threading`` threads, not the GUI's worker pool: ``kit/`` has no Qt (the
command line and the tests use it without a QApplication), and a hasher is
the consumer of one producer for the producer's whole run, so it must start
at once. The producer is often a pool worker itself (the window opens kits
in one): queued in the same pool behind it, the hasher would wait while its
bounded queue fills and blocks the producer — a deadlock once every worker
is such a producer.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from pathlib import Path

from mediakit.kit.archive.model import ArchiveWriteError
from mediakit.kit.problems import archive as say

CHUNK = 1024 * 1024
_DEPTH = 8
# scan's reads. Larger ones measured slower here, not faster: a chunk is read, hashed
# and written out (extraction) while it is still in the processor's cache; at 4 MiB
# it no longer is and a first open took some 40% longer (1 GB: 2.3 s against 1.6 s).
READ_CHUNK = CHUNK


class BackgroundHasher:
    """``feed(chunk)`` from one thread, ``hexdigest()`` once at the end.

    Or, to read without allocating a buffer per chunk: ``buffer()`` lends one
    of a few reusable buffers of ``size`` bytes, ``feed(buffer, count)`` hands
    its first ``count`` bytes over, and the buffer comes back to be lent again
    once hashed. The feeding thread may keep reading a buffer it fed until it
    asks for the next one (the hasher only reads it too).
    """

    def __init__(self, size: int = READ_CHUNK) -> None:
        self._hash = hashlib.sha256()
        self._queue: queue.Queue[tuple[bytes | bytearray, int] | None] = queue.Queue(_DEPTH)
        self._size = size
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._lent = 0  # buffers made so far: at most _DEPTH + 2
        # A plain thread, started now, not queued in a pool: see the module's note.
        self._thread = threading.Thread(target=self._run, name="archive-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            chunk, count = item
            if isinstance(chunk, bytearray):
                self._hash.update(memoryview(chunk)[:count])
                self._free.put(chunk)
            else:
                self._hash.update(chunk)

    def buffer(self) -> bytearray:
        """A buffer of ``size`` bytes to read into and then ``feed``; blocks while all are out."""
        if self._lent < _DEPTH + 2:
            try:
                return self._free.get_nowait()
            except queue.Empty:
                self._lent += 1
                return bytearray(self._size)
        return self._free.get()

    def feed(self, chunk: bytes | bytearray, count: int | None = None) -> None:
        self._queue.put((chunk, len(chunk) if count is None else count))

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def hexdigest(self) -> str:
        self.close()
        return self._hash.hexdigest()


class TrailingFileHasher:
    """Hashes a file being written, reading behind the writer.

    The writer patches each local header after its data, so a byte is final
    only once its entry is finished: ``advance(offset)`` says that everything
    before ``offset`` is final. The bytes are re-read from the page cache.
    """

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDONLY)
        self._hash = hashlib.sha256()
        self._done = 0
        self._queue: queue.Queue[int | None] = queue.Queue()
        self._error: OSError | None = None
        # A plain thread, started now, not queued in a pool: see the module's note.
        self._thread = threading.Thread(target=self._run, name="pack-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while (upto := self._queue.get()) is not None:
                while self._done < upto:
                    # Its own descriptor, read in order: seek + read where pread is missing.
                    os.lseek(self._fd, self._done, os.SEEK_SET)
                    chunk = os.read(self._fd, min(CHUNK, upto - self._done))
                    if not chunk:
                        raise ArchiveWriteError(say.SHRANK())
                    self._hash.update(chunk)
                    self._done += len(chunk)
        except OSError as exc:
            self._error = exc
            while self._queue.get() is not None:  # drain so that close() never blocks
                pass

    def advance(self, offset: int) -> None:
        self._queue.put(offset)

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def hexdigest(self) -> str:
        self.close()
        if self._error is not None:
            raise self._error
        return self._hash.hexdigest()
