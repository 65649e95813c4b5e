"""Strategies for mutated archives: flipped bytes, cuts at every kind of
offset, rewritten header fields (sizes, offsets, method, flags, name lengths)
and rewritten names, applied to the bytes of one small valid archive.

The archive's structure (where each header and field is) is read once from
the valid bytes with ``struct``; mutations then write into those places.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from hypothesis import strategies as st

# (offset in the record, struct format) of each field worth lying about.
LOCAL_FIELDS = {
    "signature": (0, "<L"), "version": (4, "<H"), "flags": (6, "<H"), "method": (8, "<H"),
    "crc": (14, "<L"), "compressed": (18, "<L"), "size": (22, "<L"),
    "name_len": (26, "<H"), "extra_len": (28, "<H"),
}  # fmt: skip
CENTRAL_FIELDS = {
    "signature": (0, "<L"), "made_by": (4, "<H"), "flags": (8, "<H"), "method": (10, "<H"),
    "crc": (16, "<L"), "compressed": (20, "<L"), "size": (24, "<L"),
    "name_len": (28, "<H"), "extra_len": (30, "<H"), "comment_len": (32, "<H"),
    "disk": (34, "<H"), "external_attr": (38, "<L"), "offset": (42, "<L"),
}  # fmt: skip
END_FIELDS = {
    "signature": (0, "<L"), "disk": (4, "<H"), "cd_disk": (6, "<H"), "disk_count": (8, "<H"),
    "count": (10, "<H"), "cd_size": (12, "<L"), "cd_offset": (16, "<L"),
    "comment_len": (20, "<H"),
}  # fmt: skip
NAMES = [
    b"../../evil.txt", b"/etc/passwd", b"C:evil", b"a\\b", b"kit.yaml", b"KIT.YAML",
    b"checksums.sha256", b"stills/", b"./kit.yaml", b"a//b", b"a\x00b", b"a\nb", b"\x1b[2J",
    b"\xe2\x80\xae", b"\xff\xfe", b"\xc3", b"..", b".", b"", b"x" * 300, b"stills/01.jpg/x",
]  # fmt: skip


class ArchiveBytes(bytes):
    """Archive bytes that print short in hypothesis's reports (the file is kept anyway)."""

    def __repr__(self) -> str:
        digest = hashlib.sha256(self).hexdigest()[:16]
        return f"<{len(self):,} archive bytes, sha256 {digest}…>"


@dataclass(frozen=True)
class Layout:
    """Where things are in the valid archive."""

    locals: tuple[int, ...]  # local header offsets
    names: tuple[tuple[int, int], ...]  # (local name offset, length), same order
    centrals: tuple[int, ...]  # central record offsets
    central_names: tuple[tuple[int, int], ...]
    end: int  # the end of central directory record
    data: tuple[tuple[int, int], ...]  # (start, end) of each entry's data

    def boundaries(self) -> list[int]:
        """Every offset where one part of the file meets another."""
        points = {0, self.end, self.end + 22}
        points.update(self.locals)
        points.update(self.centrals)
        for start, end in self.data:
            points.update((start, end))
        for at, length in (*self.names, *self.central_names):
            points.update((at, at + length))
        return sorted(points)


def layout(raw: bytes) -> Layout:
    end = raw.rfind(b"PK\x05\x06")
    count, _, cd_offset = struct.unpack_from("<HLL", raw, end + 10)
    centrals, central_names, locals_, names, data = [], [], [], [], []
    at = cd_offset
    for _ in range(count):
        centrals.append(at)
        compressed = struct.unpack_from("<L", raw, at + 20)[0]
        name_len, extra_len, comment_len = struct.unpack_from("<3H", raw, at + 28)
        central_names.append((at + 46, name_len))
        local = struct.unpack_from("<L", raw, at + 42)[0]
        local_name, local_extra = struct.unpack_from("<2H", raw, local + 26)
        locals_.append(local)
        names.append((local + 30, local_name))
        start = local + 30 + local_name + local_extra
        data.append((start, start + compressed))
        at += 46 + name_len + extra_len + comment_len
    return Layout(
        tuple(locals_), tuple(names), tuple(centrals), tuple(central_names), end, tuple(data)
    )


def _value(fmt: str) -> st.SearchStrategy[int]:
    top = 0xFFFF if fmt == "<H" else 0xFFFFFFFF
    edges = [0, 1, 2, 8, 12, 0x40, 0x800, 0x808, 99, top - 1, top, top // 2 + 1]
    return st.one_of(st.sampled_from(edges), st.integers(0, top))


@st.composite
def _field(draw: st.DrawFn, raw: bytearray, shape: Layout) -> None:
    record = draw(st.sampled_from(["local", "central", "end"]))
    if record == "end":
        base, fields = shape.end, END_FIELDS
    else:
        index = draw(st.integers(0, len(shape.locals) - 1))
        base = (shape.locals if record == "local" else shape.centrals)[index]
        fields = LOCAL_FIELDS if record == "local" else CENTRAL_FIELDS
    offset, fmt = fields[draw(st.sampled_from(sorted(fields)))]
    if base + offset + struct.calcsize(fmt) > len(raw):
        return
    old = struct.unpack_from(fmt, raw, base + offset)[0]
    top = 0xFFFF if fmt == "<H" else 0xFFFFFFFF
    new = draw(st.one_of(_value(fmt), st.integers(-3, 3).map(lambda d: (old + d) % (top + 1))))
    struct.pack_into(fmt, raw, base + offset, new)


@st.composite
def _name(draw: st.DrawFn, raw: bytearray, shape: Layout) -> None:
    """Overwrite an entry's name in place (same length) in its local or central header, or both."""
    index = draw(st.integers(0, len(shape.names) - 1))
    new = draw(st.one_of(st.sampled_from(NAMES), st.binary(min_size=1, max_size=20)))
    places = draw(st.sampled_from(["local", "central", "both"]))
    for kind, (at, length) in (
        ("local", shape.names[index]),
        ("central", shape.central_names[index]),
    ):
        if places in (kind, "both") and length:
            raw[at : at + length] = (new * (length // max(len(new), 1) + 1))[:length]


@st.composite
def mutated_archive(draw: st.DrawFn, valid: bytes) -> bytes:
    """``valid`` with 1-3 of: flipped bytes, a lying header field, a rewritten name,
    inserted or appended junk; then perhaps cut at any offset or a part boundary."""
    shape = layout(valid)
    raw = bytearray(valid)
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["flip", "field", "field", "name", "insert", "append"]))
        if op == "flip" and raw:
            at = draw(st.integers(0, len(raw) - 1))
            raw[at] ^= draw(st.integers(1, 255))
        elif op == "field":
            draw(_field(raw, shape))
        elif op == "name":
            draw(_name(raw, shape))
        elif op == "insert":
            at = draw(st.sampled_from(shape.boundaries()))
            raw[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "append":
            raw += draw(st.sampled_from([b"PK\x05\x06" + bytes(18), b"\x00" * 30, b"junk"]))
    cut = draw(st.sampled_from(["none", "none", "boundary", "anywhere"]))
    if cut == "boundary":
        at = draw(st.sampled_from(shape.boundaries())) + draw(st.integers(-2, 2))
        del raw[max(at, 0) :]
    elif cut == "anywhere":
        del raw[draw(st.integers(0, len(raw))) :]
    return ArchiveBytes(raw)
