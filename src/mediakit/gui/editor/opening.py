"""What the editor needs before it shows anything, read in the pool: the
kit.yaml bytes and their document, whether they may be written, and any
unsaved text a killed editor left. An archive is unpacked (verified) as the
reading window does and opened read-only."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from mediakit.gui.editor.recovery import Recovered, read_recovery
from mediakit.kit.authoring.document import DocumentError, KitDocument
from mediakit.kit.authoring.save import read_document
from mediakit.kit.manifest.model import MANIFEST
from mediakit.kit.recognise import is_archive
from mediakit.kit.source import KitSource, open_source


class ReadOnly(Enum):
    NO = ""
    ARCHIVE = "archive"  # a .mediakit: edit a copy
    FOLDER = "folder"  # the folder or kit.yaml may not be written


@dataclass
class Opened:
    path: Path  # as the user gave it
    folder: Path | None = None  # where kit.yaml is (an archive's unpacked copy)
    data: bytes | None = None
    document: KitDocument | None = None
    error: str = ""  # why it cannot be edited at all
    read_only: ReadOnly = ReadOnly.NO
    recovered: Recovered | None = None
    source: KitSource | None = None  # an archive's, pinned while the editor shows it

    @property
    def manifest(self) -> Path:
        assert self.folder is not None
        return self.folder / MANIFEST


def _writable(path: Path) -> bool:
    """Whether ``path`` may be written; a folder or file without any write
    permission counts as read-only even for root, as a file manager shows it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(path, os.W_OK)


def read_kit(path: Path) -> Opened:
    """Runs in the pool; never raises for a bad kit."""
    path = Path(path)
    opened = Opened(path)
    if is_archive(path):
        source = open_source(path)
        if source.folder is None:
            opened.error = "; ".join(p.format() for p in source.result.problems[:3])
            return opened
        opened.folder, opened.source, opened.read_only = source.folder, source, ReadOnly.ARCHIVE
    else:
        opened.folder = path if path.is_dir() else path.parent
    try:
        opened.document, opened.data = read_document(opened.manifest)
    except (OSError, DocumentError) as error:
        opened.error = getattr(error, "strerror", None) or str(error)
        return opened
    if opened.read_only is ReadOnly.NO:
        if not (_writable(opened.folder) and _writable(opened.manifest)):
            opened.read_only = ReadOnly.FOLDER
        opened.recovered = read_recovery(opened.manifest)
    return opened


def parse(text: str) -> KitDocument:
    """A document for a text (a recovery file's, the file changed on disk), in the pool."""
    return KitDocument.parse(text)
