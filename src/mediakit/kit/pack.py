"""``pack(folder)``: a valid kit to one deterministic, tamper-evident ``.mediakit``.

Exactly kit.yaml and the files the manifest names go in — ``kit.yaml`` first
(so the archive is recognised by its first bytes), then the rest sorted by
path as UTF-8 bytes, then ``checksums.sha256``. Each file is read once, in
chunks: its SHA-256, CRC and compressed bytes come from the same pass. The
archive is written to a temporary file beside the output and renamed into
place only when complete.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mediakit.kit import load
from mediakit.kit.archive_hash import CHUNK, TrailingFileHasher
from mediakit.kit.archive_rules import CHECKSUMS, MANIFEST, unsafe_name
from mediakit.kit.archive_write import DEFLATED, STORED, ZipWriter
from mediakit.kit.model import Kit, KitFile, Problem

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
    """The kit cannot be packed; ``problems`` say why (nothing was written)."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


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


def kit_files(kit: Kit) -> list[KitFile]:
    """Every file the manifest names (stills, film files, markdown texts)."""
    files = [still.file for still in kit.stills]
    if kit.film is not None:
        film = kit.film
        files += [film.file] + [s.file for s in film.subtitles]
        files += [f for f in (film.poster, film.trailer) if f is not None]
    for by_language in kit.text_files.values():
        files += by_language.values()
    for article in kit.articles:
        files += article.body_files.values()
    return files


def _entries(kit: Kit) -> dict[str, Path]:
    """Archive name -> file on disk: each written path, normalised (``./a`` is ``a``)."""
    entries = {MANIFEST: kit.manifest}
    for file in kit_files(kit):
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


def _left_out(root: Path, entries: dict[str, Path]) -> tuple[str, ...]:
    used = {path.resolve() for path in entries.values()}
    out = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder, name)
            if path.resolve() not in used:
                out.append(path.relative_to(root).as_posix())
    return tuple(out)


def _copy(writer: ZipWriter, name: str, path: Path, tick: Callable[[int], None]) -> str:
    """Stream one file into the archive; its SHA-256."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        expected = os.fstat(source.fileno()).st_size
        chunk = source.read(CHUNK)
        writer.begin(name, STORED if is_compressed(name, chunk) else DEFLATED, expected)
        seen = 0
        while chunk:
            digest.update(chunk)
            writer.write(chunk)
            seen += len(chunk)
            tick(len(chunk))
            chunk = source.read(CHUNK)
    if seen != expected:
        raise PackError((Problem(name, "the file changed while it was being packed"),))
    return digest.hexdigest()


def _write(out_path: Path, kit_entries: dict[str, Path], progress: PackProgress | None) -> str:
    names = [MANIFEST, *sorted((n for n in kit_entries if n != MANIFEST), key=str.encode)]
    total = sum(kit_entries[n].stat().st_size for n in names)
    done, files = 0, 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, total, files, len(names))

    hasher = TrailingFileHasher(out_path)
    try:
        lines = []
        with out_path.open("r+b") as out:
            writer = ZipWriter(out)
            for name in names:
                lines.append(f"{_copy(writer, name, kit_entries[name], tick)}  {name}\n")
                hasher.advance(writer.end())
                files += 1
            listing = "".join(sorted(lines, key=lambda line: line[66:-1].encode())).encode()
            writer.begin(CHECKSUMS, DEFLATED, len(listing))
            writer.write(listing)
            writer.end()
            writer.close()
            out.flush()
            os.fsync(out.fileno())
            hasher.advance(writer.position)
        if progress:
            progress(total, total, len(names), len(names))
        return hasher.hexdigest()
    finally:
        hasher.close()


def pack(
    folder: Path, output: Path | None = None, *, progress: PackProgress | None = None
) -> PackResult:
    """Pack the kit in ``folder``; PackError (with nothing written) if it cannot be."""
    result = load(Path(folder))
    if result.kit is None:
        raise PackError(result.errors or result.problems)
    kit = result.kit
    entries = _entries(kit)
    output = Path(output) if output is not None else Path(f"{kit.id}.mediakit")
    if output.resolve() in {path.resolve() for path in entries.values()}:
        raise PackError((Problem(str(output), "the output would overwrite a file of the kit"),))
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{output.name}.", suffix=".part", dir=output.parent
        )
    except OSError as exc:
        raise PackError(
            (Problem(str(output), f"cannot write here: {exc.strerror or exc}"),)
        ) from None
    temp = Path(temp_name)
    try:
        os.close(handle)
        sha = _write(temp, entries, progress)
        umask = os.umask(0)
        os.umask(umask)
        temp.chmod(0o666 & ~umask)
        temp.replace(output)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise PackError(
            (Problem(str(output), f"cannot write it: {exc.strerror or exc}"),)
        ) from None
    except BaseException:  # Ctrl-C, a changed file: never a half archive under any name
        temp.unlink(missing_ok=True)
        raise
    names = (MANIFEST, *sorted((n for n in entries if n != MANIFEST), key=str.encode), CHECKSUMS)
    return PackResult(
        output=output,
        sha256=sha,
        files=names,
        left_out=_left_out(kit.root, entries),
        size=output.stat().st_size,
        warnings=result.warnings,
    )
