"""Unsaved edits kept safe: while a kit has unsaved changes its text, and the
words of the text files edited, are written every few seconds to a recovery
file in the user's data folder, one file per kit.yaml, whole or not at all;
saving or discarding removes it, and the next editor of that kit offers it
back. No Qt: these run in the pool."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mediakit.safeio import atomic_write, read_regular
from mediakit.userdirs import app_data_dir

LIMIT = 64 * 1024 * 1024  # one kit.yaml (4 MiB at most) and a few text files, as JSON


@dataclass(frozen=True)
class Recovered:
    manifest: str  # the kit.yaml it belongs to, absolute
    written: float  # seconds since the epoch
    text: str
    files: Mapping[str, str] = field(default_factory=dict)  # text file → its words, edited


def recovery_folder() -> Path:
    return app_data_dir() / "recovery"


def recovery_file(manifest: Path) -> Path:
    """The recovery file of ``manifest`` (a kit.yaml), named by its absolute path."""
    key = hashlib.sha256(str(manifest.absolute()).encode("utf-8", "surrogateescape"))
    return recovery_folder() / f"{key.hexdigest()[:32]}.json"


def write_recovery(manifest: Path, text: str, files: Mapping[str, str] | None = None) -> Path:
    target = recovery_file(manifest)
    target.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "kit": str(manifest.absolute()),
        "written": time.time(),
        "text": text,
        "files": dict(files or {}),
    }
    with atomic_write(target) as pending:
        pending.file.write(json.dumps(record, ensure_ascii=False).encode("utf-8"))
    return target


def read_recovery(manifest: Path) -> Recovered | None:
    """The unsaved text kept for ``manifest``, or None (none, or not readable)."""
    try:
        data = read_regular(recovery_file(manifest), LIMIT)
        record = json.loads(data.decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("kit") != str(manifest.absolute()):
        return None
    text, written, files = record.get("text"), record.get("written"), record.get("files", {})
    if not isinstance(text, str) or not isinstance(written, int | float):
        return None
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in files.items()
    ):
        return None
    return Recovered(record["kit"], float(written), text, files)


def remove_recovery(manifest: Path) -> None:
    recovery_file(manifest).unlink(missing_ok=True)
