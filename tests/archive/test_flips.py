"""Flip bytes of an archive's stored media one at a time (sampled): verify
catches every one, and names the entry."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image

from mediakit.kit.archive import verify
from mediakit.kit.archive.pack import pack
from tests.archive import helpers as h
from tests.kit.helpers import make_kit

STEP = 97


def test_every_sampled_flip_of_stored_media_is_caught(tmp_path: Path) -> None:
    noise = Image.frombytes("RGB", (120, 90), random.Random(4).randbytes(120 * 90 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "JPEG", quality=95)
    still = buffer.getvalue()
    kit = make_kit(tmp_path / "kit", h.MANIFEST.decode(), {"stills/a.jpg": still})
    archive = pack(kit, tmp_path / "small.mediakit").output
    assert verify(archive).intact
    start, end = h.data_range(archive, "stills/a.jpg")
    assert end - start == len(still)  # stored, not deflated
    original = archive.read_bytes()
    flipped = 0
    for offset in range(start, end, STEP):
        archive.write_bytes(
            original[:offset] + bytes([original[offset] ^ 0xFF]) + original[offset + 1 :]
        )
        report = verify(archive)
        lines = [p.format() for p in report.problems]
        assert not report.intact, f"flip at {offset} not caught"
        assert report.damaged == {"stills/a.jpg"}, lines
        assert all(": stills/a.jpg: " in line for line in lines), lines
        flipped += 1
    assert flipped == len(range(start, end, STEP)) > 10
    archive.write_bytes(original)
    assert verify(archive).intact


def test_a_changed_file_with_a_fixed_crc_is_a_checksum_mismatch(tmp_path: Path) -> None:
    """Re-zipping a changed file gives it a valid CRC: checksums.sha256 still catches it."""
    archive = h.build(
        tmp_path / "a.mediakit",
        [("kit.yaml", h.MANIFEST), ("stills/a.jpg", h.STILL + b"!")],
        listed=h.kit_entries(),
    )
    (line,) = [p.format() for p in verify(archive).problems]
    assert (
        line == f"{archive}: stills/a.jpg: checksum mismatch (the file was changed after packing)"
    )
