"""The format's reader rules, checked on the central directory before any
entry's data is read: safe names, no links, no encryption, no duplicates, and
the limits on what the archive declares. Also reading checksums.sha256.
"""

from __future__ import annotations

import re
import stat

from mediakit.kit.archive.model import ArchiveLimits, Finding
from mediakit.kit.archive.zipread import (
    FLAG_ENCRYPTED,
    FLAG_STRONG_ENCRYPTION,
    SYSTEM_UNIX,
    Entry,
)
from mediakit.kit.manifest.model import MANIFEST
from mediakit.kit.message import Message
from mediakit.kit.problems import archive as say
from mediakit.units import human_size

CHECKSUMS = "checksums.sha256"
SIGNATURE = "checksums.sha256.sig"  # kit-format.md: last, not listed, signs CHECKSUMS
STORED, DEFLATED = 0, 8
_DRIVE = re.compile(r"^[A-Za-z]:")
_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")
MAX_CHECKSUMS_BYTES = 64 * 1024 * 1024  # 10,000 lines of long paths fit many times over


def unsafe_name(name: str) -> Message | None:
    """Why ``name`` may not be written to disk, or None."""
    if name.startswith("/"):
        return say.UNSAFE_ABSOLUTE()
    if _DRIVE.match(name):
        return say.UNSAFE_DRIVE()
    if "\\" in name:
        return say.UNSAFE_BACKSLASH()
    if "\0" in name:
        return say.UNSAFE_NUL()
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return say.UNSAFE_PARENT()
    if any(part in ("", ".") for part in parts):
        return say.UNSAFE_EMPTY_PART()
    return None


def is_link(entry: Entry) -> bool:
    mode = entry.external_attr >> 16
    return entry.system == SYSTEM_UNIX and stat.S_IFMT(mode) == stat.S_IFLNK


def entry_findings(entries: list[Entry], limits: ArchiveLimits, archive_size: int) -> list[Finding]:
    """Every rule broken by the central directory's entries (empty: safe to read)."""
    findings: list[Finding] = []
    seen: set[str] = set()
    total = 0
    for entry in entries:
        name = entry.name
        reason = unsafe_name(name)
        if reason:
            findings.append(Finding(name, reason, unsafe=True))
            continue
        if name in seen:
            findings.append(Finding(name, say.DUPLICATE_ENTRY(), True))
        seen.add(name)
        if is_link(entry):
            findings.append(Finding(name, say.ENTRY_LINK(), True))
        if entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION):
            findings.append(Finding(name, say.ENTRY_ENCRYPTED(), True))
        if entry.is_dir:
            continue
        if entry.method not in (STORED, DEFLATED):
            findings.append(Finding(name, say.ENTRY_METHOD(method=entry.method), True))
        if entry.method == STORED and entry.size != entry.compressed:
            findings.append(Finding(name, say.ENTRY_STORED_SIZES(), True))
        if entry.size > limits.ratio_floor and entry.size > limits.max_ratio * entry.compressed:
            ratio = entry.size / max(entry.compressed, 1)
            findings.append(
                Finding(
                    name,
                    say.ENTRY_RATIO(ratio=f"{ratio:,.0f}", limit=f"{limits.max_ratio:,.0f}"),
                    True,
                )
            )
        if name == MANIFEST and entry.size > limits.max_manifest:
            findings.append(
                Finding(
                    name,
                    say.ENTRY_MANIFEST_SIZE(
                        size=human_size(entry.size), limit=human_size(limits.max_manifest)
                    ),
                    True,
                )
            )
        if name == CHECKSUMS and entry.size > MAX_CHECKSUMS_BYTES:
            findings.append(
                Finding(
                    name,
                    say.ENTRY_CHECKSUMS_SIZE(
                        size=human_size(entry.size), limit=human_size(MAX_CHECKSUMS_BYTES)
                    ),
                    True,
                )
            )
        total += entry.size
    allowed = limits.unpacked_for(archive_size)
    if total > allowed:
        findings.append(
            Finding(
                None,
                say.UNPACKED_SIZE(size=human_size(total), limit=human_size(allowed)),
                True,
            )
        )
    return findings


# sha256sum writes a name holding a backslash, a line feed or a carriage return
# with a leading backslash and those three escaped; `sha256sum -c` reads it so.
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r"}
_UNESCAPED = {"\\": "\\", "n": "\n", "r": "\r"}


def checksum_line(digest: str, name: str) -> str:
    """One line of checksums.sha256 for ``name``, exactly as ``sha256sum`` writes it."""
    if not any(char in name for char in _ESCAPES):
        return f"{digest}  {name}\n"
    escaped = "".join(_ESCAPES.get(char, char) for char in name)
    return f"\\{digest}  {escaped}\n"


def _unescape(path: str) -> str | None:
    """The name a ``\\``-prefixed line means, or None if an escape is not sha256sum's."""
    name: list[str] = []
    chars = iter(path)
    for char in chars:
        if char == "\\":
            real = _UNESCAPED.get(next(chars, ""))
            if real is None:
                return None
            char = real
        name.append(char)
    return "".join(name)


def parse_checksums(data: bytes) -> tuple[dict[str, str], list[Finding]]:
    """checksums.sha256 as path -> lowercase hex digest, and what is wrong with it.

    Lines end at ``\\n`` only, as for sha256sum: a name may hold U+2028 or any
    other character that ``str.splitlines`` would take for a line break.
    """
    findings: list[Finding] = []
    listed: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return {}, [Finding(CHECKSUMS, say.CHECKSUMS_NOT_UTF8(), unsafe=False, damaged=True)]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        escaped = line.startswith("\\")
        match = _LINE.match(line[1:] if escaped else line)
        path = None if not match else _unescape(match.group(2)) if escaped else match.group(2)
        if not match or path is None:
            findings.append(
                Finding(
                    CHECKSUMS,
                    say.CHECKSUMS_BAD_LINE(line=number),
                    unsafe=False,
                    damaged=True,
                )
            )
            continue
        digest = match.group(1).lower()
        if path in listed:
            findings.append(
                Finding(CHECKSUMS, say.CHECKSUMS_TWICE(line=number, path=path), False, True)
            )
        listed[path] = digest
    return listed, findings
