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

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mediakit import userdirs
from mediakit.kit import load
from mediakit.kit.manifest.limits import MANIFEST_BYTES, TEXT_FILE_BYTES
from mediakit.kit.manifest.model import MANIFEST, Kit, LoadResult, Problem
from mediakit.kit.message import Message
from mediakit.kit.problems import library as say
from mediakit.kit.problems import stored
from mediakit.kit.recognise import is_archive
from mediakit.library import fields, index, scan
from mediakit.library.database import Database, LibraryError
from mediakit.library.index import ELLIPSIS, MARK_END, MARK_START
from mediakit.library.roster import Roster
from mediakit.safeio import read_regular

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
# What of a kit.yaml or a text file is hashed: all the loader would read, and a byte more.
_HASHED_BYTES = max(MANIFEST_BYTES, TEXT_FILE_BYTES)

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


@dataclass(frozen=True)
class Thumbnail:
    """The picture of a kit: a file, or an archive and its member (``member``)."""

    path: Path
    member: str | None = None


@dataclass(frozen=True)
class KitEntry:
    path: Path  # the kit folder or the archive
    title: str  # in the kit's first language; the file name for a kit that does not load
    titles: Mapping[str, str]  # every language's
    kind: str
    year: int | None
    runtime: str | None
    languages: tuple[str, ...]
    archive: bool
    missing: bool
    problem: Problem | None  # the first error when the kit does not load
    problems: int
    thumbnail: Thumbnail | None
    folder: Path | None  # the library folder it was found in; None: added or opened itself
    added: float
    indexed: float
    opened: float | None
    kit_id: str | None = None
    makers: str = ""  # the direction credits' names, else the first credit's: "A, B"
    ai_used: bool = False  # the kit discloses AI use (it has an ai_disclosure)
    signed: bool | None = None  # an archive carries a signature entry; None: a folder


@dataclass(frozen=True)
class Hit:
    """One search result: the kit, the field (``credits[0].names[0]``), the window's
    section to open (:data:`mediakit.gui.sections.SECTIONS` names; ``""``: the
    header), the text's language (``""``: none) and a snippet whose matches sit
    between :data:`MARK_START` and :data:`MARK_END` (see :meth:`marked`)."""

    path: Path
    title: str
    field: str
    section: str
    language: str
    snippet: str
    missing: bool = False
    archive: bool = False

    def marked(self, start: str, end: str) -> str:
        """The snippet with the markers replaced: make it safe for your medium first."""
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    @property
    def plain(self) -> str:
        return self.marked("", "")


@dataclass(frozen=True)
class Indexed:
    """What happened to one kit: ``indexed``, ``unchanged``, ``problem`` (listed
    with ``problems``), ``missing``."""

    path: Path
    status: str
    title: str = ""
    problems: tuple[Problem, ...] = ()


@dataclass
class Report:
    kits: list[Indexed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # folders that could not be read

    @property
    def ok(self) -> bool:
        return not self.problems and all(k.status not in ("problem",) for k in self.kits)


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

    def add_folder(self, folder: Path) -> Report:
        """Keep ``folder`` in the library and index every kit found in it now."""
        folder = normal(folder)
        if folder not in self.roster.folders():
            self.roster.change("folders", folder, time.time())
        return self.refresh([folder])

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

    def refresh(self, paths: Iterable[Path] | None = None) -> Report:
        """Look again: for new kits in the library's folders (or those of ``paths``
        that are folders of it), at every kit known (or those of ``paths`` and
        under them); re-index what changed, flag what vanished."""
        report = Report()
        wanted = None if paths is None else [normal(p) for p in paths]
        folders = self.folders()
        rows = self.db.reading("SELECT path, folder FROM kits")
        known = {Path(str(p)): (str(f) if f else None) for p, f in rows}
        opened = self.roster.kits()
        for path in opened:
            known.setdefault(path, None)  # kept by the reader: indexed again if the index was not
        for folder in folders:
            if wanted is not None and not any(_under(folder, w) for w in wanted):
                continue
            found = scan.find_kits(folder)
            report.problems += found.problems
            for kit in found.kits:
                if kit not in known:
                    known[kit] = str(folder)
                    report.kits.append(self._index(kit, folder, force=False))
        done = {k.path for k in report.kits}
        for kit, kit_folder in sorted(known.items()):
            if kit in done or (wanted is not None and not any(_under(w, kit) for w in wanted)):
                continue
            report.kits.append(self._index(kit, Path(kit_folder) if kit_folder else None, False))
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
        entries = [_entry(row) for row in self.db.reading(sql, tuple(params))]
        if language is not None:
            entries = [e for e in entries if language.lower() in (c.lower() for c in e.languages)]
        return entries

    def kit(self, path: Path) -> KitEntry | None:
        rows = self.db.reading(f"SELECT {_COLUMNS} FROM kits WHERE path = ?", (str(normal(path)),))
        return _entry(rows[0]) if rows else None

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
        if row and not force:
            kit_id, stamp, old_hash, title = row[0]
            if _stamp_same(path, json.loads(str(stamp))):
                return self._present(int(str(kit_id)), path, str(title))
            new_hash = _hash(path, archive, json.loads(str(stamp)))
            if new_hash == old_hash and new_hash:
                with self.db.writing() as conn:
                    conn.execute(
                        "UPDATE kits SET stamp = ?, missing = 0 WHERE id = ?",
                        (json.dumps(_restamp(path, json.loads(str(stamp)))), kit_id),
                    )
                return Indexed(path, "unchanged", str(title))
        return self._read(path, folder, archive)

    def _present(self, kit: int, path: Path, title: str) -> Indexed:
        if self.db.reading("SELECT missing FROM kits WHERE id = ?", (kit,))[0][0]:
            with self.db.writing() as conn:
                conn.execute("UPDATE kits SET missing = 0 WHERE id = ?", (kit,))
        return Indexed(path, "unchanged", title)

    def _read(self, path: Path, folder: Path | None, archive: bool) -> Indexed:
        if archive:
            from mediakit.library.peek import peek

            peeked = peek(path, self._scratch)
            result, digest, signed = peeked.result, peeked.digest, peeked.signed
            try:
                info = path.stat()
                stamp = [["", info.st_size, info.st_mtime_ns]]
            except OSError:
                stamp = [["", -1, -1]]
        else:
            stamp = _restamp(path, [[MANIFEST, -1, -1]])
            result = load(path)
            if result.kit is not None:
                names = [MANIFEST, *_text_files(result.kit)]
                stamp = _restamp(path, [[name, -1, -1] for name in names])
            digest = _hash(path, False, stamp)
            signed = None
        return self._store(path, folder, archive, result, stamp, digest, signed)

    def _store(
        self,
        path: Path,
        folder: Path | None,
        archive: bool,
        result: LoadResult,
        stamp: list[list[object]],
        digest: str,
        signed: bool | None,
    ) -> Indexed:
        kit = result.kit
        errors = result.errors
        now = time.time()
        header: dict[str, object]
        if kit is not None:
            title = kit.text(kit.title, None)
            header = {
                "kit_id": kit.id,
                "title": title,
                "titles": json.dumps(dict(kit.title.values), ensure_ascii=False),
                "kind": kit.text(kit.kind, None),
                "year": kit.year,
                "runtime": kit.runtime,
                "languages": " ".join(kit.languages),
                "makers": fields.makers(kit),
                "ai_used": int(fields.ai_used(kit)),
                "thumbnail": fields.thumbnail_file(kit),
                "problem": None,
                "problems": 0,
            }
        else:
            title = path.name
            first = (errors or result.problems)[0] if result.problems else None
            header = {
                "kit_id": None,
                "title": title,
                "titles": "{}",
                "kind": "",
                "year": None,
                "runtime": None,
                "languages": "",
                "makers": "",
                "ai_used": 0,
                "thumbnail": None,
                "problem": _dump_problem(first) if first else None,
                "problems": len(errors or result.problems),
            }
        values = {
            **header,
            "path": str(path),
            "folder": None if folder is None else str(folder),
            "archive": int(archive),
            "signed": None if signed is None else int(signed),
            "stamp": json.dumps(stamp),
            "hash": digest,
            "missing": 0,
            "added": now,
            "indexed": now,
        }
        rows = [(r.field, r.section, r.language, r.text) for r in fields.rows(kit)] if kit else []
        with self.db.writing() as conn:
            sql = "SELECT id, folder FROM kits WHERE path = ?"
            old = conn.execute(sql, (str(path),)).fetchone()
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
                kit_row = conn.execute(
                    f"INSERT INTO kits({names}) VALUES ({marks})", values
                ).lastrowid
            if rows:
                index.insert_entries(conn, int(kit_row or 0), rows)
        if kit is None:
            return Indexed(path, "problem", title, result.errors or result.problems)
        return Indexed(path, "indexed", title, result.problems)


def _delete_kit(conn: sqlite3.Connection, kit: int) -> None:
    index.delete_entries(conn, kit)
    conn.execute("DELETE FROM kits WHERE id = ?", (kit,))


def _under(folder: Path, path: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def _text_files(kit: Kit) -> list[str]:
    """The text files kit.yaml names (Markdown texts, article bodies), as written."""
    names = [f.written for by in kit.text_files.values() for f in by.values()]
    names += [f.written for a in kit.articles for f in a.body_files.values()]
    return sorted(set(names))


def _file(path: Path, name: str) -> Path:
    return path if not name else path.joinpath(*name.split("/"))


def _restamp(path: Path, stamp: list[list[object]]) -> list[list[object]]:
    out: list[list[object]] = []
    for name, _, _ in stamp:
        try:
            info = _file(path, str(name)).stat()
            out.append([name, info.st_size, info.st_mtime_ns])
        except (OSError, ValueError):
            out.append([name, -1, -1])
    return out


def _stamp_same(path: Path, stamp: list[list[object]]) -> bool:
    return _restamp(path, stamp) == stamp and all(size != -1 for _, size, _ in stamp)


def _hash(path: Path, archive: bool, stamp: list[list[object]]) -> str:
    """An archive's content hash (marked when signed: :func:`peek.index_hash`); a folder
    kit's SHA-256 of its kit.yaml and text files."""
    if archive:
        from mediakit.library.peek import content_hash

        return content_hash(path)
    digest = hashlib.sha256()
    for name, _, _ in stamp:
        digest.update(str(name).encode("utf-8", "surrogateescape") + b"\0")
        try:
            # A regular file only, and bounded: a FIFO swapped in for a text since
            # the kit was read would otherwise block the indexing worker forever.
            digest.update(read_regular(_file(path, str(name)), _HASHED_BYTES, follow_links=True))
        except (OSError, ValueError):
            digest.update(b"\xff missing")
    return digest.hexdigest()


def _dump_problem(problem: Problem) -> str:
    return json.dumps(
        {
            "file": problem.file,
            "line": problem.line,
            "column": problem.column,
            "field": problem.field,
            "message": stored.dump(problem.message),
        },
        ensure_ascii=False,
    )


def _load_problem(text: str) -> Problem | None:
    try:
        data = json.loads(text)
        return Problem(
            str(data["file"]),
            stored.load(data["message"]),
            data["line"],
            data["column"],
            data["field"],
        )
    except (ValueError, KeyError, TypeError):
        return None  # written by another version: the next change re-reads it


def _entry(row: tuple[object, ...]) -> KitEntry:
    (path, folder, archive, kit_id, title, titles, kind, year, runtime, languages,
     makers, ai_used, signed, thumbnail, problem, problems, missing, added, indexed,
     opened) = row  # fmt: skip
    kit_path = Path(str(path))
    picture = None
    if thumbnail:
        picture = (
            Thumbnail(kit_path, str(thumbnail))
            if archive
            else Thumbnail(_file(kit_path, str(thumbnail)))
        )
    first = _load_problem(str(problem)) if problem else None
    return KitEntry(
        path=kit_path,
        title=str(title),
        titles=json.loads(str(titles)),
        kind=str(kind),
        year=int(str(year)) if year is not None else None,
        runtime=str(runtime) if runtime is not None else None,
        languages=tuple(str(languages).split()),
        archive=bool(archive),
        missing=bool(missing),
        problem=first,
        problems=int(str(problems)),
        thumbnail=picture,
        folder=Path(str(folder)) if folder else None,
        added=float(str(added)),
        indexed=float(str(indexed)),
        opened=float(str(opened)) if opened is not None else None,
        kit_id=str(kit_id) if kit_id is not None else None,
        makers=str(makers),
        ai_used=bool(ai_used),
        signed=bool(signed) if archive and signed is not None else None,
    )
