"""Keys and signed archives for the signing tests, made with the real ssh-keygen."""

from __future__ import annotations

import subprocess
from pathlib import Path

from mediakit.kit.archive.pack import pack
from tests.archive.helpers import MANIFEST, STILL
from tests.kit.helpers import make_kit

PRINCIPAL = "press@agency.example"


def keygen(folder: Path, kind: str = "ed25519", passphrase: str = "", name: str = "") -> Path:
    """A new key pair: the private key's path (the public one beside it, ``.pub``)."""
    key = folder / (name or f"id_{kind}")
    extra = ["-b", "2048"] if kind == "rsa" else []
    subprocess.run(
        ["ssh-keygen", "-q", "-t", kind, *extra, "-N", passphrase, "-C", PRINCIPAL, "-f", str(key)],
        check=True,
    )
    return key


def ssh_sign(key: Path, data: bytes, folder: Path, namespace: str = "mediakit") -> bytes:
    """``ssh-keygen -Y sign`` of ``data``: the armored signature."""
    message = folder / "message"
    signature = folder / "message.sig"
    message.write_bytes(data)
    signature.unlink(missing_ok=True)
    subprocess.run(
        ["ssh-keygen", "-q", "-Y", "sign", "-n", namespace, "-f", str(key), str(message)],
        check=True,
        capture_output=True,
    )
    return signature.read_bytes()


def fingerprint(public: Path) -> str:
    """The key's fingerprint as ``ssh-keygen -l`` prints it."""
    out = subprocess.run(
        ["ssh-keygen", "-l", "-f", str(public)], check=True, capture_output=True, text=True
    )
    return out.stdout.split()[1]


def packed(folder: Path, name: str = "kit.mediakit", title: str = "Crafted") -> Path:
    """A small valid kit (kit.yaml deflated, a JPEG stored) packed, unsigned."""
    manifest = MANIFEST.replace(b"Crafted", title.encode())
    kit = make_kit(folder / f"{name}.src", manifest, {"stills/a.jpg": STILL})
    return pack(kit, folder / name).output
