"""Files brought into the kit (stills dropped or picked): copied into a folder
of the kit under a safe name, never over a file already there (``-2``, ``-3``…).
A file inside the kit already is used where it is. No Qt: runs in the pool."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

from mediakit.safeio import open_regular

STILL_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"})


def safe_name(name: str) -> str:
    """``Scène 1 (final).JPG`` → ``Scene-1-final.jpg``: letters, digits, ``.-_``."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    plain = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^A-Za-z0-9._-]+", "-", plain).strip("-.") or "file"
    return f"{plain}.{suffix.lower()}" if suffix else plain


def free_path(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = target.stem, target.suffix
    count = 2
    while target.exists() or target.is_symlink():
        target = folder / f"{stem}-{count}{suffix}"
        count += 1
    return target


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
        target = free_path(folder, safe_name(source.name))
        _copy(source, target)
        written.append(target.relative_to(root).as_posix())
    return written


def _copy(source: Path, target: Path) -> None:
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
