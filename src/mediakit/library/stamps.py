"""How the index knows a kit changed: a *stamp* (each file's size and mtime,
``[[file, size, mtime_ns], …]``: a ``stat`` each, cheap enough to check on
every look) and, when a stamp differs, a *hash* of the content (a touched or
copied kit is not read again when its bytes are the same).

A folder kit's files are ``kit.yaml`` and the text files it names; an
archive's is the archive itself (``""``), and its hash its content hash.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mediakit.kit.manifest.limits import MANIFEST_BYTES, TEXT_FILE_BYTES
from mediakit.safeio import read_regular

Stamp = list[list[object]]

# What of a kit.yaml or a text file is hashed: all the loader would read, and a byte more.
_HASHED_BYTES = max(MANIFEST_BYTES, TEXT_FILE_BYTES)


def kit_file(path: Path, name: str) -> Path:
    """``name`` (as kit.yaml writes it) under the kit ``path``; ``""``: the kit itself."""
    return path if not name else path.joinpath(*name.split("/"))


def restamp(path: Path, stamp: Stamp) -> Stamp:
    """``stamp``'s files as they are now (size -1: gone or unreadable)."""
    out: Stamp = []
    for name, _, _ in stamp:
        try:
            info = kit_file(path, str(name)).stat()
            out.append([name, info.st_size, info.st_mtime_ns])
        except (OSError, ValueError):
            out.append([name, -1, -1])
    return out


def stamp_of(path: Path, names: list[str]) -> Stamp:
    return restamp(path, [[name, -1, -1] for name in names])


def stamp_same(path: Path, stamp: Stamp) -> bool:
    return restamp(path, stamp) == stamp and all(size != -1 for _, size, _ in stamp)


def content_hash(path: Path, archive: bool, stamp: Stamp) -> str:
    """An archive's content hash (marked when signed: :func:`peek.index_hash`); a folder
    kit's SHA-256 of its kit.yaml and text files."""
    if archive:
        from mediakit.library.peek import content_hash as archive_hash

        return archive_hash(path)
    digest = hashlib.sha256()
    for name, _, _ in stamp:
        digest.update(str(name).encode("utf-8", "surrogateescape") + b"\0")
        try:
            # A regular file only, and bounded: a FIFO swapped in for a text since
            # the kit was read would otherwise block the indexing worker forever.
            digest.update(read_regular(kit_file(path, str(name)), _HASHED_BYTES, follow_links=True))
        except (OSError, ValueError):
            digest.update(b"\xff missing")
    return digest.hexdigest()
