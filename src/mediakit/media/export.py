"""Exporting stills: copies of the originals, never overwriting a file."""

from __future__ import annotations

import shutil
from pathlib import Path


def _unique_target(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)`` … so an export never overwrites a file."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def copy_still(source: Path, folder: Path) -> Path:
    """Copy ``source`` into ``folder`` (worker side); returns where it went."""
    target = _unique_target(folder, source.name)
    shutil.copy2(source, target)
    return target
