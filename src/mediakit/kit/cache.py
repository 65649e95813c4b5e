"""Opening an archive: checked and extracted once into a per-user cache.

Layout of the cache root (private to the user, 0700)::

    index.json            resolved archive path -> size, mtime_ns, sha256
    <sha256>/kit/…        the extracted kit (normal files: the film plays from here)
    <sha256>/report.json  the check's outcome; its mtime is the entry's last use
    tmp-…/                an extraction in progress, renamed to <sha256> when complete

The index finds the hash of an unchanged archive without reading it, so the
second open is a few stats. Entries unused for CACHE_MAX_AGE go, then the
least recently used until the cache holds at most CACHE_MAX_BYTES.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediakit.kit.archive_extract import Extractor
from mediakit.kit.archive_model import (
    ArchiveError,
    ArchiveLimits,
    ArchiveReport,
    Finding,
    make_report,
)
from mediakit.kit.archive_scan import Progress, scan
from mediakit.kit.model import Problem

log = logging.getLogger(__name__)

CACHE_MAX_BYTES = 20 * 1024**3
CACHE_MAX_AGE = 30 * 24 * 3600.0
_STALE_TMP = 24 * 3600.0
_HASH_NAME = re.compile(r"^[0-9a-f]{64}$")
_INDEX = "index.json"
_REPORT = "report.json"


@dataclass(frozen=True)
class OpenedArchive:
    folder: Path  # the extracted kit root, inside the cache
    report: ArchiveReport
    from_cache: bool  # a previous extraction was reused


def default_cache_root() -> Path:
    """The per-user cache folder for extracted archives."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if Path(xdg).is_absolute() else home / ".cache"
    return base / "mediakit" / "archives"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out)
        Path(name).replace(path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _report_data(report: ArchiveReport, unpacked: int) -> dict[str, Any]:
    return {
        "files": report.files,
        "bytes": unpacked,
        "problems": [[p.field, p.message] for p in report.problems],
        "damaged": sorted(report.damaged),
    }


def _cached(root: Path, sha: str, archive: Path) -> OpenedArchive | None:
    entry = root / sha
    data = _read_json(entry / _REPORT)
    if not data or not (entry / "kit").is_dir():
        return None
    damaged = set(data.get("damaged", []))
    findings = [
        Finding(name, message, False, name in damaged) for name, message in data.get("problems", [])
    ]
    os.utime(entry / _REPORT)  # last use, for the LRU clean-up
    report = make_report(archive, sha, int(data.get("files", 0)), findings)
    return OpenedArchive(entry / "kit", report, from_cache=True)


def _refuse(report: ArchiveReport, allow_damaged: bool) -> None:
    if not report.safe or (not report.intact and not allow_damaged):
        raise ArchiveError(report.problems, report)


def _extract(
    archive: Path, root: Path, limits: ArchiveLimits, progress: Progress | None
) -> OpenedArchive:
    work = Path(tempfile.mkdtemp(prefix="tmp-", dir=root))
    try:
        extractor = Extractor(work / "kit")
        try:
            report = scan(archive, limits, extractor, progress)
        finally:
            extractor.abort()
        if not report.safe:
            raise ArchiveError(report.problems, report)
        _write_json(work / _REPORT, _report_data(report, extractor.bytes))
        final = root / report.sha256
        try:
            work.rename(final)
        except OSError:  # already there: the same archive under another name, or a race
            if _cached(root, report.sha256, archive) is None:
                raise
            shutil.rmtree(work, ignore_errors=True)
        return OpenedArchive(final / "kit", report, from_cache=False)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def open_archive(
    archive: Path,
    cache_root: Path | None = None,
    *,
    allow_damaged: bool = False,
    limits: ArchiveLimits | None = None,
    progress: Progress | None = None,
) -> OpenedArchive:
    """``archive`` checked and extracted (or found in the cache); ArchiveError says why not."""
    archive = Path(archive)
    root = cache_root or default_cache_root()
    try:
        info = archive.stat()
        key = str(archive.resolve())
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveError(
            (Problem(str(archive), f"cannot read it: {exc.strerror or exc}"),)
        ) from None
    index = _read_json(root / _INDEX)
    known = index.get(key)
    if isinstance(known, dict) and [known.get("size"), known.get("mtime_ns")] == [
        info.st_size,
        info.st_mtime_ns,
    ]:
        opened = _cached(root, str(known.get("sha256")), archive)
        if opened is not None:
            _refuse(opened.report, allow_damaged)
            return opened
    try:
        opened = _extract(archive, root, limits or ArchiveLimits(), progress)
    except OSError as exc:
        reason = f"cannot unpack it into the cache ({root}): {exc.strerror or exc}"
        raise ArchiveError((Problem(str(archive), reason),)) from None
    index = _read_json(root / _INDEX)  # re-read: another process may have added to it
    index[key] = {
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "sha256": opened.report.sha256,
    }
    try:
        _write_json(root / _INDEX, index)
        clean_cache(root, keep=opened.report.sha256)
    except OSError:
        log.warning("could not update the archive cache in %s", root, exc_info=True)
    _refuse(opened.report, allow_damaged)
    return opened


def clean_cache(
    root: Path,
    keep: str = "",
    max_bytes: int = CACHE_MAX_BYTES,
    max_age: float = CACHE_MAX_AGE,
) -> list[str]:
    """Remove entries unused for ``max_age`` seconds, then the least recently used
    while the cache holds more than ``max_bytes``; never ``keep``. Returns the removed hashes."""
    now = time.time()
    entries: list[tuple[float, int, str]] = []
    for child in root.iterdir():
        if child.name.startswith("tmp-") and now - child.stat().st_mtime > _STALE_TMP:
            shutil.rmtree(child, ignore_errors=True)
        elif _HASH_NAME.match(child.name) and child.name != keep:
            report = child / _REPORT
            used = report.stat().st_mtime if report.exists() else 0.0
            entries.append((used, int(_read_json(report).get("bytes", 0)), child.name))
    total = sum(size for _, size, _ in entries) + int(
        _read_json(root / keep / _REPORT).get("bytes", 0) if keep else 0
    )
    removed = []
    for used, size, name in sorted(entries):
        if now - used > max_age or total > max_bytes:
            shutil.rmtree(root / name, ignore_errors=True)
            total -= size
            removed.append(name)
    if removed:
        index = _read_json(root / _INDEX)
        kept = {
            k: v for k, v in index.items() if isinstance(v, dict) and v.get("sha256") not in removed
        }
        _write_json(root / _INDEX, kept)
    return removed
