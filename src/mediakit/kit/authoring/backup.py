"""``keep_backup(path)``: copy a file to ``NAME.bak`` before it is replaced — or,
when that exists, to the first free ``NAME.bak.1``, ``NAME.bak.2`` …, never
over an earlier backup. Each name is created exclusively (``O_EXCL``), so two
writers at once cannot pick the same one.
"""

from __future__ import annotations

import os
from pathlib import Path

from mediakit.safeio import open_regular

_MAX_BACKUPS = 1000  # beyond, something is wrong: refuse rather than search on


def keep_backup(path: Path) -> Path:
    """The backup made of ``path`` (a regular file); OSError if none could be made."""
    with open_regular(path) as source:
        data = source.read()
    for index in range(_MAX_BACKUPS):
        backup = path.with_name(path.name + (".bak" if index == 0 else f".bak.{index}"))
        try:
            fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as target:
                target.write(data)
                target.flush()
                os.fsync(target.fileno())
        except BaseException:
            backup.unlink(missing_ok=True)  # half a backup is no backup
            raise
        return backup
    raise FileExistsError(f"{path.name}.bak … .bak.{_MAX_BACKUPS - 1} all exist")
