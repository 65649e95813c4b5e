"""The reader's own list of publishers: an ``allowed_signers`` file in OpenSSH's
format, and a revocation list (public keys, one a line), in the user's config folder.

A line of allowed_signers reads ``PRINCIPALS [OPTIONS] KEYTYPE BASE64 [COMMENT]``.
Of the options, ``valid-after``/``valid-before`` (``YYYYMMDD[HHMM[SS]]``, UTC with
a trailing ``Z``, local time without) and ``namespaces`` are honoured as
``ssh-keygen -Y verify`` does; a ``cert-authority`` line is skipped (mediakit reads
plain keys only). An SSHSIG carries no time, so validity is checked against now,
as ssh-keygen does. The same file thus works with ``ssh-keygen -Y verify -f``.
"""

from __future__ import annotations

import enum
import fnmatch
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mediakit.kit.signing import keys, sshsig
from mediakit.safeio import atomic_write, open_regular, read_bounded
from mediakit.userdirs import app_config_dir

ALLOWED_SIGNERS = "allowed_signers"
REVOKED_KEYS = "revoked_keys"
MAX_LIST_BYTES = 4 * 1024 * 1024  # a trust list is a few lines: more is not one


class Status(enum.Enum):
    TRUSTED = "trusted"
    UNKNOWN = "unknown"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"


@dataclass(frozen=True)
class Signer:
    """One allowed_signers line that names a key we read."""

    principals: str
    key: bytes  # wire blob
    valid_after: float | None = None  # seconds since the epoch
    valid_before: float | None = None
    namespaces: str | None = None
    line: str = ""

    @property
    def fingerprint(self) -> str:
        return sshsig.fingerprint(self.key)


@dataclass(frozen=True)
class Verdict:
    status: Status
    fingerprint: str
    principal: str | None = None  # for TRUSTED (and EXPIRED: who it was)


def default_folder() -> Path:
    return app_config_dir()


def _tokens(line: str) -> list[str]:
    """Split on blanks outside double quotes (an option's value may hold blanks)."""
    out: list[str] = []
    current: list[str] = []
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        if char.isspace() and not quoted:
            if current:
                out.append("".join(current))
                current = []
            continue
        current.append(char)
    if current:
        out.append("".join(current))
    return out


def _options(text: str) -> dict[str, str] | None:
    """``a="x,y",b`` as a mapping (None when malformed)."""
    options: dict[str, str] = {}
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    if quoted:
        return None
    for part in parts:
        name, _, value = part.partition("=")
        options[name.strip().lower()] = value.strip().strip('"')
    return options


def _when(text: str) -> float | None:
    """``YYYYMMDD[HHMM[SS]][Z]`` as seconds since the epoch; None if malformed."""
    utc = text.endswith(("Z", "z"))
    digits = text[:-1] if utc else text
    formats = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
    if not digits.isdigit() or len(digits) not in formats:
        return None
    try:
        moment = datetime.strptime(digits, formats[len(digits)])
    except ValueError:
        return None
    if utc:
        return moment.replace(tzinfo=UTC).timestamp()
    return time.mktime(moment.timetuple())


def parse_allowed(text: str) -> list[Signer]:
    """Every usable line; a malformed or unsupported line is skipped, as ssh-keygen
    skips what it cannot use for the key at hand."""
    signers = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        tokens = _tokens(stripped)
        if len(tokens) < 3:
            continue
        principals, rest = tokens[0], tokens[1:]
        options: dict[str, str] = {}
        if rest[0] not in (sshsig.ED25519, sshsig.RSA):
            parsed = _options(rest[0])
            if parsed is None or "cert-authority" in parsed:
                continue
            options, rest = parsed, rest[1:]
        blob = keys.parse_public(" ".join(rest[:2]))
        if blob is None:
            continue
        after = _when(options["valid-after"]) if "valid-after" in options else None
        before = _when(options["valid-before"]) if "valid-before" in options else None
        if ("valid-after" in options and after is None) or (
            "valid-before" in options and before is None
        ):
            continue  # a date we cannot read: never taken for "always valid"
        signers.append(Signer(principals, blob, after, before, options.get("namespaces"), stripped))
    return signers


def parse_revoked(text: str) -> set[bytes]:
    found = set()
    for line in text.splitlines():
        blob = keys.parse_public(line.strip())
        if blob is not None:
            found.add(blob)
    return found


def _namespace_ok(signer: Signer) -> bool:
    if signer.namespaces is None:
        return True
    patterns = [p.strip() for p in signer.namespaces.split(",")]
    return any(fnmatch.fnmatchcase(sshsig.NAMESPACE, p) for p in patterns if p)


def judge(
    key: bytes, signers: Iterable[Signer], revoked: set[bytes], now: float | None = None
) -> Verdict:
    """What the reader's lists say of the key that signed."""
    now = time.time() if now is None else now
    print_ = sshsig.fingerprint(key)
    if key in revoked:
        return Verdict(Status.REVOKED, print_)
    matching = [s for s in signers if s.key == key and _namespace_ok(s)]
    for signer in matching:
        if (signer.valid_after is None or now >= signer.valid_after) and (
            signer.valid_before is None or now < signer.valid_before
        ):
            return Verdict(Status.TRUSTED, print_, signer.principals)
    for signer in matching:
        if signer.valid_before is not None and now >= signer.valid_before:
            return Verdict(Status.EXPIRED, print_, signer.principals)
    if matching:
        return Verdict(Status.NOT_YET_VALID, print_, matching[0].principals)
    return Verdict(Status.UNKNOWN, print_)


def _read(path: Path) -> str:
    try:
        with open_regular(path, follow_links=True) as handle:  # never a FIFO: no wait
            data = read_bounded(handle, MAX_LIST_BYTES + 1)
    except FileNotFoundError:
        return ""
    return data[:MAX_LIST_BYTES].decode("utf-8", errors="replace")


@dataclass(frozen=True)
class TrustStore:
    """The two files of one folder (by default the user's config folder)."""

    folder: Path

    @classmethod
    def default(cls) -> TrustStore:
        return cls(default_folder())

    @property
    def allowed_path(self) -> Path:
        return self.folder / ALLOWED_SIGNERS

    @property
    def revoked_path(self) -> Path:
        return self.folder / REVOKED_KEYS

    def signers(self) -> list[Signer]:
        return parse_allowed(_read(self.allowed_path))

    def revoked(self) -> set[bytes]:
        return parse_revoked(_read(self.revoked_path))

    def judge(self, key: bytes, now: float | None = None) -> Verdict:
        return judge(key, self.signers(), self.revoked(), now)

    def add(self, principal: str, public_key_line: str) -> None:
        """Append ``PRINCIPAL namespaces="mediakit" KEY`` (the line ssh-keygen reads too)."""
        self._append(self.allowed_path, f'{principal} namespaces="mediakit" {public_key_line}')

    def revoke(self, public_key_line: str) -> None:
        self._append(self.revoked_path, public_key_line)

    def remove(self, principal: str) -> int:
        """Drop the lines whose principals are exactly ``principal``; how many."""
        text = _read(self.allowed_path)
        kept, removed = [], 0
        for line in text.splitlines(keepends=True):
            tokens = _tokens(line.strip())
            if tokens and not line.lstrip().startswith("#") and principal in tokens[0].split(","):
                removed += 1
                continue
            kept.append(line)
        if removed:
            with atomic_write(self.allowed_path) as pending:
                pending.file.write("".join(kept).encode("utf-8"))
        return removed

    def _append(self, path: Path, line: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        text = _read(path)
        if text and not text.endswith("\n"):
            text += "\n"
        with atomic_write(path) as pending:
            pending.file.write((text + line.strip() + "\n").encode("utf-8"))
