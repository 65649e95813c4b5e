"""The command line's one error boundary: whatever the system does to it — a
path that cannot be reached, an output that cannot take the text, a closed
pipe, a full disk, a signal, no display — a message and an exit code, never
a traceback, and never a file half written."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit.stopsignals import Interrupted
from tests.cli.test_cli import mediakit
from tests.conftest import REPO, ROPED


def run(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "mediakit", *args],
        stderr=subprocess.PIPE, cwd=REPO, env=env or dict(os.environ), timeout=120, check=False,
        **kwargs,
    )  # fmt: skip


def no_traceback(result: subprocess.CompletedProcess) -> None:
    output = result.stdout + result.stderr
    assert (b"Traceback" if isinstance(output, bytes) else "Traceback") not in output


@pytest.mark.parametrize("command", ["validate", "info", "pack", "verify", "snapshot"])
def test_a_path_that_cannot_be_reached_is_a_usage_error(command: str, tmp_path: Path) -> None:
    too_long = str(tmp_path / ("x" * 300))
    extra = ["-o", str(tmp_path / "o.png")] if command == "snapshot" else []
    result = mediakit(command, too_long, *extra)
    no_traceback(result)
    assert result.returncode == 2
    assert result.stderr == f"mediakit: {too_long}: cannot reach it: File name too long\n"


def test_a_file_given_as_a_kit_is_named_as_given() -> None:
    result = mediakit("validate", "/dev/null")
    assert result.returncode == 1
    assert result.stdout == (
        "/dev/null: not a kit: it is a device; give a kit folder, its kit.yaml or a .mediakit "
        "archive\n"
    )


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_cannot_show_the_text_gets_escapes(encoding: str) -> None:
    env = os.environ | {"PYTHONIOENCODING": encoding, "LC_ALL": "C"}
    result = run("info", "kits/roped", env=env)
    no_traceback(result)
    assert result.returncode == 0
    title = result.stdout.decode(encoding).splitlines()[0]
    assert title.startswith("ROPED \\u2014 Court-m")


def test_a_closed_pipe_ends_the_command_silently(tmp_path: Path) -> None:
    # More JSON than a pipe's buffer (64 KiB) holds: the writer blocks, then breaks.
    synopsis = "Une corde. " * 40_000
    kit = tmp_path / "kit"
    kit.mkdir()
    (kit / "kit.yaml").write_text(f"mediakit: 1\nid: big\ntitle: Big\nsynopsis: {synopsis}\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "mediakit", "info", "--json", str(kit)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    errors = process.stderr.read()
    process.stderr.close()
    assert process.wait(60) == 128 + signal.SIGPIPE
    assert errors == b""


def test_a_full_disk_for_the_output_is_one_line() -> None:
    with Path("/dev/full").open("wb") as full:
        result = run("info", "--json", "kits/roped", stdout=full)
    assert result.returncode == 1
    assert result.stderr == b"mediakit: cannot write the output: No space left on device\n"


def test_no_display_is_a_message_not_an_abort() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = run("kits/roped", env=env)
    assert result.returncode == 2  # not 134 (SIGABRT)
    assert result.stderr == (
        b"mediakit: no window can be opened: there is no display (DISPLAY and WAYLAND_DISPLAY "
        b"are not set); validate, info, pack, verify and snapshot need no display\n"
    )


def test_a_display_that_does_not_answer() -> None:
    env = os.environ | {"DISPLAY": ":97", "QT_QPA_PLATFORM": "xcb"}
    result = run("present", "kits/roped", env=env)
    assert result.returncode == 2
    assert b"the X display :97 does not answer" in result.stderr


def test_a_disk_full_snapshot_keeps_the_old_picture(tmp_path: Path) -> None:
    import resource

    old = tmp_path / "shot.png"
    old.write_bytes(b"\x89PNG old picture")

    def small_files() -> None:  # Python ignores SIGXFSZ: writes past it fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    result = run("snapshot", "kits/roped", "-o", str(old), env=env, preexec_fn=small_files)
    no_traceback(result)
    assert result.returncode == 1
    last = result.stderr.decode().splitlines()[-1]
    assert last == f"mediakit: {old}: cannot write it: File too large"
    assert old.read_bytes() == b"\x89PNG old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]


@pytest.mark.parametrize("target", ["kit.yaml", "stills/01-desert.jpg"])
def test_snapshot_never_writes_over_a_file_of_the_kit(tmp_path: Path, target: str) -> None:
    kit = tmp_path / "roped"
    shutil.copytree(ROPED, kit)
    if not (kit / target).exists():
        target = next(p.relative_to(kit).as_posix() for p in (kit / "stills").iterdir())
    before = (kit / target).read_bytes()
    result = mediakit("snapshot", str(kit), "-o", str(kit / target))
    assert result.returncode == 1
    assert result.stderr == (
        f"mediakit: {kit / target}: cannot write it: it is a file of the kit itself: "
        "choose another output\n"
    )
    assert (kit / target).read_bytes() == before


def test_a_signal_while_the_window_settles_writes_no_picture(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C reached Qt's callbacks, where PySide dropped it: the PNG was written
    and the command exited 0. The real snapshot, with the signal sent mid-settle."""
    from mediakit import stopsignals
    from mediakit.cli import snapshot as snapshot_module
    from mediakit.gui.window import MainWindow

    monkeypatch.setattr(stopsignals, "_pending", [])  # the signal recorded here ends with the test
    sent: list[bool] = []

    def busy_until_interrupted(self: MainWindow, **_: object) -> bool:
        if not sent:
            sent.append(True)
            os.kill(os.getpid(), signal.SIGINT)
        return True

    monkeypatch.setattr(MainWindow, "busy", busy_until_interrupted)
    output = tmp_path / "shot.png"
    with pytest.raises(Interrupted) as stopped:
        snapshot_module.snapshot(ROPED, output, (640, 400), None, None)
    assert stopped.value.code == 128 + signal.SIGINT
    assert not output.exists()
    assert list(tmp_path.iterdir()) == []


def test_sigterm_while_packing_leaves_no_part_file(tmp_path: Path) -> None:
    kit = tmp_path / "kit"
    kit.mkdir()
    (kit / "film.mp4").write_bytes(os.urandom(1024) * 300_000)  # 300 MiB to pack
    (kit / "kit.yaml").write_text("mediakit: 1\nid: big\ntitle: Big\nfilm: {file: film.mp4}\n")
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "mediakit", "pack", str(kit), "-o", str(out / "big.mediakit")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    while not any(p.name.endswith(".part") for p in out.iterdir()):  # packing has begun
        assert process.poll() is None, process.communicate()
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 128 + signal.SIGTERM
    assert b"Traceback" not in stderr
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("command", [["kits/roped"], ["present", "kits/roped"]])
def test_sigterm_closes_the_window_or_the_show_cleanly(command: list[str]) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mediakit", *command],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stderr is not None
    process.stderr.readline()  # the offscreen platform's first words: the window is up
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    assert b"Traceback" not in stderr


@pytest.mark.parametrize("command", ["validate", "verify", "info"])
def test_a_fifo_named_like_an_archive_is_refused_at_once(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "x.mediakit"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait forever
    result = mediakit(command, str(fifo))
    assert result.returncode == 1
    # validate and verify report problems on stdout; info keeps it for the kit.
    problems = result.stderr if command == "info" else result.stdout
    assert "named pipe (FIFO)" in problems and "Traceback" not in result.stderr


def test_an_archive_read_from_a_pipe_is_refused_with_a_message(tmp_path: Path) -> None:
    """``verify <(cat a.mediakit)`` gave a traceback: a pipe cannot be read twice."""
    from mediakit.kit.archive.pack import pack

    archive = pack(ROPED, tmp_path / "roped.mediakit").output
    result = subprocess.run(
        ["bash", "-c", f'cat "{archive}" | "{sys.executable}" -m mediakit verify /dev/stdin'],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == (
        "/dev/stdin: cannot read it: it is a named pipe (FIFO), not a regular file\n"
    )
