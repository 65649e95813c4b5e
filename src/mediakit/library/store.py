"""The library: every kit the reader opened or keeps in the folders they added,
indexed for one search box. The public API of the window and the command line.

``Library()`` opens (or makes) the index in the user's data folder
(:func:`default_folder`). Its methods never raise for a bad kit, folder or
path: what went wrong comes back as :class:`~mediakit.kit.manifest.model.Problem`
objects. The index itself may be busy or damaged: then a method raises
:class:`LibraryError`, whose ``message`` the front end shows; after a damage,
the index has been set aside and rebuilt empty (:meth:`Library.refresh` fills
it again). :attr:`Library.notice` says what opening it had to do (rebuilt,
in memory only), else None.

**Change.** :meth:`refresh` looks at each kit's files' sizes and times
(``stat`` only: cheap enough to run whenever a watched folder changes); when
one differs, at their SHA-256 (kit.yaml and its text files; an archive's
``checksums.sha256``); when that differs too, the kit is indexed again. A kit
that is no longer there stays listed, flagged ``missing`` (a disk may be
unmounted), until the reader removes it.

**A kit with problems** (one that does not load) is listed with its first
problem and the number of problems, titled by its file name; nothing of it
is searchable until it loads. A kit with warnings only is indexed in full.

**Threads.** One :class:`Library` may be shared: each thread has its own
SQLite connection (see :mod:`mediakit.library.database`). Indexing takes a
while (a folder of many kits: run it in a worker); search and
:meth:`kits` are fast enough for the GUI thread (milliseconds).
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from mediakit import userdirs
from mediakit.kit.manifest.model import MANIFEST, Problem
from mediakit.kit.manifest.yamlread import no_cycle_collection
from mediakit.kit.message import Message
from mediakit.kit.problems import library as say
from mediakit.kit.recognise import is_archive
from mediakit.library import index, readers, scan, stamps
from mediakit.library.database import Database, LibraryError
from mediakit.library.entries import Hit, Indexed, KitEntry, Report, Thumbnail, entry_of
from mediakit.library.index import ELLIPSIS, MARK_END, MARK_START
from mediakit.library.reading import Reading
from mediakit.library.roster import Roster

__all__ = [
    "ELLIPSIS",
    "MARK_END",
    "MARK_START",
    "Hit",
    "Indexed",
    "KitEntry",
    "Library",
    "LibraryError",
    "Report",
    "Thumbnail",
    "default_folder",
    "query_words",
]
WRITE_BATCH = 64  # kits written per transaction when many are indexed
Progress = Callable[[int, int], None]  # kits read and written so far, of how many

SORTS = {
    "title": "title COLLATE NOCASE, path",
    "year": "year IS NULL, year DESC, title COLLATE NOCASE",
    "added": "added DESC, path",
    "opened": "opened IS NULL, opened DESC, title COLLATE NOCASE",
    "path": "path",
}
_COLUMNS = (
    "path, folder, archive, kit_id, title, titles, kind, year, runtime, languages, "
    "makers, ai_used, signed, thumbnail, problem, problems, missing, added, indexed, opened"
)


def query_words(query: str) -> list[str]:
    """The words a query searches for, as the search reads them: for the window to
    highlight them in the section it opens (each is a prefix; compare them with the
    text through :func:`mediakit.library.snippets.fold`, or mark the text with
    :func:`mediakit.library.snippets.snippet`'s rules)."""
    return index.words(query)


def default_folder() -> Path:
    """Where the index lives: ``$XDG_DATA_HOME/mediakit/mediakit/library`` on Linux."""
    return userdirs.app_data_dir() / "library"


def normal(path: Path | str) -> Path:
    """The path the library knows a kit or folder by: absolute, a kit.yaml's folder."""
    path = Path(os.path.normpath(Path(path).absolute()))
    if path.name == MANIFEST and not path.is_dir():
        path = path.parent
    return path


class Library:
    def __init__(self, folder: Path | None = None, timeout: float = 5.0) -> None:
        self.db = Database(default_folder() if folder is None else folder, timeout)
        self.notice: Message | None = self.db.notice
        self._scratch = self.db.folder / "scratch"
        self.roster = Roster(self.db.folder)

    def close(self) -> None:
        self.db.close()

    # -- folders ---------------------------------------------------------------------

    def folders(self) -> list[Path]:
        """The folders the reader added, searched for kits by :meth:`refresh`."""
        return self.roster.folders()

    def add_folder(self, folder: Path, progress: Progress | None = None) -> Report:
        """Keep ``folder`` in the library and index every kit found in it now."""
        folder = normal(folder)
        if folder not in self.roster.folders():
            self.roster.change("folders", folder, time.time())
        return self.refresh([folder], progress)

    def remove_folder(self, folder: Path) -> bool:
        """Forget ``folder`` and the kits found only through it (not those added or
        opened themselves); False if it was not a folder of the library."""
        folder = normal(folder)
        if not self.roster.change("folders", folder, None, remove=True):
            return False
        own = {str(path) for path in self.roster.kits()}
        with self.db.writing() as conn:
            rows = conn.execute("SELECT id, path FROM kits WHERE folder = ?", (str(folder),))
            for kit, path in rows.fetchall():
                if path not in own:
                    _delete_kit(conn, kit)
            conn.execute("UPDATE kits SET folder = NULL WHERE folder = ?", (str(folder),))
        return True

    def watched(self) -> list[Path]:
        """What the window should watch (QFileSystemWatcher) and :meth:`refresh` on change:
        the library's folders and every kit folder (archives: their folder)."""
        rows = self.db.reading("SELECT path, archive FROM kits WHERE missing = 0")
        paths = {Path(str(p)).parent if a else Path(str(p)) for p, a in rows}
        return sorted(paths | set(self.folders()))

    # -- kits ------------------------------------------------------------------------

    def add_kit(self, path: Path) -> Indexed:
        """Keep the kit at ``path`` (folder, kit.yaml or archive) in the library and
        index it now, or say why not (it is listed with its problem all the same)."""
        path = normal(path)
        kits = self.roster.kits()
        if path not in kits:
            self.roster.change("kits", path, None)
        return self._index(path, None, force=False)

    def remember_opened(self, path: Path) -> Indexed:
        """A kit the reader opened (``mediakit open``, the window): kept, indexed if
        new or changed, its time of opening kept (``kits(sort="opened")``). Takes
        milliseconds for a kit already indexed and unchanged; call it from a worker."""
        path = normal(path)
        now = time.time()
        self.roster.change("kits", path, now)
        done = self._index(path, None, force=False)
        with self.db.writing() as conn:
            conn.execute("UPDATE kits SET opened = ? WHERE path = ?", (now, str(path)))
        return done

    def remove(self, path: Path) -> bool:
        """Forget a folder of the library or a kit (nothing is deleted on disk);
        False if it was neither."""
        if self.remove_folder(path):
            return True
        path = normal(path)
        listed = self.roster.change("kits", path, None, remove=True)
        with self.db.writing() as conn:
            found = conn.execute("SELECT id FROM kits WHERE path = ?", (str(path),))
            row = found.fetchone()
            if row is not None:
                _delete_kit(conn, row[0])
        return listed or row is not None

    def refresh(
        self, paths: Iterable[Path] | None = None, progress: Progress | None = None
    ) -> Report:
        """Look again: for new kits in the library's folders (or those of ``paths``
        that are folders of it), at every kit known (or those of ``paths`` and
        under them); re-index what changed, flag what vanished. ``progress(done,
        total)`` is called after each batch of kits read is in the index."""
        report = Report()
        wanted = None if paths is None else [normal(p) for p in paths]
        folders = self.folders()
        rows = self.db.reading("SELECT path, folder FROM kits")
        known = {Path(str(p)): (str(f) if f else None) for p, f in rows}
        opened = self.roster.kits()
        for path in opened:
            known.setdefault(path, None)  # kept by the reader: indexed again if the index was not
        todo: list[tuple[Path, Path | None]] = []
        real_known: set[str] | None = None
        for folder in folders:
            if wanted is not None and not any(_under(folder, w) for w in wanted):
                continue
            found = scan.find_kits(folder)
            report.problems += found.problems
            for kit in found.kits:
                if kit in known:
                    continue
                if real_known is None:  # only when something new is found: a stat a kit
                    real_known = {os.path.realpath(path) for path in known}
                real = os.path.realpath(kit)
                if real in real_known:
                    continue  # a kit already known, reached here through a link
                real_known.add(real)
                known[kit] = str(folder)
                todo.append((kit, folder))
        new = {kit for kit, _ in todo}
        for kit, kit_folder in sorted(known.items()):
            if kit in new or (wanted is not None and not any(_under(w, kit) for w in wanted)):
                continue
            todo.append((kit, Path(kit_folder) if kit_folder else None))
        report.kits += self._index_many(todo, force=False, progress=progress)
        with self.db.writing() as conn:  # an index rebuilt meanwhile learns the openings again
            conn.executemany(
                "UPDATE kits SET opened = ? WHERE path = ? AND opened IS NULL",
                [(when, str(path)) for path, when in opened.items() if when is not None],
            )
        return report

    def kits(
        self,
        sort: str = "title",
        *,
        kind: str | None = None,
        year: int | None = None,
        language: str | None = None,
        missing: bool | None = None,
        ai: bool | None = None,
        signed: bool | None = None,
    ) -> list[KitEntry]:
        """The kits, sorted (``title``, ``year``, ``added``, ``opened``, ``path``) and
        filtered: ``kind`` (as shown, without case), ``year``, ``language`` (one of
        the kit's), ``missing`` (True: only those gone; False: only those there),
        ``ai`` (True: only those that disclose AI use; False: only those that do
        not), ``signed`` (True: archives that carry a signature; False: archives
        that do not; folders are neither)."""
        where: list[str] = []
        params: list[object] = []
        if kind is not None:
            where.append("kind = ? COLLATE NOCASE")
            params.append(kind)
        if year is not None:
            where.append("year = ?")
            params.append(year)
        if missing is not None:
            where.append("missing = ?")
            params.append(int(missing))
        if ai is not None:
            where.append("ai_used = ?")
            params.append(int(ai))
        if signed is not None:
            where.append("archive = 1 AND signed = ?")
            params.append(int(signed))
        sql = f"SELECT {_COLUMNS} FROM kits"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {SORTS.get(sort, SORTS['title'])}"
        entries = [entry_of(row) for row in self.db.reading(sql, tuple(params))]
        if language is not None:
            entries = [e for e in entries if language.lower() in (c.lower() for c in e.languages)]
        return entries

    def kit(self, path: Path) -> KitEntry | None:
        rows = self.db.reading(f"SELECT {_COLUMNS} FROM kits WHERE path = ?", (str(normal(path)),))
        return entry_of(rows[0]) if rows else None

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """The best ``limit`` hits for ``query`` as the reader typed it (any text:
        it is never read as query syntax); [] for a query with no word."""
        try:
            matches = index.search(self.db.conn(), query, limit)
        except sqlite3.DatabaseError as exc:  # busy, or damaged meanwhile
            raise self.db.failed(exc) from None
        if not matches:
            return []
        ids = sorted({m.kit for m in matches})
        marks = ",".join("?" * len(ids))
        kits = {
            row[0]: row[1:]
            for row in self.db.reading(
                f"SELECT id, path, title, missing, archive FROM kits WHERE id IN ({marks})",
                tuple(ids),
            )
        }
        hits = []
        for m in matches:
            path, title, gone, archive = kits[m.kit]
            hits.append(
                Hit(
                    Path(str(path)), str(title), m.field, m.section, m.language, m.snippet,
                    bool(gone), bool(archive),
                )
            )  # fmt: skip
        return hits

    # -- indexing --------------------------------------------------------------------

    def _index(self, path: Path, folder: Path | None, force: bool) -> Indexed:
        done = self._index_many([(path, folder)], force)
        return done[0]

    def _index_many(
        self,
        kits: list[tuple[Path, Path | None]],
        force: bool,
        progress: Progress | None = None,
    ) -> list[Indexed]:
        """Each of ``kits`` (path, the library folder it was found in) looked at, and
        read again where it changed: many at once in worker processes
        (:mod:`mediakit.library.readers`), written in transactions of
        :data:`WRITE_BATCH` kits — one per kit cost the index a third of its time."""
        outcomes: dict[Path, Indexed] = {}
        to_read: list[Path] = []
        for path, _folder in kits:
            known = self._triage(path, force)
            if known is None:
                to_read.append(path)
            else:
                outcomes[path] = known
        readings = readers.read_kits(to_read, self._scratch)
        # The readings are many objects and no cycle: the collector's passes over
        # them cost a tenth of the index's time (measured here).
        with no_cycle_collection():
            self._write(readings, dict(kits), len(to_read), progress, outcomes)
        return [outcomes[path] for path, _ in kits]

    def _write(
        self,
        readings: Iterator[Reading],
        folders: Mapping[Path, Path | None],
        total: int,
        progress: Progress | None,
        outcomes: dict[Path, Indexed],
    ) -> None:
        """Each reading into the index as it comes, :data:`WRITE_BATCH` a transaction."""
        written = 0
        while batch := list(itertools.islice(readings, WRITE_BATCH)):
            with self.db.writing() as conn:
                searchable = []
                for reading in batch:
                    kit_row = _store(conn, reading, folders[reading.path])
                    searchable.append((kit_row, reading.rows))
                    status = "indexed" if reading.loaded else "problem"
                    outcomes[reading.path] = Indexed(
                        reading.path, status, reading.title, reading.problems
                    )
                index.insert_entries(conn, searchable)
            written += len(batch)
            if progress is not None:
                progress(written, total)

    def _triage(self, path: Path, force: bool) -> Indexed | None:
        """What is known of ``path`` without reading it (missing, unchanged), else None."""
        # A kit that did not load is read again each time: which of its files
        # (a still, a text) will make it load is not known.
        sql = "SELECT id, stamp, hash, title FROM kits WHERE path = ? AND kit_id IS NOT NULL"
        row = self.db.reading(sql, (str(path),))
        archive = is_archive(path)
        if not archive and not (path / MANIFEST).exists() and not path.is_dir():
            known = self.db.reading("SELECT id, title FROM kits WHERE path = ?", (str(path),))
            if known:
                with self.db.writing() as conn:
                    conn.execute("UPDATE kits SET missing = 1 WHERE id = ?", (known[0][0],))
                return Indexed(path, "missing", str(known[0][1]))
            problem = Problem(str(path), say.KIT_MISSING())
            return Indexed(path, "problem", problems=(problem,))
        if not row or force:
            return None
        kit_id, stamp, old_hash, title = row[0]
        if stamps.stamp_same(path, json.loads(str(stamp))):
            return self._present(int(str(kit_id)), path, str(title))
        new_hash = stamps.content_hash(path, archive, json.loads(str(stamp)))
        if new_hash != old_hash or not new_hash:
            return None
        with self.db.writing() as conn:
            conn.execute(
                "UPDATE kits SET stamp = ?, missing = 0 WHERE id = ?",
                (json.dumps(stamps.restamp(path, json.loads(str(stamp)))), kit_id),
            )
        return Indexed(path, "unchanged", str(title))

    def _present(self, kit: int, path: Path, title: str) -> Indexed:
        if self.db.reading("SELECT missing FROM kits WHERE id = ?", (kit,))[0][0]:
            with self.db.writing() as conn:
                conn.execute("UPDATE kits SET missing = 0 WHERE id = ?", (kit,))
        return Indexed(path, "unchanged", title)


def _store(conn: sqlite3.Connection, reading: Reading, folder: Path | None) -> int:
    """``reading``'s kit row written (its search rows dropped: the caller writes the
    new ones), in the caller's transaction; its row id."""
    path = reading.path
    now = time.time()
    values = {
        **reading.header,
        "path": str(path),
        "folder": None if folder is None else str(folder),
        "archive": int(reading.archive),
        "signed": None if reading.signed is None else int(reading.signed),
        "stamp": json.dumps(reading.stamp),
        "hash": reading.digest,
        "missing": 0,
        "added": now,
        "indexed": now,
    }
    old = conn.execute("SELECT id, folder FROM kits WHERE path = ?", (str(path),)).fetchone()
    if old is not None:
        kit_row = old[0]
        if old[1] is not None and folder is None:
            values["folder"] = old[1]  # opened again: still found in its folder
        values.pop("added")
        sets = ", ".join(f"{name} = :{name}" for name in values)
        conn.execute(f"UPDATE kits SET {sets} WHERE id = :id", {**values, "id": kit_row})
        index.delete_entries(conn, kit_row)
    else:
        names = ", ".join(values)
        marks = ", ".join(f":{name}" for name in values)
        kit_row = conn.execute(f"INSERT INTO kits({names}) VALUES ({marks})", values).lastrowid
    return int(kit_row or 0)


def _delete_kit(conn: sqlite3.Connection, kit: int) -> None:
    index.delete_entries(conn, kit)
    conn.execute("DELETE FROM kits WHERE id = ?", (kit,))


def _under(folder: Path, path: Path) -> bool:
    return path == folder or path.is_relative_to(folder)
