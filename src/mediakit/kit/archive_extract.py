"""Writing checked entries into a fresh folder of the cache, and nowhere else.

Names were already checked (archive_rules.unsafe_name); this is the second
line of defence: folders are made one name at a time and must be real
folders (never links), files are created with O_EXCL and O_NOFOLLOW, and
every target's resolved parent must lie inside the extraction folder.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from mediakit.kit.zipread import ZipFormatError

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_FLAGS |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
FILE_MODE = 0o644


class _File:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.written = 0

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            count = os.write(self.fd, view)
            view = view[count:]
        self.written += len(data)


class Extractor:
    """A scan sink that writes entries under ``root`` (created here, must not exist)."""

    def __init__(self, root: Path) -> None:
        root.mkdir(mode=0o700)
        self.root = root
        self.real_root = root.resolve()
        self._open: dict[str, _File] = {}
        self.bytes = 0

    def _folder(self, parts: list[str], name: str) -> Path:
        folder = self.root
        for part in parts:
            folder = folder / part
            try:
                folder.mkdir(0o755)
            except FileExistsError:
                if not stat.S_ISDIR(os.lstat(folder).st_mode):
                    raise ZipFormatError(
                        "it collides with another entry of the same name", name
                    ) from None
        if not folder.resolve().is_relative_to(self.real_root):
            raise ZipFormatError("unsafe path: it resolves outside the extraction folder", name)
        return folder

    def directory(self, name: str) -> None:
        self._folder(name.rstrip("/").split("/"), name)

    def open(self, name: str) -> _File:
        parts = name.split("/")
        target = self._folder(parts[:-1], name) / parts[-1]
        try:
            fd = os.open(target, _FLAGS, FILE_MODE)
        except FileExistsError:
            raise ZipFormatError(
                "it collides with another entry (names that differ only in case?)", name
            ) from None
        self._open[name] = handle = _File(fd)
        return handle

    def close(self, name: str) -> None:
        handle = self._open.pop(name)
        os.close(handle.fd)
        self.bytes += handle.written

    def abort(self) -> None:
        for handle in self._open.values():
            os.close(handle.fd)
        self._open.clear()
