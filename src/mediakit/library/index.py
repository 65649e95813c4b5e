"""The library's index: one SQLite database (stdlib ``sqlite3``, FTS5), a cache
(what the reader added themselves is kept apart: :mod:`mediakit.library.roster`).

Schema (version :data:`SCHEMA_VERSION`, kept in ``PRAGMA user_version``; any
other version is rebuilt, never migrated — every row can be made again from
the kits):

- ``kits``: one row per kit (folder or archive, by absolute path): where it
  was found, what it was read from (``stamp``: JSON ``[[file, size,
  mtime_ns], …]``, and ``hash``), its header (title, kind, year, runtime,
  languages, makers, whether it discloses AI use, whether an archive carries
  a signature: NULL for a folder), its thumbnail's file as kit.yaml writes it,
  its first problem (a stored :class:`~mediakit.kit.message.Message`),
  ``missing``, and when it was added, indexed and last opened. An archive's
  ``hash`` is marked when it is signed: signing keeps its content hash.
- ``entries(id, kit, field, section, language, text)``: one row per
  :class:`mediakit.library.fields.Row`, so a hit names its field and section.
- ``fts``: an FTS5 index over ``entries.text`` (external content,
  ``tokenize='unicode61 remove_diacritics 2'``: case and diacritics folded,
  "rene" finds "René"). No prefix indexes: a prefix query scans the term range,
  a few milliseconds on 1,000 kits, while the indexes cost 15 % of indexing.

Journal in WAL mode: readers never wait for the writer.

**Match markers.** A snippet (:mod:`mediakit.library.snippets`) marks
each match with :data:`MARK_START` and :data:`MARK_END`, two private-use
characters (U+E000, U+E001) that no kit text may hold: they are stripped
from every text before it is indexed (:func:`clean`) and from every query,
so a kit cannot forge a highlight. A front end first makes the snippet safe
for its medium (escape it for HTML or a terminal), then replaces the two
markers with its own marks.

**User text never reaches FTS5 syntax raw** (:func:`match_expression`): the
query is cut into words (letters and digits), each quoted and given ``*``
for a prefix match; ``"``, ``NEAR(``, ``*``, ``-`` or ``AND`` are plain words
or nothing.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from mediakit.library import snippets
from mediakit.library.snippets import ELLIPSIS, MARK_END, MARK_START

__all__ = ["ELLIPSIS", "MARK_END", "MARK_START", "SCHEMA_VERSION", "match_expression", "search"]

SCHEMA_VERSION = 3  # 2: makers, ai_used, signed; 3: no prefix indexes (indexing 15 % faster)
CANDIDATES = 1000
# Segments merged 16 at a time, not 4: a kit is one transaction, so one small segment,
# and merging them 4 by 4 cost a quarter of the index's time (queries stay fast).
AUTOMERGE = 16
MIN_PREFIX = 2
MAX_QUERY_CHARS = 256
MAX_QUERY_WORDS = 12
_MARKS = str.maketrans("", "", MARK_START + MARK_END)
_WORD = re.compile(r"[^\W_]+")

SCHEMA = f"""
CREATE TABLE kits(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    folder TEXT,
    archive INTEGER NOT NULL,
    stamp TEXT NOT NULL,
    hash TEXT NOT NULL,
    kit_id TEXT,
    title TEXT NOT NULL,
    titles TEXT NOT NULL,
    kind TEXT NOT NULL,
    year INTEGER,
    runtime TEXT,
    languages TEXT NOT NULL,
    makers TEXT NOT NULL DEFAULT '',
    ai_used INTEGER NOT NULL DEFAULT 0,
    signed INTEGER,
    thumbnail TEXT,
    problem TEXT,
    problems INTEGER NOT NULL,
    missing INTEGER NOT NULL DEFAULT 0,
    added REAL NOT NULL,
    indexed REAL NOT NULL,
    opened REAL
);
CREATE INDEX kits_folder ON kits(folder);
CREATE TABLE entries(
    id INTEGER PRIMARY KEY,
    kit INTEGER NOT NULL,
    field TEXT NOT NULL,
    section TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX entries_kit ON entries(kit);
CREATE VIRTUAL TABLE fts USING fts5(
    text, content='entries', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO fts(fts, rank) VALUES ('automerge', {AUTOMERGE});
PRAGMA user_version = {SCHEMA_VERSION};
"""
TABLES = frozenset({"kits", "entries", "fts"})


class SchemaError(sqlite3.DatabaseError):
    """The file is a database, but not (or no longer) our index: rebuild it."""


class OtherVersionError(SchemaError):
    """Our index, made by another version of mediakit."""


def clean(text: str) -> str:
    """``text`` as indexed: composed (NFC), the match markers taken out."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if MARK_START in text or MARK_END in text:  # translate is slow: only when needed
        text = text.translate(_MARKS)
    return text


def words(query: str) -> list[str]:
    """The words of a query (letters and digits), folded as the index folds them by FTS5."""
    return _WORD.findall(clean(query[:MAX_QUERY_CHARS]))[:MAX_QUERY_WORDS]


def match_expression(query: str, any_word: bool = False) -> str | None:
    """An FTS5 query: every word quoted, as a prefix (from :data:`MIN_PREFIX`
    letters); all of them, or ``any_word``. None when the query has no word."""
    found = words(query)
    if not found:
        return None
    # One letter is matched whole: as a prefix it would be most of the index.
    terms = (f'"{word}"*' if len(word) >= MIN_PREFIX else f'"{word}"' for word in found)
    return (" OR " if any_word else " ").join(terms)


def connect(target: str, timeout: float, uri: bool = False) -> sqlite3.Connection:
    """A connection for one thread: autocommit (transactions are explicit), WAL."""
    return sqlite3.connect(target, timeout=timeout, isolation_level=None, uri=uri)


def configure(conn: sqlite3.Connection) -> None:
    """Per connection: WAL's usual durability (a crash may lose the last write, never
    the file; the index is a cache). Reads the file: sqlite3 errors if it is damaged."""
    conn.execute("PRAGMA synchronous = NORMAL")


def prepare(conn: sqlite3.Connection) -> None:
    """Create the schema in an empty database, or check it is ours; SchemaError if not.
    Raises sqlite3's own errors for a file that is no database or a busy one."""
    configure(conn)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if version == 0 and not names:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript("BEGIN IMMEDIATE;" + SCHEMA + "COMMIT;")
        return
    if version != SCHEMA_VERSION:
        raise OtherVersionError(f"schema version {version}")
    missing = TABLES - names
    if missing:
        raise SchemaError(f"no table {', '.join(sorted(missing))}")
    conn.execute("PRAGMA journal_mode = WAL")
    # Touch the search index itself: a damaged FTS5 structure says so here.
    conn.execute("SELECT rowid FROM fts WHERE fts MATCH '\"mediakit\"' LIMIT 1").fetchall()


@dataclass(frozen=True)
class Match:
    kit: int
    field: str
    section: str
    language: str
    snippet: str


def delete_entries(conn: sqlite3.Connection, kit: int) -> None:
    conn.execute(
        "INSERT INTO fts(fts, rowid, text) SELECT 'delete', id, text FROM entries WHERE kit = ?",
        (kit,),
    )
    conn.execute("DELETE FROM entries WHERE kit = ?", (kit,))


def insert_entries(
    conn: sqlite3.Connection, kits: list[tuple[int, list[tuple[str, str, str, str]]]]
) -> None:
    """Each kit's rows of (field, section, language, text), the text already
    :func:`clean` (the reading processes clean it); many kits at once: one FTS5
    insert for all makes one segment, not one a kit."""
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM entries").fetchone()[0]
    numbered = ((kit, *row) for kit, rows in kits for row in rows)
    conn.executemany(
        "INSERT INTO entries(id, kit, field, section, language, text) VALUES (?, ?, ?, ?, ?, ?)",
        ((first + i, *row) for i, row in enumerate(numbered)),
    )
    new = "INSERT INTO fts(rowid, text) SELECT id, text FROM entries WHERE id >= ?"
    conn.execute(new, (first,))


def search(conn: sqlite3.Connection, query: str, limit: int) -> list[Match]:
    """The best ``limit`` matches of ``query``: rows holding all its words, else any.

    Ranked by FTS5's bm25 when there are at most :data:`CANDIDATES` matching
    rows (ranking costs some microseconds a row); beyond, the first
    :data:`CANDIDATES` rows are ranked by their field (a title, a name before
    a long text) and length, so that a word found everywhere (the first
    letter typed) still answers in milliseconds.
    """
    found = words(query)
    expression, ids = None, []
    for any_word in (False, True):
        if not found or (any_word and len(found) < 2):
            break
        expression = match_expression(query, any_word)
        ids = _column(
            conn, "SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?", expression, CANDIDATES + 1
        )
        if ids:
            break
    if not ids:
        return []
    if len(ids) <= CANDIDATES:
        ranked = _column(
            conn,
            "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?",
            expression,
            limit * 3,
        )
        rows = _entries(conn, ranked)
    else:  # ranked by field and length, the texts read for the chosen rows only
        kinds = conn.execute(
            "SELECT id, field, length(text) FROM entries WHERE id IN "
            "(SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?)",
            (expression, CANDIDATES),
        ).fetchall()
        kinds.sort(key=lambda row: (field_weight(row[1]), row[2], row[0]))
        rows = _entries(conn, [row[0] for row in kinds[: limit * 3]])
    seen: set[tuple[object, ...]] = set()
    matches = []
    for _, kit, field, section, language, text in rows:
        marked = snippets.snippet(str(text), tuple(found))
        if (kit, field, marked) in seen:
            continue  # the same words in two languages: one hit
        seen.add((kit, field, marked))
        matches.append(Match(int(str(kit)), str(field), str(section), str(language), marked))
        if len(matches) == limit:
            break
    return matches


def _column(conn: sqlite3.Connection, sql: str, *params: object) -> list[int]:
    return [row[0] for row in conn.execute(sql, params)]


def _entries(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[object, ...]]:
    """The entries ``ids`` in that order: (id, kit, field, section, language, text)."""
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT id, kit, field, section, language, text FROM entries WHERE id IN ({marks})", ids
    ).fetchall()
    order = {row_id: i for i, row_id in enumerate(ids)}
    return sorted(rows, key=lambda row: order[row[0]])


# A field's place among many equal matches: titles and names first, long texts last.
_WEIGHTS = {
    "title": 0, "names": 1, "name": 1, "by": 1, "kind": 2, "logline": 2, "role": 2,
    "roles": 2, "event": 2, "prize": 2, "author": 2, "publication": 2,
    "synopsis": 4, "statement": 4, "ai_disclosure": 4, "body": 4, "bio": 4,
}  # fmt: skip


def field_weight(field: str) -> int:
    """0 for a title … 4 for a long text; 3 for the rest (captions, quotes, specs)."""
    last = field.rsplit(".", 1)[-1].split("[", 1)[0]
    return _WEIGHTS.get(last, 3)
