"""The archive reader's limits, each refused with a message that names it, and
defaults that never refuse a real kit (a 20 GB ProRes master must open)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from mediakit.kit.archive import ArchiveLimits, verify
from mediakit.kit.archive.rules import entry_findings
from mediakit.kit.archive.zipread import Entry
from tests.archive import helpers as h

MIB = 1024 * 1024
GB = 1000**3
GIB = 1024**3


def _entry(name: str, size: int, compressed: int, method: int = 0) -> Entry:
    return Entry(name, name.encode(), 0, method, 0, compressed, size, 0, 0o100644 << 16, 3)


def _lines(archive: Path, limits: ArchiveLimits | None = None) -> list[str]:
    return [p.format() for p in verify(archive, limits=limits).problems]


def test_unpacked_size_limit(tmp_path: Path) -> None:
    entries = [*h.kit_entries(), ("film/f.bin", bytes(3 * MIB))]
    archive = h.build(tmp_path / "a.mediakit", entries, stored=True)
    assert _lines(archive, ArchiveLimits(max_unpacked=2 * MIB)) == [
        f"{archive}: it unpacks to 3 MiB, over the limit of 2 MiB (the unpacked size limit)"
    ]


def test_default_unpacked_size_limit_for_a_small_archive() -> None:
    # A 1 MB archive may unpack to 1 GiB at most: 65 GiB declared is refused before reading.
    entries = [_entry("kit.yaml", 100, 100), _entry("film/f.mov", 65 * GIB, 65 * GIB)]
    (finding,) = entry_findings(entries, ArchiveLimits(), archive_size=1_000_000)
    assert finding.entry is None and finding.unsafe
    assert str(finding.message) == (
        "it unpacks to 65 GiB, over the limit of 1 GiB (the unpacked size limit)"
    )


def test_a_20_gb_master_is_within_the_default_limits() -> None:
    # The size arithmetic for a kit with a 20 GB stored ProRes film, without making 20 GB.
    film = _entry("film/master.mov", 20 * GB, 20 * GB)
    stills = [_entry(f"stills/{n:03}.jpg", 30 * MIB, 30 * MIB) for n in range(300)]
    entries = [_entry("kit.yaml", 64_000, 9_000, method=8), film, *stills]
    archive_size = sum(e.compressed for e in entries) + 400 * 100  # + headers
    limits = ArchiveLimits()
    assert limits.unpacked_for(archive_size) >= sum(e.size for e in entries)
    assert entry_findings(entries, limits, archive_size) == []


def test_the_format_minimums_pass_the_rules() -> None:
    # 64 GiB unpacked, 10,000 entries, any entry at 100:1.
    text = _entry("notes/huge.txt", 100 * 50 * MIB, 50 * MIB, method=8)
    film = _entry("film/f.mov", 64 * GIB - text.size, 64 * GIB - text.size)
    small = [_entry(f"x/{n}.txt", 0, 0) for n in range(9_998)]
    entries = [text, film, *small]
    size = sum(e.compressed for e in entries)
    assert len(entries) == 10_000
    assert entry_findings(entries, ArchiveLimits(), size) == []


def test_entry_count_limit(tmp_path: Path) -> None:
    extra = [(f"x/{n}.txt", b"") for n in range(5)]
    archive = h.build(tmp_path / "a.mediakit", [*h.kit_entries(), *extra])
    assert _lines(archive, ArchiveLimits(max_entries=7)) == [
        f"{archive}: the archive has 8 entries, over the limit of 7 (the entry count limit)"
    ]


def test_an_archive_of_10000_entries_verifies(tmp_path: Path) -> None:
    entries = [*h.kit_entries(), *((f"x/{n}.txt", b"%d" % n) for n in range(9_997))]
    archive = h.build(tmp_path / "a.mediakit", entries)
    with zipfile.ZipFile(archive) as opened:
        assert len(opened.infolist()) == 10_000
    report = verify(archive)
    assert report.intact, report.problems[:3]


def test_compression_ratio_limit(tmp_path: Path) -> None:
    archive = h.build(tmp_path / "a.mediakit", [*h.kit_entries(), ("film/z.bin", bytes(8 * MIB))])
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo("film/z.bin")
    ratio = f"{info.file_size / info.compress_size:,.0f}"
    assert _lines(archive) == [
        f"{archive}: film/z.bin: it is compressed {ratio}:1, over the limit of 200:1 "
        "(the compression ratio limit)"
    ]


def test_compression_ratio_limit_is_checked_while_inflating(tmp_path: Path) -> None:
    """Headers that lie about the ratio (they declare 8 MiB as 8 MiB) are caught by the bytes."""
    archive = h.build(tmp_path / "a.mediakit", [*h.kit_entries(), ("film/z.bin", bytes(8 * MIB))])
    limits = ArchiveLimits(max_ratio=2_000, ratio_floor=MIB)
    assert verify(archive, limits=limits).intact  # within 2,000:1 as declared and as read
    tight = ArchiveLimits(max_ratio=500, ratio_floor=MIB)
    assert any("compression ratio limit" in line for line in _lines(archive, tight))


def test_a_small_repetitive_text_is_not_a_bomb(tmp_path: Path) -> None:
    # Under ratio_floor (1 MiB unpacked), any ratio is fine: a blank subtitle file is no threat.
    archive = h.build(tmp_path / "a.mediakit", [*h.kit_entries(), ("blank.txt", bytes(MIB))])
    assert verify(archive).intact


def test_manifest_size_limit_inside_an_archive(tmp_path: Path) -> None:
    manifest = h.MANIFEST + b"x-pad: '" + b"a" * (5 * MIB) + b"'\n"
    entries = [("kit.yaml", manifest), ("stills/a.jpg", h.STILL)]
    archive = h.build(tmp_path / "a.mediakit", entries, stored=True)
    assert _lines(archive) == [
        f"{archive}: kit.yaml: it is 5 MiB, over the limit of 4 MiB (the manifest size limit)"
    ]
