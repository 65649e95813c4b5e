"""What reading an archive yields: its limits, its report, the error that refuses it.

A problem about one entry reads ``ARCHIVE: ENTRY: why`` (``Problem.file`` is
the archive as given, ``Problem.field`` the entry name); a problem about the
whole archive reads ``ARCHIVE: why``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mediakit.kit.manifest import limits
from mediakit.kit.manifest.model import Problem
from mediakit.kit.manifest.printable import printable_problem
from mediakit.kit.message import Message
from mediakit.kit.signing.sshsig import Signature

GIB = 1024 * limits.MIB


@dataclass(frozen=True)
class ArchiveLimits:
    """How much an archive may unpack to. Each is above the format's minimums
    (kit-format.md, "Limits": 10,000 entries, 64 GiB, 100:1) and is named in
    the message that refuses it.

    ``max_unpacked`` None means: 100 times the archive's size, at least 1 GiB,
    at most 64 GiB. An archive whose entries are each within 100:1 never
    unpacks to more than 100 times its size, so no kit the format allows is
    refused. ``max_ratio`` applies to entries that unpack to more than
    ``ratio_floor`` bytes: a small, very repetitive text is no threat.
    """

    max_unpacked: int | None = None
    max_entries: int = 10_000
    max_ratio: float = 200.0
    max_manifest: int = limits.MANIFEST_BYTES
    ratio_floor: int = limits.MIB

    def unpacked_for(self, archive_size: int) -> int:
        if self.max_unpacked is not None:
            return self.max_unpacked
        return min(max(100 * archive_size, GIB), 64 * GIB)


@dataclass(frozen=True)
class Finding:
    """One problem found while reading: ``unsafe`` ones refuse the archive
    outright; the others only mark it damaged (``entry`` failed its check)."""

    entry: str | None
    message: Message
    unsafe: bool
    damaged: bool = False


@dataclass(frozen=True)
class ArchiveReport:
    archive: Path
    sha256: str  # the archive file's own SHA-256 (hex): its identity
    files: int  # entries checked against checksums.sha256 (not counting itself)
    problems: tuple[Problem, ...]
    damaged: frozenset[str]  # entries whose content failed (mismatch, unreadable, missing)
    safe: bool = True  # False when a problem forbids opening it at all, even read-only
    signature: Signature | None = None  # verified over checksums.sha256; trust is the caller's
    # The content hash: SHA-256 of checksums.sha256, the same signed or not ("" if none).
    content_sha256: str = ""

    @property
    def intact(self) -> bool:
        return not self.problems


class ArchiveWriteError(OSError):
    """Writing an archive failed for a reason of ours (not the system's): ``message``."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def os_reason(exc: OSError) -> Message:
    """Why ``exc`` happened: our message, else the system's words as they are."""
    if isinstance(exc, ArchiveWriteError):
        return exc.message
    return Message.verbatim(exc.strerror or str(exc))


class ArchiveError(Exception):
    """An archive that cannot be opened (unsafe or unreadable, or damaged
    when damaged archives were not asked for); ``problems`` say why."""

    def __init__(self, problems: tuple[Problem, ...], report: ArchiveReport | None = None) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems
        self.report = report


def to_problem(archive: Path, finding: Finding) -> Problem:
    # Entry names come from the archive: escaped, so a "\n" in one cannot split the line.
    problem = Problem(file=str(archive), message=finding.message, field=finding.entry)
    return printable_problem(problem, file=False)


def make_report(
    archive: Path,
    sha256: str,
    files: int,
    findings: list[Finding],
    signature: Signature | None = None,
    content_sha256: str = "",
) -> ArchiveReport:
    return ArchiveReport(
        archive=archive,
        sha256=sha256,
        files=files,
        problems=tuple(to_problem(archive, f) for f in findings),
        damaged=frozenset(f.entry for f in findings if f.damaged and f.entry is not None),
        safe=not any(f.unsafe for f in findings),
        signature=signature if not findings else None,
        content_sha256=content_sha256,
    )
