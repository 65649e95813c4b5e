"""Signed archives (kit-format.md, the signature entry): made by mediakit and
checked by the real ssh-keygen, made by ssh-keygen and checked by mediakit,
and every way a signature can be wrong, each with its own message."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mediakit.kit.archive import verify
from mediakit.kit.archive.rules import SIGNATURE
from mediakit.kit.archive.sign import SignError, sign
from mediakit.kit.message import Template
from mediakit.kit.problems import signature as say
from mediakit.kit.signing import keys, sshsig
from tests.archive import helpers as h
from tests.archive.signing_helpers import PRINCIPAL, fingerprint, keygen, packed, ssh_sign

pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")


def signer(key: Path) -> keys.PrivateKey:
    return keys.load_private(key.read_bytes(), lambda: None)


def messages(archive: Path) -> list[str]:
    return [p.message.template.id for p in verify(archive).problems if p.field == SIGNATURE]


def said(archive: Path, template: Template) -> bool:
    return template.id in messages(archive)


@pytest.mark.parametrize("kind", ["ed25519", "rsa"])
def test_signed_by_mediakit_checked_by_ssh_keygen_as_the_readme_says(
    tmp_path: Path, kind: str
) -> None:
    key = keygen(tmp_path, kind)
    archive = packed(tmp_path)
    report = sign(archive, signer(key).sign)
    assert report.intact and report.signature is not None
    assert report.signature.fingerprint == fingerprint(key.with_suffix(".pub"))
    (tmp_path / "allowed_signers").write_text(f"{PRINCIPAL} {key.with_suffix('.pub').read_text()}")
    shutil.move(archive, tmp_path / "kit.mediakit")
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    recipe = [
        line for line in readme.splitlines() if line.startswith(("unzip -p", "ssh-keygen -Y"))
    ]
    assert len(recipe) == 2, "the README's Signing recipe"
    run = subprocess.run(
        " && ".join(recipe), shell=True, cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert f'Good "mediakit" signature for {PRINCIPAL}' in run.stdout


@pytest.mark.parametrize("kind", ["ed25519", "rsa"])
def test_signed_by_ssh_keygen_checked_by_mediakit(tmp_path: Path, kind: str) -> None:
    key = keygen(tmp_path, kind)
    archive = packed(tmp_path)
    report = sign(archive, lambda data: ssh_sign(key, data, tmp_path))
    assert report.intact and report.signature is not None
    assert report.signature.fingerprint == fingerprint(key.with_suffix(".pub"))
    assert verify(archive).signature == report.signature


def test_ed25519_signatures_are_ssh_keygens_byte_for_byte(tmp_path: Path) -> None:
    key = keygen(tmp_path)
    assert signer(key).sign(b"checksums\n") == ssh_sign(key, b"checksums\n", tmp_path)


def test_signing_again_is_byte_identical_and_keeps_the_content_hash(tmp_path: Path) -> None:
    key = keygen(tmp_path)
    archive = packed(tmp_path)
    unsigned = verify(archive)
    first = sign(archive, signer(key).sign)
    once = archive.read_bytes()
    again = sign(archive, signer(key).sign)  # replaces the signature: same bytes
    assert archive.read_bytes() == once and again.sha256 == first.sha256
    other = packed(tmp_path / "b")  # packed and signed afresh
    sign(other, signer(key).sign)
    assert other.read_bytes() == once
    assert unsigned.content_sha256 == first.content_sha256 != ""
    assert first.sha256 != unsigned.sha256


def test_a_new_key_replaces_the_signature(tmp_path: Path) -> None:
    archive = packed(tmp_path)
    sign(archive, signer(keygen(tmp_path, name="a")).sign)
    report = sign(archive, signer(keygen(tmp_path, name="b")).sign)
    assert report.signature is not None
    assert report.signature.fingerprint == fingerprint(tmp_path / "b.pub")
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
    assert names[-1] == SIGNATURE and names.count(SIGNATURE) == 1


def test_unzip_and_sha256sum_still_pass_on_a_signed_archive(tmp_path: Path) -> None:
    archive = packed(tmp_path)
    sign(archive, signer(keygen(tmp_path)).sign)
    tested = subprocess.run(["unzip", "-tq", str(archive)], capture_output=True, text=True)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    out = tmp_path / "out"
    subprocess.run(["unzip", "-q", str(archive), "-d", str(out)], check=True)
    checked = subprocess.run(
        ["sha256sum", "-c", "checksums.sha256"], cwd=out, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout


def test_a_damaged_archive_is_not_signed(tmp_path: Path) -> None:
    archive = h.build(tmp_path / "bad.mediakit", listed=[("kit.yaml", b"other")])
    before = archive.read_bytes()
    with pytest.raises(SignError) as refused:
        sign(archive, signer(keygen(tmp_path)).sign)
    assert refused.value.problems[0].message.template is say.SIGN_DAMAGED
    assert archive.read_bytes() == before


@pytest.mark.parametrize("entry", ["kit.yaml", "stills/a.jpg", "checksums.sha256", SIGNATURE])
def test_a_changed_byte_in_any_entry_damages_the_archive(tmp_path: Path, entry: str) -> None:
    archive = packed(tmp_path)
    sign(archive, signer(keygen(tmp_path)).sign)
    with zipfile.ZipFile(archive) as zipped:
        info = zipped.getinfo(entry)
    data = bytearray(archive.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode())
    data[start + info.compress_size // 2] ^= 0x01
    archive.write_bytes(bytes(data))
    report = verify(archive)
    assert not report.intact and report.signature is None
    # Damaged, or refused outright when the changed deflate stream inflates beyond
    # its size (the keys are random, so either can happen): the entry is named.
    assert entry in report.damaged or not report.safe
    assert entry in {p.field for p in report.problems}


def test_a_changed_checksums_entry_breaks_the_signature(tmp_path: Path) -> None:
    """checksums.sha256 rewritten with right CRCs (as a forger would): only the signature says."""
    key = keygen(tmp_path)
    entries = h.kit_entries()
    listing = h.checksums(entries)
    signature = signer(key).sign(listing)
    forged = [("kit.yaml", h.MANIFEST + b"# changed\n"), entries[1]]
    archive = h.build(tmp_path / "forged.mediakit", forged, extra=[(SIGNATURE, signature)])
    report = verify(archive)
    assert not report.intact
    assert said(archive, say.DOES_NOT_VERIFY)


def test_a_signature_over_another_checksums_file(tmp_path: Path) -> None:
    key = keygen(tmp_path)
    other = packed(tmp_path / "other", title="Another")
    sign(other, signer(key).sign)
    with zipfile.ZipFile(other) as zipped:
        theirs = zipped.read(SIGNATURE)
    archive = packed(tmp_path)
    before = archive.read_bytes()
    with pytest.raises(SignError) as refused:  # sign() checks a signature before writing it
        sign(archive, lambda _: theirs)
    assert refused.value.problems[0].message.template is say.DOES_NOT_VERIFY
    assert archive.read_bytes() == before
    h.build(tmp_path / "mixed.mediakit", extra=[(SIGNATURE, theirs)])
    assert messages(tmp_path / "mixed.mediakit") == [say.DOES_NOT_VERIFY.id]


def test_a_signature_claiming_another_key(tmp_path: Path) -> None:
    """The signature of key B presented with key A's public key inside: not A's."""
    a, b = keygen(tmp_path, name="a"), keygen(tmp_path, name="b")
    listing = h.checksums(h.kit_entries())
    by_b = sshsig.parse(signer(b).sign(listing))
    claimed = sshsig.encode(signer(a).public_blob, by_b.hash_algorithm, by_b.signature)
    archive = h.build(tmp_path / "k.mediakit", extra=[(SIGNATURE, claimed)])
    assert messages(archive) == [say.DOES_NOT_VERIFY.id]


def test_the_wrong_namespace(tmp_path: Path) -> None:
    key = keygen(tmp_path)
    listing = h.checksums(h.kit_entries())
    archive = h.build(
        tmp_path / "k.mediakit", extra=[(SIGNATURE, ssh_sign(key, listing, tmp_path, "git"))]
    )
    assert messages(archive) == [say.WRONG_NAMESPACE.id]
    assert "'git'" in verify(archive).problems[0].format()


def _armored(blob: bytes) -> bytes:
    return sshsig.armor(blob)


@pytest.mark.parametrize(
    ("mangle", "template"),
    [
        (lambda sig: sig[: len(sig) // 2], say.TRUNCATED),
        (lambda sig: b"garbage\x00\xff" * 20, say.NOT_ARMORED),
        (lambda sig: sig.replace(b"\n", b"!\n", 2), say.NOT_BASE64),
        (lambda sig: _armored(b"NOTSIG" + sshsig.unarmor(sig)[6:]), say.BAD_MAGIC),
        (lambda sig: _armored(sshsig.unarmor(sig)[:-10]), say.TRUNCATED),
        (lambda sig: _armored(sshsig.unarmor(sig)[:6] + b"\0\0\0\2"), say.BAD_VERSION),
        (
            lambda sig: _armored(sshsig.unarmor(sig).replace(b"sha512", b"sha999")),
            say.HASH_ALGORITHM,
        ),
        (lambda sig: b"", say.NOT_ARMORED),
    ],
)
def test_a_truncated_or_garbage_signature(
    tmp_path: Path, mangle: Callable[[bytes], bytes], template: Template
) -> None:
    key = keygen(tmp_path)
    listing = h.checksums(h.kit_entries())
    archive = h.build(
        tmp_path / "k.mediakit", extra=[(SIGNATURE, mangle(signer(key).sign(listing)))]
    )
    report = verify(archive)
    assert messages(archive) == [template.id]
    assert SIGNATURE in report.damaged and report.safe


def test_the_signature_must_be_the_last_entry(tmp_path: Path) -> None:
    key = keygen(tmp_path)
    entries = h.kit_entries()
    signature = signer(key).sign(h.checksums(entries))
    archive = h.build(tmp_path / "k.mediakit", [*entries, (SIGNATURE, signature)], listed=entries)
    assert messages(archive) == [say.SIG_NOT_LAST.id]


def test_the_checksums_may_not_list_the_signature(tmp_path: Path) -> None:
    key = keygen(tmp_path)
    entries = h.kit_entries()
    signature = signer(key).sign(b"whatever")
    listed = [*entries, (SIGNATURE, signature)]
    archive = h.build(tmp_path / "k.mediakit", listed=listed, extra=[(SIGNATURE, signature)])
    assert say.SIG_LISTED.id in messages(archive)


def test_a_signature_without_checksums(tmp_path: Path) -> None:
    key = keygen(tmp_path)
    archive = tmp_path / "k.mediakit"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, data in h.kit_entries():
            zipped.writestr(name, data)
        zipped.writestr(SIGNATURE, signer(key).sign(b""))
    assert say.SIG_WITHOUT_CHECKSUMS.id in messages(archive)


def test_an_rsa_sha1_signature_is_refused(tmp_path: Path) -> None:
    key = keygen(tmp_path, "rsa")
    listing = h.checksums(h.kit_entries())
    good = sshsig.parse(signer(key).sign(listing))
    raw = sshsig.WireReader(good.signature)
    raw.string()
    weak = sshsig.string(b"ssh-rsa") + sshsig.string(raw.string())
    archive = h.build(
        tmp_path / "k.mediakit",
        extra=[(SIGNATURE, sshsig.encode(good.public_key, "sha512", weak))],
    )
    assert messages(archive) == [say.SIGNATURE_TYPE.id]


def test_fingerprints_are_ssh_keygens(tmp_path: Path) -> None:
    for kind in ("ed25519", "rsa"):
        public = keygen(tmp_path, kind).with_suffix(".pub")
        blob = keys.parse_public(public.read_text())
        assert blob is not None
        assert sshsig.fingerprint(blob) == fingerprint(public)
        assert base64.b64encode(blob).decode() == public.read_text().split()[1]


def test_an_encrypted_key_asks_for_its_passphrase_once(tmp_path: Path) -> None:
    key = keygen(tmp_path, passphrase="correct horse")
    asked: list[int] = []

    def ask() -> bytes:
        asked.append(1)
        return b"correct horse"

    assert keys.load_private(key.read_bytes(), ask).sign(b"x")
    assert asked == [1]
    with pytest.raises(keys.SigningKeyError) as wrong:
        keys.load_private(key.read_bytes(), lambda: b"wrong")
    assert wrong.value.message.template is say.KEY_PASSPHRASE
    with pytest.raises(keys.SigningKeyError) as none:
        keys.load_private(key.read_bytes(), lambda: None)
    assert none.value.message.template is say.KEY_NEEDS_PASSPHRASE
    unencrypted = keygen(tmp_path, name="plain")
    assert keys.load_private(unencrypted.read_bytes(), lambda: pytest.fail("asked")).sign(b"x")


def test_not_a_key(tmp_path: Path) -> None:
    with pytest.raises(keys.SigningKeyError) as bad:
        keys.load_private(b"-----BEGIN NONSENSE-----\n", lambda: None)
    assert bad.value.message.template is say.KEY_UNREADABLE


def test_an_opened_signed_archive_does_not_unpack_its_signature(tmp_path: Path) -> None:
    from mediakit.kit.archive import open_archive

    archive = packed(tmp_path)
    sign(archive, signer(keygen(tmp_path)).sign)
    first = open_archive(archive, tmp_path / "cache")
    try:
        assert first.report.signature is not None
        assert not (first.folder / SIGNATURE).exists()
        assert (first.folder / "kit.yaml").exists()
    finally:
        first.release()
    again = open_archive(archive, tmp_path / "cache")  # from the cache: still says who signed
    try:
        assert again.from_cache
        assert again.report.signature == first.report.signature
        assert again.report.content_sha256 == first.report.content_sha256
    finally:
        again.release()


def test_an_unsigned_archive_never_loads_the_cryptography(tmp_path: Path) -> None:
    """Reading is what every open does: without a signature it costs nothing more."""
    archive = packed(tmp_path)
    probe = (
        "import sys; from pathlib import Path; from mediakit.kit.archive import verify; "
        f"assert verify(Path({str(archive)!r})).intact; "
        "assert 'cryptography' not in sys.modules, 'imported'"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
