"""``pack(folder)``: a valid kit to one deterministic, tamper-evident ``.mediakit``.

Exactly kit.yaml and the files the manifest names go in — ``kit.yaml`` first
(so the archive is recognised by its first bytes), then the rest sorted by
path as UTF-8 bytes, then ``checksums.sha256``. Each file is read once, in
chunks: its SHA-256, CRC and compressed bytes come from the same pass (a file
that deflates beyond the reader's ratio limit is read again, to be stored:
see :func:`_copy`). The archive is written whole or not at all
(:func:`mediakit.safeio.atomic_write`), never over a file of the kit, a FIFO,
a device or a folder, and over an existing archive only when asked.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mediakit.kit import load
from mediakit.kit.archive import is_archive
from mediakit.kit.archive.hashing import CHUNK, TrailingFileHasher
from mediakit.kit.archive.model import ArchiveLimits, os_reason
from mediakit.kit.archive.rules import CHECKSUMS, checksum_line, unsafe_name
from mediakit.kit.archive.zipwrite import DEFLATED, STORED, ZipWriter
from mediakit.kit.manifest import paths
from mediakit.kit.manifest.model import MANIFEST, Kit, Problem
from mediakit.kit.problems import archive as say
from mediakit.safeio import PendingFile, atomic_write, check_replaceable, open_regular

PackProgress = Callable[[int, int, int, int], None]  # bytes done, total, files done, total

# Files a kit folder keeps for its authors, left out without a word: the schema
# that `mediakit schema > kit.schema.json` writes for their editor.
AUTHORS_FILES = frozenset({"kit.schema.json"})
# The reader's ratio rule (rules.entry_findings), which pack must never break.
READER_LIMITS = ArchiveLimits()
# What zlib may hold back before it emits a block (level 9, memLevel 8: 16,384
# symbols of up to 258 bytes, plus its 64 KiB window): a running ratio counts
# only what was emitted, so this much input is allowed for.
DEFLATE_HOLDBACK = 16_384 * 258 + 64 * 1024

# Already compressed: deflating them again costs time and gains nothing.
STORED_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".heic", ".jxl",
    ".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mxf", ".mts",
    ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac",
    ".zip", ".gz", ".bz2", ".xz", ".zst", ".7z", ".pdf", ".docx", ".xlsx", ".pptx",
})  # fmt: skip
_MAGIC = (
    b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"\x1aE\xdf\xa3", b"PK\x03\x04", b"\x1f\x8b",
    b"BZh", b"\xfd7zXZ", b"(\xb5/\xfd", b"7z\xbc\xaf", b"ID3", b"fLaC", b"OggS", b"%PDF",
)  # fmt: skip


def breaks_reader_ratio(size: int, compressed: int) -> bool:
    """Whether an entry of ``size`` bytes deflated to ``compressed`` is one the reader refuses."""
    limits = READER_LIMITS
    return size > limits.ratio_floor and size > limits.max_ratio * compressed


class PackError(Exception):
    """The kit cannot be packed; ``problems`` say why (nothing was written).

    ``output`` is set when the problem is writing the archive itself: its
    problem then names the output as the user gave it, not a file of the kit.
    """

    def __init__(self, problems: tuple[Problem, ...], output: Path | None = None) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems
        self.output = output


class OutputExistsError(PackError):
    """The output exists and replacing it was not asked for."""

    def __init__(self, output: Path) -> None:
        super().__init__((Problem(str(output), say.EXISTS_ALREADY()),), output)


@dataclass(frozen=True)
class PackResult:
    output: Path
    sha256: str  # of the archive file
    files: tuple[str, ...]  # entries, in archive order (checksums.sha256 last)
    left_out: tuple[str, ...]  # files of the folder that the kit does not name
    size: int  # bytes
    warnings: tuple[Problem, ...] = ()


def is_compressed(name: str, head: bytes) -> bool:
    """Already-compressed media, by extension or by content (MP4/MOV ``ftyp``, WebP …)."""
    if posixpath.splitext(name)[1].lower() in STORED_SUFFIXES:
        return True
    if head[4:8] == b"ftyp" or (head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"AVI ")):
        return True
    return head.startswith(_MAGIC)


def _entries(kit: Kit) -> dict[str, Path]:
    """Archive name -> file on disk: each written path, normalised (``./a`` is ``a``)."""
    try:  # the manifest as the loader read it: confined to the kit, never a link out
        entries = {MANIFEST: paths.resolve(kit.root, MANIFEST).path}
    except paths.PathError as exc:
        raise PackError((Problem(MANIFEST, exc.message),)) from None
    for file in kit.files():
        name = posixpath.normpath(file.written)
        if name == CHECKSUMS:
            raise PackError((Problem(name, say.RESERVED_NAME(name=CHECKSUMS)),))
        reason = unsafe_name(name)
        if reason or not _utf8(name):
            why = reason or say.UNSAFE_NOT_UTF8()
            raise PackError((Problem(name, say.CANNOT_PACK(why=why)),))
        entries.setdefault(name, file.path)
    return entries


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file ``path`` leads to; None for a link loop or to nothing."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _left_out(root: Path, entries: dict[str, Path], output: Path) -> tuple[str, ...]:
    """Files of the folder that the kit does not name, compared by identity (so a
    link loop, a dangling link or an unreadable folder is simply left out) —
    except the authors' files and the archive being written (an older one
    replaced, a dead packer's ``.part``) when it lies inside the kit."""
    used = {_identity(path) for path in entries.values()} - {None}
    own = _identity(output)
    output_folder, part_prefix = _identity(output.parent), f".{output.name}."
    out = []
    for folder, dirs, names in os.walk(root, onerror=lambda _: None):
        dirs.sort()
        in_output_folder = _identity(Path(folder)) == output_folder
        for name in sorted(names):
            path = Path(folder, name)
            relative = path.relative_to(root).as_posix()
            identity = _identity(path)
            packed = identity is not None and identity in used
            ours = (identity is not None and identity == own) or (
                in_output_folder and name.startswith(part_prefix) and name.endswith(".part")
            )
            if not (packed or ours or relative in AUTHORS_FILES):
                out.append(relative)
    return tuple(out)


class _UnreadableError(Exception):
    def __init__(self, name: str, error: OSError) -> None:
        super().__init__(name)
        self.problem = Problem(name, say.CANNOT_READ_IT(reason=error.strerror or str(error)))


def _copy(writer: ZipWriter, name: str, path: Path, tick: Callable[[int], None]) -> str:
    """Stream one file into the archive; its SHA-256.

    Deflating is decided as the data goes, never by buffering it: media is
    stored; anything else is deflated while the running ratio stays within
    the reader's rule (:func:`breaks_reader_ratio`). When what has been read
    so far already deflates beyond it (allowing for zlib's holdback), or the
    whole entry does once finished, the entry is cut off the archive where
    it began and the file is read again from its start, stored. Only such
    files — a blank TIFF, padding, silence — are read twice; a multi-GB one
    is given up after a few MiB, and a stored entry is always within the rule.
    """
    try:
        source = open_regular(path)
    except OSError as exc:
        raise _UnreadableError(name, exc) from None
    with source:
        expected = os.fstat(source.fileno()).st_size
        head = _read(source, name)
        method = STORED if is_compressed(name, head) else DEFLATED
        start = writer.position
        copied = _stream(writer, name, source, head, method, expected, tick)
        if copied is None:  # too compressible for the reader: store it instead
            _cut(writer, start)
            source.seek(0)
            copied = _stream(writer, name, source, _read(source, name), STORED, expected, tick)
        assert copied is not None  # a stored entry always keeps the ratio rule
        digest, seen = copied
    if seen != expected:
        raise PackError((Problem(name, say.CHANGED_WHILE_PACKED()),))
    return digest


def _stream(
    writer: ZipWriter,
    name: str,
    source: BinaryIO,
    chunk: bytes,
    method: int,
    expected: int,
    tick: Callable[[int], None],
) -> tuple[str, int] | None:
    """One entry from ``chunk`` on: (SHA-256, bytes read), or None — the entry
    left unfinished — once deflating it breaks the reader's ratio rule."""
    digest = hashlib.sha256()
    writer.begin(name, method, expected)
    data_start = writer.position
    seen = 0
    while chunk:
        digest.update(chunk)
        writer.write(chunk)
        seen += len(chunk)
        tick(len(chunk))
        emitted = writer.position - data_start
        if method == DEFLATED and breaks_reader_ratio(seen - DEFLATE_HOLDBACK, emitted):
            tick(-seen)
            return None
        chunk = _read(source, name)
    writer.end()
    if method == DEFLATED and breaks_reader_ratio(seen, writer.position - data_start):
        tick(-seen)
        return None
    return digest.hexdigest(), seen


def _cut(writer: ZipWriter, start: int) -> None:
    """Forget the entry that began at ``start``, finished or not: the next is written there."""
    if writer.records and writer.records[-1].offset == start:
        writer.records.pop()
    writer.out.seek(start)
    writer.out.truncate()
    writer.position = start


def _read(source: BinaryIO, name: str) -> bytes:
    try:
        return source.read(CHUNK)
    except OSError as exc:
        raise _UnreadableError(name, exc) from None


def _write(
    pending: PendingFile, kit_entries: dict[str, Path], progress: PackProgress | None
) -> str:
    names = [MANIFEST, *sorted((n for n in kit_entries if n != MANIFEST), key=str.encode)]
    sizes = {}
    for name in names:
        try:
            sizes[name] = kit_entries[name].stat().st_size
        except OSError as exc:
            raise _UnreadableError(name, exc) from None
    total = sum(sizes.values())
    done, files = 0, 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, total, files, len(names))

    hasher = TrailingFileHasher(pending.path)
    try:
        digests = []
        writer = ZipWriter(pending.file)
        for name in names:
            digests.append((name, _copy(writer, name, kit_entries[name], tick)))
            hasher.advance(writer.position)  # the entry is finished: its bytes are final
            files += 1
        listing = checksums_listing(digests)
        writer.begin(CHECKSUMS, DEFLATED, len(listing))
        writer.write(listing)
        writer.end()
        writer.close()
        pending.file.flush()
        hasher.advance(writer.position)
        if progress:
            progress(total, total, len(names), len(names))
        return hasher.hexdigest()
    finally:
        hasher.close()


def checksums_listing(digests: list[tuple[str, str]]) -> bytes:
    """checksums.sha256 for (name, SHA-256) pairs: by name as UTF-8 bytes, as sha256sum writes."""
    ordered = sorted(digests, key=lambda pair: pair[0].encode())
    return "".join(checksum_line(digest, name) for name, digest in ordered).encode()


def folder_content_hash(kit: Kit) -> str:
    """The content hash :func:`pack` would give ``kit``'s folder — the SHA-256 of the
    checksums.sha256 it would write — without writing an archive (the press sheet
    prints it). Reads every file the archive would hold; PackError when one cannot be."""
    digests = []
    for name, path in _entries(kit).items():
        try:
            digest = hashlib.sha256()
            with open_regular(path) as source:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
            digests.append((name, digest.hexdigest()))
        except OSError as exc:
            raise PackError((_UnreadableError(name, exc).problem,)) from None
    return hashlib.sha256(checksums_listing(digests)).hexdigest()


def default_output(kit: Kit) -> Path:
    """Where ``pack`` writes without ``-o``: ``ID.mediakit`` in the current folder."""
    return Path(f"{kit.id}.mediakit")


def pack(
    folder: Path,
    output: Path | None = None,
    *,
    progress: PackProgress | None = None,
    replace: bool = False,
) -> PackResult:
    """Pack the kit in ``folder``; PackError (with nothing written) if it cannot be.

    Problems about the kit name its files relative to the kit folder; a
    problem with the output names ``output`` as given (``PackError.output``).
    An existing output is replaced only with ``replace`` (else
    :class:`OutputExistsError`), and never when it is not a regular file or
    is a file of the kit.
    """
    folder = Path(folder)
    if is_archive(folder):
        raise PackError((Problem(str(folder), say.PACK_NOT_FOLDER()),))
    result = load(folder)
    if result.kit is None:
        raise PackError(result.errors or result.problems)
    kit = result.kit
    entries = _entries(kit)
    output = Path(output) if output is not None else default_output(kit)
    left_out = _left_out(kit.root, entries, output)  # before writing: a failure costs nothing
    try:
        check_replaceable(output, entries.values())  # a FIFO or a kit file: said as such first
        if not replace and os.path.lexists(output):
            raise OutputExistsError(output)
        with atomic_write(output, protected=entries.values()) as pending:
            sha = _write(pending, entries, progress)
        size = output.stat().st_size
    except _UnreadableError as exc:
        raise PackError((exc.problem,)) from None
    except OSError as exc:
        problem = Problem(str(output), say.CANNOT_WRITE_IT(reason=os_reason(exc)))
        raise PackError((problem,), output) from None
    names = (MANIFEST, *sorted((n for n in entries if n != MANIFEST), key=str.encode), CHECKSUMS)
    return PackResult(
        output=output,
        sha256=sha,
        files=names,
        left_out=left_out,
        size=size,
        warnings=result.warnings,
    )
