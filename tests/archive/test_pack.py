"""Packing: exactly the files the kit names, deterministic, atomic, and a
round trip through the real unzip and sha256sum."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from mediakit.kit import load
from mediakit.kit.archive import open_archive, verify
from mediakit.kit.archive.pack import PackError, is_compressed, pack
from mediakit.kit.archive.zipwrite import ZipWriter
from mediakit.kit.manifest.export import kit_to_json
from mediakit.kit.source import open_source
from tests.conftest import ROPED
from tests.kit.helpers import make_kit


def _copy_kit(target: Path, *, reverse: bool, mode: int, stamp: float) -> Path:
    """ROPED copied file by file in a chosen order, with chosen permissions and times."""
    files = sorted(p for p in ROPED.rglob("*") if p.is_file())
    for source in reversed(files) if reverse else files:
        destination = target / source.relative_to(ROPED)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        destination.chmod(mode)
        os.utime(destination, (stamp, stamp))
    return target


def test_round_trip_through_unzip_and_sha256sum(tmp_path: Path) -> None:
    result = pack(ROPED, tmp_path / "roped.mediakit")
    assert result.files[0] == "kit.yaml" and result.files[-1] == "checksums.sha256"
    report = verify(result.output)
    assert report.intact, report.problems
    assert report.sha256 == result.sha256 and report.files == len(result.files) - 1
    out = tmp_path / "unzipped"
    subprocess.run(["unzip", "-q", str(result.output), "-d", str(out)], check=True)
    check = subprocess.run(
        ["sha256sum", "--strict", "-c", "checksums.sha256"],
        cwd=out, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == len(result.files) - 1
    source = open_source(result.output, cache_root=tmp_path / "cache")
    assert source.archive is not None and source.archive.intact
    assert source.result.kit is not None and source.folder is not None
    assert source.folder.is_relative_to(tmp_path / "cache")
    folder_kit = load(ROPED).kit
    assert folder_kit is not None
    assert kit_to_json(source.result.kit) == kit_to_json(folder_kit)
    assert source.result.kit.film is not None
    film = source.result.kit.film.file.path
    assert film.is_file() and not film.is_symlink() and film.is_relative_to(tmp_path / "cache")
    assert film.read_bytes() == (ROPED / "film" / "roped.mp4").read_bytes()


def test_media_is_stored_and_text_deflated(tmp_path: Path) -> None:
    result = pack(ROPED, tmp_path / "roped.mediakit")
    with zipfile.ZipFile(result.output) as archive:
        methods = {info.filename: info.compress_type for info in archive.infolist()}
        first = archive.infolist()[0]
    assert first.filename == "kit.yaml" and first.date_time == (1980, 1, 1, 0, 0, 0)
    assert (first.external_attr >> 16) == 0o100644 and first.extra == b""
    assert methods["film/roped.mp4"] == zipfile.ZIP_STORED
    assert methods["stills/01-desert.jpg"] == zipfile.ZIP_STORED
    assert methods["kit.yaml"] == zipfile.ZIP_DEFLATED
    assert methods["film/roped.en.srt"] == zipfile.ZIP_DEFLATED
    assert result.output.read_bytes()[30:38] == b"kit.yaml"  # recognised by its first bytes
    assert is_compressed("a.bin", b"\x00\x00\x00\x18ftypisom")
    assert not is_compressed("a.tif", b"II*\x00")


def test_two_checkouts_pack_to_identical_bytes(tmp_path: Path) -> None:
    one = _copy_kit(tmp_path / "one" / "roped", reverse=False, mode=0o644, stamp=1_000_000_000)
    two = _copy_kit(tmp_path / "two" / "kit", reverse=True, mode=0o600, stamp=1_700_000_000)
    a = pack(one, tmp_path / "a.mediakit")
    b = pack(two, tmp_path / "b.mediakit")
    assert a.output.read_bytes() == b.output.read_bytes()
    assert a.sha256 == b.sha256


def test_only_named_files_go_in_and_the_rest_is_listed(tmp_path: Path) -> None:
    kit = _copy_kit(tmp_path / "roped", reverse=False, mode=0o644, stamp=1e9)
    (kit / ".DS_Store").write_bytes(b"junk")
    (kit / "kit.yaml~").write_text("backup")
    (kit / "stills" / "unused.jpg").write_bytes(b"\xff\xd8\xff")
    result = pack(kit, tmp_path / "out.mediakit")
    assert result.left_out == (".DS_Store", "kit.yaml~", "stills/unused.jpg")
    with zipfile.ZipFile(result.output) as archive:
        names = archive.namelist()
    assert names == list(result.files)
    assert not {".DS_Store", "kit.yaml~", "stills/unused.jpg"} & set(names)


def test_an_invalid_kit_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    kit = make_kit(tmp_path / "bad", "mediakit: 1\nid: Bad Id\ntitle: T\n")
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(PackError) as refused:
        pack(kit, tmp_path / "bad.mediakit")
    assert any("id" in p.format() for p in refused.value.problems)
    assert sorted(tmp_path.rglob("*")) == before


def test_an_interrupted_pack_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    real_write = ZipWriter.write

    def write_then_stop(self: ZipWriter, data: bytes) -> None:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise KeyboardInterrupt
        real_write(self, data)

    monkeypatch.setattr(ZipWriter, "write", write_then_stop)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt):
        pack(ROPED, out / "roped.mediakit")
    assert calls == 5
    assert list(out.iterdir()) == []


def test_the_default_name_is_the_kit_id_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = pack(ROPED)
    assert result.output == Path("roped.mediakit")
    assert (tmp_path / "roped.mediakit").is_file()


def test_second_open_comes_from_the_cache_and_the_cache_is_cleaned(tmp_path: Path) -> None:
    from mediakit.kit.archive.cache import clean_cache

    archive = pack(ROPED, tmp_path / "roped.mediakit").output
    cache = tmp_path / "cache"
    first = open_archive(archive, cache)
    second = open_archive(archive, cache)
    assert not first.from_cache and second.from_cache
    assert second.folder == first.folder and second.report.sha256 == first.report.sha256
    index = json.loads((cache / "index.json").read_text())
    assert index[str(archive.resolve())]["sha256"] == first.report.sha256
    assert clean_cache(cache, max_bytes=0) == []  # pinned while its kit is in use
    first.release()
    second.release()
    assert clean_cache(cache, max_bytes=0) == [first.report.sha256]
    assert not first.folder.exists()
    third = open_archive(archive, cache)  # the index points at nothing: extracted again
    assert not third.from_cache and third.folder.is_dir()
