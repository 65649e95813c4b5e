"""The few bytes of the ssh-agent protocol that signing needs: one SIGN_REQUEST
for a key the agent holds (draft-miller-ssh-agent, section 4.5).

So a key whose passphrase is kept by the user's agent signs without mediakit
ever seeing the private key or asking for the passphrase.
"""

from __future__ import annotations

import os
import socket
import struct

from mediakit.kit.message import Message
from mediakit.kit.problems import signature as say
from mediakit.kit.signing import sshsig
from mediakit.kit.signing.keys import HASH, SigningKeyError

SIGN_REQUEST, SIGN_RESPONSE, FAILURE = 13, 14, 5
RSA_SHA2_512 = 4  # the flag asking for rsa-sha2-512 rather than SHA-1 "ssh-rsa"
TIMEOUT = 60.0  # a confirm-before-use agent waits for the user: give them time
MAX_REPLY = 256 * 1024


def _receive(sock: socket.socket, count: int) -> bytes:
    data = bytearray()
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise SigningKeyError(say.AGENT_FAILED())
        data += chunk
    return bytes(data)


def sign(public_key: bytes, message: bytes, socket_path: str | None = None) -> bytes:
    """The armored SSHSIG of ``message`` made by the agent's key ``public_key``."""
    path = socket_path or os.environ.get("SSH_AUTH_SOCK")
    if not path:
        raise SigningKeyError(say.AGENT_NONE())
    data = sshsig.signed_data(sshsig.NAMESPACE, HASH, message)
    is_rsa = sshsig.WireReader(public_key).text() == sshsig.RSA
    body = (
        bytes([SIGN_REQUEST])
        + sshsig.string(public_key)
        + sshsig.string(data)
        + struct.pack(">I", RSA_SHA2_512 if is_rsa else 0)
    )
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(TIMEOUT)
            sock.connect(path)
            sock.sendall(struct.pack(">I", len(body)) + body)
            length = struct.unpack(">I", _receive(sock, 4))[0]
            if not 1 <= length <= MAX_REPLY:
                raise SigningKeyError(say.AGENT_FAILED())
            reply = _receive(sock, length)
    except OSError as exc:
        reason = Message.verbatim(exc.strerror or str(exc))
        raise SigningKeyError(say.AGENT_UNREACHABLE(reason=reason)) from None
    if reply[0] != SIGN_RESPONSE:
        # FAILURE: the agent does not hold that key, or its user refused.
        raise SigningKeyError(say.AGENT_REFUSED())
    try:
        reader = sshsig.WireReader(reply[1:])
        blob = reader.string()
        reader.done()
    except sshsig.SignatureError:
        raise SigningKeyError(say.AGENT_FAILED()) from None
    armored = sshsig.encode(public_key, HASH, blob)
    try:
        sshsig.verify(armored, message)  # an agent is another program: check its work
    except sshsig.SignatureError as exc:
        raise SigningKeyError(exc.message) from None
    return armored
