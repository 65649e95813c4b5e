"""OpenSSH keys: reading a private key file (with its passphrase) and signing
with it, and reading public keys (for trust lists and the agent)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mediakit.kit.message import Message
from mediakit.kit.problems import signature as say
from mediakit.kit.signing import sshsig

if TYPE_CHECKING:  # imported where used: ``verify`` reads public keys only (see sshsig)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

# Asked only when the key turns out to be encrypted; None: no terminal to ask on.
Passphrase = Callable[[], bytes | None]
HASH = "sha512"  # what ssh-keygen -Y sign uses


class SigningKeyError(Exception):
    """A key that cannot be used; ``message`` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class PrivateKey:
    key: Ed25519PrivateKey | RSAPrivateKey

    @property
    def public_blob(self) -> bytes:
        return public_blob(self.key.public_key())

    def sign(self, message: bytes) -> bytes:
        """The armored SSHSIG of ``message`` in the mediakit namespace.

        Ed25519 is deterministic, so the same message and key give the same
        bytes (an archive signed again stays byte-identical); RSA PKCS#1 v1.5
        is deterministic too, as ssh-keygen's rsa-sha2-512."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        data = sshsig.signed_data(sshsig.NAMESPACE, HASH, message)
        if isinstance(self.key, Ed25519PrivateKey):
            raw = self.key.sign(data)
            kind = sshsig.ED25519
        else:
            raw = self.key.sign(data, padding.PKCS1v15(), hashes.SHA512())
            kind = "rsa-sha2-512"
        blob = sshsig.string(kind.encode()) + sshsig.string(raw)
        return sshsig.encode(self.public_blob, HASH, blob)


def public_blob(key: object) -> bytes:
    """The SSH wire blob of a public key object of ``cryptography``."""
    from cryptography.hazmat.primitives import serialization

    line = key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    return base64.b64decode(line.split()[1])


def load_private(data: bytes, passphrase: Passphrase) -> PrivateKey:
    """An OpenSSH (or PEM) private key; the passphrase is asked for only if needed."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    password: bytes | None = None
    for _ in range(2):
        try:
            key = serialization.load_ssh_private_key(data, password)
        except TypeError:  # encrypted, and no password given yet
            if password is not None:
                raise SigningKeyError(say.KEY_PASSPHRASE()) from None
            password = passphrase()
            if password is None:
                raise SigningKeyError(say.KEY_NEEDS_PASSPHRASE()) from None
            continue
        except ValueError as exc:
            if password is not None:
                raise SigningKeyError(say.KEY_PASSPHRASE()) from None
            key = _pem(data, exc)
        except Exception as exc:  # an unsupported cipher, a missing module: said, not raised
            raise SigningKeyError(say.KEY_UNREADABLE(reason=Message.verbatim(str(exc)))) from None
        if not isinstance(key, (Ed25519PrivateKey, rsa.RSAPrivateKey)):
            raise SigningKeyError(say.KEY_UNSUPPORTED())
        return PrivateKey(key)
    raise SigningKeyError(say.KEY_PASSPHRASE())


def _pem(data: bytes, error: ValueError) -> Ed25519PrivateKey | RSAPrivateKey:
    """An unencrypted PEM key (``ssh-keygen -m PEM``), else the OpenSSH reader's reason."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(data, None)
    except (ValueError, TypeError):
        raise SigningKeyError(say.KEY_UNREADABLE(reason=Message.verbatim(str(error)))) from None
    if not isinstance(key, (Ed25519PrivateKey, rsa.RSAPrivateKey)):
        raise SigningKeyError(say.KEY_UNSUPPORTED())
    return key


def parse_public(line: str) -> bytes | None:
    """The wire blob of a one-line OpenSSH public key (``ssh-ed25519 AAAA… comment``),
    or None if it is not one of the types we read."""
    parts = line.split()
    if len(parts) < 2 or parts[0] not in (sshsig.ED25519, sshsig.RSA):
        return None
    try:
        blob = base64.b64decode(parts[1], validate=True)
        sshsig.load_public_key(blob)
    except (binascii.Error, ValueError, sshsig.SignatureError):
        return None
    if not blob.startswith(sshsig.string(parts[0].encode())):
        return None
    return blob


def is_public_key_file(data: bytes) -> bool:
    try:
        return parse_public(data.decode("utf-8").strip()) is not None
    except UnicodeDecodeError:
        return False
