"""The structure of a ZIP file, read by hand: the central directory and every
local header, and the two compared.

Python's ``zipfile`` trusts the central directory and only cross-checks names
with the local headers; a tool that extracts by walking local headers would
then see other files than we checked. So we parse both and refuse any
disagreement (name, flags, method, CRC, sizes), overlapping entries and bytes
that belong to no entry. Nothing here reads entry data; see scan.py.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

from mediakit.kit.message import Message, Template
from mediakit.kit.problems import archive as say

EOCD_SIG = b"PK\x05\x06"
ZIP64_EOCD_SIG = b"PK\x06\x06"
ZIP64_LOCATOR_SIG = b"PK\x06\x07"
CENTRAL_SIG = b"PK\x01\x02"
LOCAL_SIG = b"PK\x03\x04"
EOCD = struct.Struct("<4s4H2LH")
ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
ZIP64_LOCATOR = struct.Struct("<4sLQL")
CENTRAL = struct.Struct("<4s6H3L5H2L")
LOCAL = struct.Struct("<4s5H3L2H")
MAX_COMMENT = 0xFFFF
FLAG_ENCRYPTED = 0x1
FLAG_DESCRIPTOR = 0x8
FLAG_STRONG_ENCRYPTION = 0x40
SYSTEM_UNIX = 3
MAX_DESCRIPTOR = 24  # signature + CRC + two 8-byte sizes


class ZipFormatError(Exception):
    """The file is not a ZIP we can read safely; ``message`` is a readable reason."""

    def __init__(self, message: Message, entry: str | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.entry = entry


@dataclass
class Entry:
    """One central directory record, with its local header's data offset once walked."""

    name: str
    raw_name: bytes
    flags: int
    method: int
    crc: int
    compressed: int
    size: int
    offset: int
    external_attr: int
    system: int
    data_offset: int = 0

    @property
    def is_dir(self) -> bool:
        return self.name.endswith("/")


def _read_at(handle: BinaryIO, offset: int, size: int) -> bytes:
    handle.seek(offset)
    return handle.read(size)


def _zip64_values(extra: bytes, wanted: list[bool], name: str) -> list[int | None]:
    """The zip64 extra field's values for the fields marked 0xFFFF… in the header."""
    position = 0
    while position + 4 <= len(extra):
        tag, length = struct.unpack_from("<2H", extra, position)
        body = extra[position + 4 : position + 4 + length]
        position += 4 + length
        if tag != 1:
            continue
        values: list[int | None] = []
        cursor = 0
        for needed in wanted:
            if not needed:
                values.append(None)
                continue
            if cursor + 8 > len(body):
                raise ZipFormatError(say.ZIP64_SIZES_INCOMPLETE(), name)
            values.append(struct.unpack_from("<Q", body, cursor)[0])
            cursor += 8
        return values
    if any(wanted):
        raise ZipFormatError(say.ZIP64_SIZES_MISSING(), name)
    return [None] * len(wanted)


def _decode(raw: bytes, flags: int) -> str:
    if flags & 0x800:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ZipFormatError(say.NAME_NOT_UTF8(name=repr(raw))) from None
    return raw.decode("cp437")


def _end_record(handle: BinaryIO, size: int) -> tuple[int, int, int, int]:
    """(entry count, central directory offset, its size, where the end records start)."""
    head = _read_at(handle, 0, 4)
    tail_start = max(0, size - EOCD.size - MAX_COMMENT)
    tail = _read_at(handle, tail_start, size - tail_start)
    at = tail.rfind(EOCD_SIG)
    if at < 0 or at + EOCD.size > len(tail):
        if head == LOCAL_SIG:
            raise ZipFormatError(say.TRUNCATED_END())
        raise ZipFormatError(say.NOT_ZIP())
    _, disk, cd_disk, _, count, cd_size, cd_offset, comment = EOCD.unpack_from(tail, at)
    end = tail_start + at
    if end + EOCD.size + comment != size:
        raise ZipFormatError(say.TRUNCATED_OR_TRAILING())
    if disk or cd_disk:
        raise ZipFormatError(say.SPLIT())
    if count == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        loc = _read_at(handle, end - ZIP64_LOCATOR.size, ZIP64_LOCATOR.size)
        if len(loc) != ZIP64_LOCATOR.size or loc[:4] != ZIP64_LOCATOR_SIG:
            raise ZipFormatError(say.ZIP64_END_MISSING())
        record_at = ZIP64_LOCATOR.unpack(loc)[2]
        record = _read_at(handle, record_at, ZIP64_EOCD.size)
        if len(record) != ZIP64_EOCD.size or record[:4] != ZIP64_EOCD_SIG:
            raise ZipFormatError(say.ZIP64_END_DAMAGED())
        fields = ZIP64_EOCD.unpack(record)
        count, cd_size, cd_offset, end = fields[7], fields[8], fields[9], record_at
    if cd_offset + cd_size != end:
        raise ZipFormatError(say.DIRECTORY_MISPLACED())
    return count, cd_offset, cd_size, end


def read_central(handle: BinaryIO, size: int, max_entries: int) -> tuple[list[Entry], int]:
    """Every central directory entry, and the offset where the directory starts."""
    if size < EOCD.size:
        raise ZipFormatError(say.NOT_ZIP())
    count, cd_offset, cd_size, _ = _end_record(handle, size)
    if count > max_entries:
        raise ZipFormatError(say.TOO_MANY_ENTRIES(count=count, limit=max_entries))
    data = _read_at(handle, cd_offset, cd_size)
    entries: list[Entry] = []
    position = 0
    for _ in range(count):
        if position + CENTRAL.size > len(data) or data[position : position + 4] != CENTRAL_SIG:
            raise ZipFormatError(say.DIRECTORY_DAMAGED())
        fields = CENTRAL.unpack_from(data, position)
        made_by, flags, method = fields[1], fields[3], fields[4]
        crc, compressed, size_, name_len, extra_len, comment_len = fields[7:13]
        external, offset = fields[15], fields[16]
        start = position + CENTRAL.size
        raw = data[start : start + name_len]
        extra = data[start + name_len : start + name_len + extra_len]
        position = start + name_len + extra_len + comment_len
        if position > len(data):
            raise ZipFormatError(say.DIRECTORY_DAMAGED())
        name = _decode(raw, flags)
        wanted = [size_ == 0xFFFFFFFF, compressed == 0xFFFFFFFF, offset == 0xFFFFFFFF]
        big = _zip64_values(extra, wanted, name)
        entries.append(
            Entry(
                name=name,
                raw_name=raw,
                flags=flags,
                method=method,
                crc=crc,
                compressed=compressed if big[1] is None else big[1],
                size=size_ if big[0] is None else big[0],
                offset=offset if big[2] is None else big[2],
                external_attr=external,
                system=made_by >> 8,
            )
        )
    if position != len(data):
        raise ZipFormatError(say.DIRECTORY_EXTRA())
    return entries, cd_offset


def _disagree(entry: Entry, what: Template) -> ZipFormatError:
    return ZipFormatError(
        say.DISAGREE(what=what()),
        entry.name,
    )


def check_local(handle: BinaryIO, entry: Entry) -> None:
    """Read ``entry``'s local header, compare it with the central record, set data_offset."""
    header = _read_at(handle, entry.offset, LOCAL.size)
    if len(header) < LOCAL.size:
        raise ZipFormatError(say.HEADER_CUT(), entry.name)
    sig, _, flags, method, _, _, crc, compressed, size, name_len, extra_len = LOCAL.unpack(header)
    if sig != LOCAL_SIG:
        raise ZipFormatError(say.LOCAL_HEADER_DAMAGED(), entry.name)
    tail = _read_at(handle, entry.offset + LOCAL.size, name_len + extra_len)
    if len(tail) < name_len + extra_len:
        raise ZipFormatError(say.HEADER_CUT(), entry.name)
    if tail[:name_len] != entry.raw_name:
        raise _disagree(entry, say.HEADER_NAME)
    if flags != entry.flags:
        raise _disagree(entry, say.HEADER_FLAGS)
    if method != entry.method:
        raise _disagree(entry, say.HEADER_METHOD)
    if not flags & FLAG_DESCRIPTOR:
        big = _zip64_values(
            tail[name_len:], [size == 0xFFFFFFFF, compressed == 0xFFFFFFFF], entry.name
        )
        if crc != entry.crc:
            raise _disagree(entry, say.HEADER_CRC)
        if (size if big[0] is None else big[0]) != entry.size:
            raise _disagree(entry, say.HEADER_SIZE)
        if (compressed if big[1] is None else big[1]) != entry.compressed:
            raise _disagree(entry, say.HEADER_COMPRESSED_SIZE)
    entry.data_offset = entry.offset + LOCAL.size + name_len + extra_len


def walk_local(handle: BinaryIO, entries: list[Entry], cd_offset: int) -> list[Entry]:
    """Check every local header; entries in file order, contiguous, none overlapping."""
    ordered = sorted(entries, key=lambda e: e.offset)
    expected = 0
    slack = 0  # a data descriptor may follow an entry's data
    for entry in ordered:
        if entry.offset < expected:
            raise ZipFormatError(say.OVERLAPS(), entry.name)
        if entry.offset > expected + slack:
            raise ZipFormatError(say.STRAY_BYTES(), entry.name)
        check_local(handle, entry)
        expected = entry.data_offset + entry.compressed
        slack = MAX_DESCRIPTOR if entry.flags & FLAG_DESCRIPTOR else 0
    if expected > cd_offset:
        raise ZipFormatError(say.LAST_ENTRY_RUNS_ON())
    if cd_offset > expected + slack:
        raise ZipFormatError(say.STRAY_BYTES())
    return ordered
