"""What the archive cache may trust, and how it tidies what it may not.

The cache lives where other processes of the same user (and, if its folder
was ever left open, other users) can plant anything. So nothing found there is
taken on faith:

- the root must be a real folder (not a link) owned by us with no group or
  other permissions; one that is ours but too open is closed to 0700;
- an entry is trusted only when its name is a SHA-256 in hex, it is a real
  folder owned by us with mode 0700, its ``report.json`` is a regular file the
  cache wrote (the marker, and its own ``sha256`` equal to the folder's name)
  and its ``kit`` is a real folder;
- JSON is read with :func:`mediakit.safeio.open_regular` (no link, no FIFO,
  size-limited) and written whole with :func:`mediakit.safeio.atomic_write`.

Locks (:mod:`mediakit.filelock`) say what is in use: an extraction holds its
``tmp-…`` folder exclusively, a kit being shown holds its entry shared. What
nobody holds may be removed; removal itself holds the exclusive lock.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from mediakit.filelock import Held, abandoned, try_hold_folder
from mediakit.kit.archive.model import ArchiveReport, Finding, make_report
from mediakit.kit.message import Message
from mediakit.kit.problems import archive as say
from mediakit.kit.problems import stored, words
from mediakit.kit.signing.sshsig import Signature
from mediakit.safeio import atomic_write, read_regular

log = logging.getLogger(__name__)

HASH_NAME = re.compile(r"^[0-9a-f]{64}$")
INDEX = "index.json"
REPORT = "report.json"
KIT = "kit"
MARKER = "mediakit-cache"  # in report.json: written by the cache, not found there
# The marker's value: 2 stores problems as message ids and parameters (1 stored English
# text), 3 also the verified signature and the content hash; a report of another version
# is not trusted and the archive is checked again.
REPORT_VERSION = 3
WORK_PREFIX = "tmp-"
STALE_WORK = 24 * 3600.0  # where locks are unsupported, a tmp folder this old is abandoned
JSON_LIMIT = 16 * 1024 * 1024
_POSIX = os.name == "posix"  # owners and modes mean nothing elsewhere


class CacheRootError(OSError):
    """The cache root cannot be trusted; ``message`` says why (``strerror`` in English)."""

    def __init__(self, root: Path, why: Message) -> None:
        super().__init__(0, str(why), str(root))
        self.message = why


def _ours(info: os.stat_result) -> bool:
    return not _POSIX or info.st_uid == os.getuid()


def _private(info: os.stat_result) -> bool:
    return not _POSIX or stat.S_IMODE(info.st_mode) == 0o700


def prepare_root(root: Path) -> None:
    """Make ``root`` a usable cache root (created 0700, closed to 0700); OSError if it is not."""
    try:
        info = os.lstat(root)
    except FileNotFoundError:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(root)
    if stat.S_ISLNK(info.st_mode):
        raise CacheRootError(root, say.CACHE_LINK())
    if not stat.S_ISDIR(info.st_mode):
        raise CacheRootError(root, say.CACHE_NOT_FOLDER(kind=words.kind(info.st_mode)))
    if not _ours(info):
        raise CacheRootError(root, say.CACHE_OTHER_USER())
    if _POSIX and stat.S_IMODE(info.st_mode) & 0o077:
        root.chmod(0o700)


def read_json(path: Path) -> dict[str, Any]:
    """The JSON object in the regular file ``path``; empty when it is anything else."""
    try:
        raw = read_regular(path, JSON_LIMIT)
        data = json.loads(raw) if len(raw) <= JSON_LIMIT else None
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace ``path`` whole; whatever non-file was planted there goes first."""
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(os.lstat(path).st_mode):
            remove(path)
    with atomic_write(path) as pending:
        pending.file.write(json.dumps(data).encode("utf-8"))


def report_data(report: ArchiveReport, unpacked: int) -> dict[str, Any]:
    """What report.json holds: the check's outcome, marked as the cache's own."""
    return {
        MARKER: REPORT_VERSION,
        "sha256": report.sha256,
        "files": report.files,
        "bytes": unpacked,
        "problems": [[p.field, stored.dump(p.message)] for p in report.problems],
        "damaged": sorted(report.damaged),
        "content_sha256": report.content_sha256,
        "signature": _signature_data(report.signature),
    }


def _signature_data(signature: Signature | None) -> dict[str, str] | None:
    """The verified signature, so that a second open still says who signed (the
    entry is trusted as the report is: written by us, in our private folder)."""
    if signature is None:
        return None
    return {
        "public_key": base64.b64encode(signature.public_key).decode(),
        "namespace": signature.namespace,
        "reserved": base64.b64encode(signature.reserved).decode(),
        "hash_algorithm": signature.hash_algorithm,
        "signature": base64.b64encode(signature.signature).decode(),
    }


def _signature_from(data: Any) -> Signature | None:
    if not isinstance(data, dict):
        return None
    return Signature(
        public_key=base64.b64decode(data["public_key"]),
        namespace=str(data["namespace"]),
        reserved=base64.b64decode(data["reserved"]),
        hash_algorithm=str(data["hash_algorithm"]),
        signature=base64.b64decode(data["signature"]),
    )


def trusted_report(entry: Path, archive: Path) -> ArchiveReport | None:
    """The report of the cache entry ``entry`` if every trust rule holds, else None."""
    if not HASH_NAME.match(entry.name):
        return None
    try:
        info = os.lstat(entry)
        kit = os.lstat(entry / KIT)
    except OSError:
        return None
    if not (stat.S_ISDIR(info.st_mode) and _ours(info) and _private(info)):
        return None
    data = read_json(entry / REPORT)
    if data.get(MARKER) != REPORT_VERSION or data.get("sha256") != entry.name:
        return None
    return _report_from(data, archive) if stat.S_ISDIR(kit.st_mode) else None


def _report_from(data: dict[str, Any], archive: Path) -> ArchiveReport | None:
    try:
        damaged = set(data.get("damaged", []))
        findings = [
            Finding(name, stored.load(message), False, name in damaged)
            for name, message in data.get("problems", [])
        ]
        signature = _signature_from(data.get("signature"))
        content = str(data.get("content_sha256", ""))
        files = int(data.get("files", 0))
        return make_report(archive, data["sha256"], files, findings, signature, content)
    except (TypeError, ValueError, KeyError):  # a report.json we wrote never fails this way
        return None


def entry_usage(entry: Path) -> tuple[float, int]:
    """(last use, unpacked bytes) of ``entry``; an entry without a report was never used."""
    try:
        used = os.lstat(entry / REPORT).st_mtime
    except OSError:
        used = 0.0
    size = read_json(entry / REPORT).get("bytes", 0)
    return used, size if isinstance(size, int) else 0


def entry_names(root: Path) -> list[str]:
    with os.scandir(root) as children:
        return [child.name for child in children if HASH_NAME.match(child.name)]


def temporary_root() -> Path:
    """This process's private stand-in for the cache (0700), removed when it exits."""
    with _temporary_lock:
        if not _temporary_roots:
            folder = Path(tempfile.mkdtemp(prefix="mediakit-archives-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            _temporary_roots.append(folder)
        return _temporary_roots[0]


_temporary_roots: list[Path] = []
_temporary_lock = threading.Lock()


def pin_entry(entry: Path) -> Held | None:
    """A shared hold on ``entry`` (it is in use); None if it is being removed or placed,
    or is not a folder at all."""
    try:
        return try_hold_folder(entry, shared=True)
    except OSError:
        return None


def new_work_folder(root: Path) -> tuple[Path, Held]:
    """A fresh ``tmp-…`` folder in ``root`` (0700), held exclusively; OSError if none can be."""
    for _ in range(3):
        work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=root))
        held = try_hold_folder(work)
        # Between mkdtemp and the lock, another process's clean-up may have taken it for
        # abandoned: then it is gone or held by that process, and another name is tried.
        if held is not None and _is_open_as(work, held):
            work.chmod(0o700)  # mkdtemp's 0700 is masked by the umask
            return work, held
        if held is not None:
            held.release()
    raise CacheRootError(root, say.CACHE_FOLDERS_DISAPPEAR())


def _is_open_as(path: Path, held: Held) -> bool:
    if held.fd < 0:
        return True  # nothing is locked here: nothing to compare
    try:
        here, there = os.lstat(path), os.fstat(held.fd)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def remove(path: Path) -> None:
    """Remove ``path`` whatever it is, as far as we may; a link is unlinked, never followed."""
    try:
        if stat.S_ISDIR(os.lstat(path).st_mode):
            shutil.rmtree(path, ignore_errors=True)  # never follows links inside
        else:
            path.unlink()
    except OSError:
        log.debug("cannot remove %s", path, exc_info=True)


def remove_unused(path: Path) -> bool:
    """Remove the folder (or planted non-folder) ``path`` unless a live process holds it.

    True when it is gone; False when it is in use or could not be removed.
    """
    try:
        held = try_hold_folder(path)
    except OSError:  # not a folder (a link, a file, a FIFO …): nothing can hold it
        remove(path)
        return _gone(path)
    if held is None:
        return False
    with held:  # removed while held, so nobody can pin it meanwhile
        remove(path)
    return _gone(path)


def _gone(path: Path) -> bool:
    try:
        os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError:
        pass
    return False


def remove_abandoned_work(root: Path) -> None:
    """Remove the ``tmp-…`` folders that no live process holds (killed extractions)."""
    work: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(root) as children:
        work = [Path(child.path) for child in children if child.name.startswith(WORK_PREFIX)]
    for folder in work:
        if _is_abandoned(folder):
            remove_unused(folder)


def _is_abandoned(work: Path) -> bool:
    try:
        info = os.lstat(work)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return True  # a link or a file: never one of ours
    return abandoned(work) or time.time() - info.st_mtime > STALE_WORK
