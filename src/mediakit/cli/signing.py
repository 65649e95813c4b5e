"""What ``sign``, ``pack --sign`` and ``verify`` share: a key file made into a
signer (the passphrase asked on the terminal, or the ssh-agent for a public
key), and the line that says who signed an archive and whether we trust them."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from mediakit.catalog import translate
from mediakit.cli.exitstatus import UsageError
from mediakit.cli.output import safe
from mediakit.kit.archive.sign import Signer
from mediakit.kit.message import Message
from mediakit.kit.signing import agent, keys
from mediakit.kit.signing.sshsig import Signature
from mediakit.kit.signing.trust import Status, TrustStore
from mediakit.safeio import open_regular

MAX_KEY_BYTES = 1024 * 1024  # an RSA-16384 key is 12 KiB


class KeyFileError(Exception):
    """The key cannot sign: ``message`` (printed as ``KEYFILE: message``, exit 1)."""

    def __init__(self, key: Path, message: Message) -> None:
        super().__init__(str(message))
        self.key, self.message = key, message


def _ask_passphrase(key: Path) -> bytes | None:
    """The passphrase, read from the terminal without echo; None when there is no
    terminal (a script, a pipe): never from stdin or the environment, where it
    would be seen or logged."""
    try:
        tty = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None
    os.close(tty)
    prompt = translate("cli", "Passphrase for {key}: ").format(key=key)
    try:
        return getpass.getpass(safe(prompt)).encode("utf-8")
    except EOFError:
        return None


def load_signer(key: Path) -> Signer:
    """A signer for ``--key KEY``: a private key file, or a public key the agent holds."""
    if not key.exists():
        raise UsageError(translate("cli", "{key}: no such key file").format(key=key))
    try:
        with open_regular(key, follow_links=True) as handle:
            data = handle.read(MAX_KEY_BYTES)
    except OSError as exc:
        raise UsageError(f"{key}: {exc.strerror or exc}") from None
    public = keys.parse_public(data.decode("utf-8", errors="replace").strip())
    if public is not None:

        def by_agent(message: bytes) -> bytes:
            try:
                return agent.sign(public, message)
            except keys.SigningKeyError as exc:  # said as a problem of the key, like the others
                raise KeyFileError(key, exc.message) from None

        return by_agent
    try:
        private = keys.load_private(data, lambda: _ask_passphrase(key))
    except keys.SigningKeyError as exc:
        raise KeyFileError(key, exc.message) from None
    return private.sign


def signature_line(signature: Signature | None, store: TrustStore) -> tuple[str, bool]:
    """What ``verify`` says of the signer, and whether a trusted publisher signed."""
    if signature is None:
        return translate("cli", "not signed"), False
    verdict = store.judge(signature.public_key)
    key = verdict.fingerprint
    if verdict.status is Status.TRUSTED:
        text = translate("cli", "signed by {principal} — trusted ({key})")
        return text.format(principal=verdict.principal, key=key), True
    if verdict.status is Status.REVOKED:
        return translate("cli", "signed with a revoked key ({key}) — not trusted").format(
            key=key
        ), False
    if verdict.status is Status.EXPIRED:
        text = translate(
            "cli", "signed by {principal}, whose key has expired ({key}) — not trusted"
        )
        return text.format(principal=verdict.principal, key=key), False
    if verdict.status is Status.NOT_YET_VALID:
        text = translate(
            "cli", "signed by {principal}, whose key is not valid yet ({key}) — not trusted"
        )
        return text.format(principal=verdict.principal, key=key), False
    text = translate(
        "cli", "signed by an unknown key ({key}); mediakit trust add NAME KEYFILE trusts it"
    )
    return text.format(key=key), False
