"""The ``.mediakit`` archive: recognising, verifying, opening, packing. No Qt.

Everything that knows the ZIP container lives here, apart from the manifest
it carries: ``zipread``/``zipwrite`` (the container's records), ``rules``
(what an entry may be), ``scan`` (the one streaming checking pass, with
``hashing`` in a thread), ``extract`` and ``cache``/``cache_trust`` (unpacking
into the per-user cache and trusting it again), ``pack`` (writing one) and
``model`` (reports, findings, limits). The package uses the manifest side
(the kit model, limits, paths); the manifest side never uses this one, so a
folder kit loads without any of it.

This module is the public face: ``verify`` is integrity only (an intact
archive of an invalid kit verifies), ``open_archive`` unpacks into the cache.
``is_archive`` lives in :mod:`mediakit.kit.recognise` (re-exported here), so
that telling a folder from an archive never imports this package.
"""

from __future__ import annotations

from pathlib import Path

from mediakit.kit.archive.cache import OpenedArchive, default_cache_root, open_archive
from mediakit.kit.archive.model import ArchiveError, ArchiveLimits, ArchiveReport
from mediakit.kit.archive.scan import Progress, scan
from mediakit.kit.recognise import SUFFIX, ZIP_MAGIC, is_archive

__all__ = [
    "SUFFIX",
    "ZIP_MAGIC",
    "ArchiveError",
    "ArchiveLimits",
    "ArchiveReport",
    "OpenedArchive",
    "default_cache_root",
    "is_archive",
    "open_archive",
    "verify",
]


def verify(
    archive: Path, *, limits: ArchiveLimits | None = None, progress: Progress | None = None
) -> ArchiveReport:
    """Check every rule and every checksum of ``archive``, streaming; never raises for bad input.

    ``progress(bytes_done, bytes_total)`` is called now and then from the calling thread.
    """
    return scan(Path(archive), limits or ArchiveLimits(), None, progress)
