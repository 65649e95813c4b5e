"""One pass over an archive: structure and rules first, then every byte once.

The file is read front to back in large chunks, into a few reusable buffers:
every byte feeds the archive's own SHA-256 (on a second core), entry data is
inflated with a cap at its declared size, hashed for checksums.sha256 and
handed to an optional sink (extraction). Memory stays flat. Nothing reaches
the sink before the central directory, every local header and every reader
rule have passed.

Each byte is read once. The CRC-32 of a stored entry (media, the bulk of an
archive) is not computed in that pass: its SHA-256, checked against
checksums.sha256, already proves its bytes are the ones packed, which a CRC
only guesses. Only an entry whose SHA-256 is not confirmed that way (a
mismatch, an entry missing from the list, no list at all) has its CRC checked
afterwards, from the file again, so that a corrupted entry is still named
"damaged: its data fails its CRC check" as before. Deflated entries (text, a
small part) and checksums.sha256 itself keep their CRC check in the pass.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol

from mediakit.kit.archive.hashing import CHUNK, READ_CHUNK, BackgroundHasher
from mediakit.kit.archive.model import ArchiveLimits, ArchiveReport, Finding, make_report
from mediakit.kit.archive.rules import (
    CHECKSUMS,
    DEFLATED,
    MAX_CHECKSUMS_BYTES,
    SIGNATURE,
    entry_findings,
    parse_checksums,
)
from mediakit.kit.archive.signature import signature_findings
from mediakit.kit.archive.zipread import Entry, ZipFormatError, read_central, walk_local
from mediakit.kit.problems import archive as say
from mediakit.kit.signing.sshsig import MAX_SIGNATURE_BYTES
from mediakit.safeio import open_regular

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 8 * CHUNK
CRC_FAILED = say.CRC_FAILED
_CUT_SHORT = say.CUT_SHORT


class EntryWriter(Protocol):
    def write(self, data: bytes | memoryview) -> None: ...


class Sink(Protocol):
    """Where entry data goes while it is checked (extraction); verify has none."""

    def directory(self, name: str) -> None: ...
    def open(self, name: str) -> EntryWriter: ...
    def close(self, name: str) -> None: ...


class _Reader:
    """Reads the archive strictly front to back, feeding the archive hash.

    Chunks are views of the hasher's reusable buffers: each holds its bytes until
    the next ``read`` only (see :class:`BackgroundHasher`), so nothing may keep
    one: a sink copies or writes what it is given at once. (The views are not
    released by hand: a traceback may still hold one, and the buffers are
    never resized, so a view left alive does no harm but to itself.)
    """

    def __init__(self, handle: BinaryIO, size: int, progress: Progress | None) -> None:
        self.handle, self.size, self.progress = handle, size, progress
        self.hasher = BackgroundHasher(READ_CHUNK)
        self.position = 0
        self._reported = 0
        handle.seek(0)

    def chunks(self, end: int) -> _Iter:
        return _Iter(self, end)

    def read(self, count: int) -> memoryview:
        buffer = self.hasher.buffer()
        view = memoryview(buffer)[:count]
        done = 0
        while done < count:
            got = self.handle.readinto(view[done:])  # type: ignore[attr-defined]
            if not got:
                raise ZipFormatError(_CUT_SHORT())
            done += got
        self.hasher.feed(buffer, count)
        self.position += count
        if self.progress and self.position - self._reported >= _PROGRESS_EVERY:
            self._reported = self.position
            self.progress(self.position, self.size)
        return view

    def skip_to(self, end: int) -> None:
        for _ in self.chunks(end):
            pass

    def close(self) -> None:
        self.hasher.close()


class _Iter:
    def __init__(self, reader: _Reader, end: int) -> None:
        self.reader, self.end = reader, end

    def __iter__(self) -> _Iter:
        return self

    def __next__(self) -> memoryview:
        left = self.end - self.reader.position
        if left <= 0:
            raise StopIteration
        return self.reader.read(min(READ_CHUNK, left))


def _needs_crc_now(entry: Entry) -> bool:
    """Whether the pass checks ``entry``'s CRC itself (see the module's note)."""
    return entry.method == DEFLATED or entry.name in _OWN


_OWN = (CHECKSUMS, SIGNATURE)  # the archive's own entries: checked, never unpacked


def _stream(
    reader: _Reader, entry: Entry, limits: ArchiveLimits, out: EntryWriter | None
) -> tuple[str, list[Finding]]:
    """Read ``entry``'s data: its SHA-256, and what is wrong with it."""
    digest, crc, produced = hashlib.sha256(), 0, 0
    consumed = 0
    inflater = zlib.decompressobj(-15) if entry.method == DEFLATED else None
    check_crc = _needs_crc_now(entry)

    def take(data: bytes | memoryview) -> Finding | None:
        nonlocal crc, produced
        produced += len(data)
        if produced > entry.size:
            return Finding(entry.name, say.INFLATES_BEYOND_SIZE(), True)
        if produced > limits.ratio_floor and produced > limits.max_ratio * max(consumed, 1):
            return Finding(entry.name, say.INFLATES_BEYOND_RATIO(), True)
        digest.update(data)
        if check_crc:
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
            bad, pending = None, chunk  # then what the inflater left: bytes
            try:
                while pending and not bad and not inflater.eof:
                    bad = take(inflater.decompress(pending, CHUNK))
                    pending = memoryview(inflater.unconsumed_tail)
                if not bad and (pending or (inflater.eof and reader.position < end)):
                    bad = Finding(entry.name, say.DATA_TRAILING(), False, True)
            except zlib.error:
                bad = Finding(entry.name, say.COMPRESSED_DAMAGED(), False, True)
        if bad:
            reader.skip_to(end)
            return "", [bad]
    if inflater is not None:
        if not inflater.eof:
            return "", [Finding(entry.name, say.COMPRESSED_CUT(), False, True)]
        bad = take(inflater.flush())
        if bad:
            return "", [bad]
    if produced != entry.size:
        return "", [Finding(entry.name, say.DATA_SHORT(), False, True)]
    if check_crc and crc != entry.crc:
        return "", [Finding(entry.name, CRC_FAILED(), False, True)]
    return digest.hexdigest(), []


def _crc_of(handle: BinaryIO, entry: Entry) -> int:
    """The CRC-32 of a stored entry's data, read again (only for an unconfirmed entry)."""
    handle.seek(entry.data_offset)
    crc, left = 0, entry.compressed
    while left > 0:
        data = handle.read(min(READ_CHUNK, left))
        if not data:
            raise ZipFormatError(_CUT_SHORT())
        crc = zlib.crc32(data, crc)
        left -= len(data)
    return crc


def _late_crc_findings(
    handle: BinaryIO,
    unchecked: list[tuple[int, Entry]],
    digests: dict[str, str],
    checksums: bytes | None,
) -> list[tuple[int, Finding]]:
    """CRC failures of the stored entries whose SHA-256 checksums.sha256 does not
    confirm, with where each goes among the findings; their digests are dropped
    (a CRC failure is reported instead of a mismatch, as when it was checked first)."""
    listed = parse_checksums(checksums)[0] if checksums is not None else {}
    found = []
    for at, entry in unchecked:
        digest = digests.get(entry.name)
        if digest is not None and listed.get(entry.name) == digest:
            continue  # its bytes are the ones packed: the CRC could add nothing
        if _crc_of(handle, entry) != entry.crc:
            digests.pop(entry.name, None)
            found.append((at, Finding(entry.name, CRC_FAILED(), False, True)))
    return found


def _compare(files: list[Entry], digests: dict[str, str], checksums: bytes | None) -> list[Finding]:
    if checksums is None:
        found = [Finding(CHECKSUMS, say.CHECKSUMS_MISSING(), False)]
        return found + [Finding(e.name, say.UNLISTED(), False, True) for e in files]
    listed, findings = parse_checksums(checksums)
    names = {entry.name for entry in files}
    for entry in files:
        if entry.name not in listed:
            findings.append(Finding(entry.name, say.UNLISTED(), False, True))
        elif entry.name in digests and digests[entry.name] != listed[entry.name]:
            findings.append(
                Finding(
                    entry.name,
                    say.MISMATCH(),
                    False,
                    True,
                )
            )
    for path in listed:
        if path not in names and path not in _OWN:
            findings.append(
                Finding(
                    path,
                    say.MISSING_ENTRY(),
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
        message = say.CANNOT_READ_IT(reason=exc.strerror or str(exc))
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
            files = [e for e in ordered if not e.is_dir and e.name not in _OWN]
            if None in skip or (skip and sink is not None):
                reader.skip_to(size)
                return make_report(archive, reader.hasher.hexdigest(), 0, findings)
            digests: dict[str, str] = {}
            checksums: bytes | None = None
            signed: bytes | None = None
            unchecked: list[tuple[int, Entry]] = []  # stored entries, their CRC not checked
            for entry in ordered:
                reader.skip_to(entry.data_offset)
                if entry.name in skip or entry.is_dir:
                    if entry.is_dir and sink is not None:
                        sink.directory(entry.name)
                    reader.skip_to(entry.data_offset + entry.compressed)
                    continue
                capture = entry.name == CHECKSUMS and entry.size <= MAX_CHECKSUMS_BYTES
                capture |= entry.name == SIGNATURE and entry.size <= MAX_SIGNATURE_BYTES
                out: EntryWriter | None = _Capture() if capture else None
                if sink is not None and entry.name not in _OWN:
                    out = sink.open(entry.name)
                digest, bad = _stream(reader, entry, limits, out)
                if digest and not _needs_crc_now(entry):
                    unchecked.append((len(findings), entry))
                if sink is not None and entry.name not in _OWN:
                    sink.close(entry.name)
                findings += bad
                if any(f.unsafe for f in bad) and sink is not None:
                    reader.skip_to(size)
                    for at, finding in reversed(_late_crc_findings(handle, unchecked, {}, None)):
                        findings.insert(at, finding)
                    return make_report(archive, reader.hasher.hexdigest(), 0, findings)
                if digest:
                    digests[entry.name] = digest
                if isinstance(out, _Capture) and not bad:
                    if entry.name == CHECKSUMS:
                        checksums = bytes(out.data)
                    else:
                        signed = bytes(out.data)
            reader.skip_to(size)
            late = _late_crc_findings(handle, unchecked, digests, checksums)
            for at, finding in reversed(late):
                findings.insert(at, finding)
            findings += _compare(files, digests, checksums)
            signature, bad = signature_findings(ordered, checksums, signed)
            findings += bad
            if progress:
                progress(size, size)
            # The content hash: checksums.sha256's own SHA-256, taken in the pass already.
            content = digests.get(CHECKSUMS, "") if checksums is not None else ""
            sha = reader.hasher.hexdigest()
            return make_report(archive, sha, len(files), findings, signature, content)
        except ZipFormatError as exc:
            findings.append(Finding(exc.entry, exc.message, True))
            return make_report(archive, "", 0, findings)
        finally:
            reader.close()


class _Capture:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes | memoryview) -> None:
        self.data += data
