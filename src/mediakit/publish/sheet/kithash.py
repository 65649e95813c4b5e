"""The content hash printed at the sheet's foot: the one the window's signature
badge shows for an archive, or the one ``pack`` would give a folder — computed
by the archive code itself, never a second way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediakit.kit.archive.pack import PackError, folder_content_hash

if TYPE_CHECKING:
    from mediakit.kit.archive import ArchiveReport
    from mediakit.kit.manifest.model import Kit


def content_hash(kit: Kit, archive: ArchiveReport | None) -> tuple[str, bool]:
    """(the hash, whether it is an archive's): an archive's content hash as the
    window's badge shows it (SHA-256 of its checksums.sha256); for a folder, the
    one ``pack`` would give it (:func:`~mediakit.kit.archive.pack.folder_content_hash`).
    "" when a file cannot be read: the sheet is still made, without it."""
    if archive is not None:
        return archive.content_sha256, True
    try:
        return folder_content_hash(kit), False
    except PackError:
        return "", False
