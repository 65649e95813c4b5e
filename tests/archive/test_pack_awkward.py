"""``pack`` never writes an archive that ``verify`` would refuse: awkward kits —
files that deflate far beyond the reader's 200:1, empty files, odd names, a
manifest at its size limit — each pack to an archive that verifies and opens,
or are refused with nothing written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from mediakit.kit.archive import verify
from mediakit.kit.archive.pack import DEFLATE_HOLDBACK, PackError, breaks_reader_ratio, pack
from mediakit.kit.archive.zipwrite import ZipWriter
from mediakit.kit.manifest import limits
from mediakit.kit.source import open_source
from tests.kit.helpers import MINIMAL, image_bytes, make_kit

MIB = limits.MIB


def flat_image(fmt: str, size: tuple[int, int] = (1600, 1000), **options: object) -> bytes:
    """One colour, uncompressed: megabytes that deflate well beyond 200:1."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, fmt, **options)
    return buffer.getvalue()


def padded_manifest(size: int) -> str:
    """A valid manifest of exactly ``size`` bytes, padded with one long comment."""
    head = MINIMAL + "#"
    return head + "x" * (size - len(head) - 1) + "\n"


def still_kit(name: str, data: bytes) -> tuple[str, dict[str, bytes | str]]:
    return MINIMAL + f'stills: [{{file: "{name}", alt: A}}]\n', {name: data}


# (id, manifest, files, whether the kit is valid and packs)
AWKWARD: list[tuple[str, str, dict[str, bytes | str], bool]] = [
    ("tiff-240-to-1", *still_kit("stills/blank.tif", flat_image("TIFF")), True),
    ("png-uncompressed", *still_kit("stills/blank.png", flat_image("PNG", compress_level=0)), True),
    (
        "markdown-above-1-MiB",
        MINIMAL + "synopsis: {file: synopsis.md}\n",
        {"synopsis.md": "Une corde. " * (MIB // 8)},
        True,
    ),
    (
        "markdown-below-1-MiB",
        MINIMAL + "synopsis: {file: synopsis.md}\n",
        {"synopsis.md": "Une corde. " * 50_000},
        True,
    ),
    ("empty-film", MINIMAL + "film: {file: film/empty.raw}\n", {"film/empty.raw": b""}, True),
    (
        "blank-film-of-24-MiB",
        MINIMAL + "film: {file: film/black.y4m}\n",
        {"film/black.y4m": bytes(24 * MIB)},
        True,
    ),
    ("zero-byte-still", *still_kit("stills/empty.jpg", b""), False),
    ("name-with-spaces", *still_kit("stills/a still with spaces.jpg", image_bytes()), True),
    ("unicode-name", *still_kit("stills/désert — 写真 ✦.jpg", image_bytes()), True),
    ("manifest-of-4-MiB", padded_manifest(limits.MANIFEST_BYTES), {}, True),
    ("manifest-over-4-MiB", padded_manifest(limits.MANIFEST_BYTES + 1), {}, False),
]


@pytest.mark.parametrize(
    ("manifest", "files", "packs"),
    [pytest.param(m, f, p, id=name) for name, m, f, p in AWKWARD],
)
def test_every_archive_pack_writes_verifies_and_opens(
    tmp_path: Path, manifest: str, files: dict[str, bytes | str], packs: bool
) -> None:
    kit = make_kit(tmp_path / "kit", manifest, files, dedent=False)
    output = tmp_path / "out" / "kit.mediakit"
    output.parent.mkdir()
    if not packs:
        with pytest.raises(PackError):
            pack(kit, output)
        assert list(output.parent.iterdir()) == []
        return
    result = pack(kit, output)
    report = verify(result.output)
    assert report.intact, report.problems
    with zipfile.ZipFile(result.output) as archive:
        for entry in archive.infolist():
            assert not breaks_reader_ratio(entry.file_size, entry.compress_size), entry
            if entry.compress_type == zipfile.ZIP_DEFLATED:
                assert entry.compress_size < entry.file_size or entry.file_size < 1024
    opened = open_source(result.output, cache_root=tmp_path / "cache")
    assert opened.result.kit is not None, opened.result.problems
    for name, data in files.items():
        content = data.encode() if isinstance(data, str) else data
        assert (opened.result.kit.root / name).read_bytes() == content


def test_only_what_would_break_the_ratio_is_stored(tmp_path: Path) -> None:
    text = "Une corde. " * 50_000  # 550 KB at ~1000:1: under the reader's floor of 1 MiB
    kit = make_kit(
        tmp_path / "kit",
        MINIMAL + "synopsis: {file: s.md}\nstills: [{file: a.tif, alt: A}]\n",
        {"s.md": text, "a.tif": flat_image("TIFF")},
        dedent=False,
    )
    result = pack(kit, tmp_path / "k.mediakit")
    with zipfile.ZipFile(result.output) as archive:
        methods = {entry.filename: entry.compress_type for entry in archive.infolist()}
    assert methods == {
        "kit.yaml": zipfile.ZIP_DEFLATED,
        "a.tif": zipfile.ZIP_STORED,  # 4.8 MB that deflates ~1000:1
        "s.md": zipfile.ZIP_DEFLATED,
        "checksums.sha256": zipfile.ZIP_DEFLATED,
    }


def test_a_huge_blank_file_is_given_up_early_not_deflated_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A multi-GB film of black frames must not be deflated to the end and then
    again stored: the running ratio gives deflating up within a few MiB."""
    size = 64 * MIB
    kit = make_kit(
        tmp_path / "kit", MINIMAL + "film: {file: f.y4m}\n", {"f.y4m": bytes(size)}, dedent=False
    )
    through: list[int] = []
    real_write = ZipWriter.write

    def counting_write(self: ZipWriter, data: bytes) -> None:
        through.append(len(data))
        real_write(self, data)

    monkeypatch.setattr(ZipWriter, "write", counting_write)
    result = pack(kit, tmp_path / "k.mediakit")
    assert verify(result.output).intact
    given_up_after = sum(through) - size  # bytes of the deflate attempt, before storing
    assert given_up_after < DEFLATE_HOLDBACK + 4 * MIB  # a few MiB, not the 64 of the film
