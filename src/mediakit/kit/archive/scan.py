"""One pass over an archive: structure and rules first, then every byte once.

The file is read front to back a chunk at a time: every byte feeds the
archive's own SHA-256 (on a second core), entry data is inflated with a cap at
its declared size, CRC-checked, hashed for checksums.sha256 and handed to an
optional sink (extraction). Memory stays flat. Nothing reaches the sink before
the central directory, every local header and every reader rule have passed.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol

from mediakit.kit.archive.hashing import CHUNK, BackgroundHasher
from mediakit.kit.archive.model import ArchiveLimits, ArchiveReport, Finding, make_report
from mediakit.kit.archive.rules import (
    CHECKSUMS,
    DEFLATED,
    MAX_CHECKSUMS_BYTES,
    entry_findings,
    parse_checksums,
)
from mediakit.kit.archive.zipread import Entry, ZipFormatError, read_central, walk_local
from mediakit.safeio import open_regular

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 8 * CHUNK
CRC_FAILED = "damaged: its data fails its CRC check (the file was corrupted after packing)"


class EntryWriter(Protocol):
    def write(self, data: bytes) -> None: ...


class Sink(Protocol):
    """Where entry data goes while it is checked (extraction); verify has none."""

    def directory(self, name: str) -> None: ...
    def open(self, name: str) -> EntryWriter: ...
    def close(self, name: str) -> None: ...


class _Reader:
    """Reads the archive strictly front to back, feeding the archive hash."""

    def __init__(self, handle: BinaryIO, size: int, progress: Progress | None) -> None:
        self.handle, self.size, self.progress = handle, size, progress
        self.hasher = BackgroundHasher()
        self.position = 0
        self._reported = 0
        handle.seek(0)

    def chunks(self, end: int) -> _Iter:
        return _Iter(self, end)

    def read(self, count: int) -> bytes:
        data = self.handle.read(count)
        if len(data) != count:
            raise ZipFormatError("the archive changed or was cut short while it was read")
        self.hasher.feed(data)
        self.position += count
        if self.progress and self.position - self._reported >= _PROGRESS_EVERY:
            self._reported = self.position
            self.progress(self.position, self.size)
        return data

    def skip_to(self, end: int) -> None:
        for _ in self.chunks(end):
            pass


class _Iter:
    def __init__(self, reader: _Reader, end: int) -> None:
        self.reader, self.end = reader, end

    def __iter__(self) -> _Iter:
        return self

    def __next__(self) -> bytes:
        left = self.end - self.reader.position
        if left <= 0:
            raise StopIteration
        return self.reader.read(min(CHUNK, left))


def _stream(
    reader: _Reader, entry: Entry, limits: ArchiveLimits, out: EntryWriter | None
) -> tuple[str, list[Finding]]:
    """Read ``entry``'s data: its SHA-256, and what is wrong with it."""
    digest, crc, produced = hashlib.sha256(), 0, 0
    consumed = 0
    inflater = zlib.decompressobj(-15) if entry.method == DEFLATED else None

    def take(data: bytes) -> Finding | None:
        nonlocal crc, produced
        produced += len(data)
        if produced > entry.size:
            return Finding(
                entry.name, "it inflates to more than its declared size (a zip bomb)", True
            )
        if produced > limits.ratio_floor and produced > limits.max_ratio * max(consumed, 1):
            return Finding(entry.name, "it inflates beyond the compression ratio limit", True)
        digest.update(data)
        crc = zlib.crc32(data, crc)
        if out is not None:
            out.write(data)
        return None

    end = entry.data_offset + entry.compressed
    for chunk in reader.chunks(end):
        consumed += len(chunk)
        if inflater is None:
            bad = take(chunk)
        else:
            bad, pending = None, chunk
            try:
                while pending and not bad and not inflater.eof:
                    bad = take(inflater.decompress(pending, CHUNK))
                    pending = inflater.unconsumed_tail
                if not bad and (pending or (inflater.eof and reader.position < end)):
                    bad = Finding(
                        entry.name, "its data is damaged (bytes after its end)", False, True
                    )
            except zlib.error:
                bad = Finding(entry.name, "its compressed data is damaged", False, True)
        if bad:
            reader.skip_to(end)
            return "", [bad]
    if inflater is not None:
        if not inflater.eof:
            return "", [Finding(entry.name, "its compressed data is cut short", False, True)]
        bad = take(inflater.flush())
        if bad:
            return "", [bad]
    if produced != entry.size:
        return "", [Finding(entry.name, "its data is shorter than its declared size", False, True)]
    if crc != entry.crc:
        return "", [Finding(entry.name, CRC_FAILED, False, True)]
    return digest.hexdigest(), []


def _compare(files: list[Entry], digests: dict[str, str], checksums: bytes | None) -> list[Finding]:
    if checksums is None:
        found = [Finding(CHECKSUMS, "missing: the archive has no checksums.sha256", False)]
        return found + [
            Finding(e.name, "unlisted entry: not in checksums.sha256", False, True) for e in files
        ]
    listed, findings = parse_checksums(checksums)
    names = {entry.name for entry in files}
    for entry in files:
        if entry.name not in listed:
            findings.append(
                Finding(entry.name, "unlisted entry: not in checksums.sha256", False, True)
            )
        elif entry.name in digests and digests[entry.name] != listed[entry.name]:
            findings.append(
                Finding(
                    entry.name,
                    "checksum mismatch (the file was changed after packing)",
                    False,
                    True,
                )
            )
    for path in listed:
        if path not in names and path != CHECKSUMS:
            findings.append(
                Finding(
                    path,
                    "missing entry: listed in checksums.sha256 but not in the archive",
                    False,
                    True,
                )
            )
    return findings


def scan(
    archive: Path,
    limits: ArchiveLimits,
    sink: Sink | None = None,
    progress: Progress | None = None,
) -> ArchiveReport:
    """Check ``archive`` (and feed ``sink`` if every rule passed); never raises for bad input."""
    findings: list[Finding] = []
    try:
        handle = open_regular(archive, follow_links=True)  # never a FIFO, a pipe or a device
    except OSError as exc:
        message = f"cannot read it: {exc.strerror or exc}"
        return make_report(archive, "", 0, [Finding(None, message, True)])
    with handle:
        size = os.fstat(handle.fileno()).st_size
        reader = _Reader(handle, size, progress)
        try:
            entries, cd_offset = read_central(handle, size, limits.max_entries)
            findings = entry_findings(entries, limits, size)
            ordered = walk_local(handle, entries, cd_offset)
            handle.seek(0)
            skip = {f.entry for f in findings if f.unsafe}
            files = [e for e in ordered if not e.is_dir and e.name != CHECKSUMS]
            if None in skip or (skip and sink is not None):
                reader.skip_to(size)
                return make_report(archive, reader.hasher.hexdigest(), 0, findings)
            digests: dict[str, str] = {}
            checksums: bytes | None = None
            for entry in ordered:
                reader.skip_to(entry.data_offset)
                if entry.name in skip or entry.is_dir:
                    if entry.is_dir and sink is not None:
                        sink.directory(entry.name)
                    reader.skip_to(entry.data_offset + entry.compressed)
                    continue
                capture = entry.name == CHECKSUMS and entry.size <= MAX_CHECKSUMS_BYTES
                out: EntryWriter | None = _Capture() if capture else None
                if sink is not None and entry.name != CHECKSUMS:
                    out = sink.open(entry.name)
                digest, bad = _stream(reader, entry, limits, out)
                if sink is not None and entry.name != CHECKSUMS:
                    sink.close(entry.name)
                findings += bad
                if any(f.unsafe for f in bad) and sink is not None:
                    reader.skip_to(size)
                    return make_report(archive, reader.hasher.hexdigest(), 0, findings)
                if digest:
                    digests[entry.name] = digest
                if isinstance(out, _Capture) and not bad:
                    checksums = bytes(out.data)
            reader.skip_to(size)
            findings += _compare(files, digests, checksums)
            if progress:
                progress(size, size)
            return make_report(archive, reader.hasher.hexdigest(), len(files), findings)
        except ZipFormatError as exc:
            findings.append(Finding(exc.entry, exc.message, True))
            return make_report(archive, "", 0, findings)
        finally:
            reader.hasher.close()


class _Capture:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes) -> None:
        self.data += data
