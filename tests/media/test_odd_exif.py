"""Stills whose EXIF is odd but whose picture is good: shown upright, never a crash.

Pillow's ``ImageOps.exif_transpose`` rewrote the EXIF it turned and raised on
odd tags (TypeError "bad operand type for abs()" for an ASCII XResolution,
struct.error for a ResolutionUnit above 65535); the decoder now reads the
orientation defensively and turns the picture itself.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image

from mediakit.media import pillow
from mediakit.media.decoding import DecodeError
from mediakit.media.images import decode
from tests.media.stillfactory import BLUE, RED, colour, halves, near

ORIENTATION, X_RESOLUTION, RESOLUTION_UNIT = 0x0112, 0x011A, 0x0128
SHORT, ASCII, LONG, SLONG = 3, 2, 4, 9
Entry = tuple[int, int, int, bytes]  # tag, type, count, the 4-byte value field


def exif_block(entries: list[Entry], order: str = "<") -> bytes:
    """An EXIF block of one IFD, values inline, written byte by byte (Pillow would refuse)."""
    tiff = (b"II" if order == "<" else b"MM") + struct.pack(order + "HI", 42, 8)
    tiff += struct.pack(order + "H", len(entries))
    for tag, type_, count, value in entries:
        tiff += struct.pack(order + "HHI", tag, type_, count) + value
    return b"Exif\x00\x00" + tiff + struct.pack(order + "I", 0)


def turned_right(order: str = "<") -> Entry:
    """Orientation 6: the stored picture is shown turned 90° clockwise."""
    return (ORIENTATION, SHORT, 1, struct.pack(order + "HH", 6, 0))


def still(tmp_path: Path, fmt: str, block: bytes) -> Path:
    """64x32 stored, red left and blue right: upright it is 32x64, red on top."""
    buffer = io.BytesIO()
    halves((64, 32), RED, BLUE).save(buffer, fmt, exif=block)
    path = tmp_path / f"odd.{fmt.lower()}"
    path.write_bytes(buffer.getvalue())
    return path


ODD_BLOCKS = {
    "ascii-xresolution": exif_block([turned_right(), (X_RESOLUTION, ASCII, 4, b"72\x00\x00")]),
    "resolution-unit-70000": exif_block(
        [turned_right(), (RESOLUTION_UNIT, LONG, 1, struct.pack("<I", 70_000))]
    ),
    "resolution-unit-minus-1": exif_block(
        [turned_right(">"), (RESOLUTION_UNIT, SLONG, 1, struct.pack(">i", -1))], ">"
    ),
}


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
@pytest.mark.parametrize("name", ODD_BLOCKS)
def test_a_still_with_odd_exif_decodes_upright(tmp_path: Path, fmt: str, name: str) -> None:
    with Image.open(still(tmp_path, fmt, ODD_BLOCKS[name])) as im:
        assert im.getexif()[ORIENTATION] == 6  # the odd tag did not hide the orientation
    image = decode(tmp_path / f"odd.{fmt.lower()}", None)
    assert (image.width(), image.height()) == (32, 64)
    assert near(colour(image, 16, 4), RED), "the top should be the stored left half"
    assert near(colour(image, 16, 60), BLUE)


@pytest.mark.parametrize("name", ODD_BLOCKS)
def test_a_reduced_still_with_odd_exif_is_upright_too(tmp_path: Path, name: str) -> None:
    image = decode(still(tmp_path, "JPEG", ODD_BLOCKS[name]), 16)  # through draft()
    assert (image.width(), image.height()) == (8, 16)
    assert near(colour(image, 4, 1), RED)
    assert near(colour(image, 4, 14), BLUE)


@pytest.mark.parametrize(
    "block",
    [
        b"Exif\x00\x00II*\x00",  # cut inside the header
        exif_block([turned_right()])[:-9],  # cut inside the orientation entry
        exif_block([(ORIENTATION, SHORT, 1, struct.pack("<HH", 9, 0))]),  # no such orientation
        exif_block([(ORIENTATION, ASCII, 2, b"6\x00\x00\x00")]),  # "6", as text
    ],
    ids=["cut-header", "cut-entry", "orientation-9", "orientation-as-text"],
)
def test_an_unreadable_orientation_shows_the_still_as_stored(tmp_path: Path, block: bytes) -> None:
    image = decode(still(tmp_path, "JPEG", block), None)
    assert (image.width(), image.height()) == (64, 32)
    assert near(colour(image, 4, 16), RED)
    assert near(colour(image, 60, 16), BLUE)


@pytest.mark.parametrize(
    "error",
    [
        TypeError("bad operand type for abs(): 'str'"),
        struct.error("ushort format requires 0 <= number <= 65535"),
        KeyError(274),
        IndexError("tuple index out of range"),
        ZeroDivisionError("division by zero"),
        RecursionError("maximum recursion depth exceeded"),
        UserWarning("Corrupt EXIF data"),  # a warning raised as an error (python -W error)
    ],
    ids=lambda e: type(e).__name__,
)
def test_anything_pillow_raises_is_a_decode_error_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    def broken(im: Image.Image, box: object) -> Image.Image:
        raise error

    monkeypatch.setattr(pillow, "_reduce", broken)
    path = still(tmp_path, "JPEG", exif_block([turned_right()]))
    with pytest.raises(DecodeError) as caught:
        decode(path, 16)
    assert caught.value.path == path
    assert str(caught.value) == f"odd.jpeg: cannot be decoded ({type(error).__name__}: {error})"
