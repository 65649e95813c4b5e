"""The OpenSSH signature format (PROTOCOL.sshsig), read and verified by hand.

The armored blob holds: ``SSHSIG``, version 1, the signer's public key, the
namespace, a reserved string, the hash algorithm and the signature. What is
signed is not the message but ``SSHSIG`` + namespace + reserved + hash
algorithm + the message's hash, so a signature made for another purpose
(``ssh-keygen -Y sign -n git``) can never pass for ours. The cryptography
itself is the ``cryptography`` package's; only the framing is ours.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mediakit.kit.message import Message
from mediakit.kit.problems import signature as say

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

# ``cryptography`` is imported where a signature is checked, not here: every archive
# read imports this module, and an unsigned one must not pay its ~30 ms of imports.

MAGIC = b"SSHSIG"
VERSION = 1
NAMESPACE = "mediakit"
BEGIN = b"-----BEGIN SSH SIGNATURE-----"
END = b"-----END SSH SIGNATURE-----"
ED25519 = "ssh-ed25519"
RSA = "ssh-rsa"
# SHA-1 RSA signatures ("ssh-rsa") are refused, as ssh-keygen itself refuses them.
RSA_SIGNATURES = {"rsa-sha2-256": "SHA256", "rsa-sha2-512": "SHA512"}
HASHES = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}
MAX_SIGNATURE_BYTES = 64 * 1024  # an RSA-16384 signature and key fit many times over


class SignatureError(Exception):
    """A signature that cannot be read or does not verify; ``message`` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Signature:
    """One parsed SSHSIG: ``public_key`` and ``signature`` are SSH wire blobs."""

    public_key: bytes
    namespace: str
    reserved: bytes
    hash_algorithm: str
    signature: bytes

    @property
    def key_type(self) -> str:
        return WireReader(self.public_key).text()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def fingerprint(public_key: bytes) -> str:
    """``SHA256:…`` as ``ssh-keygen -l`` prints it (base64, no padding)."""
    digest = base64.b64encode(hashlib.sha256(public_key).digest()).decode().rstrip("=")
    return f"SHA256:{digest}"


class WireReader:
    """SSH wire format: uint32 lengths, strings, mpints; any overrun is a damaged blob."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, count: int) -> bytes:
        if count < 0 or self.at + count > len(self.data):
            raise SignatureError(say.TRUNCATED())
        chunk = self.data[self.at : self.at + count]
        self.at += count
        return chunk

    def uint32(self) -> int:
        value: int = struct.unpack(">I", self.take(4))[0]
        return value

    def string(self) -> bytes:
        return self.take(self.uint32())

    def text(self) -> str:
        try:
            return self.string().decode("utf-8")
        except UnicodeDecodeError:
            raise SignatureError(say.TRUNCATED()) from None

    def mpint(self) -> int:
        return int.from_bytes(self.string(), "big", signed=True)

    def done(self) -> None:
        if self.at != len(self.data):
            raise SignatureError(say.TRUNCATED())


def string(data: bytes) -> bytes:
    """``data`` as an SSH wire string."""
    return struct.pack(">I", len(data)) + data


def unarmor(armored: bytes) -> bytes:
    text = armored.strip()
    if not text.startswith(BEGIN):
        raise SignatureError(say.NOT_ARMORED())
    if not text.endswith(END):
        raise SignatureError(say.TRUNCATED())
    body = b"".join(text[len(BEGIN) : -len(END)].split())
    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(say.NOT_BASE64()) from None


def armor(blob: bytes) -> bytes:
    """The armored form, wrapped at 70 columns as ssh-keygen writes it."""
    body = base64.b64encode(blob)
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    return b"\n".join([BEGIN, *lines, END]) + b"\n"


def parse(armored: bytes) -> Signature:
    """Read an armored signature; SignatureError when it is not one we can check."""
    if len(armored) > MAX_SIGNATURE_BYTES:
        raise SignatureError(say.TRUNCATED())
    reader = WireReader(unarmor(armored))
    if reader.take(len(MAGIC)) != MAGIC:
        raise SignatureError(say.BAD_MAGIC())
    version = reader.uint32()
    if version != VERSION:
        raise SignatureError(say.BAD_VERSION(version=version))
    public_key = reader.string()
    try:
        namespace = reader.string().decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError(say.TRUNCATED()) from None
    reserved = reader.string()
    hash_algorithm = reader.text()
    signature = reader.string()
    reader.done()
    return Signature(public_key, namespace, reserved, hash_algorithm, signature)


def signed_data(namespace: str, hash_algorithm: str, message: bytes) -> bytes:
    """What the key actually signs for ``message`` (PROTOCOL.sshsig)."""
    digest = HASHES[hash_algorithm](message).digest()
    return (
        MAGIC
        + string(namespace.encode())
        + string(b"")
        + string(hash_algorithm.encode())
        + string(digest)
    )


def encode(public_key: bytes, hash_algorithm: str, signature: bytes) -> bytes:
    """The armored SSHSIG for a signature made over :func:`signed_data`."""
    blob = (
        MAGIC
        + struct.pack(">I", VERSION)
        + string(public_key)
        + string(NAMESPACE.encode())
        + string(b"")
        + string(hash_algorithm.encode())
        + string(signature)
    )
    return armor(blob)


def load_public_key(blob: bytes) -> Ed25519PublicKey | RSAPublicKey:
    """The key a wire blob holds; SignatureError for another type or a damaged one."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    reader = WireReader(blob)
    kind = reader.text()
    try:
        if kind == ED25519:
            raw = reader.string()
            reader.done()
            return Ed25519PublicKey.from_public_bytes(raw)
        if kind == RSA:
            exponent, modulus = reader.mpint(), reader.mpint()
            reader.done()
            return rsa.RSAPublicNumbers(exponent, modulus).public_key()
    except (ValueError, SignatureError):
        raise SignatureError(say.BAD_KEY()) from None
    raise SignatureError(say.KEY_TYPE(type=kind[:40]))


def verify(armored: bytes, message: bytes) -> Signature:
    """Check that ``armored`` signs ``message`` in our namespace; the signature, or
    SignatureError saying why not. Who signed is the caller's question (trust)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    sig = parse(armored)
    if sig.namespace != NAMESPACE:
        raise SignatureError(say.WRONG_NAMESPACE(namespace=sig.namespace[:64]))
    if sig.hash_algorithm not in HASHES:
        raise SignatureError(say.HASH_ALGORITHM(algorithm=sig.hash_algorithm[:40]))
    key = load_public_key(sig.public_key)
    reader = WireReader(sig.signature)
    kind = reader.text()
    raw = reader.string()
    reader.done()
    data = signed_data(sig.namespace, sig.hash_algorithm, message)
    try:
        if isinstance(key, Ed25519PublicKey):
            if kind != ED25519:
                raise SignatureError(say.SIGNATURE_TYPE(type=kind[:40], key=ED25519))
            key.verify(raw, data)
        else:
            algorithm = RSA_SIGNATURES.get(kind)
            if algorithm is None:
                raise SignatureError(say.SIGNATURE_TYPE(type=kind[:40], key=RSA))
            key.verify(raw, data, padding.PKCS1v15(), getattr(hashes, algorithm)())
    except InvalidSignature:
        raise SignatureError(say.DOES_NOT_VERIFY()) from None
    return sig
