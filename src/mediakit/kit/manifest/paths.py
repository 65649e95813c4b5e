"""Confinement of every path a manifest names to the kit folder.

A path is written relative to the kit with ``/``. It is followed one name at
a time on the real disk: each name must be an entry of its folder exactly as
written (so a case-insensitive file system cannot hide ``Stills/A.JPG`` vs
``stills/a.jpg``), ``..`` and links are followed as the system would and must
stay inside the kit, and the end must be a regular file.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from mediakit.kit.manifest.model import KitFile
from mediakit.kit.message import Message
from mediakit.kit.problems import reading as say
from mediakit.kit.problems import words
from mediakit.safeio import open_regular, read_bounded

_DRIVE = re.compile(r"^[A-Za-z]:")


class PathError(Exception):
    """Why a written path does not name a file of the kit (``message``; ``str()`` in English)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class MissingError(PathError):
    """The path names nothing at all (no near miss worth mentioning either)."""


def _inside(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _lexical_check(written: str) -> None:
    if not written.strip():
        raise PathError(say.PATH_EMPTY())
    if "\\" in written:
        raise PathError(say.PATH_BACKSLASH(path=written))
    if written.startswith("/") or _DRIVE.match(written):
        raise PathError(say.PATH_ABSOLUTE(path=written))
    if "\0" in written:
        raise PathError(say.PATH_INVALID(path=written))


class Listings:
    """Folder listings read once per load: a kit naming 10,000 stills in one
    folder must not list that folder 10,000 times (that took 90 s)."""

    def __init__(self) -> None:
        self._names: dict[Path, frozenset[str]] = {}
        self._folded: dict[Path, dict[str, str]] = {}
        # Also read once per load: the kit root's real path, and what the folders on
        # the way to a file are. A kit of 1,000 stills then costs one lstat per still
        # on top of its listing, not eight system calls each.
        self._real_roots: dict[Path, Path] = {}
        self._is_dir: dict[Path, bool] = {}
        self._folder_modes: dict[Path, int] = {}

    def real_root(self, root: Path) -> Path:
        real = self._real_roots.get(root)
        if real is None:
            real = self._real_roots[root] = root.resolve()
        return real

    def is_dir(self, folder: Path) -> bool:
        known = self._is_dir.get(folder)
        if known is None:
            known = self._is_dir[folder] = folder.is_dir()
        return known

    def lstat_mode(self, path: Path, last: bool) -> int:
        """``path``'s own mode (not following a link); remembered for the folders on
        the way (``last`` False), not for the files at the end, each met once."""
        if last:
            return path.lstat().st_mode
        mode = self._folder_modes.get(path)
        if mode is None:
            mode = self._folder_modes[path] = path.lstat().st_mode
        return mode

    def names(self, folder: Path) -> frozenset[str]:
        names = self._names.get(folder)
        if names is None:
            names = self._names[folder] = frozenset(entry.name for entry in folder.iterdir())
        return names

    def folded(self, folder: Path, name: str) -> str | None:
        """The first name (sorted) in ``folder`` equal to ``name`` without case."""
        folded = self._folded.get(folder)
        if folded is None:
            folded = {}
            for real in sorted(self.names(folder)):
                folded.setdefault(real.casefold(), real)
            self._folded[folder] = folded
        return folded.get(name.casefold())


def _case_variant(folder: Path, rest: list[str], listings: Listings) -> list[str] | None:
    """The real names of ``rest`` under ``folder`` matched without case, or None."""
    found: list[str] = []
    for name in rest:
        if name in ("", "."):
            continue
        if not folder.is_dir():
            return None
        near = listings.folded(folder, name)
        if near is None:
            return None
        found.append(near)
        folder = folder / near
    return found


def _entry(
    folder: Path, parts: list[str], index: int, written: str, before: list[str], listings: Listings
) -> None:
    """``parts[index]`` must be an entry of ``folder`` as written, not only a case variant."""
    if parts[index] in listings.names(folder):
        return
    variant = _case_variant(folder, parts[index:], listings)
    if variant:
        raise PathError(say.PATH_CASE(path=written, found="/".join([*before, *variant])))
    raise MissingError(say.PATH_MISSING(path=written))


def resolve(root: Path, written: str, listings: Listings | None = None) -> KitFile:
    """The kit file ``written`` names under ``root``; PathError says why not.

    ``listings`` shares folder listings between the paths of one load.
    """
    listings = listings if listings is not None else Listings()
    _lexical_check(written)
    real_root = listings.real_root(root)
    current = real_root
    before: list[str] = []
    mode: int | None = None  # the mode of ``current`` when known (not through a link)
    try:
        parts = written.split("/")
        last = max((i for i, name in enumerate(parts) if name not in ("", ".")), default=-1)
        for index, name in enumerate(parts):
            if name in ("", "."):
                continue
            mode = None
            if name == "..":
                current = current.parent
                before.append(name)
                if not _inside(current, real_root):
                    raise PathError(say.PATH_LEAVES(path=written))
                continue
            if not listings.is_dir(current):
                raise MissingError(say.PATH_MISSING(path=written))
            _entry(current, parts, index, written, before, listings)
            before.append(name)
            step = current / name
            own = listings.lstat_mode(step, index == last)
            if stat.S_ISLNK(own):
                step = step.resolve()
                if not _inside(step, real_root):
                    raise PathError(say.PATH_LINK_OUTSIDE(path=written))
            else:
                mode = own  # not a link: its stat is its lstat
            current = step
        if mode is None:
            mode = current.stat().st_mode
    except PathError:
        raise
    except FileNotFoundError:
        raise MissingError(say.PATH_MISSING(path=written)) from None
    except (OSError, RuntimeError, ValueError) as exc:  # permissions, link loops
        reason = getattr(exc, "strerror", None) or str(exc)
        raise PathError(say.PATH_CANNOT_READ(path=written, reason=reason)) from None
    if current == real_root or stat.S_ISDIR(mode):
        raise PathError(say.PATH_FOLDER(path=written))
    if not stat.S_ISREG(mode):
        raise PathError(say.PATH_NOT_REGULAR(path=written, kind=words.kind(mode)))
    return KitFile(written=written, path=current)


def read_head(file: KitFile, size: int) -> bytes:
    """The first ``size`` bytes of ``file`` (for sniffing formats); PathError if unreadable."""
    try:
        # Never through a link or into a FIFO swapped in since the path was resolved.
        with open_regular(file.path) as handle:
            return read_bounded(handle, size)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PathError(say.PATH_CANNOT_READ(path=file.written, reason=reason)) from None
