"""Opening an archive: checked and extracted once into a per-user cache.

Layout of the cache root (a real folder owned by the user, 0700)::

    index.json            resolved archive path -> size, mtime_ns, sha256
    <sha256>/kit/…        the extracted kit (normal files: the film plays from here)
    <sha256>/report.json  the check's outcome, marked as the cache's own and naming its
                          sha256; its mtime is the entry's last use
    tmp-…/                an extraction in progress, renamed to <sha256> when complete

The index finds the hash of an unchanged archive without reading it, so the
second open is a few stats. Nothing found in the cache is trusted unless it
passes the rules of :mod:`mediakit.kit.archive.cache_trust`; an entry that fails them
is removed and the archive checked and extracted afresh.

Locks say what is in use, so clean-up never removes what a window shows: an
extraction holds its ``tmp-…`` folder exclusively (then, once renamed into
place, holds its entry shared); every kit opened from the cache is pinned by a
shared hold on its entry (:attr:`OpenedArchive.pin`) until it is released.
``tmp-…`` folders nobody holds (the process was killed) go at the next open.
Entries unused for CACHE_MAX_AGE go, then the least recently used until the
cache holds at most CACHE_MAX_BYTES — pinned ones never.

A cache that cannot be used (not creatable, not writable, full, a link, not
ours) does not stop an archive from opening: it is unpacked into a private
temporary folder for this process instead, and :attr:`OpenedArchive.notice`
says why.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import stat
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from mediakit import userdirs
from mediakit.filelock import Held
from mediakit.kit.archive import cache_trust as trust
from mediakit.kit.archive.extract import Extractor, UnpackError
from mediakit.kit.archive.model import (
    ArchiveError,
    ArchiveLimits,
    ArchiveReport,
    Finding,
    to_problem,
)
from mediakit.kit.archive.scan import Progress, scan
from mediakit.kit.manifest.model import Problem
from mediakit.kit.message import Message
from mediakit.kit.problems import archive as say
from mediakit.kit.problems import words

log = logging.getLogger(__name__)

CACHE_MAX_BYTES = 20 * 1024**3
CACHE_MAX_AGE = 30 * 24 * 3600.0
# The disk, not the entry, is at fault: worth another try in a temporary folder.
_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}


@dataclass(frozen=True)
class OpenedArchive:
    """An archive checked and unpacked; ``release()`` it when its kit is no longer shown."""

    folder: Path  # the extracted kit root (in the cache, or in a temporary folder)
    report: ArchiveReport
    from_cache: bool  # a previous extraction was reused
    # Why the cache could not be used (the kit is in a temporary folder then), or None.
    notice: Message | None = None
    # A shared hold on the cache entry: while held, clean-up leaves ``folder`` alone.
    pin: Held | None = field(default=None, compare=False, repr=False)

    def release(self) -> None:
        """Unpin the kit: from now on clean-up may remove ``folder``."""
        if self.pin is not None:
            self.pin.release()


@dataclass(frozen=True)
class _Cache:
    root: Path
    trouble: Message | None = None  # why the real cache was not used: ``root`` is temporary

    @property
    def notice(self) -> Message | None:
        if self.trouble is None:
            return None
        return say.CACHE_NOTICE(trouble=self.trouble)


class _CacheWriteError(Exception):
    """The cache folder could not take the extraction (``entry``, if one was being
    written); ``why`` is readable."""

    def __init__(self, why: Message, entry: str | None = None) -> None:
        super().__init__(str(why))
        self.why = why
        self.entry = entry


def default_cache_root() -> Path:
    """The per-user cache folder for extracted archives; RuntimeError when the home
    folder it lies in cannot be found."""
    return userdirs.cache_home() / userdirs.APP / "archives"


def _why(exc: OSError) -> Message:
    """Why, in our words when the error is ours, else as the system says it."""
    if isinstance(exc, trust.CacheRootError):
        return exc.message
    return Message.verbatim(exc.strerror or str(exc))


def _choose_cache(archive: Path, cache_root: Path | None) -> _Cache:
    """The cache to use: ``cache_root`` (or the default) if it can be trusted, else a
    temporary one."""
    root = cache_root
    try:
        root = cache_root if cache_root is not None else default_cache_root()
        if not root.is_absolute() and cache_root is None:
            raise trust.CacheRootError(root, say.HOME_NOT_ABSOLUTE())
        trust.prepare_root(root)
    except OSError as exc:
        return _fallback(archive, root, _why(exc))
    except RuntimeError:  # Path.home(): HOME unset and no password entry
        return _fallback(archive, None, say.HOME_UNKNOWN())
    return _Cache(root)


def _fallback(archive: Path, root: Path | None, why: Message) -> _Cache:
    if root is not None:
        trouble = say.CACHE_UNUSABLE_AT(root=str(root), why=why)
    else:
        trouble = say.CACHE_UNUSABLE(why=why)
    try:
        return _Cache(trust.temporary_root(), trouble)
    except OSError as exc:
        either = say.TEMPORARY_TOO(why=_why(exc))
        problems = (Problem(str(archive), trouble), Problem(str(archive), either))
        raise ArchiveError(problems) from None


def _open_entry(root: Path, sha: str, archive: Path) -> OpenedArchive | None:
    """The entry ``sha``, pinned, if it can be trusted; None means "extract afresh"."""
    entry = root / sha
    pin = trust.pin_entry(entry)
    if pin is None:
        return None
    report = trust.trusted_report(entry, archive)
    if report is None:
        pin.release()
        return None
    try:
        os.utime(entry / trust.REPORT)  # last use, for the LRU clean-up
    except OSError:
        log.debug("cannot mark %s as used", entry, exc_info=True)
    return OpenedArchive(entry / trust.KIT, report, from_cache=True, pin=pin)


def _from_index(root: Path, key: str, info: os.stat_result, archive: Path) -> OpenedArchive | None:
    known = trust.read_json(root / trust.INDEX).get(key)
    if not isinstance(known, dict):
        return None
    if [known.get("size"), known.get("mtime_ns")] != [info.st_size, info.st_mtime_ns]:
        return None
    sha = known.get("sha256")
    if not isinstance(sha, str) or not trust.HASH_NAME.match(sha):
        return None  # never build a path from what the index says unless it is a hash
    return _open_entry(root, sha, archive)


def _unpack(
    archive: Path, work: Path, limits: ArchiveLimits, progress: Progress | None
) -> tuple[ArchiveReport, int]:
    """Check ``archive`` and extract it into ``work``: its report and unpacked size."""
    try:
        extractor = Extractor(work / trust.KIT)
    except OSError as exc:
        raise _CacheWriteError(_why(exc)) from None
    try:
        report = scan(archive, limits, extractor, progress)
    except UnpackError as exc:
        if exc.errno in _DISK_ERRORS:
            raise _CacheWriteError(_why(exc), exc.entry) from None
        finding = Finding(exc.entry, say.CANNOT_UNPACK_HERE(why=_why(exc)), True)
        raise ArchiveError((to_problem(archive, finding),)) from None
    except OSError as exc:  # reading the archive itself
        problem = Problem(str(archive), say.CANNOT_READ_IT(reason=_why(exc)))
        raise ArchiveError((problem,)) from None
    finally:
        extractor.abort()
    return report, extractor.bytes


def _discard(work: Path, held: Held) -> None:
    shutil.rmtree(work, ignore_errors=True)
    held.release()


def _share(held: Held) -> None:
    try:
        held.share()
    except OSError:  # still held exclusively: a pin all the same, only not shared
        log.debug("cannot share the hold on a cache entry", exc_info=True)


def _place(work: Path, held: Held, root: Path, report: ArchiveReport) -> OpenedArchive:
    """Move the finished extraction ``work`` to its entry; ``held`` becomes its pin."""
    final = root / report.sha256
    for _ in range(2):
        try:
            work.rename(final)  # the folder keeps its inode, so ``held`` still holds it
        except OSError:
            pass  # the name is taken
        else:
            _share(held)
            return OpenedArchive(final / trust.KIT, report, from_cache=False, pin=held)
        twin = _open_entry(root, report.sha256, report.archive)
        if twin is not None:  # the same archive, opened meanwhile (another name, a race)
            _discard(work, held)
            return replace(twin, report=report, from_cache=False)
        if not trust.remove_unused(final):  # in use, or not ours to remove
            break
    _share(held)  # the kit stays where it was unpacked, still pinned against clean-up
    return OpenedArchive(work / trust.KIT, report, from_cache=False, pin=held)


def _extract(
    archive: Path, root: Path, limits: ArchiveLimits, progress: Progress | None
) -> OpenedArchive:
    try:
        work, held = trust.new_work_folder(root)
    except OSError as exc:
        raise _CacheWriteError(_why(exc)) from None
    try:
        report, unpacked = _unpack(archive, work, limits, progress)
        if not report.safe:
            raise ArchiveError(report.problems, report)
        try:
            trust.write_json(work / trust.REPORT, trust.report_data(report, unpacked))
        except OSError as exc:
            raise _CacheWriteError(_why(exc)) from None
        return _place(work, held, root, report)
    except BaseException:  # Ctrl+C and cancellation too: no half extraction is left
        _discard(work, held)
        raise


def _extract_somewhere(
    archive: Path, cache: _Cache, limits: ArchiveLimits, progress: Progress | None
) -> tuple[OpenedArchive, _Cache]:
    """Extract into ``cache``, or into a temporary folder when the cache fails."""
    try:
        return _extract(archive, cache.root, limits, progress), cache
    except _CacheWriteError as failed:
        if cache.trouble is None:
            cache = _fallback(archive, cache.root, failed.why)
            return _extract_somewhere(archive, cache, limits, progress)
        either = say.TEMPORARY_TOO_AT(root=str(cache.root), why=failed.why)
        finding = Finding(failed.entry, either, True)
        problems = (Problem(str(archive), cache.trouble), to_problem(archive, finding))
        raise ArchiveError(problems) from None


def _identify(archive: Path) -> tuple[os.stat_result, str]:
    try:
        info = archive.stat()
        if not stat.S_ISREG(info.st_mode):
            why = say.ARCHIVE_NOT_FILE(kind=words.kind(info.st_mode))
            raise ArchiveError((Problem(str(archive), say.CANNOT_READ_IT(reason=why)),))
        return info, str(archive.resolve())
    except OSError as exc:
        problem = Problem(str(archive), say.CANNOT_READ_IT(reason=_why(exc)))
        raise ArchiveError((problem,)) from None
    except ValueError as exc:  # a NUL in the path
        reason = Message.verbatim(str(exc))
        raise ArchiveError((Problem(str(archive), say.CANNOT_READ_IT(reason=reason)),)) from None


def _remember(root: Path, key: str, info: os.stat_result, sha: str) -> None:
    index = trust.read_json(root / trust.INDEX)  # re-read: another process may have added
    index[key] = {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "sha256": sha}
    try:
        trust.write_json(root / trust.INDEX, index)
        clean_cache(root, keep=sha)
    except OSError:
        log.warning("could not update the archive cache in %s", root, exc_info=True)


def open_archive(
    archive: Path,
    cache_root: Path | None = None,
    *,
    allow_damaged: bool = False,
    limits: ArchiveLimits | None = None,
    progress: Progress | None = None,
) -> OpenedArchive:
    """``archive`` checked and extracted (or found in the cache); ArchiveError says why not.

    The result is pinned: call ``release()`` when its kit is no longer shown.
    """
    archive = Path(archive)
    info, key = _identify(archive)
    cache = _choose_cache(archive, cache_root)
    trust.remove_abandoned_work(cache.root)
    opened = _from_index(cache.root, key, info, archive)
    if opened is None:
        opened, cache = _extract_somewhere(archive, cache, limits or ArchiveLimits(), progress)
        _remember(cache.root, key, info, opened.report.sha256)
    report = opened.report
    if not report.safe or (not report.intact and not allow_damaged):
        opened.release()
        raise ArchiveError(report.problems, report)
    return replace(opened, notice=cache.notice)


def clean_cache(
    root: Path,
    keep: str = "",
    max_bytes: int = CACHE_MAX_BYTES,
    max_age: float = CACHE_MAX_AGE,
) -> list[str]:
    """Remove entries unused for ``max_age`` seconds, then the least recently used
    while the cache holds more than ``max_bytes``; never ``keep`` nor an entry in use
    (pinned by this or another process). Returns the removed hashes."""
    now = time.time()
    trust.remove_abandoned_work(root)
    entries = [(*trust.entry_usage(root / name), name) for name in trust.entry_names(root)]
    total = sum(size for _, size, _ in entries)
    removed = []
    for used, size, name in sorted(entries):
        if name == keep:
            continue
        if (now - used > max_age or total > max_bytes) and trust.remove_unused(root / name):
            total -= size
            removed.append(name)
    if removed:
        index = trust.read_json(root / trust.INDEX)
        kept = {
            k: v for k, v in index.items() if isinstance(v, dict) and v.get("sha256") not in removed
        }
        trust.write_json(root / trust.INDEX, kept)
    return removed
