"""Saving a kit being edited: kit.yaml and the text files whose words changed,
each whole or not at all, and none over a change someone else made since it
was read — every file is compared before the first one is written, so a
conflict found leaves all of them as they were."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mediakit.kit.authoring.document import KitDocument
from mediakit.kit.authoring.save import ExternalChangeError, manifest_path, save_document
from mediakit.kit.authoring.textfiles import TextFile, decode, encode_text, target
from mediakit.kit.manifest import limits
from mediakit.kit.problems import authoring as say
from mediakit.safeio import atomic_write, read_regular

__all__ = ["PendingText", "Saved", "TextChangedError", "save_kit"]


class TextChangedError(ExternalChangeError):
    """A text file is no longer what was read: ``written`` names it, ``current``
    holds its bytes now (None when it is gone)."""

    def __init__(self, path: Path, written: str, current: bytes | None) -> None:
        super().__init__(path, current)
        self.message = say.TEXT_FILE_CHANGED(file=written)
        self.args = (f"{path}: {self.message}",)
        self.written = written


@dataclass(frozen=True)
class PendingText:
    """The words of a text file as edited, and the file as it was read (``disk``)."""

    text: str
    disk: TextFile


@dataclass(frozen=True)
class Saved:
    manifest: bytes  # what kit.yaml holds now
    texts: dict[str, TextFile]  # the text files written, by their written path


def save_kit(
    folder: Path, document: KitDocument, expected: bytes | None, texts: Sequence[PendingText]
) -> Saved:
    """Write what changed (in a worker). ExternalChangeError (TextChangedError for
    a text file) when a file is not what was read: then nothing is written."""
    writes: list[tuple[Path, bytes, PendingText]] = []
    for pending in texts:
        data = encode_text(pending.text, pending.disk)
        if data != pending.disk.data:
            writes.append((target(folder, pending.disk.written), data, pending))
    manifest = manifest_path(folder)
    current = _current(manifest, limits.MANIFEST_BYTES)
    if current != expected:
        raise ExternalChangeError(manifest, current)
    for path, _data, pending in writes:
        _unchanged(path, pending.disk)
    written: dict[str, TextFile] = {}
    for path, data, pending in writes:
        with atomic_write(path) as part:
            part.file.write(data)
            _unchanged(path, pending.disk)
        written[pending.disk.written] = decode(pending.disk.written, data)
    if document.text.encode("utf-8") != expected:  # unchanged: left alone, not rewritten
        expected = save_document(folder, document, expected)
    return Saved(expected or b"", written)


def _current(path: Path, limit: int) -> bytes | None:
    try:
        return read_regular(path, limit)
    except FileNotFoundError:
        return None


def _unchanged(path: Path, disk: TextFile) -> None:
    current = _current(path, limits.TEXT_FILE_BYTES)
    if current != disk.data:
        raise TextChangedError(path, disk.written, current)
