"""An XMP packet put into an image file without re-encoding it.

Only the containers' metadata parts change; every byte of the image data is
copied as it was:

- JPEG: an APP1 ``http://ns.adobe.com/xap/1.0/`` segment after SOI, JFIF
  (APP0) and Exif (APP1), replacing any XMP packet there was (and its extended
  parts); from SOS on, the file is copied as it is.
- PNG: an ``iTXt`` chunk ``XML:com.adobe.xmp`` before the first IDAT,
  replacing any there was.
- WebP: the RIFF ``XMP `` chunk, with the VP8X header's XMP flag (a simple
  file gains the VP8X header, its canvas size read from the bitstream).

Content Credentials (C2PA) hash the file's bytes, so any change breaks them:
a copy with their manifest would read INVALID, which on a photo desk looks
like tampering. So the copy drops them — JPEG APP11 JUMBF ``c2pa`` boxes,
PNG ``caBX``, WebP ``C2PA`` — and says it did (``Embedded.dropped_c2pa``);
the caller keeps the untouched original beside it.

Any other format (TIFF, GIF, AVIF, HEIC …) is :data:`None` from
:func:`format_of`: the caller copies the original and writes a sidecar.
Damaged containers raise :class:`ValueError`.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

JPEG, PNG, WEBP = "jpeg", "png", "webp"
EXTENSIONS = {JPEG: ".jpg", PNG: ".png", WEBP: ".webp"}

_XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION_ID = b"http://ns.adobe.com/xmp/extension/\x00"
_EXIF_ID = b"Exif\x00"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_XMP_KEYWORD = b"XML:com.adobe.xmp"
_MAX_SEGMENT = 0xFFFF - 2  # a JPEG segment's payload


@dataclass(frozen=True)
class Embedded:
    data: bytes
    dropped_c2pa: bool  # Content Credentials were removed (the original keeps them)


def format_of(head: bytes) -> str | None:
    """:data:`JPEG`, :data:`PNG` or :data:`WEBP` from a file's first bytes; None otherwise."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(_PNG_SIGNATURE):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    return None


def embed(data: bytes, xmp: bytes) -> Embedded:
    """``data`` (a JPEG, PNG or WebP file) with ``xmp`` as its only XMP packet,
    Content Credentials dropped. ValueError when the file is damaged, not one of
    these, or the packet too large for a JPEG segment."""
    kind = format_of(data[:16])
    if kind == JPEG:
        return _jpeg(data, xmp)
    if kind == PNG:
        return _png(data, xmp)
    if kind == WEBP:
        return _webp(data, xmp)
    raise ValueError("not a JPEG, PNG or WebP file")


# -- JPEG -----------------------------------------------------------------------


def jpeg_segments(data: bytes) -> tuple[list[tuple[int, bytes]], int]:
    """The segments between SOI and SOS as (marker, whole segment bytes), and
    where SOS starts (from there on: the scans, copied as they are)."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG file")
    segments: list[tuple[int, bytes]] = []
    at = 2
    while True:
        if at + 4 > len(data) or data[at] != 0xFF:
            raise ValueError("damaged JPEG: no image data found")
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0xDA:  # SOS: the entropy-coded data follows
            return segments, at
        if marker in (0x01, *range(0xD0, 0xD8)):  # no length
            segments.append((marker, data[at : at + 2]))
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        end = at + 2 + length
        if length < 2 or end > len(data):
            raise ValueError("damaged JPEG: a segment runs past the end of the file")
        segments.append((marker, data[at:end]))
        at = end


def _c2pa_boxes(segments: list[tuple[int, bytes]]) -> set[bytes]:
    """The JUMBF box instance numbers (``En``) of the APP11 segments holding C2PA."""
    found = set()
    for marker, segment in segments:
        payload = segment[4:]
        if marker == 0xEB and payload[:2] == b"JP" and b"c2pa" in payload[16:64]:
            found.add(payload[2:4])
    return found


def _jpeg(data: bytes, xmp: bytes) -> Embedded:
    if len(_XMP_ID) + len(xmp) > _MAX_SEGMENT:
        raise ValueError("the metadata is too large for a JPEG segment")
    segments, scans = jpeg_segments(data)
    c2pa = _c2pa_boxes(segments)
    kept: list[tuple[int, bytes]] = []
    dropped_c2pa = False
    for marker, segment in segments:
        payload = segment[4:]
        if marker == 0xE1 and payload.startswith((_XMP_ID, _XMP_EXTENSION_ID)):
            continue  # the packet this one replaces
        if marker == 0xEB and payload[:2] == b"JP" and payload[2:4] in c2pa:
            dropped_c2pa = True
            continue
        kept.append((marker, segment))
    at = 0  # after the last JFIF or Exif segment
    for index, (marker, segment) in enumerate(kept):
        if marker == 0xE0 or (marker == 0xE1 and segment[4:].startswith(_EXIF_ID)):
            at = index + 1
    app1 = b"\xff\xe1" + struct.pack(">H", 2 + len(_XMP_ID) + len(xmp)) + _XMP_ID + xmp
    head = [segment for _, segment in kept]
    head.insert(at, app1)
    return Embedded(b"\xff\xd8" + b"".join(head) + data[scans:], dropped_c2pa)


# -- PNG ------------------------------------------------------------------------


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, whole chunk bytes) of each chunk, as they are (CRCs not recomputed)."""
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("not a PNG file")
    chunks = []
    at = len(_PNG_SIGNATURE)
    while at < len(data):
        if at + 8 > len(data):
            raise ValueError("damaged PNG: a chunk runs past the end of the file")
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        end = at + 12 + length
        if end > len(data):
            raise ValueError("damaged PNG: a chunk runs past the end of the file")
        chunks.append((kind, data[at:end]))
        at = end
        if kind == b"IEND":
            break
    return chunks


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def _png(data: bytes, xmp: bytes) -> Embedded:
    chunks = png_chunks(data)
    if not any(kind == b"IDAT" for kind, _ in chunks):
        raise ValueError("damaged PNG: no image data")
    # keyword, NUL, no compression (flag and method), no language tag, no translated keyword
    itxt = _png_chunk(b"iTXt", _PNG_XMP_KEYWORD + b"\x00\x00\x00\x00\x00" + xmp)
    out = [_PNG_SIGNATURE]
    dropped_c2pa = False
    placed = False
    for kind, chunk in chunks:
        if kind == b"iTXt" and chunk[8:].startswith(_PNG_XMP_KEYWORD + b"\x00"):
            continue
        if kind == b"caBX":
            dropped_c2pa = True
            continue
        if kind == b"IDAT" and not placed:
            out.append(itxt)
            placed = True
        out.append(chunk)
    return Embedded(b"".join(out), dropped_c2pa)


# -- WebP -----------------------------------------------------------------------

_VP8X_XMP = 0x04
_VP8X_ALPHA = 0x10


def webp_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(FourCC, whole chunk bytes with its padding) of each chunk after ``WEBP``."""
    if not (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        raise ValueError("not a WebP file")
    (riff_size,) = struct.unpack("<I", data[4:8])
    end = min(len(data), 8 + riff_size)
    chunks = []
    at = 12
    while at + 8 <= end:
        kind = data[at : at + 4]
        (size,) = struct.unpack("<I", data[at + 4 : at + 8])
        stop = at + 8 + size + (size & 1)
        if at + 8 + size > end:
            raise ValueError("damaged WebP: a chunk runs past the end of the file")
        chunks.append((kind, data[at:stop]))
        at = stop
    return chunks


def _webp_chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + b"\x00" * (len(body) & 1)


def _canvas(kind: bytes, chunk: bytes) -> tuple[int, int, bool]:
    """Width, height and whether it has alpha, from a simple file's VP8/VP8L chunk."""
    body = chunk[8:]
    if kind == b"VP8L" and len(body) >= 5 and body[0] == 0x2F:
        (bits,) = struct.unpack("<I", body[1:5])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, bool(bits >> 28 & 1)
    if kind == b"VP8 " and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", body[6:10])
        return width & 0x3FFF, height & 0x3FFF, False
    raise ValueError("damaged WebP: no image data")


def _webp(data: bytes, xmp: bytes) -> Embedded:
    chunks = webp_chunks(data)
    kept = [(kind, chunk) for kind, chunk in chunks if kind not in (b"XMP ", b"C2PA")]
    dropped_c2pa = any(kind == b"C2PA" for kind, _ in chunks)
    if kept and kept[0][0] == b"VP8X":
        header = bytearray(kept[0][1])
        header[8] |= _VP8X_XMP
        kept[0] = (b"VP8X", bytes(header))
    else:
        image = next(((k, c) for k, c in kept if k in (b"VP8 ", b"VP8L")), None)
        if image is None:
            raise ValueError("damaged WebP: no image data")
        width, height, alpha = _canvas(*image)
        flags = _VP8X_XMP | (_VP8X_ALPHA if alpha else 0)
        body = bytes([flags, 0, 0, 0]) + (width - 1).to_bytes(3, "little")
        body += (height - 1).to_bytes(3, "little")
        kept.insert(0, (b"VP8X", _webp_chunk(b"VP8X", body)))
    kept.append((b"XMP ", _webp_chunk(b"XMP ", xmp)))
    body = b"WEBP" + b"".join(chunk for _, chunk in kept)
    return Embedded(b"RIFF" + struct.pack("<I", len(body)) + body, dropped_c2pa)
