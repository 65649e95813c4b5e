"""What a signed archive's signature (checksums.sha256.sig) can be refused for,
and signing's own problems. After the entry: 'ARCHIVE: checksums.sha256.sig: …'."""

from __future__ import annotations

from mediakit.kit.message import QT_TRANSLATE_NOOP, Template

# Reading the signature (kit.signing.sshsig).
NOT_ARMORED = Template(
    "sig-not-armored",
    QT_TRANSLATE_NOOP(
        "problems", "the signature is not an OpenSSH signature (no BEGIN SSH SIGNATURE armor)"
    ),
)
NOT_BASE64 = Template(
    "sig-not-base64",
    QT_TRANSLATE_NOOP("problems", "the signature is damaged: its armor is not valid base64"),
)
TRUNCATED = Template(
    "sig-truncated",
    QT_TRANSLATE_NOOP("problems", "the signature is damaged: it is cut short or malformed"),
)
BAD_MAGIC = Template(
    "sig-bad-magic",
    QT_TRANSLATE_NOOP("problems", "the signature is damaged: it does not start with SSHSIG"),
)
BAD_VERSION = Template(
    "sig-bad-version",
    QT_TRANSLATE_NOOP("problems", "the signature has version {version}; only version 1 is read"),
)
WRONG_NAMESPACE = Template(
    "sig-wrong-namespace",
    QT_TRANSLATE_NOOP(
        "problems", "the signature was made for '{namespace}', not for mediakit: it does not apply"
    ),
)
HASH_ALGORITHM = Template(
    "sig-hash-algorithm",
    QT_TRANSLATE_NOOP(
        "problems", "the signature uses the hash '{algorithm}'; only sha512 and sha256 are read"
    ),
)
KEY_TYPE = Template(
    "sig-key-type",
    QT_TRANSLATE_NOOP(
        "problems", "the signature's key is of type '{type}'; only Ed25519 and RSA are read"
    ),
)
SIGNATURE_TYPE = Template(
    "sig-signature-type",
    QT_TRANSLATE_NOOP(
        "problems",
        "the signature is of type '{type}', which does not go with a {key} key (or is too weak)",
    ),
)
BAD_KEY = Template(
    "sig-bad-key",
    QT_TRANSLATE_NOOP("problems", "the signature's public key is damaged"),
)
DOES_NOT_VERIFY = Template(
    "sig-does-not-verify",
    QT_TRANSLATE_NOOP(
        "problems",
        "the signature does not match checksums.sha256: the archive was changed after it was "
        "signed, or the signature belongs to another archive",
    ),
)

# Where the signature entry is (archive.scan).
SIG_NOT_LAST = Template(
    "sig-not-last",
    QT_TRANSLATE_NOOP("problems", "the signature must be the archive's last entry"),
)
SIG_LISTED = Template(
    "sig-listed",
    QT_TRANSLATE_NOOP(
        "problems", "checksums.sha256 lists the signature, which it may not (it signs the list)"
    ),
)
SIG_TOO_LARGE = Template(
    "sig-too-large",
    QT_TRANSLATE_NOOP("problems", "the signature is {size}, beyond the limit of {limit}"),
)
SIG_WITHOUT_CHECKSUMS = Template(
    "sig-without-checksums",
    QT_TRANSLATE_NOOP("problems", "a signature, but no checksums.sha256 for it to sign"),
)

# Signing (kit.signing.keys, kit.signing.sign).
KEY_UNREADABLE = Template(
    "key-unreadable",
    QT_TRANSLATE_NOOP("problems", "not an OpenSSH private key in a form we read: {reason}"),
)
KEY_PASSPHRASE = Template(
    "key-passphrase",
    QT_TRANSLATE_NOOP("problems", "wrong passphrase for this key, or the key is damaged"),
)
KEY_NEEDS_PASSPHRASE = Template(
    "key-needs-passphrase",
    QT_TRANSLATE_NOOP(
        "problems", "this key has a passphrase and there is no terminal to ask for it on"
    ),
)
KEY_UNSUPPORTED = Template(
    "key-unsupported",
    QT_TRANSLATE_NOOP("problems", "this key's type is not supported for signing: Ed25519 or RSA"),
)
SIGN_DAMAGED = Template(
    "sign-damaged",
    QT_TRANSLATE_NOOP("problems", "the archive has problems; a damaged archive is not signed"),
)
CHANGED_WHILE_SIGNED = Template(
    "changed-while-signed",
    QT_TRANSLATE_NOOP("problems", "the archive changed while it was being signed"),
)

# The ssh-agent (kit.signing.agent).
AGENT_NONE = Template(
    "agent-none",
    QT_TRANSLATE_NOOP(
        "problems", "this is a public key, and no ssh-agent is running (SSH_AUTH_SOCK is not set)"
    ),
)
AGENT_UNREACHABLE = Template(
    "agent-unreachable",
    QT_TRANSLATE_NOOP("problems", "the ssh-agent cannot be reached: {reason}"),
)
AGENT_REFUSED = Template(
    "agent-refused",
    QT_TRANSLATE_NOOP(
        "problems", "the ssh-agent did not sign: it does not hold this key, or signing was refused"
    ),
)
AGENT_FAILED = Template(
    "agent-failed",
    QT_TRANSLATE_NOOP("problems", "the ssh-agent's answer is not one we understand"),
)
