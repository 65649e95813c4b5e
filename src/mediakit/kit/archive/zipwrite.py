"""A deterministic ZIP writer: the same entries give the same bytes anywhere.

Every field that could vary is fixed: timestamps 1980-01-01 00:00, Unix
permissions 0644, "made by" Unix, UTF-8 names, no extra fields other than
zip64 sizes (present only when a size or offset needs them, so they depend
on the data alone), no data descriptors, no comments. A local header is
written before its data with blank CRC and sizes and patched once the data
is through: each file is read once.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from mediakit.kit.archive.model import ArchiveWriteError
from mediakit.kit.archive.zipread import (
    CENTRAL,
    CENTRAL_SIG,
    EOCD,
    EOCD_SIG,
    LOCAL,
    LOCAL_SIG,
    SYSTEM_UNIX,
    ZIP64_EOCD,
    ZIP64_EOCD_SIG,
    ZIP64_LOCATOR,
    ZIP64_LOCATOR_SIG,
)
from mediakit.kit.problems import archive as say

STORED, DEFLATED = 0, 8
DOS_DATE, DOS_TIME = (0 << 9) | (1 << 5) | 1, 0  # 1980-01-01 00:00
EXTERNAL_ATTR = 0o100644 << 16
FLAG_UTF8 = 0x800
_MAX32 = 0xFFFFFFFF
_DEFLATE_LEVEL = 9


@dataclass
class _Record:
    raw_name: bytes
    method: int
    offset: int
    zip64: bool
    crc: int = 0
    compressed: int = 0
    size: int = 0


def _version(zip64: bool) -> int:
    return 45 if zip64 else 20


class ZipWriter:
    """``begin(name, method, size_hint)``, ``write(chunk)``…, ``end()``, then ``close()``."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.position = 0
        self.records: list[_Record] = []
        self._current: _Record | None = None
        self._deflater: zlib._Compress | None = None

    def _emit(self, data: bytes) -> None:
        self.out.write(data)
        self.position += len(data)

    def _local(self, record: _Record) -> bytes:
        sizes = (_MAX32, _MAX32) if record.zip64 else (record.compressed, record.size)
        extra = struct.pack("<2H2Q", 1, 16, record.size, record.compressed) if record.zip64 else b""
        header = LOCAL.pack(
            LOCAL_SIG, _version(record.zip64), FLAG_UTF8, record.method, DOS_TIME, DOS_DATE,
            record.crc, sizes[0], sizes[1], len(record.raw_name), len(extra),
        )  # fmt: skip
        return header + record.raw_name + extra

    def begin(self, name: str, method: int, size_hint: int) -> None:
        """Start an entry; ``size_hint`` (the file's size) decides zip64 before writing."""
        zip64 = size_hint + size_hint // 100 + 1024 >= _MAX32
        record = _Record(name.encode("utf-8"), method, self.position, zip64)
        self._current = record
        self._deflater = (
            zlib.compressobj(_DEFLATE_LEVEL, zlib.DEFLATED, -15) if method == DEFLATED else None
        )
        self._emit(self._local(record))

    def write(self, data: bytes) -> None:
        record = self._current
        assert record is not None, "write() outside begin()/end()"
        record.crc = zlib.crc32(data, record.crc)
        record.size += len(data)
        if self._deflater is not None:
            data = self._deflater.compress(data)
        record.compressed += len(data)
        self._emit(data)

    def end(self) -> int:
        """Finish the entry (patching its local header); returns the offset now final."""
        record = self._current
        assert record is not None, "end() without begin()"
        if self._deflater is not None:
            tail = self._deflater.flush()
            record.compressed += len(tail)
            self._emit(tail)
        if not record.zip64 and max(record.size, record.compressed) >= _MAX32:
            raise ArchiveWriteError(say.GREW(name=record.raw_name.decode()))
        self.out.seek(record.offset)
        self.out.write(self._local(record))
        self.out.seek(self.position)
        self.records.append(record)
        self._current = None
        return self.position

    def _central(self, record: _Record) -> bytes:
        big_offset = record.offset >= _MAX32
        values = [record.size, record.compressed] if record.zip64 else []
        values += [record.offset] if big_offset else []
        extra = struct.pack(f"<2H{len(values)}Q", 1, 8 * len(values), *values) if values else b""
        zip64 = bool(values)
        sizes = (_MAX32, _MAX32) if record.zip64 else (record.compressed, record.size)
        header = CENTRAL.pack(
            CENTRAL_SIG, (SYSTEM_UNIX << 8) | _version(zip64), _version(zip64), FLAG_UTF8,
            record.method, DOS_TIME, DOS_DATE, record.crc, sizes[0], sizes[1],
            len(record.raw_name), len(extra), 0, 0, 0, EXTERNAL_ATTR,
            _MAX32 if big_offset else record.offset,
        )  # fmt: skip
        return header + record.raw_name + extra

    def close(self, earlier: Sequence[bytes] = ()) -> None:
        """Write the central directory and the end records.

        ``earlier``: the central records, as they were, of entries already in
        the file before this writer's (signing appends one entry to an archive
        and keeps every byte of the others)."""
        start = self.position
        for raw in earlier:
            self._emit(raw)
        for record in self.records:
            self._emit(self._central(record))
        size, count = self.position - start, len(earlier) + len(self.records)
        if count >= 0xFFFF or start >= _MAX32 or size >= _MAX32:
            end64 = self.position
            made_by = (SYSTEM_UNIX << 8) | 45
            head = (ZIP64_EOCD_SIG, ZIP64_EOCD.size - 12, made_by, 45, 0, 0, count, count)
            self._emit(ZIP64_EOCD.pack(*head, size, start))
            self._emit(ZIP64_LOCATOR.pack(ZIP64_LOCATOR_SIG, 0, end64, 1))
            count, size, start = min(count, 0xFFFF), min(size, _MAX32), min(start, _MAX32)
        self._emit(EOCD.pack(EOCD_SIG, 0, 0, count, count, size, start, 0))
