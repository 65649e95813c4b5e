"""Random but structurally plausible EXIF blocks, and the small valid stills that carry them.

A block is a TIFF header (either byte order) and an IFD whose entries have
random tag ids (weighted towards the ones Pillow interprets: orientation,
resolutions, the sub-IFD pointers), random types (1-12 and bogus ones),
random counts, and a value field that is an inline value, an offset into the
data that follows (where a sub-IFD may sit) or anything; then the block may be
cut anywhere. The picture around it is always valid: only its EXIF is odd.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from dataclasses import dataclass
from functools import cache

from hypothesis import strategies as st
from PIL import Image

ORIENTATION, X_RESOLUTION, Y_RESOLUTION, RESOLUTION_UNIT = 0x0112, 0x011A, 0x011B, 0x0128
EXIF_IFD, GPS_IFD, INTEROP_IFD = 0x8769, 0x8825, 0xA005
POINTERS = (EXIF_IFD, GPS_IFD, INTEROP_IFD, 0x014A)  # 0x014A: SubIFDs
TAGS = (
    ORIENTATION, X_RESOLUTION, Y_RESOLUTION, RESOLUTION_UNIT, *POINTERS,
    0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x010F, 0x0110, 0x0115, 0x0131, 0x0132,
    0x0201, 0x0202, 0x0213, 0x02BC, 0x8773, 0x9000, 0x9003, 0x9286, 0x927C, 0xA002, 0xA003,
)  # fmt: skip
BOGUS_TYPES = (0, 13, 14, 16, 17, 18, 0x7FFF, 0xFFFF)  # 13: IFD, 16-18: BigTIFF only
EXIF_PREFIX = b"Exif\x00\x00"
SIZE = (16, 8)  # the carrier still: left half red, right half blue
RED, BLUE = (200, 30, 30), (30, 40, 200)
CARRIERS = ("jpeg", "png-before-idat", "png-after-idat")


class StillBytes(bytes):
    """A still's bytes that print short in hypothesis's reports (the file is kept anyway)."""

    def __repr__(self) -> str:
        digest = hashlib.sha256(self).hexdigest()[:16]
        return f"<{len(self):,} still bytes, sha256 {digest}…>"


@dataclass(frozen=True)
class Entry:
    tag: int
    type: int
    count: int
    value: bytes  # the 4-byte value-or-offset field, already in the block's byte order


def _u32(order: str) -> st.SearchStrategy[bytes]:
    return st.integers(0, 2**32 - 1).map(lambda n: struct.pack(order + "I", n))


@st.composite
def entries(draw: st.DrawFn, order: str, data_at: int, data_len: int) -> Entry:
    """One IFD entry; offsets aim into the data area at ``data_at`` (or just past it)."""
    tag = draw(st.sampled_from(TAGS) | st.integers(0, 0xFFFF))
    type_ = draw(st.integers(1, 12) | st.sampled_from(BOGUS_TYPES))
    count = draw(st.integers(0, 4) | st.integers(0, 64) | st.sampled_from((0xFFFF, 2**32 - 1)))
    inline_short = st.integers(0, 0xFFFF).map(lambda n: struct.pack(order + "HH", n, 0))
    small = st.integers(0, 10).map(lambda n: struct.pack(order + "HH", n, 0))
    offset = st.integers(0, data_at + data_len + 8).map(lambda n: struct.pack(order + "I", n))
    value = draw(small | inline_short | offset | _u32(order) | st.binary(min_size=4, max_size=4))
    return Entry(tag, type_, count, value)


def _ifd(order: str, items: list[Entry], next_ifd: int) -> bytes:
    out = struct.pack(order + "H", len(items))
    for e in items:
        out += struct.pack(order + "HHI", e.tag, e.type, e.count) + e.value
    return out + struct.pack(order + "I", next_ifd)


@st.composite
def exif_blocks(draw: st.DrawFn) -> bytes:
    """``Exif\\0\\0`` + a TIFF structure as above, maybe cut short."""
    order = draw(st.sampled_from("<>"))
    header = (b"II" if order == "<" else b"MM") + struct.pack(order + "H", 42)
    header = draw(st.just(header) | st.binary(min_size=4, max_size=4))  # rarely a bad magic
    ifd0_at = draw(st.just(8) | st.integers(0, 40))
    count = draw(st.integers(0, 10))
    data_at = ifd0_at + 2 + 12 * count + 4
    data = bytearray(draw(st.binary(max_size=48)))
    # A sub-IFD in the data area, which pointer tags may aim at (or at IFD0: a loop).
    sub_at = data_at + len(data)
    sub = [draw(entries(order, data_at, len(data))) for _ in range(draw(st.integers(0, 4)))]
    data += _ifd(order, sub, draw(st.just(0) | st.integers(0, 64)))
    items = [draw(entries(order, data_at, len(data))) for _ in range(count)]
    # Most real blocks hold a well-formed orientation: odd tags then meet the code that uses it.
    orientation = draw(st.none() | st.integers(0, 10))
    if orientation is not None and items:
        at = draw(st.integers(0, len(items) - 1))
        items[at] = Entry(ORIENTATION, 3, 1, struct.pack(order + "HH", orientation, 0))
    for i, item in enumerate(items):
        if item.tag in POINTERS and draw(st.booleans()):
            aim = draw(st.sampled_from((sub_at, ifd0_at, 0)))
            items[i] = Entry(item.tag, 4, 1, struct.pack(order + "I", aim))
    next_ifd = draw(st.just(0) | st.just(sub_at) | st.integers(0, sub_at + 16))
    gap = b"\x00" * max(0, ifd0_at - 8)
    tiff = header + struct.pack(order + "I", ifd0_at) + gap
    tiff = tiff[:ifd0_at] + _ifd(order, items, next_ifd) + bytes(data)
    cut = draw(st.none() | st.integers(0, len(tiff)))
    return EXIF_PREFIX + (tiff if cut is None else tiff[:cut])


def _picture() -> Image.Image:
    im = Image.new("RGB", SIZE, RED)
    im.paste(BLUE, (SIZE[0] // 2, 0, SIZE[0], SIZE[1]))
    return im


@cache
def plain_jpeg() -> bytes:
    buffer = io.BytesIO()
    _picture().save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


@cache
def plain_png() -> bytes:
    buffer = io.BytesIO()
    _picture().save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_with_exif(block: bytes) -> bytes:
    """The carrier JPEG with ``block`` as its APP1 segment, right after SOI."""
    assert len(block) <= 0xFFFF - 2, "an APP1 segment holds at most 65533 bytes"
    segment = b"\xff\xe1" + struct.pack(">H", len(block) + 2) + block
    jpeg = plain_jpeg()
    return jpeg[:2] + segment + jpeg[2:]


def png_with_exif(block: bytes, *, after_idat: bool = False) -> bytes:
    """The carrier PNG with an eXIf chunk holding ``block`` (without its Exif prefix)."""
    body = block.removeprefix(EXIF_PREFIX)
    chunk = struct.pack(">I", len(body)) + b"eXIf" + body
    chunk += struct.pack(">I", zlib.crc32(b"eXIf" + body))
    png = plain_png()
    at = png.rindex(b"IEND") - 4 if after_idat else png.index(b"IDAT") - 4
    return png[:at] + chunk + png[at:]


def carry(block: bytes, carrier: str) -> StillBytes:
    """``block`` inside a still of kind ``carrier`` (one of :data:`CARRIERS`)."""
    if carrier == "jpeg":
        return StillBytes(jpeg_with_exif(block))
    return StillBytes(png_with_exif(block, after_idat=carrier == "png-after-idat"))


def suffix(data: bytes) -> str:
    return ".jpg" if data.startswith(b"\xff\xd8") else ".png"
