"""What the signature badge says (:mod:`mediakit.gui.signature`), in words a
journalist reads, and what the window says of an archive refused for its
signature. Only words: no widget here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mediakit.gui.messages import MessageRoute
from mediakit.gui.openreport import describe_problem
from mediakit.gui.translation import translate
from mediakit.qttranslate import tr
from mediakit.textsafety import shown

# The archive package and the signing modules are loaded with a report, not at start-up.
if TYPE_CHECKING:
    from mediakit.kit.archive import ArchiveReport
    from mediakit.kit.signing.trust import Verdict
    from mediakit.kit.source import KitSource

SIGNATURE = "checksums.sha256.sig"  # mediakit.kit.archive.rules.SIGNATURE (a test holds them equal)
SHORT_PRINT = 8  # base64 characters of a fingerprint shown after "SHA256:"; all of it on hover


def short_print(fingerprint: str) -> str:
    head, _, digest = fingerprint.partition(":")
    return f"{head}:{digest[:SHORT_PRINT]}…" if len(digest) > SHORT_PRINT else fingerprint


def broken_reasons(report: ArchiveReport) -> list[str]:
    return [p.message.render(translate) for p in report.problems if p.field == SIGNATURE]


def describe(
    report: ArchiveReport, verdict: Verdict | None, *, declined: bool = False, unread: str = ""
) -> tuple[str, str, str]:
    """(state, badge text, tooltip) for an archive: ``verdict`` is the reader's
    list's word on its signer (None while it is read); ``declined``: the reader
    cancelled "Trust this publisher…" for it; ``unread``: why the list could not be read."""
    from mediakit.kit.signing.trust import Status

    content = tr("Content SHA-256 (of checksums.sha256, the same signed or not): {sha}").format(
        sha=report.content_sha256 or "—"
    )
    copy = tr("Click to copy the content hash.")
    if SIGNATURE in report.damaged:
        reasons = "\n".join(f"  {line}" for line in broken_reasons(report))
        tip = tr(
            "The signature entry, {entry}, does not verify:\n{reasons}\nThe archive is refused; "
            "it is shown read-only only because you asked."
        ).format(entry=SIGNATURE, reasons=reasons)
        return "broken", tr("Signature broken — refused"), f"{tip}\n{content}"
    signature = report.signature
    if signature is None:
        tip = tr(
            "This archive carries no signature: its checksums show that nothing changed "
            "since it was packed, not who packed it."
        )
        return "unsigned", tr("Not signed"), f"{tip}\n{content}\n{copy}"
    key = signature.fingerprint
    if unread:
        tip = tr(
            "Signed with the key {key}, but your trusted publishers could not be read: {why}"
        ).format(key=key, why=unread)
        text = tr("Signed by an unknown publisher ({key})").format(key=short_print(key))
        return "unknown", text, f"{tip}\n{content}\n{copy}"
    if verdict is None:
        return "checking", tr("Signed — checking your publishers…"), content
    who = shown(verdict.principal or "")
    if verdict.status is Status.TRUSTED:
        tip = tr("Signed with the key {key}, which you trust as {who}.").format(key=key, who=who)
        text = tr("Signed by {who} — trusted").format(who=who)
        return "trusted", text, f"{tip}\n{content}\n{copy}"
    if verdict.status is Status.REVOKED:
        tip = tr(
            "Signed with the key {key}, which you revoked: do not trust where this kit comes from."
        ).format(key=key)
        return "revoked", tr("Signed by a revoked key — do not trust"), f"{tip}\n{content}\n{copy}"
    if verdict.status is Status.EXPIRED:
        tip = tr(
            "Signed with the key {key}, which you trusted as {who} until it expired: "
            "it is not trusted now."
        ).format(key=key, who=who)
        text = tr("Signed by {who} — key expired").format(who=who)
        return "expired", text, f"{tip}\n{content}\n{copy}"
    if verdict.status is Status.NOT_YET_VALID:
        tip = tr(
            "Signed with the key {key}, which you trust as {who} only from a later date: "
            "it is not trusted yet."
        ).format(key=key, who=who)
        text = tr("Signed by {who} — key not valid yet").format(who=who)
        return "expired", text, f"{tip}\n{content}\n{copy}"
    tip = tr("Signed with the key {key}, which is not among your trusted publishers.").format(
        key=key
    )
    if declined:
        text = tr("Signed by an unknown publisher ({key}) — not trusted")
        ask = tr("Click to trust this publisher after all.")
    else:
        text = tr("Signed by an unknown publisher ({key}) — trust…")
        ask = tr("Click to trust this publisher: compare the fingerprint with theirs first.")
    return "unknown", text.format(key=short_print(key)), f"{tip}\n{ask}\n{content}"


def report_broken_signature(
    messages: MessageRoute, source: KitSource, kept: bool, reopen: Callable[[], None]
) -> bool:
    """An archive refused for its signature: said as such, naming the signature
    entry (False: refused for something else, said by ``report_failure``)."""
    report = source.archive
    if report is None or SIGNATURE not in report.damaged:
        return False
    summary = tr("Signature broken — refused: {path}. Its signature, {entry}, does not verify.")
    summary = summary.format(path=source.path, entry=SIGNATURE)
    if kept:
        summary += " " + tr("The kit on screen is unchanged.")
    details = [describe_problem(problem) for problem in source.result.problems]
    messages.error(summary, details, (tr("Open anyway, read-only"), reopen))
    return True
