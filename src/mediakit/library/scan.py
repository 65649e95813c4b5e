"""Finding kits in the folders the reader adds: kit folders (holding ``kit.yaml``)
and ``.mediakit`` archives, never raising.

Bounded: at most :data:`MAX_DEPTH` folders deep and :data:`MAX_ENTRIES`
entries looked at in all. Links to folders are followed (a folder of kits is
often a link to another disk) but each real folder is visited once, so a link
loop ends. A folder that cannot be listed is a problem of its own; the search
goes on beside it. A kit folder is not searched further: its sub-folders are
its stills and film, not other kits. Hidden folders (``.git``, ``.cache``)
are skipped.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from mediakit.kit.manifest.model import MANIFEST, Problem
from mediakit.kit.problems import library as say
from mediakit.kit.recognise import SUFFIX

MAX_DEPTH = 8
MAX_ENTRIES = 200_000


@dataclass
class Found:
    kits: list[Path] = field(default_factory=list)  # absolute, in the order found (sorted)
    problems: list[Problem] = field(default_factory=list)  # ``FOLDER: why``


def kit_path(path: Path) -> Path | None:
    """The kit ``path`` names — the folder for ``…/kit.yaml``, the archive or folder
    itself — or None when it is not a kit (a plain folder to search)."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISDIR(mode):
        return path if (path / MANIFEST).is_file() else None
    if path.name == MANIFEST:
        return path.parent
    if stat.S_ISREG(mode) and path.name.lower().endswith(SUFFIX):
        return path
    return None


def find_kits(folder: Path, max_depth: int = MAX_DEPTH, max_entries: int = MAX_ENTRIES) -> Found:
    """Every kit below ``folder`` (itself included), breadth first, each folder sorted."""
    found = Found()
    seen: set[tuple[int, int]] = set()
    level = [Path(folder).absolute()]
    looked = 0
    for _depth in range(max_depth + 1):
        below: list[Path] = []
        for current in level:
            try:
                info = current.stat()
            except (OSError, ValueError) as exc:
                found.problems.append(_unreadable(current, exc))
                continue
            if (info.st_dev, info.st_ino) in seen:
                continue  # a link back to a folder already searched
            seen.add((info.st_dev, info.st_ino))
            if (current / MANIFEST).is_file():
                found.kits.append(current)
                continue
            try:
                with os.scandir(current) as entries:
                    listed = sorted(entries, key=lambda e: e.name)
            except (OSError, ValueError) as exc:
                found.problems.append(_unreadable(current, exc))
                continue
            for entry in listed:
                looked += 1
                if looked > max_entries:
                    message = say.FOLDER_TOO_MANY(count=max_entries)
                    found.problems.append(Problem(str(folder), message))
                    return found
                if entry.name.startswith("."):
                    continue
                try:
                    is_dir = entry.is_dir()  # follows a link: see the module's note
                    is_file = not is_dir and entry.is_file()
                except OSError:
                    continue
                if is_dir:
                    below.append(Path(entry.path))
                elif is_file and entry.name.lower().endswith(SUFFIX):
                    found.kits.append(Path(entry.path))
        if not below:
            return found
        level = below
    found.problems.append(Problem(str(folder), say.FOLDER_TOO_DEEP(depth=max_depth)))
    return found


def _unreadable(path: Path, exc: BaseException) -> Problem:
    reason = getattr(exc, "strerror", None) or str(exc)
    return Problem(str(path), say.FOLDER_UNREADABLE(reason=reason))
