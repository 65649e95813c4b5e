"""Files brought into the kit (stills dropped or picked): copied into a folder
of the kit under a safe name, never over a file already there (``-2``, ``-3``…).
A file inside the kit already is used where it is. No Qt: runs in the pool."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

from mediakit.safeio import free_names, open_regular

STILL_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"})


def safe_name(name: str) -> str:
    """``Scène 1 (final).JPG`` → ``Scene-1-final.jpg``: letters, digits, ``.-_``."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    plain = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^A-Za-z0-9._-]+", "-", plain).strip("-.") or "file"
    return f"{plain}.{suffix.lower()}" if suffix else plain


def bring_in(kit: Path, files: list[Path], subfolder: str = "stills") -> list[str]:
    """The kit-relative paths (``stills/x.jpg``) of ``files``, copied in as needed."""
    root = kit.resolve()
    written: list[str] = []
    for source in files:
        resolved = source.resolve()
        if resolved.is_relative_to(root):
            written.append(resolved.relative_to(root).as_posix())
            continue
        folder = root / subfolder
        folder.mkdir(parents=True, exist_ok=True)
        written.append(
            _copy_in(source, folder, safe_name(source.name)).relative_to(root).as_posix()
        )
    return written


def _copy_in(source: Path, folder: Path, name: str) -> Path:
    """``source`` copied to ``folder/name``, or the first free ``-N`` variant
    (:func:`free_names`, the naming every new file of ours follows)."""
    for candidate in free_names(name):
        try:
            return _copy(source, folder / candidate)
        except FileExistsError:  # taken, even by a file made meanwhile: the next name
            continue
    raise FileExistsError(f"no free name like {name} in {folder}")


def _copy(source: Path, target: Path) -> Path:
    """``source`` (a regular file: a FIFO dropped by mistake would block the copy
    forever) to the new file ``target``, never over one; a copy cut short by an
    error leaves nothing behind."""
    # "x": never overwrite, even a file made meanwhile.
    with open_regular(source, follow_links=True) as reading, target.open("xb") as writing:
        try:
            shutil.copyfileobj(reading, writing)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    return target
