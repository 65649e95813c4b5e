"""Content Credentials (C2PA) for placeholder and test media, signed by a throwaway certificate.

A real kit carries the producer's Content Credentials, signed by a certificate
a C2PA trust list knows. We have no such certificate, so the ROPED placeholders
and the tests sign with a certificate chain made on the spot (a CA and a signer,
both named as tests), whose private key is never written anywhere. Any C2PA
reader checks the signature and reports the signer as *untrusted*.

The chain follows what ``c2pa-python`` accepts for signing (measured, see the
platform notes): the signer has a Subject Key Identifier, an Authority Key
Identifier, ``digitalSignature`` key usage and the ``emailProtection`` extended
key usage, and is issued by a CA certificate (a self-signed leaf is refused).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
TEST_ORGANISATION = "mediakit TEST certificate - not a producer's"
MIME = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".mp4": "video/mp4"}
_KEY_USAGE = dict.fromkeys(
    (
        "digital_signature",
        "content_commitment",
        "key_encipherment",
        "data_encipherment",
        "key_agreement",
        "key_cert_sign",
        "crl_sign",
        "encipher_only",
        "decipher_only",
    ),
    False,
)


@dataclass(frozen=True)
class TestSigner:
    """A certificate chain (signer first, PEM) and the signer's private key (PKCS#8 PEM)."""

    chain: bytes
    key: bytes

    def signer(self) -> c2pa.Signer:
        return c2pa.Signer.from_info(c2pa.C2paSignerInfo(b"es256", self.chain, self.key, None))


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, TEST_ORGANISATION),
        ]
    )


def make_test_signer(common_name: str = "mediakit placeholder test signer") -> TestSigner:
    """A fresh CA and signer, valid from yesterday for ten years."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("mediakit TEST certificate authority"))
        .issuer_name(_name("mediakit TEST certificate authority"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(**{**_KEY_USAGE, "key_cert_sign": True, "crl_sign": True}),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(**{**_KEY_USAGE, "digital_signature": True}), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    return TestSigner(
        chain=leaf.public_bytes(pem) + ca.public_bytes(pem),
        key=key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
    )


def manifest(
    title: str,
    source_type: str,
    *,
    generator: str = "mediakit placeholders",
    version: str = "1",
    actions: Sequence[dict[str, Any]] = (),
    software_agent: str | None = None,
) -> dict[str, Any]:
    """A manifest saying the file was created with ``source_type`` (an IPTC digital
    source type's last segment, e.g. ``algorithmicMedia``) by ``software_agent``
    (the tool that made it, if named), then ``actions``."""
    created: dict[str, Any] = {"action": "c2pa.created", "digitalSourceType": IPTC + source_type}
    if software_agent is not None:
        created["softwareAgent"] = {"name": software_agent, "version": version}
    return {
        "claim_generator_info": [{"name": generator, "version": version}],
        "title": title,
        "assertions": [{"label": "c2pa.actions", "data": {"actions": [created, *actions]}}],
    }


def add_credentials(
    source: Path, dest: Path, test_signer: TestSigner, manifest_json: dict[str, Any]
) -> None:
    """Write ``source`` with ``manifest_json`` signed into it to ``dest`` (another path).

    No claim thumbnail: it would add tens of kilobytes to every still and show
    nothing the still does not."""
    settings = c2pa.Settings.from_dict({"builder": {"thumbnail": {"enabled": False}}})
    builder = c2pa.Builder(manifest_json, c2pa.Context(settings))
    with source.open("rb") as inp, dest.open("w+b") as out:
        builder.sign(test_signer.signer(), MIME[source.suffix.lower()], inp, out)
