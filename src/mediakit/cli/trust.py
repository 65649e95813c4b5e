"""``mediakit trust add PRINCIPAL PUBKEYFILE | list | remove PRINCIPAL | revoke
PUBKEYFILE``: the publishers whose signatures ``verify`` trusts, kept in the
user's config folder as OpenSSH's ``allowed_signers`` (usable as is with
``ssh-keygen -Y verify -f``) and ``revoked_keys``."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import reach
from mediakit.cli.output import safe
from mediakit.kit.signing import keys
from mediakit.kit.signing.trust import Signer, TrustStore
from mediakit.safeio import open_regular

MAX_KEY_BYTES = 64 * 1024


def _public_key(path: Path) -> str:
    """The first line of an OpenSSH public key file, checked; UsageError if it is not one."""
    reach(path)
    try:
        with open_regular(path, follow_links=True) as handle:
            text = handle.read(MAX_KEY_BYTES).decode("utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror or exc}") from None
    line = text.strip().splitlines()[0] if text.strip() else ""
    if keys.parse_public(line) is None:
        raise UsageError(
            translate("cli", "{path}: not an OpenSSH public key (ssh-ed25519 or ssh-rsa)").format(
                path=path
            )
        )
    return line


def _principal(name: str) -> str:
    # A principal is one token of allowed_signers: no blanks, quotes or commas in it.
    if not name or any(c.isspace() or c in '",#' for c in name) or name.startswith("-"):
        raise UsageError(
            translate("cli", "{name}: a publisher's name has no spaces, quotes or commas").format(
                name=name
            )
        )
    return name


def _when(moment: float | None) -> str:
    if moment is None:
        return ""
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _describe(signer: Signer) -> str:
    line = f"{signer.principals}  {signer.fingerprint}"
    if signer.valid_after is not None:
        line += "  " + translate("cli", "from {when}").format(when=_when(signer.valid_after))
    if signer.valid_before is not None:
        line += "  " + translate("cli", "until {when}").format(when=_when(signer.valid_before))
    return line


def run(args: argparse.Namespace) -> int:
    store = TrustStore.default()
    if args.action == "add":
        line = _public_key(args.key)
        store.add(_principal(args.principal), line)
        blob = keys.parse_public(line)
        assert blob is not None
        key = store.judge(blob).fingerprint
        print(
            safe(
                translate("cli", "trusted: {principal} ({key})").format(
                    principal=args.principal, key=key
                )
            )
        )
    elif args.action == "remove":
        if not store.remove(args.principal):
            print(
                safe(
                    translate("cli", "{principal}: not in the trusted publishers").format(
                        principal=args.principal
                    )
                ),
                file=sys.stderr,
            )
            return ExitStatus.PROBLEMS
        print(
            safe(
                translate("cli", "no longer trusted: {principal}").format(principal=args.principal)
            )
        )
    elif args.action == "revoke":
        line = _public_key(args.key)
        store.revoke(line)
        blob = keys.parse_public(line)
        assert blob is not None
        print(safe(translate("cli", "revoked: {key}").format(key=store.judge(blob).fingerprint)))
    else:
        for signer in store.signers():
            print(safe(_describe(signer)))
        for blob in sorted(store.revoked()):
            print(
                safe(translate("cli", "revoked  {key}").format(key=store.judge(blob).fingerprint))
            )
    return ExitStatus.OK
