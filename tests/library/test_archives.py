"""Archives are indexed from kit.yaml and their text files, read in the ZIP:
their media are never unpacked, nothing is written outside the library's
folder, and a damaged or unsafe archive is listed with its problem."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from mediakit.library import peek
from mediakit.library.store import Library
from tests.conftest import ROPED
from tests.library.helpers import library, packed, rene_kit


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).digest()
        for path in root.rglob("*")
        if path.is_file()
    }


def test_nothing_is_written_outside_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR"):
        monkeypatch.setenv(name, str(home / name.lower()))
    (home / "tmpdir").mkdir(parents=True)
    archive = packed(ROPED, tmp_path / "kits" / "roped.mediakit")
    before = _files(tmp_path)
    lib = Library(tmp_path / "library")
    assert lib.add_folder(tmp_path / "kits").ok
    assert lib.search("smad")
    after = _files(tmp_path)
    written = {name for name in after if after[name] != before.get(name)}
    assert written and all(name.startswith("library/") for name in written)
    assert not (tmp_path / "library" / "scratch").exists() or not any(
        (tmp_path / "library" / "scratch").iterdir()
    )
    assert archive.stat().st_size > 4_000_000  # the film is in it, and never read


def test_media_are_not_read_beyond_their_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = packed(ROPED, tmp_path / "roped.mediakit")
    asked: list[tuple[str, int]] = []
    real = peek._data

    def spy(handle: object, entry: peek.Entry, cap: int) -> bytes:
        asked.append((entry.name, cap))
        return real(handle, entry, cap)  # type: ignore[arg-type]

    monkeypatch.setattr(peek, "_data", spy)
    assert library(tmp_path).add_kit(archive).status == "indexed"
    caps = dict(asked)
    assert caps["film/roped.mp4"] == peek.HEAD and caps["stills/01-desert.jpg"] == peek.HEAD
    assert caps["synopsis.fr.md"] > peek.HEAD and caps["kit.yaml"] > peek.HEAD


def _rewrite(archive: Path, change: dict[str, bytes]) -> None:
    with zipfile.ZipFile(archive) as old:
        items = [(info, old.read(info)) for info in old.infolist()]
    archive.unlink()
    with zipfile.ZipFile(archive, "w") as new:
        for info, data in items:
            new.writestr(info, change.get(info.filename, data))


def test_a_text_that_fails_its_checksum_is_a_problem(tmp_path: Path) -> None:
    archive = packed(rene_kit(tmp_path / "src"), tmp_path / "rene.mediakit")
    _rewrite(archive, {"synopsis.md": b"Forged words."})
    done = library(tmp_path).add_kit(archive)
    assert done.status == "problem"
    assert [p.field for p in done.problems] == ["synopsis.md"]


def test_not_an_archive_and_an_unsafe_one(tmp_path: Path) -> None:
    lib = library(tmp_path)
    junk = tmp_path / "junk.mediakit"
    junk.write_bytes(os.urandom(3000))
    assert lib.add_kit(junk).status == "problem"
    evil = tmp_path / "evil.mediakit"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("kit.yaml", "mediakit: 1\nid: evil\ntitle: Evil\n")
        z.writestr("../outside.md", "escape")
    done = lib.add_kit(evil)
    assert done.status == "problem" and not (tmp_path / "outside.md").exists()
    assert {e.title for e in lib.kits()} == {"junk.mediakit", "evil.mediakit"}


def test_an_archive_without_checksums(tmp_path: Path) -> None:
    bare = tmp_path / "bare.mediakit"
    with zipfile.ZipFile(bare, "w") as z:
        z.writestr("kit.yaml", "mediakit: 1\nid: bare\ntitle: Bare\n")
    assert library(tmp_path).add_kit(bare).status == "problem"
