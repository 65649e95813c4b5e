"""The index is a cache: damaged, from another version or held by another
process, it is set aside, rebuilt or waited for — with a message, never a crash."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from mediakit.kit.problems import library as say
from mediakit.library.database import NAME, LibraryError
from mediakit.library.store import Library
from tests.conftest import ROPED
from tests.library.helpers import library, rene_kit


def _index(tmp_path: Path) -> Path:
    return tmp_path / "library" / NAME


def _filled(tmp_path: Path) -> Path:
    lib = library(tmp_path)
    lib.add_folder(ROPED.parent)
    lib.close()
    return _index(tmp_path)


def test_a_fresh_index_says_nothing(tmp_path: Path) -> None:
    lib = library(tmp_path)
    assert lib.notice is None and not lib.db.in_memory
    journal = sqlite3.connect(_index(tmp_path)).execute("PRAGMA journal_mode").fetchone()
    assert journal == ("wal",)


@pytest.mark.parametrize(
    "damage",
    [
        b"this is not a database at all" * 100,
        b"SQLite format 3\x00" + b"\xff" * 5000,
        b"",  # empty: a new database, no damage
    ],
)
def test_a_damaged_file_is_set_aside_and_rebuilt(tmp_path: Path, damage: bytes) -> None:
    index = _index(tmp_path)
    index.parent.mkdir(parents=True)
    index.write_bytes(damage)
    lib = library(tmp_path)
    if damage:
        assert lib.notice is not None and lib.notice.template is say.LIBRARY_DAMAGED
        asides = list(index.parent.glob(f"{NAME}.damaged-*"))
        assert len(asides) == 1 and asides[0].read_bytes() == damage
        assert asides[0].name in lib.notice.render()
    else:
        assert lib.notice is None
    assert not lib.db.in_memory
    lib.add_folder(ROPED.parent)
    assert lib.search("cokau")


def test_a_half_written_index_is_rebuilt(tmp_path: Path) -> None:
    index = _filled(tmp_path)
    data = index.read_bytes()
    index.write_bytes(data[: len(data) // 3])
    lib = library(tmp_path)
    try:
        found = lib.search("cokau")  # either set aside at opening, or on first use
    except LibraryError as error:
        assert error.message.template is say.LIBRARY_DAMAGED
        found = []
    if lib.notice is not None:
        assert lib.notice.template is say.LIBRARY_DAMAGED
    lib.refresh()
    assert lib.search("cokau") or found


def test_a_missing_search_table_is_damage(tmp_path: Path) -> None:
    index = _filled(tmp_path)
    with sqlite3.connect(index) as conn:
        conn.execute("DROP TABLE fts")
    lib = library(tmp_path)
    assert lib.notice is not None and lib.notice.template is say.LIBRARY_DAMAGED
    assert lib.kits() == []  # rebuilt empty, then filled again from the reader's list
    lib.refresh()
    assert lib.search("cokau")


def test_another_schema_version_is_rebuilt(tmp_path: Path) -> None:
    index = _filled(tmp_path)
    with sqlite3.connect(index) as conn:
        conn.execute("PRAGMA user_version = 99")
    lib = library(tmp_path)
    assert lib.notice is not None and lib.notice.template is say.LIBRARY_OTHER_VERSION
    assert not list(index.parent.glob("*.damaged-*"))
    assert lib.kits() == []


def test_an_index_of_the_version_before_makers_is_rebuilt_and_filled_again(
    tmp_path: Path,
) -> None:
    index = _filled(tmp_path)
    with sqlite3.connect(index) as conn:  # version 1: no makers, ai_used or signed
        conn.execute("ALTER TABLE kits DROP COLUMN makers")
        conn.execute("PRAGMA user_version = 1")
    lib = library(tmp_path)
    assert lib.notice is not None and lib.notice.template is say.LIBRARY_OTHER_VERSION
    lib.refresh()
    (roped,) = lib.kits()
    assert (roped.makers, roped.ai_used, roped.signed) == ("Cokau", True, None)


def test_deleting_the_index_loses_nothing(tmp_path: Path) -> None:
    lib = library(tmp_path)
    lib.add_folder(ROPED.parent)
    opened = rene_kit(tmp_path / "elsewhere" / "rene")
    lib.remember_opened(opened)
    lib.close()
    _index(tmp_path).unlink()
    lib = library(tmp_path)
    assert lib.notice is None and lib.kits() == []
    lib.refresh()  # the folders and kits the reader added are not in the cache
    assert lib.folders() == [ROPED.parent]
    assert [e.title for e in lib.kits("opened")] == ["La Nuit de René", "ROPED"]
    assert lib.search("cokau") and lib.search("rene")


def _holding_the_lock(
    index: Path, exclusive: bool = False
) -> tuple[threading.Event, threading.Event]:
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(index, isolation_level=None)
        if exclusive:  # no other connection may even read (locking_mode, not a transaction)
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("UPDATE kits SET missing = missing")
        held.set()
        release.wait(10)
        conn.execute("ROLLBACK")
        conn.close()

    threading.Thread(target=hold, daemon=True).start()
    assert held.wait(10)
    return held, release


def test_a_locked_index_is_waited_for_then_said(tmp_path: Path) -> None:
    index = _filled(tmp_path)
    _, release = _holding_the_lock(index, exclusive=True)
    try:
        lib = Library(index.parent, timeout=0.2)
        assert lib.notice is not None and lib.notice.template is say.LIBRARY_BUSY
        assert lib.db.in_memory  # this session works on, in memory
        lib.add_kit(ROPED)
        assert lib.search("cokau")
    finally:
        release.set()


def test_a_write_that_stays_locked_raises_library_error(tmp_path: Path) -> None:
    index = _filled(tmp_path)
    lib = Library(index.parent, timeout=0.2)
    assert lib.notice is None
    _, release = _holding_the_lock(index)
    try:
        with pytest.raises(LibraryError) as caught:
            lib.add_folder(tmp_path)
        assert caught.value.message.template is say.LIBRARY_BUSY
    finally:
        release.set()
    lib.add_folder(tmp_path)  # free again: works
    assert tmp_path in lib.folders()


def test_an_unwritable_folder_keeps_the_index_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    lib = Library(blocker / "library")
    assert lib.notice is not None and lib.notice.template is say.LIBRARY_UNAVAILABLE
    lib.add_kit(ROPED)
    assert lib.search("cokau")
