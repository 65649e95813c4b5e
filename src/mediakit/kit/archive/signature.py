"""The signature entry of an archive (kit-format.md): where it must be, and
whether it signs the archive's checksums.sha256.

A signature that does not verify marks the archive damaged, as a checksum
mismatch does, naming the signature; so does one out of place (not the last
entry, or listed in the checksums it signs), since a packer of ours never
writes it so. Who signed, and whether that publisher is trusted, is not the
archive's business: the report carries the verified signature and the reader
asks its own trust list (:mod:`mediakit.kit.signing.trust`).
"""

from __future__ import annotations

from mediakit.kit.archive.model import Finding
from mediakit.kit.archive.rules import CHECKSUMS, SIGNATURE, parse_checksums
from mediakit.kit.archive.zipread import Entry
from mediakit.kit.message import Message
from mediakit.kit.problems import signature as say
from mediakit.kit.signing import sshsig
from mediakit.units import human_size


def _damaged(message: Message) -> Finding:
    return Finding(SIGNATURE, message, unsafe=False, damaged=True)


def signature_findings(
    ordered: list[Entry], checksums: bytes | None, signed: bytes | None
) -> tuple[sshsig.Signature | None, list[Finding]]:
    """The verified signature (None: unsigned or refused) and what is wrong with it.

    ``ordered`` is every entry in file order; ``checksums`` and ``signed`` the
    two entries' bytes as read (None: absent, damaged or beyond the limit)."""
    files = [entry for entry in ordered if not entry.is_dir]
    entry = next((e for e in files if e.name == SIGNATURE), None)
    if entry is None:
        return None, []
    findings = []
    if files[-1] is not entry:
        findings.append(_damaged(say.SIG_NOT_LAST()))
    if checksums is not None and SIGNATURE in parse_checksums(checksums)[0]:
        findings.append(_damaged(say.SIG_LISTED()))
    if signed is None:
        if entry.size > sshsig.MAX_SIGNATURE_BYTES:
            limit = human_size(sshsig.MAX_SIGNATURE_BYTES)
            findings.append(_damaged(say.SIG_TOO_LARGE(size=human_size(entry.size), limit=limit)))
        return None, findings  # else unreadable: its own finding is there already
    if checksums is None:
        if not any(e.name == CHECKSUMS for e in files):
            findings.append(_damaged(say.SIG_WITHOUT_CHECKSUMS()))
        return None, findings  # a damaged checksums.sha256 is said as such already
    try:
        signature = sshsig.verify(signed, checksums)
    except sshsig.SignatureError as exc:
        return None, [*findings, _damaged(exc.message)]
    return (None if findings else signature), findings
