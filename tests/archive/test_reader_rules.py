"""Every reader rule of the format, each with a crafted archive: refused with
its own message, and nothing written anywhere but the cache."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mediakit.kit.archive import ArchiveError, ArchiveLimits, open_archive, verify
from tests.archive import helpers as h

MIB = 1024 * 1024
Craft = Callable[[Path], Path]


def _extra(*items: zipfile.ZipInfo | h.Entry) -> Craft:
    return lambda path: h.build(path, extra=list(items))


def _encrypted(path: Path) -> Path:
    h.build(path)
    h.set_flag(path, "stills/a.jpg", 0x1)
    return path


def _listed_extra(name: str) -> Craft:
    def craft(path: Path) -> Path:
        entries = [*h.kit_entries(), (name, b"evil")]
        return h.build(path, entries)

    return craft


def _duplicate(path: Path) -> Path:
    entries = [*h.kit_entries(), ("stills/a.jpg", b"other")]
    return h.build(path, entries, listed=h.kit_entries())


def _unlisted(path: Path) -> Path:
    return h.build(path, listed=h.kit_entries()[:1])


def _missing(path: Path) -> Path:
    return h.build(path, listed=[*h.kit_entries(), ("stills/b.jpg", b"gone")])


def _mismatch(path: Path) -> Path:
    return h.build(path, listed=[("kit.yaml", h.MANIFEST), ("stills/a.jpg", b"another still")])


def _truncated(path: Path) -> Path:
    h.build(path)
    path.write_bytes(path.read_bytes()[:-60])
    return path


def _not_zip(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7 this is a PDF renamed\n" * 40)
    return path


def _bomb(path: Path) -> Path:
    return h.build(path, [*h.kit_entries(), ("film/zeros.bin", bytes(40 * MIB))])


def _lying_size(path: Path) -> Path:
    """A deflated run of zeros whose headers (central and local) claim 1,000 bytes."""
    entries = [*h.kit_entries(), ("film/zeros.bin", bytes(8 * MIB))]
    h.build(path, entries)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("film/zeros.bin")
        start = archive.start_dir
    raw = bytearray(path.read_bytes())
    struct.pack_into("<L", raw, info.header_offset + 22, 1000)  # local: uncompressed size
    at = start
    while True:  # the central record of film/zeros.bin
        name_len = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46 : at + 46 + name_len] == b"film/zeros.bin":
            struct.pack_into("<L", raw, at + 24, 1000)
            break
        extra, comment = struct.unpack_from("<2H", raw, at + 30)
        at += 46 + name_len + extra + comment
    path.write_bytes(bytes(raw))
    return path


def _too_many(path: Path) -> Path:
    return h.build(path, [*h.kit_entries(), *((f"x/{i}.txt", b"") for i in range(10_001))])


def _local_disagrees(path: Path) -> Path:
    h.build(path)
    offset = h.local_offset(path, "stills/a.jpg")
    crc = struct.unpack_from("<L", path.read_bytes(), offset + 14)[0]
    h.patch(path, offset + 14, struct.pack("<L", crc ^ 0xFFFF))
    return path


def _local_name(path: Path) -> Path:
    h.build(path)
    h.patch(path, h.local_offset(path, "stills/a.jpg") + 30, b"STILLS")
    return path


def _big_manifest(path: Path) -> Path:
    manifest = h.MANIFEST + b"x-pad: '" + b"a" * (5 * MIB) + b"'\n"
    return h.build(path, [("kit.yaml", manifest), ("stills/a.jpg", h.STILL)])


CASES: dict[str, tuple[Craft, str]] = {
    "zip-slip": (_listed_extra("../../evil.txt"), "../../evil.txt: unsafe path: it holds '..'"),
    "absolute": (_listed_extra("/tmp/evil.txt"), "/tmp/evil.txt: unsafe path: it is absolute"),
    "backslash": (_listed_extra("..\\evil.txt"), "..\\evil.txt: unsafe path: it holds a backslash"),
    "drive": (_listed_extra("C:evil.txt"), "C:evil.txt: unsafe path: it starts with a drive"),
    "symlink": (_extra(h.symlink_info("stills/link.jpg")), "stills/link.jpg: it is a link"),
    "encrypted": (_encrypted, "stills/a.jpg: it is encrypted"),
    "duplicate": (_duplicate, "stills/a.jpg: duplicate entry: the archive holds it twice"),
    "unlisted": (_unlisted, "stills/a.jpg: unlisted entry: not in checksums.sha256"),
    "missing": (_missing, "stills/b.jpg: missing entry: listed in checksums.sha256 but not"),
    "mismatch": (_mismatch, "stills/a.jpg: checksum mismatch (the file was changed after packing)"),
    "truncated": (_truncated, ": the archive is truncated"),
    "not-zip": (_not_zip, ": this is not a ZIP archive"),
    "ratio": (_bomb, "film/zeros.bin: it is compressed 1,0"),
    "lying-size": (_lying_size, "film/zeros.bin: it inflates to more than its declared size"),
    "entries": (_too_many, "10,004 entries, over the limit of 10,000 (the entry count limit)"),
    "local-crc": (_local_disagrees, "stills/a.jpg: the central directory and the local header "
                  "disagree on the CRC"),
    "local-name": (_local_name, "stills/a.jpg: the central directory and the local header "
                   "disagree on the name"),
    "manifest": (_big_manifest, "kit.yaml: it is 5 MiB, over the limit of 4 MiB "
                 "(the manifest size limit)"),
}  # fmt: skip


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path, Path]:
    """outer/ (a sentinel that must never change) holding inner/the.mediakit and inner/cache."""
    outer = tmp_path / "outer"
    inner = outer / "inner"
    inner.mkdir(parents=True)
    (outer / "sentinel.txt").write_text("untouched")
    (inner / "cache").mkdir(mode=0o700)  # private, as the cache keeps its folder
    return outer, inner / "the.mediakit", inner / "cache"


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_rule_refuses_with_its_message_and_writes_nothing_outside(
    case: str, layout: tuple[Path, Path, Path]
) -> None:
    outer, archive, cache = layout
    craft, expected = CASES[case]
    craft(archive)
    before = h.tree(outer, skip=cache)
    with pytest.raises(ArchiveError) as refused:
        open_archive(archive, cache)
    lines = [p.format() for p in refused.value.problems]
    assert any(line.startswith(str(archive)) and expected in line for line in lines), lines
    assert h.tree(outer, skip=cache) == before
    assert not (outer / "evil.txt").exists() and not (outer.parent / "evil.txt").exists()
    assert not Path("/tmp/evil.txt").exists()
    # Nothing half-extracted is left in the cache; an unsafe archive is not extracted at all.
    assert not list(cache.glob("tmp-*"))
    report = refused.value.report
    if report is None or not report.safe:
        assert not [p for p in cache.iterdir() if p.is_dir()]
    checked = verify(archive)
    assert not checked.intact
    assert any(expected in p.format() for p in checked.problems), checked.problems


def test_a_bomb_over_the_unpacked_size_limit_names_the_limit(
    layout: tuple[Path, Path, Path],
) -> None:
    outer, archive, cache = layout
    _bomb(archive)
    before = h.tree(outer, skip=cache)
    limits = ArchiveLimits(max_unpacked=10 * MIB, max_ratio=100_000)
    with pytest.raises(ArchiveError) as refused:
        open_archive(archive, cache, limits=limits)
    (line,) = [p.format() for p in refused.value.problems]
    assert line == (
        f"{archive}: it unpacks to 40 MiB, over the limit of 10 MiB (the unpacked size limit)"
    )
    assert h.tree(outer, skip=cache) == before
    assert not list(cache.glob("*/kit"))


def test_default_unpacked_limit_is_a_multiple_of_the_size_capped() -> None:
    limits = ArchiveLimits()
    assert limits.unpacked_for(1000) == 1024**3  # at least 1 GiB
    assert limits.unpacked_for(100 * 1024**3) == 64 * 1024**3  # capped at 64 GiB
    assert limits.unpacked_for(2 * 1024**3) == 64 * 1024**3
    assert limits.unpacked_for(100 * 1024**2) == 100 * 100 * 1024**2


def test_a_damaged_archive_opens_read_only_only_when_asked(layout: tuple[Path, Path, Path]) -> None:
    _, archive, cache = layout
    _mismatch(archive)
    with pytest.raises(ArchiveError):
        open_archive(archive, cache)
    opened = open_archive(archive, cache, allow_damaged=True)
    assert not opened.report.intact and opened.report.safe
    assert opened.report.damaged == {"stills/a.jpg"}
    assert (opened.folder / "kit.yaml").read_bytes() == h.MANIFEST
    again = open_archive(archive, cache, allow_damaged=True)  # from the cache, still damaged
    assert again.from_cache and again.report.damaged == {"stills/a.jpg"}
    with pytest.raises(ArchiveError):
        open_archive(archive, cache)


def test_unsafe_archives_never_open_even_when_damaged_ones_may(
    layout: tuple[Path, Path, Path],
) -> None:
    _, archive, cache = layout
    _listed_extra("../../evil.txt")(archive)
    with pytest.raises(ArchiveError):
        open_archive(archive, cache, allow_damaged=True)


def test_folder_entries_are_ignored_and_any_order_is_read(tmp_path: Path) -> None:
    entries = [("stills/", b""), ("stills/a.jpg", h.STILL), ("kit.yaml", h.MANIFEST)]
    archive = h.build(tmp_path / "a.mediakit", entries)
    report = verify(archive)
    assert report.intact, report.problems
    assert report.files == 2
