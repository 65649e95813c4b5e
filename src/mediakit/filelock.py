"""Advisory locks that say "a live process is using this", for clean-up.

A lock held through an open descriptor (``flock``) is released by the kernel
when its process ends, however it ends — kill -9 included. So a temporary
file or folder whose lock can be taken belongs to nobody alive and may go,
and a cache entry held with a shared lock is in use and must stay. Where the
platform has no ``flock`` (Windows), nothing is ever held and every check says
"free": clean-up then falls back to its age rules.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

if sys.platform != "win32":
    import fcntl

    SUPPORTED: bool = True
else:  # pragma: no cover - no flock on Windows
    SUPPORTED = False

_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
_DIR_FLAGS |= getattr(os, "O_CLOEXEC", 0)


class Held:
    """A lock held on an open descriptor until :meth:`release` (or the process ends)."""

    def __init__(self, fd: int, owns_fd: bool) -> None:
        self.fd = fd
        self._owns_fd = owns_fd

    def share(self) -> None:
        """Turn an exclusive hold into a shared one (a pin others may share)."""
        if SUPPORTED and self.fd >= 0:
            fcntl.flock(self.fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self.fd < 0:
            return
        if SUPPORTED:
            with contextlib.suppress(OSError):
                fcntl.flock(self.fd, fcntl.LOCK_UN)
        if self._owns_fd:
            with contextlib.suppress(OSError):
                os.close(self.fd)
        self.fd = -1

    def __enter__(self) -> Held:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()

    def __del__(self) -> None:
        self.release()


def _lock(fd: int, shared: bool, wait: bool) -> bool:
    if not SUPPORTED:
        return True
    operation = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    try:
        fcntl.flock(fd, operation if wait else operation | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def hold_fd(fd: int, *, shared: bool = False) -> Held:
    """Lock the file already open as ``fd`` (waits); the caller keeps owning ``fd``."""
    _lock(fd, shared, wait=True)
    return Held(fd, owns_fd=False)


def try_hold_folder(folder: Path, *, shared: bool = False) -> Held | None:
    """A lock on ``folder`` (never through a link), or None when another process holds it.

    Raises OSError when the folder cannot be opened (missing, a link, not a folder).
    Where folders cannot be locked (Windows) the hold holds nothing.
    """
    if not SUPPORTED:
        if not folder.is_dir() or folder.is_symlink():
            raise NotADirectoryError(0, "not a folder", str(folder))
        return Held(-1, owns_fd=False)
    fd = os.open(folder, _DIR_FLAGS)
    if not _lock(fd, shared, wait=False):
        os.close(fd)
        return None
    return Held(fd, owns_fd=True)


def abandoned(path: Path) -> bool:
    """True when no live process holds a lock on ``path`` (a file or a folder).

    A path that cannot be opened is not called abandoned: it is left alone.
    """
    if not SUPPORTED:
        return False
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        return _lock(fd, shared=False, wait=False)
    finally:
        os.close(fd)  # closing drops the lock we may just have taken
