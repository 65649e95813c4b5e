"""safeio and filelock: reading only regular files, writing whole files or nothing,
and telling the leftovers of dead writers from the work of live ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit.filelock import abandoned, try_hold_folder
from mediakit.safeio import (
    NotRegularFileError,
    ProtectedFileError,
    atomic_write,
    open_regular,
    read_bounded,
    read_regular,
    remove_abandoned_parts,
)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def test_reads_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"hello")
    assert read_regular(tmp_path / "a", 3) == b"hell"  # limit + 1: the caller sees "too long"


def test_a_fifo_is_refused_without_blocking(fifo: Path) -> None:
    # Nobody writes to the FIFO: a plain open() would wait forever.
    with pytest.raises(NotRegularFileError, match=r"named pipe \(FIFO\), not a regular file"):
        open_regular(fifo)


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda p: p.mkdir(), "a folder"),
        (lambda p: p.symlink_to("/etc/hostname"), "a link"),
    ],
)
def test_folders_and_links_are_refused(tmp_path: Path, make, kind: str) -> None:
    path = tmp_path / "x"
    make(path)
    with pytest.raises(NotRegularFileError) as refused:
        open_regular(path)
    assert refused.value.kind == kind


def test_a_device_is_refused_before_it_is_opened() -> None:
    with pytest.raises(NotRegularFileError, match="a device"):
        open_regular(Path("/dev/null"), follow_links=True)


def test_a_link_the_user_made_is_followed_when_asked(tmp_path: Path) -> None:
    (tmp_path / "real").write_bytes(b"data")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    with open_regular(tmp_path / "link", follow_links=True) as handle:
        assert handle.read() == b"data"


def test_atomic_write_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_write(target) as pending:
        pending.file.write(b"new")
        assert target.read_bytes() == b"old"  # nothing shows until it is complete
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640  # the replaced file's mode is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_atomic_write_leaves_everything_as_it_was_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), atomic_write(target) as pending:
        pending.file.write(b"half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


@pytest.mark.parametrize("kind", ["fifo", "folder", "link", "device"])
def test_atomic_write_replaces_only_regular_files(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "link":
        (tmp_path / "elsewhere").write_bytes(b"keep")
        target.symlink_to(tmp_path / "elsewhere")
    else:
        target = Path("/dev/null")  # refused before anything is created beside it
    before = target.lstat()
    with pytest.raises(NotRegularFileError), atomic_write(target) as pending:
        pending.file.write(b"x")
    after = target.lstat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    if kind == "link":
        assert (tmp_path / "elsewhere").read_bytes() == b"keep"


def test_atomic_write_never_replaces_a_protected_file(tmp_path: Path) -> None:
    manifest = tmp_path / "kit" / "kit.yaml"
    manifest.parent.mkdir()
    manifest.write_bytes(b"mediakit: 1\n")
    # Reached by another spelling of the same path: still the same file.
    other_spelling = tmp_path / "kit" / "." / "kit.yaml"
    with pytest.raises(ProtectedFileError), atomic_write(other_spelling, protected=[manifest]):
        pass
    assert manifest.read_bytes() == b"mediakit: 1\n"


def test_parts_of_dead_writers_go_parts_of_live_ones_stay(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    dead = tmp_path / ".out.bin.dead.part"
    dead.write_bytes(b"left by kill -9")
    live = tmp_path / ".out.bin.live.part"
    live.write_bytes(b"being written")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_FILE, str(live)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        assert remove_abandoned_parts(target) == [dead]
        assert live.exists()
    finally:
        holder.kill()
        holder.communicate()
    assert abandoned(live)  # the kernel dropped the lock with the process


HOLD_FILE = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(60)
"""


def test_a_folder_lock_is_exclusive_until_shared(tmp_path: Path) -> None:
    held = try_hold_folder(tmp_path)
    assert held is not None
    assert try_hold_folder(tmp_path) is None  # another open of it, even in this process
    held.share()
    other = try_hold_folder(tmp_path, shared=True)
    assert other is not None
    assert not abandoned(tmp_path)
    held.release()
    other.release()
    assert abandoned(tmp_path)


def test_a_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        with atomic_write(tmp_path / "new.bin") as pending:
            pending.file.write(b"x")
    finally:
        os.umask(previous)
    assert (tmp_path / "new.bin").stat().st_mode & 0o777 == 0o640


def test_read_regular_reads_the_whole_file_or_one_byte_past_the_limit(tmp_path: Path) -> None:
    small = tmp_path / "small.md"
    small.write_bytes(b"x" * 1000)
    assert read_regular(small, 1 << 20) == b"x" * 1000
    assert read_regular(small, 999) == b"x" * 1000  # limit + 1: "too large" can be told
    assert read_regular(small, 10) == b"x" * 11
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert read_regular(empty, 100) == b""


def test_read_bounded_reads_on_when_the_file_grew(tmp_path: Path) -> None:
    growing = tmp_path / "growing.txt"
    growing.write_bytes(b"a" * 10)
    with growing.open("rb") as handle:
        growing.write_bytes(b"a" * 10 + b"b" * 90)  # grew after it was opened, before the read
        assert read_bounded(handle, 1000) == b"a" * 10 + b"b" * 90
    with growing.open("rb") as handle:
        handle.read(95)
        assert read_bounded(handle, 1000) == b"b" * 5  # from where it is
