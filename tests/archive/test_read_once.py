"""``verify`` (and the first open, which extracts) read each entry's bytes once:
one read of the file, one SHA-256 per entry plus the archive's own, and no
CRC-32 over stored media whose SHA-256 checksums.sha256 confirms. A corrupted
entry is still reported exactly as before: its CRC check fails."""

from __future__ import annotations

import hashlib
import importlib
import zlib
from pathlib import Path
from typing import Any

import pytest

from mediakit.kit.archive import open_archive, verify
from mediakit.kit.archive.hashing import READ_CHUNK
from mediakit.kit.archive.pack import pack
from mediakit.kit.archive.scan import CRC_FAILED
from tests.archive import helpers as h
from tests.kit.helpers import make_kit

# The module: the package's ``scan`` attribute is the function of that name.
scan_module = importlib.import_module("mediakit.kit.archive.scan")
BIG = 2 * READ_CHUNK + 12_345  # several reads' worth, not a multiple of one


def _big_archive(tmp_path: Path) -> tuple[Path, bytes]:
    still = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * (BIG // 256)
    manifest = "mediakit: 1\nid: once\ntitle: Once\nstills:\n  - file: stills/a.jpg\n"
    kit = make_kit(tmp_path / "kit", manifest, {"stills/a.jpg": still})
    return pack(kit, tmp_path / "once.mediakit").output, still


Ranges = dict[str, list[tuple[int, int]]]
EOCD_SEARCH = 22 + 0xFFFF  # the end record is looked for in the last bytes: a header read


class _Counting:
    """A file object that notes every range read from it, by the method that read it."""

    def __init__(self, handle: Any, ranges: Ranges) -> None:
        self.handle, self.ranges = handle, ranges

    def read(self, count: int = -1) -> bytes:
        at = self.handle.tell()
        data: bytes = self.handle.read(count)
        self.ranges["read"].append((at, at + len(data)))
        return data

    def readinto(self, buffer: Any) -> int:
        at = self.handle.tell()
        count: int = self.handle.readinto(buffer)
        self.ranges["readinto"].append((at, at + count))
        return count

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)

    def __enter__(self) -> _Counting:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


@pytest.fixture
def ranges(monkeypatch: pytest.MonkeyPatch) -> Ranges:
    noted: Ranges = {"read": [], "readinto": []}
    real = scan_module.open_regular

    def counting(path: Path, **kwargs: Any) -> _Counting:
        return _Counting(real(path, **kwargs), noted)

    monkeypatch.setattr(scan_module, "open_regular", counting)
    return noted


def _times_read(ranges: list[tuple[int, int]], start: int, end: int) -> set[int]:
    """How many times each byte of [start, end) was read (as a set of counts)."""
    if end <= start:
        return set()
    counts = bytearray(end - start)
    for a, b in ranges:
        for i in range(max(a, start), min(b, end)):
            counts[i - start] += 1
    return set(counts)


@pytest.mark.parametrize("how", ["verify", "first open"])
def test_each_entry_byte_is_read_once(tmp_path: Path, ranges: Ranges, how: str) -> None:
    """The streaming pass reads every byte of the file once, in large reads; the
    structure reads (end record, central directory, local headers) touch entry
    data only where the end record is looked for, in the file's last 64 KiB."""
    archive, _ = _big_archive(tmp_path)
    size = archive.stat().st_size
    if how == "verify":
        assert verify(archive).intact
    else:
        assert not open_archive(archive, tmp_path / "cache").from_cache
    assert _times_read(ranges["readinto"], 0, size) == {1}
    assert max(b - a for a, b in ranges["readinto"]) == READ_CHUNK
    for name in ("kit.yaml", "stills/a.jpg", "checksums.sha256"):
        start, end = h.data_range(archive, name)
        header_reads = _times_read(ranges["read"], start, min(end, size - EOCD_SEARCH))
        assert header_reads <= {0}, name


_REAL_SHA256 = hashlib.sha256


class _CountingHash:
    def __init__(self, total: list[int]) -> None:
        self.inner, self.total = _REAL_SHA256(), total

    def update(self, data: Any) -> None:
        self.total[0] += memoryview(data).nbytes
        self.inner.update(data)

    def hexdigest(self) -> str:
        return self.inner.hexdigest()


def test_one_sha256_per_entry_and_no_crc_over_confirmed_media(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, still = _big_archive(tmp_path)
    size = archive.stat().st_size
    hashed, crc = [0], [0]
    real_crc = zlib.crc32

    def counting_crc(data: Any, value: int = 0) -> int:
        crc[0] += memoryview(data).nbytes
        return real_crc(data, value)

    monkeypatch.setattr(hashlib, "sha256", lambda: _CountingHash(hashed))
    monkeypatch.setattr(zlib, "crc32", counting_crc)
    report = verify(archive)
    monkeypatch.undo()
    assert report.intact
    with archive.open("rb") as handle:
        assert report.sha256 == hashlib.file_digest(handle, "sha256").hexdigest()
    # The archive's own hash over every byte, and each entry's over its data: the
    # still once more, the two small texts (inflated, under 64 KiB) too; never a
    # third pass over the still.
    assert size + len(still) <= hashed[0] < size + len(still) + 64 * 1024
    assert crc[0] < 64 * 1024  # kit.yaml and checksums.sha256 only: never the still


def _flip(archive: Path, name: str, at: int = 100) -> None:
    start, _ = h.data_range(archive, name)
    raw = archive.read_bytes()
    h.patch(archive, start + at, bytes([raw[start + at] ^ 0xFF]))


def test_a_corrupted_stored_entry_fails_its_crc_check_as_before(tmp_path: Path) -> None:
    archive, _ = _big_archive(tmp_path)
    _flip(archive, "stills/a.jpg", READ_CHUNK + 7)
    report = verify(archive)
    assert [p.format() for p in report.problems] == [f"{archive}: stills/a.jpg: {CRC_FAILED.text}"]
    assert report.damaged == {"stills/a.jpg"}


def test_a_corrupted_first_open_names_the_entry_as_before(tmp_path: Path) -> None:
    archive, _ = _big_archive(tmp_path)
    _flip(archive, "stills/a.jpg")
    opened = open_archive(archive, tmp_path / "cache", allow_damaged=True)
    assert [p.format() for p in opened.report.problems] == [
        f"{archive}: stills/a.jpg: {CRC_FAILED.text}"
    ]
    assert opened.report.damaged == {"stills/a.jpg"}


def test_unlisted_corrupted_stored_entries_keep_their_order_of_problems(tmp_path: Path) -> None:
    """Problems in the order the reader always gave: each entry's CRC failure where
    the entry lies, then what the checksums say."""
    entries = [
        ("kit.yaml", h.MANIFEST),
        ("stills/a.jpg", h.STILL),
        ("stills/b.jpg", h.STILL + b"b"),
        ("stills/c.jpg", h.STILL + b"c"),
    ]
    archive = h.build(tmp_path / "a.mediakit", entries, listed=entries[:2], stored=True)
    _flip(archive, "stills/a.jpg", 20)
    _flip(archive, "stills/c.jpg", 20)
    lines = [p.format() for p in verify(archive).problems]
    assert lines == [
        f"{archive}: stills/a.jpg: {CRC_FAILED.text}",
        f"{archive}: stills/c.jpg: {CRC_FAILED.text}",
        f"{archive}: stills/b.jpg: unlisted entry: not in checksums.sha256",
        f"{archive}: stills/c.jpg: unlisted entry: not in checksums.sha256",
    ]
