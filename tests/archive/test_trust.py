"""The reader's list of publishers: OpenSSH's allowed_signers format, its validity
options, namespaces, and the revocation list."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from mediakit.kit.signing import keys
from mediakit.kit.signing.trust import Status, TrustStore, judge, parse_allowed
from tests.archive.signing_helpers import PRINCIPAL, keygen

pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")


@pytest.fixture
def public(tmp_path: Path) -> tuple[str, bytes]:
    line = keygen(tmp_path).with_suffix(".pub").read_text().strip()
    blob = keys.parse_public(line)
    assert blob is not None
    return line, blob


def test_a_plain_line_trusts_its_principals(public: tuple[str, bytes]) -> None:
    line, blob = public
    verdict = judge(blob, parse_allowed(f"# comment\n\n{PRINCIPAL},other {line}\n"), set())
    assert verdict.status is Status.TRUSTED and verdict.principal == f"{PRINCIPAL},other"


@pytest.mark.parametrize(
    ("options", "status"),
    [
        ('valid-before="20200101"', Status.EXPIRED),
        ('valid-before="20200101120000Z"', Status.EXPIRED),
        ('valid-after="29990101"', Status.NOT_YET_VALID),
        ('valid-after="20200101",valid-before="29990101"', Status.TRUSTED),
        ('namespaces="git,file"', Status.UNKNOWN),
        ('namespaces="git,media*"', Status.TRUSTED),
        ("cert-authority", Status.UNKNOWN),  # plain keys only
        ('valid-before="tomorrow"', Status.UNKNOWN),  # unreadable: never "always valid"
    ],
)
def test_options_are_honoured(public: tuple[str, bytes], options: str, status: Status) -> None:
    line, blob = public
    assert judge(blob, parse_allowed(f"{PRINCIPAL} {options} {line}"), set()).status is status


def test_a_revoked_key_is_revoked_even_when_trusted(public: tuple[str, bytes]) -> None:
    line, blob = public
    assert judge(blob, parse_allowed(f"{PRINCIPAL} {line}"), {blob}).status is Status.REVOKED


def test_another_key_is_unknown(tmp_path: Path, public: tuple[str, bytes]) -> None:
    line, _ = public
    other = keys.parse_public(keygen(tmp_path, name="o").with_suffix(".pub").read_text())
    assert other is not None
    assert judge(other, parse_allowed(f"{PRINCIPAL} {line}"), set()).status is Status.UNKNOWN


def test_the_store_adds_removes_and_revokes(tmp_path: Path, public: tuple[str, bytes]) -> None:
    line, blob = public
    store = TrustStore(tmp_path / "config")
    assert store.judge(blob).status is Status.UNKNOWN  # no files yet
    store.add(PRINCIPAL, line)
    store.add("other@example", line)
    assert store.judge(blob).status is Status.TRUSTED
    assert store.remove(PRINCIPAL) == 1 and store.remove(PRINCIPAL) == 0
    assert [s.principals for s in store.signers()] == ["other@example"]
    store.revoke(line)
    assert store.judge(blob).status is Status.REVOKED


def test_ssh_keygen_reads_the_file_we_write(tmp_path: Path) -> None:
    key = keygen(tmp_path)
    store = TrustStore(tmp_path / "config")
    store.add(PRINCIPAL, key.with_suffix(".pub").read_text())
    message = tmp_path / "m"
    message.write_bytes(b"data")
    subprocess.run(
        ["ssh-keygen", "-q", "-Y", "sign", "-n", "mediakit", "-f", str(key), str(message)],
        check=True,
    )
    checked = subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", str(store.allowed_path), "-I", PRINCIPAL,
         "-n", "mediakit", "-s", f"{message}.sig"],
        input=b"data", capture_output=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr


def test_expiry_is_checked_against_now(public: tuple[str, bytes]) -> None:
    line, blob = public
    signers = parse_allowed(f'{PRINCIPAL} valid-before="20300101Z" {line}')
    assert judge(blob, signers, set(), now=time.time()).status is Status.TRUSTED
    later = 1_900_000_000.0  # 2030-03-17
    assert judge(blob, signers, set(), now=later).status is Status.EXPIRED
