"""An archive's kit read for the index, its media never unpacked.

The archive reader's own pieces check the container (the central directory,
every local header, the reader rules: unsafe names, links, encryption,
limits). Then only small entries are read: ``kit.yaml``, ``checksums.sha256``
and the text files (deflated entries of up to a text file's limit: Markdown,
subtitles); each is checked against ``checksums.sha256``. Media (stored
entries) are not read beyond their first 16 bytes, all the manifest's rules
need (an image is recognised by its head).

The manifest's rules check paths on a real folder, so these few files — and
each media entry's 16 bytes — are written into a *skeleton* folder under
``scratch`` (the library's own folder), loaded with :func:`mediakit.kit.load`
and removed at once. The archive's integrity as a whole (every byte against
its checksum, the signature) is not checked here: the window does it when
the kit is opened. Whether the archive carries a signature entry is noted
(:attr:`Peeked.signed`), not whether the signature is good.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mediakit.kit import load
from mediakit.kit.archive.model import ArchiveLimits, Finding, to_problem
from mediakit.kit.archive.rules import (
    CHECKSUMS,
    DEFLATED,
    MAX_CHECKSUMS_BYTES,
    SIGNATURE,
    entry_findings,
    parse_checksums,
)
from mediakit.kit.archive.zipread import Entry, ZipFormatError, read_central, walk_local
from mediakit.kit.manifest import limits
from mediakit.kit.manifest.model import MANIFEST, LoadResult, Problem
from mediakit.kit.problems import archive as say
from mediakit.safeio import open_regular

HEAD = 16  # what the manifest's rules read of a media file
_OWN = (CHECKSUMS, SIGNATURE)


@dataclass(frozen=True)
class Peeked:
    result: LoadResult  # the kit (its root a removed skeleton: use paths as written) or problems
    content_sha256: str  # SHA-256 of checksums.sha256, "" if it could not be read
    size: int  # the archive's size in bytes
    signed: bool = False  # it carries a signature entry (checked when the kit is opened)

    @property
    def digest(self) -> str:
        """What the index keeps to know the archive changed: :func:`index_hash`."""
        return index_hash(self.content_sha256, self.signed)


def index_hash(content_sha256: str, signed: bool) -> str:
    """What the index compares to know an archive changed: its content hash, marked
    when signed (signing keeps the content hash); "" when it could not be read."""
    return f"{content_sha256}+signed" if content_sha256 and signed else content_sha256


def content_hash(archive: Path) -> str:
    """The archive's :func:`index_hash` (its content hash: the SHA-256 of its
    checksums.sha256, marked when it carries a signature entry), "" if unreadable."""
    try:
        with open_regular(archive, follow_links=True) as handle:
            entries = _entries(handle)
            signed = any(entry.name == SIGNATURE for entry in entries)
            for entry in entries:
                if entry.name == CHECKSUMS and entry.size <= MAX_CHECKSUMS_BYTES:
                    digest = hashlib.sha256(_data(handle, entry, entry.size)).hexdigest()
                    return index_hash(digest, signed)
    except (OSError, ZipFormatError, zlib.error, ValueError):
        pass
    return ""


def _entries(handle: BinaryIO) -> list[Entry]:
    size = os.fstat(handle.fileno()).st_size
    entries, cd_offset = read_central(handle, size, ArchiveLimits().max_entries)
    findings = [f for f in entry_findings(entries, ArchiveLimits(), size) if f.unsafe]
    if findings:
        raise ZipFormatError(findings[0].message, findings[0].entry)
    return walk_local(handle, entries, cd_offset)


def _data(handle: BinaryIO, entry: Entry, cap: int) -> bytes:
    """The first ``cap`` bytes of ``entry`` (inflated); ValueError when its data is bad."""
    handle.seek(entry.data_offset)
    if entry.method != DEFLATED:
        return handle.read(min(cap, entry.compressed))
    inflater = zlib.decompressobj(-15)
    out = bytearray()
    left = entry.compressed
    while left > 0 and len(out) < cap:
        chunk = handle.read(min(64 * 1024, left))
        if not chunk:
            raise ValueError("cut short")
        left -= len(chunk)
        out += inflater.decompress(chunk, cap - len(out))
        if inflater.unconsumed_tail:
            break  # more than cap: the caller sees len(out) == cap
    return bytes(out)


def peek(archive: Path, scratch: Path) -> Peeked:
    """The kit in ``archive`` as its manifest and texts say; never raises for bad input."""
    try:
        handle = open_regular(archive, follow_links=True)
    except OSError as exc:
        problem = Problem(str(archive), say.CANNOT_READ_IT(reason=exc.strerror or str(exc)))
        return Peeked(LoadResult(None, (problem,)), "", 0)
    with handle:
        size = os.fstat(handle.fileno()).st_size
        try:
            entries = _entries(handle)
            return _load(archive, handle, entries, scratch, size)
        except ZipFormatError as exc:
            problem = to_problem(archive, Finding(exc.entry, exc.message, True))
            return Peeked(LoadResult(None, (problem,)), "", size)
        except (OSError, zlib.error, ValueError) as exc:
            problem = Problem(str(archive), say.CANNOT_READ_IT(reason=str(exc)))
            return Peeked(LoadResult(None, (problem,)), "", size)


def _load(
    archive: Path, handle: BinaryIO, entries: list[Entry], scratch: Path, size: int
) -> Peeked:
    by_name = {entry.name: entry for entry in entries if not entry.is_dir}
    signed = SIGNATURE in by_name
    checks = by_name.get(CHECKSUMS)
    listed: dict[str, str] = {}
    content = ""
    if checks is not None and checks.size <= MAX_CHECKSUMS_BYTES:
        data = _data(handle, checks, checks.size)
        content = hashlib.sha256(data).hexdigest()
        listed = parse_checksums(data)[0]
    if MANIFEST not in by_name or checks is None:
        finding = (
            Finding(MANIFEST, say.MISSING_ENTRY(), False, True)
            if MANIFEST not in by_name
            else Finding(CHECKSUMS, say.CHECKSUMS_MISSING(), False)
        )
        problem = to_problem(archive, finding)
        return Peeked(LoadResult(None, (problem,)), content, size, signed)
    damaged: list[Problem] = []
    scratch.mkdir(parents=True, exist_ok=True)
    skeleton = Path(tempfile.mkdtemp(prefix="peek-", dir=scratch))
    try:
        for name, entry in by_name.items():
            if name in _OWN:
                continue
            whole = name == MANIFEST or (
                entry.method == DEFLATED and entry.size <= limits.TEXT_FILE_BYTES
            )
            data = _data(handle, entry, entry.size if whole else HEAD)
            if whole and hashlib.sha256(data).hexdigest() != listed.get(name):
                damaged.append(to_problem(archive, Finding(name, say.MISMATCH(), False, True)))
            target = skeleton.joinpath(*name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if damaged:  # the window would refuse it: so does the index
            return Peeked(LoadResult(None, tuple(damaged)), content, size, signed)
        return Peeked(load(skeleton), content, size, signed)
    finally:
        shutil.rmtree(skeleton, ignore_errors=True)
