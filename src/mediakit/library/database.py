"""Opening the index: one connection per thread, and what to do when it cannot be used.

The index is a cache: deleting it loses nothing, so nothing about it may stop
the program.

- *Damaged* — not a database, malformed, a table missing, another schema
  version: the file (with its ``-wal`` and ``-shm``) is renamed aside as
  ``index.sqlite3.damaged-YYYYMMDD-HHMMSS`` (kept for a bug report, never
  read again) and a new index is built; :data:`LIBRARY_DAMAGED` says so.
  Another version is rebuilt in place with :data:`LIBRARY_OTHER_VERSION`.
- *Busy* — another process holds the write lock: SQLite retries for
  ``timeout`` seconds (its busy handler), then :data:`LIBRARY_BUSY`. At
  opening, the session then uses an index in memory; during a write, the
  write raises :class:`LibraryError` and the index stays as it was.
- *Unavailable* — the folder cannot be made or written: an index in memory
  for this session, :data:`LIBRARY_UNAVAILABLE`.

**Threads.** A :class:`Database` may be shared by threads: each thread gets
its own ``sqlite3`` connection on first use (sqlite3 connections must not
cross threads); WAL lets readers run while one thread writes. A connection
in memory is a shared-cache URI, so every thread sees the same one.
"""

from __future__ import annotations

import itertools
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from mediakit.kit.message import Message
from mediakit.kit.problems import library as say
from mediakit.library import index

NAME = "index.sqlite3"
_memory_ids = itertools.count(1)
log = logging.getLogger(__name__)


class LibraryError(Exception):
    """The index could not do what was asked (busy, damaged meanwhile): ``message``
    says why, for the front end to show. The index is left consistent."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def is_damage(exc: BaseException) -> bool:
    """The file is no index of ours, or a damaged one (not: busy, unreadable, full)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return isinstance(exc, index.SchemaError) or name.startswith(
        ("SQLITE_CORRUPT", "SQLITE_NOTADB")
    )


def is_busy(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)


class Database:
    """The index at ``folder/index.sqlite3``; ``notice`` is what opening it had to say."""

    def __init__(self, folder: Path, timeout: float = 5.0) -> None:
        self.folder = Path(folder)
        self.path = self.folder / NAME
        self.timeout = timeout
        self.notice: Message | None = None
        self._local = threading.local()
        self._memory: str | None = None
        self._keeper: sqlite3.Connection | None = None
        self._open()

    @property
    def in_memory(self) -> bool:
        return self._memory is not None

    def _open(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            conn = index.connect(str(self.path), self.timeout)
        except (OSError, sqlite3.Error) as exc:
            self._to_memory(say.LIBRARY_UNAVAILABLE(reason=_reason(exc)))
            return
        try:
            index.prepare(conn)
        except index.OtherVersionError:
            conn.close()
            self._rebuild(say.LIBRARY_OTHER_VERSION(), aside=False)
            return
        except sqlite3.DatabaseError as exc:
            conn.close()
            if is_busy(exc):
                self._to_memory(say.LIBRARY_BUSY(seconds=f"{self.timeout:g}"))
            elif is_damage(exc):
                self._rebuild(self.set_aside(exc), aside=True)
            else:  # cannot open, read-only, I/O error: not the file's fault, left as it is
                self._to_memory(say.LIBRARY_UNAVAILABLE(reason=_reason(exc)))
            return
        self._local.conn = conn

    def set_aside(self, exc: BaseException) -> Message:
        """Rename the damaged index (and its journal) aside; the message that says so."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{NAME}.damaged-{stamp}")
        log.warning("library index %s damaged (%s): set aside as %s", self.path, exc, aside.name)
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            try:
                if suffix:
                    source.unlink(missing_ok=True)  # a journal of a damaged file: no use
                else:
                    source.replace(aside)
            except OSError:
                pass
        return say.LIBRARY_DAMAGED(reason=_reason(exc), aside=aside.name)

    def _rebuild(self, notice: Message, aside: bool) -> None:
        if not aside:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        try:
            conn = index.connect(str(self.path), self.timeout)
            index.prepare(conn)
        except (OSError, sqlite3.Error) as exc:
            self._to_memory(say.LIBRARY_UNAVAILABLE(reason=_reason(exc)))
            return
        self._local.conn = conn
        self.notice = notice

    def _to_memory(self, notice: Message) -> None:
        self.notice = notice
        self._memory = f"file:mediakit-library-{os.getpid()}-{next(_memory_ids)}"
        self._memory += "?mode=memory&cache=shared"
        self._keeper = index.connect(self._memory, self.timeout, uri=True)
        index.prepare(self._keeper)
        self._local.conn = self._keeper

    def conn(self) -> sqlite3.Connection:
        """This thread's connection, made on first use."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self._memory is not None:
                conn = index.connect(self._memory, self.timeout, uri=True)
            else:
                conn = index.connect(str(self.path), self.timeout)
            try:
                index.configure(conn)
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise self.failed(exc) from None
            self._local.conn = conn
        return conn

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; LibraryError if busy past the timeout or damaged
        (then the index is set aside and rebuilt empty, to be filled again)."""
        conn = self.conn()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise self.failed(exc) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            _rollback(conn)
            raise self.failed(exc) from None
        except BaseException:
            _rollback(conn)
            raise

    def reading(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        try:
            rows: list[tuple[object, ...]] = self.conn().execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise self.failed(exc) from None
        return rows

    def failed(self, exc: sqlite3.DatabaseError) -> LibraryError:
        if is_busy(exc):
            return LibraryError(say.LIBRARY_BUSY(seconds=f"{self.timeout:g}"))
        damaged = is_damage(exc) or "no such" in str(exc)  # a table dropped meanwhile
        if not damaged or self._memory is not None:
            return LibraryError(say.LIBRARY_UNAVAILABLE(reason=_reason(exc)))
        # Damaged while in use: set aside and start again, empty (other threads'
        # connections to the old file are dropped with the thread-local store).
        self.close()
        message = self.set_aside(exc)
        self._local = threading.local()
        self._open()
        return LibraryError(message)

    def close(self) -> None:
        """Close this thread's connection (others close when their thread ends)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None and conn is not self._keeper:
            conn.close()
        self._local.conn = None


def _rollback(conn: sqlite3.Connection) -> None:
    with suppress(sqlite3.Error):
        conn.execute("ROLLBACK")


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
