"""One file's C2PA manifest store, read with ``c2pa-python``, bounded, never raising.

The library is native code that parses what strangers wrote: every error it
raises becomes a message, and so does anything its JSON says that is not the
shape we expect (:mod:`.credentials_manifest`). A native call cannot be
interrupted, but it reads the file through :class:`_Bounded`, which says
"no more" once the deadline has passed; the size limit is checked before
anything is read. Nothing is fetched: no remote manifest, no OCSP, no trust list.

Each reading makes its own file handle, settings, context and reader and closes
them all: readings may run side by side in a thread pool.
"""

from __future__ import annotations

import functools
import os
import time
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from mediakit.kit.message import Message
from mediakit.kit.problems import credentials as say
from mediakit.media.credentials import Limits, Presence, Reading
from mediakit.safeio import open_regular
from mediakit.units import human_size

# The kinds of file C2PA defines an embedding for and c2pa reads, by suffix. The
# library looks at the bytes too (a PNG named .jpg is read as a PNG), but it
# needs a starting point: it detects nothing from the bytes alone.
FORMATS = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".gif": "image/gif",
    ".avif": "image/avif",
    ".heic": "image/heic",
    ".heif": "image/heif",
    ".jxl": "image/jxl",
    ".mp4": "video/mp4",
    ".m4v": "video/x-m4v",
    ".mov": "video/quicktime",
    ".avi": "video/x-msvideo",
}
MAX_ERROR_CHARS = 300  # the library's own message, shown as it is: enough to say why


def _settings(verify: bool) -> dict[str, object]:
    """Offline whatever the file says: a manifest that points to a remote copy or a
    certificate with an OCSP responder must not make us touch the network."""
    return {
        "verify": {
            "verify_after_reading": verify,
            "remote_manifest_fetch": False,
            "ocsp_fetch": False,
        }
    }


@functools.cache
def library() -> ModuleType | Message:
    """The ``c2pa`` module, or why it cannot be loaded (once a process)."""
    try:
        import c2pa
    except (ImportError, OSError, RuntimeError, ValueError) as exc:
        # Not installed, no wheel for this machine (RuntimeError, ValueError from its
        # platform check), or the native library refused to load (OSError).
        return say.LIBRARY_UNAVAILABLE(error=_short(str(exc) or type(exc).__name__))
    return c2pa


class _Bounded:
    """The file as c2pa reads it (its Stream wants read, seek, tell, write and
    flush), refusing to read once ``deadline`` (time.monotonic) has passed.

    No ``readinto``: c2pa would use it instead of ``read``."""

    def __init__(self, file: BinaryIO, deadline: float) -> None:
        self._file = file
        self._deadline = deadline
        self.timed_out = False

    def read(self, size: int = -1) -> bytes:
        if time.monotonic() > self._deadline:
            self.timed_out = True
            raise TimeoutError  # c2pa turns it into a failed read, then an error
        return self._file.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def write(self, data: bytes) -> int:
        raise OSError("read only")

    def flush(self) -> None:
        pass


def read(path: Path, *, verify: bool, limits: Limits) -> Reading:
    """:func:`mediakit.media.credentials.read_credentials`."""
    c2pa = library()
    if isinstance(c2pa, Message):
        return Reading(path, Presence.UNAVAILABLE, problem=c2pa)
    try:
        return _read(c2pa, path, verify, limits)
    except Exception as exc:  # a bug of ours (or the library's) must not reach the caller
        import logging  # only here: see mediakit.kit.manifest.loader

        logging.getLogger(__name__).exception("reading the Content Credentials of %s", path)
        return _unreadable(path, say.INTERNAL_ERROR(error=_short(repr(exc))))


def _read(c2pa: ModuleType, path: Path, verify: bool, limits: Limits) -> Reading:
    import json  # only when reading: `validate` of a kit without media never needs it

    from mediakit.media.credentials_manifest import ShapeError, credentials_from

    try:
        # Regular files only (a FIFO would block the worker); the size from the open file.
        with open_regular(path, follow_links=True) as file:
            if os.fstat(file.fileno()).st_size > limits.max_bytes:
                return _unreadable(path, say.TOO_LARGE(limit=human_size(limits.max_bytes)))
            mime = FORMATS.get(path.suffix.lower())
            if mime is None:  # a WebM film, say: C2PA defines no place for a manifest there
                kind = path.suffix or path.name
                return Reading(path, Presence.NONE, problem=say.NOT_A_C2PA_FORMAT(kind=kind))
            stream = _Bounded(file, time.monotonic() + limits.max_seconds)
            try:
                with (
                    c2pa.Settings.from_dict(_settings(verify)) as settings,
                    c2pa.Context(settings) as context,
                    c2pa.Reader(mime, stream, context=context) as reader,
                ):
                    store = json.loads(reader.json())
                    state = reader.get_validation_state()
            except c2pa.C2paError.ManifestNotFound:
                return Reading(path, Presence.NONE)
            except c2pa.C2paError as exc:
                if stream.timed_out:
                    return _unreadable(path, say.TOO_SLOW(seconds=_seconds(limits.max_seconds)))
                return _unreadable(path, say.MALFORMED(error=_short(str(exc))))
    except OSError as exc:
        return _unreadable(path, say.CANNOT_OPEN(reason=exc.strerror or str(exc)))
    except (ValueError, RecursionError) as exc:  # JSON c2pa made of what the file says
        return _unreadable(path, say.UNEXPECTED_SHAPE(detail=_short(str(exc))))
    try:
        credentials = credentials_from(store, state, verify)
    except ShapeError as exc:
        return _unreadable(path, say.UNEXPECTED_SHAPE(detail=_short(str(exc))))
    return Reading(path, Presence.PRESENT, credentials)


def _unreadable(path: Path, problem: Message) -> Reading:
    return Reading(path, Presence.UNREADABLE, problem=problem)


def _short(text: str) -> str:
    text = " ".join(text.split())  # the library's messages may hold line breaks
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


def _seconds(value: float) -> str:
    return f"{value:g}"
