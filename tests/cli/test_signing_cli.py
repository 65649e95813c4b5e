"""``mediakit sign``, ``pack --sign``, ``verify`` saying who signed, and ``trust``:
exit statuses and lines, the passphrase asked on a terminal (a pty here) and
never echoed, and the ssh-agent."""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.archive.helpers import MANIFEST, STILL
from tests.archive.signing_helpers import PRINCIPAL, fingerprint, keygen
from tests.conftest import REPO, run_mediakit
from tests.kit.helpers import make_kit

pytestmark = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A config folder of this test's own: its trust list starts empty."""
    environ = {k: v for k, v in os.environ.items() if k != "SSH_AUTH_SOCK"}
    return environ | {"XDG_CONFIG_HOME": str(tmp_path / "config")}


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    return make_kit(tmp_path / "kit", MANIFEST, {"stills/a.jpg": STILL})


def mediakit(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_mediakit(*args, cwd=tmp_path, env=env)


def test_pack_sign_then_trust_then_verify(tmp_path: Path, kit: Path, env: dict[str, str]) -> None:
    key = keygen(tmp_path)
    print_ = fingerprint(key.with_suffix(".pub"))
    packed = mediakit(tmp_path, env, "pack", str(kit), "-o", "k.mediakit", "--sign", str(key))
    assert packed.returncode == 0, packed.stderr
    assert packed.stdout.splitlines()[0].endswith(f", signed with {print_}")
    unknown = mediakit(tmp_path, env, "verify", "k.mediakit")
    assert unknown.returncode == 0
    assert unknown.stdout.splitlines()[1] == (
        f"signed by an unknown key ({print_}); mediakit trust add NAME KEYFILE trusts it"
    )
    required = mediakit(tmp_path, env, "verify", "--require-trusted", "k.mediakit")
    assert required.returncode == 1
    assert required.stdout.splitlines()[-1] == "k.mediakit: not signed by a trusted publisher"
    added = mediakit(tmp_path, env, "trust", "add", PRINCIPAL, str(key.with_suffix(".pub")))
    assert added.returncode == 0 and added.stdout == f"trusted: {PRINCIPAL} ({print_})\n"
    listed = mediakit(tmp_path, env, "trust", "list")
    assert listed.stdout == f"{PRINCIPAL}  {print_}\n"
    trusted = mediakit(tmp_path, env, "verify", "--require-trusted", "k.mediakit")
    assert trusted.returncode == 0, trusted.stdout
    assert trusted.stdout.splitlines()[1] == f"signed by {PRINCIPAL} — trusted ({print_})"
    revoked = mediakit(tmp_path, env, "trust", "revoke", str(key.with_suffix(".pub")))
    assert revoked.returncode == 0
    after = mediakit(tmp_path, env, "verify", "--require-trusted", "k.mediakit")
    assert after.returncode == 1
    assert after.stdout.splitlines()[1] == f"signed with a revoked key ({print_}) — not trusted"
    removed = mediakit(tmp_path, env, "trust", "remove", PRINCIPAL)
    assert removed.returncode == 0
    again = mediakit(tmp_path, env, "trust", "remove", PRINCIPAL)
    assert again.returncode == 1 and "not in the trusted publishers" in again.stderr


def test_an_expired_key(tmp_path: Path, kit: Path, env: dict[str, str]) -> None:
    key = keygen(tmp_path)
    mediakit(tmp_path, env, "pack", str(kit), "-o", "k.mediakit", "--sign", str(key))
    folder = tmp_path / "config" / "mediakit" / "mediakit"
    folder.mkdir(parents=True)
    public = key.with_suffix(".pub").read_text()
    (folder / "allowed_signers").write_text(f'{PRINCIPAL} valid-before="20200101" {public}')
    expired = mediakit(tmp_path, env, "verify", "--require-trusted", "k.mediakit")
    assert expired.returncode == 1
    assert expired.stdout.splitlines()[1] == (
        f"signed by {PRINCIPAL}, whose key has expired "
        f"({fingerprint(key.with_suffix('.pub'))}) — not trusted"
    )


def test_unsigned_and_broken(tmp_path: Path, kit: Path, env: dict[str, str]) -> None:
    mediakit(tmp_path, env, "pack", str(kit), "-o", "k.mediakit")
    plain = mediakit(tmp_path, env, "verify", "--require-trusted", "k.mediakit")
    assert plain.returncode == 1 and plain.stdout.splitlines()[1] == "not signed"
    signed = mediakit(tmp_path, env, "sign", "k.mediakit", "--key", str(keygen(tmp_path)))
    assert signed.returncode == 0, signed.stderr
    data = bytearray((tmp_path / "k.mediakit").read_bytes())
    at = data.index(b"checksums.sha256.sig") + len(b"checksums.sha256.sig") + 20
    data[at] ^= 0x01  # in the signature's deflated data
    (tmp_path / "k.mediakit").write_bytes(bytes(data))
    broken = mediakit(tmp_path, env, "verify", "k.mediakit")
    assert broken.returncode == 1
    assert broken.stdout.startswith("k.mediakit: checksums.sha256.sig: ")
    refused = mediakit(tmp_path, env, "sign", "k.mediakit", "--key", str(tmp_path / "id_ed25519"))
    assert refused.returncode == 1
    assert "a damaged archive is not signed" in refused.stderr


def test_a_bad_key_file(tmp_path: Path, kit: Path, env: dict[str, str]) -> None:
    mediakit(tmp_path, env, "pack", str(kit), "-o", "k.mediakit")
    (tmp_path / "junk").write_text("not a key\n")
    junk = mediakit(tmp_path, env, "sign", "k.mediakit", "--key", "junk")
    assert junk.returncode == 1 and junk.stderr.startswith("junk: not an OpenSSH private key")
    gone = mediakit(tmp_path, env, "sign", "k.mediakit", "--key", "gone")
    assert gone.returncode == 2 and "gone: no such key file" in gone.stderr
    not_first = mediakit(tmp_path, env, "pack", str(kit), "-o", "j.mediakit", "--sign", "junk")
    assert not_first.returncode == 1 and not (tmp_path / "j.mediakit").exists()


def test_without_a_terminal_a_passphrase_is_not_asked(
    tmp_path: Path, kit: Path, env: dict[str, str]
) -> None:
    key = keygen(tmp_path, passphrase="secret words")
    mediakit(tmp_path, env, "pack", str(kit), "-o", "k.mediakit")
    run = subprocess.run(
        [sys.executable, "-m", "mediakit", "sign", "k.mediakit", "--key", str(key)],
        cwd=tmp_path, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
        start_new_session=True, timeout=60, check=False,  # no controlling terminal
    )  # fmt: skip
    assert run.returncode == 1
    assert "this key has a passphrase and there is no terminal to ask for it on" in run.stderr


def _pty_run(argv: list[str], cwd: Path, env: dict[str, str], answer: bytes) -> tuple[int, bytes]:
    """Run ``argv`` on a new pseudo-terminal; type ``answer`` at the passphrase prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.chdir(cwd)
        os.execve(sys.executable, [sys.executable, "-m", "mediakit", *argv], env)
    seen, typed, deadline = b"", False, time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if not typed and b"Passphrase for" in seen:
                os.write(fd, answer + b"\n")
                typed = True
        else:
            os.kill(pid, signal.SIGKILL)
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen


@pytest.mark.parametrize("right", [True, False])
def test_the_passphrase_is_asked_on_the_terminal_never_echoed(
    tmp_path: Path, kit: Path, env: dict[str, str], right: bool
) -> None:
    key = keygen(tmp_path, passphrase="secret words")
    mediakit(tmp_path, env, "pack", str(kit), "-o", "k.mediakit")
    answer = b"secret words" if right else b"wrong words"
    code, seen = _pty_run(["sign", "k.mediakit", "--key", str(key)], tmp_path, env, answer)
    assert answer not in seen  # not echoed
    if right:
        assert code == 0, seen
        assert f"signed with {fingerprint(key.with_suffix('.pub'))}".encode() in seen
    else:
        assert code == 1
        assert b"wrong passphrase for this key" in seen


@pytest.mark.skipif(shutil.which("ssh-agent") is None, reason="needs ssh-agent")
def test_a_public_key_signs_through_the_agent(
    tmp_path: Path, kit: Path, env: dict[str, str]
) -> None:
    key = keygen(tmp_path, passphrase="held by the agent")
    mediakit(tmp_path, env, "pack", str(kit), "-o", "k.mediakit")
    sock = tmp_path / "agent.sock"
    agent = subprocess.Popen(["ssh-agent", "-D", "-a", str(sock)], stdout=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if sock.exists():
                break
            time.sleep(0.05)
        agent_env = env | {"SSH_AUTH_SOCK": str(sock), "SSH_ASKPASS_REQUIRE": "never"}
        public = str(key.with_suffix(".pub"))
        # Before the key is added: the agent says no.
        refused = mediakit(tmp_path, agent_env, "sign", "k.mediakit", "--key", public)
        assert refused.returncode == 1 and "did not sign" in refused.stderr
        unencrypted = keygen(tmp_path, name="plain")
        subprocess.run(["ssh-add", "-q", str(unencrypted)], env=agent_env, check=True)
        plain_public = str(unencrypted.with_suffix(".pub"))
        signed = mediakit(tmp_path, agent_env, "sign", "k.mediakit", "--key", plain_public)
        assert signed.returncode == 0, signed.stderr
        assert fingerprint(unencrypted.with_suffix(".pub")) in signed.stdout
        no_agent = mediakit(tmp_path, env, "sign", "k.mediakit", "--key", plain_public)
        assert no_agent.returncode == 1 and "no ssh-agent is running" in no_agent.stderr
    finally:
        agent.terminate()
        agent.wait(timeout=10)


def test_help_lists_sign_and_trust() -> None:
    helped = run_mediakit("--help", cwd=REPO)
    assert "sign" in helped.stdout and "trust" in helped.stdout
