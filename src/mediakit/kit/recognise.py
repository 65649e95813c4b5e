"""Whether a path is a ``.mediakit`` archive, without importing archive reading.

Here, not in :mod:`mediakit.kit.archive`, so that opening a kit folder (what
``mediakit validate KIT`` does most) never imports the archive package: its
reading, cache and hashing modules load only once a path is an archive.
"""

from __future__ import annotations

from pathlib import Path

from mediakit.safeio import open_regular

SUFFIX = ".mediakit"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def is_archive(path: Path) -> bool:
    """A file named ``*.mediakit``, or any file that starts like a ZIP; never raises."""
    try:
        if not path.is_file():
            return False
        if path.name.lower().endswith(SUFFIX):
            return True
        with open_regular(path, follow_links=True) as handle:
            return handle.read(4) in ZIP_MAGIC
    except (OSError, ValueError):
        return False
