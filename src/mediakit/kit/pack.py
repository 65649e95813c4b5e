"""``pack(folder)``: a valid kit to one deterministic, tamper-evident ``.mediakit``.

Exactly kit.yaml and the files the manifest names go in — ``kit.yaml`` first
(so the archive is recognised by its first bytes), then the rest sorted by
path as UTF-8 bytes, then ``checksums.sha256``. Each file is read once, in
chunks: its SHA-256, CRC and compressed bytes come from the same pass. The
archive is written whole or not at all (:func:`mediakit.safeio.atomic_write`),
never over a file of the kit, a FIFO, a device or a folder.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mediakit.kit import load, paths
from mediakit.kit.archive_hash import CHUNK, TrailingFileHasher
from mediakit.kit.archive_rules import CHECKSUMS, MANIFEST, checksum_line, unsafe_name
from mediakit.kit.archive_write import DEFLATED, STORED, ZipWriter
from mediakit.kit.model import Kit, Problem
from mediakit.safeio import PendingFile, atomic_write, open_regular

PackProgress = Callable[[int, int, int, int], None]  # bytes done, total, files done, total

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


class PackError(Exception):
    """The kit cannot be packed; ``problems`` say why (nothing was written).

    ``output`` is set when the problem is writing the archive itself: its
    problem then names the output as the user gave it, not a file of the kit.
    """

    def __init__(self, problems: tuple[Problem, ...], output: Path | None = None) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems
        self.output = output


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
        raise PackError((Problem(MANIFEST, str(exc)),)) from None
    for file in kit.files():
        name = posixpath.normpath(file.written)
        if name == CHECKSUMS:
            raise PackError((Problem(name, f"the archive format reserves the name {CHECKSUMS}"),))
        reason = unsafe_name(name)
        if reason or not _utf8(name):
            why = reason or "unsafe path: its name is not valid UTF-8"
            raise PackError((Problem(name, f"cannot be packed: {why}"),))
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


def _left_out(root: Path, entries: dict[str, Path]) -> tuple[str, ...]:
    """Files of the folder that the kit does not name, compared by identity (so a
    link loop, a dangling link or an unreadable folder is simply left out)."""
    used = {_identity(path) for path in entries.values()} - {None}
    out = []
    for folder, dirs, names in os.walk(root, onerror=lambda _: None):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder, name)
            identity = _identity(path)
            if identity is None or identity not in used:
                out.append(path.relative_to(root).as_posix())
    return tuple(out)


class _UnreadableError(Exception):
    def __init__(self, name: str, error: OSError) -> None:
        super().__init__(name)
        self.problem = Problem(name, f"cannot read it: {error.strerror or error}")


def _copy(writer: ZipWriter, name: str, path: Path, tick: Callable[[int], None]) -> str:
    """Stream one file into the archive; its SHA-256."""
    digest = hashlib.sha256()
    try:
        source = open_regular(path)
    except OSError as exc:
        raise _UnreadableError(name, exc) from None
    with source:
        expected = os.fstat(source.fileno()).st_size
        chunk = _read(source, name)
        writer.begin(name, STORED if is_compressed(name, chunk) else DEFLATED, expected)
        seen = 0
        while chunk:
            digest.update(chunk)
            writer.write(chunk)
            seen += len(chunk)
            tick(len(chunk))
            chunk = _read(source, name)
    if seen != expected:
        raise PackError((Problem(name, "the file changed while it was being packed"),))
    return digest.hexdigest()


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
            hasher.advance(writer.end())
            files += 1
        digests.sort(key=lambda pair: pair[0].encode())
        listing = "".join(checksum_line(digest, name) for name, digest in digests).encode()
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


def default_output(kit: Kit) -> Path:
    """Where ``pack`` writes without ``-o``: ``ID.mediakit`` in the current folder."""
    return Path(f"{kit.id}.mediakit")


def pack(
    folder: Path, output: Path | None = None, *, progress: PackProgress | None = None
) -> PackResult:
    """Pack the kit in ``folder``; PackError (with nothing written) if it cannot be.

    Problems about the kit name its files relative to the kit folder; a
    problem with the output names ``output`` as given (``PackError.output``).
    """
    result = load(Path(folder))
    if result.kit is None:
        raise PackError(result.errors or result.problems)
    kit = result.kit
    entries = _entries(kit)
    output = Path(output) if output is not None else default_output(kit)
    left_out = _left_out(kit.root, entries)  # before writing: a failure here costs nothing
    try:
        with atomic_write(output, protected=entries.values()) as pending:
            sha = _write(pending, entries, progress)
        size = output.stat().st_size
    except _UnreadableError as exc:
        raise PackError((exc.problem,)) from None
    except OSError as exc:
        problem = Problem(str(output), f"cannot write it: {exc.strerror or exc}")
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
