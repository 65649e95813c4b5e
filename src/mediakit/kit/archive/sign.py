"""``sign(archive, key)``: add (or replace) the signature entry of an intact archive.

Every byte of the archive's entries is kept as it was: the new file is the old
one up to its last entry (or up to the old signature), then the signature
entry, then the old central records, the signature's, and the end records.
So the content hash (SHA-256 of checksums.sha256) does not change, and an
Ed25519 signature, being deterministic, gives the same bytes each time: a kit
packed and signed again stays byte-identical. A damaged archive is refused
(its checksums would be signed as if they were right), and the archive is
replaced whole or not at all (:func:`mediakit.safeio.atomic_write`).
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from mediakit.kit.archive.hashing import READ_CHUNK
from mediakit.kit.archive.model import ArchiveLimits, ArchiveReport, ArchiveWriteError, os_reason
from mediakit.kit.archive.rules import CHECKSUMS, SIGNATURE
from mediakit.kit.archive.scan import scan
from mediakit.kit.archive.zipread import CENTRAL, Entry, ZipFormatError, read_central, walk_local
from mediakit.kit.archive.zipwrite import DEFLATED, ZipWriter
from mediakit.kit.manifest.model import Problem
from mediakit.kit.problems import archive as archive_say
from mediakit.kit.problems import signature as say
from mediakit.kit.signing import sshsig
from mediakit.safeio import atomic_write, open_regular

# Given the checksums' bytes, the armored signature (a key, or the ssh-agent).
Signer = Callable[[bytes], bytes]


class SignError(Exception):
    """The archive was not signed (nothing was written); ``problems`` say why."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


def _layout(handle: BinaryIO, size: int) -> tuple[list[Entry], list[tuple[str, bytes]], int]:
    """The entries in file order, each one's central record bytes, and where the
    signature goes (the old one's place, else where the central directory starts)."""
    entries, cd_offset = read_central(handle, size, ArchiveLimits().max_entries)
    ordered = walk_local(handle, entries, cd_offset)
    handle.seek(cd_offset)
    records, data = [], handle.read(size - cd_offset)
    position = 0
    for entry in entries:  # read_central has checked these lengths already
        fields = CENTRAL.unpack_from(data, position)
        length = CENTRAL.size + fields[10] + fields[11] + fields[12]
        records.append((entry.name, data[position : position + length]))
        position += length
    old = [e.offset for e in entries if e.name == SIGNATURE]
    return ordered, records, old[0] if old else cd_offset


def _checksums(source: BinaryIO, ordered: list[Entry], content_sha256: str) -> bytes:
    """checksums.sha256 as the verified archive holds it, checked once more (the
    file could have been replaced since it was verified)."""
    entry = next(e for e in ordered if e.name == CHECKSUMS)
    source.seek(entry.data_offset)
    raw = source.read(entry.compressed)
    try:
        data = zlib.decompress(raw, -15) if entry.method == DEFLATED else raw
    except zlib.error:
        data = b""
    if hashlib.sha256(data).hexdigest() != content_sha256:
        raise ArchiveWriteError(say.CHANGED_WHILE_SIGNED())
    return data


def _copy(source: BinaryIO, out: BinaryIO, count: int) -> None:
    source.seek(0)
    while count > 0:
        data = source.read(min(READ_CHUNK, count))
        if not data:
            raise ArchiveWriteError(say.CHANGED_WHILE_SIGNED())
        out.write(data)
        count -= len(data)


def sign(archive: Path, signer: Signer, output: Path | None = None) -> ArchiveReport:
    """Sign ``archive`` (written to ``output``, by default over itself); the report
    of the signed archive as verified again. SignError when it cannot be."""
    archive = Path(archive)
    output = archive if output is None else Path(output)
    report = scan(archive, ArchiveLimits())
    if not report.intact:
        problem = Problem(str(archive), say.SIGN_DAMAGED())
        raise SignError((problem, *report.problems))
    try:
        with open_regular(archive, follow_links=True) as source:
            size = os.fstat(source.fileno()).st_size
            ordered, records, cut = _layout(source, size)
            checksums = _checksums(source, ordered, report.content_sha256)
            armored = signer(checksums)
            try:  # before anything is written: a signer (the agent) is another program
                sshsig.verify(armored, checksums)
            except sshsig.SignatureError as exc:
                raise SignError((Problem(str(archive), exc.message, field=SIGNATURE),)) from None
            with atomic_write(output) as pending:
                _copy(source, pending.file, cut)
                writer = ZipWriter(pending.file)
                writer.position = cut
                writer.begin(SIGNATURE, DEFLATED, len(armored))
                writer.write(armored)
                writer.end()
                writer.close([raw for name, raw in records if name != SIGNATURE])
    except ZipFormatError as exc:  # changed since it was verified
        raise SignError((Problem(str(archive), exc.message),)) from None
    except OSError as exc:
        problem = Problem(str(output), archive_say.CANNOT_WRITE_IT(reason=os_reason(exc)))
        raise SignError((problem,)) from None
    signed = scan(output, ArchiveLimits())
    if not signed.intact or signed.signature is None:  # never expected: said, not hidden
        raise SignError(signed.problems or (Problem(str(output), say.DOES_NOT_VERIFY()),))
    return signed
