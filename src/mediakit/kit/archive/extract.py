"""Writing checked entries into a fresh folder of the cache, and nowhere else.

Names were already checked (rules.unsafe_name); this is the second
line of defence: folders are made one name at a time (0700) and must be real
folders (never links), files are created with O_EXCL and O_NOFOLLOW, and
every target's resolved parent must lie inside the extraction folder.

A name this disk cannot hold (too long, an encoding it refuses) or a disk that
is full fails as :class:`UnpackError`, which names the entry.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from mediakit.kit.archive.zipread import ZipFormatError
from mediakit.kit.problems import archive as say

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_FLAGS |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
FILE_MODE = 0o644
FOLDER_MODE = 0o700


class UnpackError(OSError):
    """Writing the entry ``entry`` failed on this disk (``errno`` and ``strerror`` say how)."""

    def __init__(self, entry: str, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), cause.filename)
        self.entry = entry


@contextlib.contextmanager
def _naming(entry: str) -> Iterator[None]:
    try:
        yield
    except UnpackError:
        raise
    except OSError as exc:
        raise UnpackError(entry, exc) from exc


class _File:
    def __init__(self, fd: int, name: str) -> None:
        self.fd = fd
        self.name = name
        self.written = 0

    def write(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        with _naming(self.name):
            while view:
                count = os.write(self.fd, view)
                view = view[count:]
        self.written += len(data)


class Extractor:
    """A scan sink that writes entries under ``root`` (created here, must not exist)."""

    def __init__(self, root: Path) -> None:
        root.mkdir(mode=FOLDER_MODE)
        self.root = root
        self.real_root = root.resolve()
        self._open: dict[str, _File] = {}
        self.bytes = 0

    def _folder(self, parts: list[str], name: str) -> Path:
        folder = self.root
        for part in parts:
            folder = folder / part
            try:
                folder.mkdir(FOLDER_MODE)
            except FileExistsError:
                if not stat.S_ISDIR(os.lstat(folder).st_mode):
                    raise ZipFormatError(say.COLLIDES(), name) from None
        if not folder.resolve().is_relative_to(self.real_root):
            raise ZipFormatError(say.UNSAFE_OUTSIDE(), name)
        return folder

    def directory(self, name: str) -> None:
        with _naming(name):
            self._folder(name.rstrip("/").split("/"), name)

    def open(self, name: str) -> _File:
        parts = name.split("/")
        with _naming(name):
            target = self._folder(parts[:-1], name) / parts[-1]
            try:
                fd = os.open(target, _FLAGS, FILE_MODE)
            except FileExistsError:
                raise ZipFormatError(say.COLLIDES_CASE(), name) from None
        self._open[name] = handle = _File(fd, name)
        return handle

    def close(self, name: str) -> None:
        handle = self._open.pop(name)
        with _naming(name):
            os.close(handle.fd)
        self.bytes += handle.written

    def abort(self) -> None:
        for handle in self._open.values():
            with contextlib.suppress(OSError):
                os.close(handle.fd)
        self._open.clear()
