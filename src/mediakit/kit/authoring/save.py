"""Reading kit.yaml for editing, and saving it back: whole or not at all, and
never over a change someone else made since it was read.

Line breaks are never normalised here: the document keeps the file's own
(:mod:`.document`), so what was CRLF is written CRLF, a file with mixed
breaks keeps each, and a document saved unchanged is the same bytes. The one
place a break is chosen is a new line, which takes the document's first.
"""

from __future__ import annotations

from pathlib import Path

from mediakit.kit.authoring.document import DocumentError, KitDocument
from mediakit.kit.manifest import limits
from mediakit.kit.manifest.model import MANIFEST
from mediakit.kit.manifest.yamlread import YamlError, decode_utf8
from mediakit.kit.problems import authoring as say
from mediakit.kit.problems import reading
from mediakit.safeio import atomic_write, read_regular
from mediakit.units import human_size

__all__ = ["ExternalChangeError", "manifest_path", "read_document", "save_document"]


class ExternalChangeError(Exception):
    """kit.yaml is no longer what was read: ``current`` holds its bytes now (None
    when it is gone), for the caller to show, merge or reload."""

    def __init__(self, path: Path, current: bytes | None) -> None:
        self.message = say.CHANGED_ON_DISK()
        super().__init__(f"{path}: {self.message}")
        self.path = path
        self.current = current


def manifest_path(folder_or_manifest: Path) -> Path:
    """The kit.yaml of a kit folder, or the kit.yaml given."""
    path = Path(folder_or_manifest)
    return path if path.name == MANIFEST and not path.is_dir() else path / MANIFEST


def _current(manifest: Path) -> bytes | None:
    """kit.yaml's bytes now (None when absent); OSError when it cannot be read or is
    no regular file (a link, a FIFO: refused as the loader refuses them)."""
    try:
        data = read_regular(manifest, limits.MANIFEST_BYTES)
    except FileNotFoundError:
        return None
    if len(data) > limits.MANIFEST_BYTES:
        size = human_size(limits.MANIFEST_BYTES)
        raise DocumentError(reading.MANIFEST_TOO_LARGE(size=size))  # the loader's words
    return data


def read_document(folder_or_manifest: Path) -> tuple[KitDocument, bytes]:
    """The document of a kit's kit.yaml and the bytes it was read from (to pass to
    :func:`save_document` as ``expected``). OSError when it cannot be read,
    DocumentError when it is not UTF-8 or not YAML the kit's reader takes."""
    manifest = manifest_path(folder_or_manifest)
    data = _current(manifest)
    if data is None:
        raise FileNotFoundError(2, "No such file or directory", str(manifest))
    try:
        text = data.decode("utf-8")  # a byte-order mark is kept: it is the author's
    except UnicodeDecodeError:
        try:
            decode_utf8(data)
        except YamlError as exc:
            raise DocumentError(exc.message, exc.line, exc.column) from None
        raise  # pragma: no cover - decode_utf8 refuses what decode refuses
    return KitDocument.parse(text), data


def save_document(folder_or_manifest: Path, document: KitDocument, expected: bytes | None) -> bytes:
    """Write ``document`` as the kit's kit.yaml, atomically (a synced hidden file
    renamed over it: the file's mode is kept), if kit.yaml still holds
    ``expected`` — None: if there is no kit.yaml yet. ExternalChangeError when it
    does not: nothing is written, and the error carries what is there now.
    Returns the bytes written: what to expect at the next save.

    The file is compared again just before the rename, so only a change made
    in the last moment between that check and the rename can be lost — the
    window a plain ``open(…, "w")`` leaves is the whole write.
    """
    manifest = manifest_path(folder_or_manifest)
    data = document.text.encode("utf-8")
    _unchanged(manifest, expected)
    with atomic_write(manifest) as pending:
        pending.file.write(data)
        _unchanged(manifest, expected)
    return data


def _unchanged(manifest: Path, expected: bytes | None) -> None:
    current = _current(manifest)
    if current != expected:
        raise ExternalChangeError(manifest, current)
