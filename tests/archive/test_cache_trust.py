"""The archive cache trusts nothing it did not write (issue 9).

Whatever is planted in the cache — a FIFO, a link to a stranger's kit, an
index pointing out of the cache, an entry without the cache's marker — the
archive still opens, with its own kit, from a real folder. A cache that cannot
be used sends the kit to a temporary folder and says why. Clean-up never
removes a kit in use, by this process or another, and removes the extraction
folders of processes that died.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mediakit.kit.archive import ArchiveError, OpenedArchive, open_archive
from mediakit.kit.archive import extract as archive_extract
from mediakit.kit.archive.cache import clean_cache
from mediakit.kit.archive.cache_trust import REPORT_VERSION
from mediakit.kit.archive.extract import UnpackError
from tests.archive import helpers as h

needs_posix = pytest.mark.skipif(os.name != "posix", reason="FIFOs, modes and owners")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return h.build(tmp_path / "a.mediakit")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _sha(archive: Path) -> str:
    return hashlib.sha256(archive.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _assert_real_kit(opened: OpenedArchive, cache: Path) -> None:
    """The opened kit is a real folder inside ``cache`` holding the archive's own manifest."""
    entry = opened.folder.parent
    assert entry.parent == cache and entry.name == opened.report.sha256
    for folder in (entry, opened.folder):
        assert stat.S_ISDIR(folder.lstat().st_mode)
    assert _mode(entry) == 0o700
    assert (opened.folder / "kit.yaml").read_bytes() == h.MANIFEST
    report = json.loads((entry / "report.json").read_text())
    assert report["mediakit-cache"] == REPORT_VERSION and report["sha256"] == entry.name
    assert opened.notice is None


def _foreign_kit(folder: Path, sha: str) -> Path:
    """A stranger's kit laid out as a perfect forgery of a cache entry."""
    (folder / "kit").mkdir(parents=True)
    (folder / "kit" / "kit.yaml").write_bytes(b"mediakit: 1\nid: foreign\ntitle: Foreign\n")
    (folder / "report.json").write_text(
        json.dumps({"mediakit-cache": REPORT_VERSION, "sha256": sha})
    )
    return folder


def _index(cache: Path, archive: Path, sha: str) -> None:
    info = archive.stat()
    entry = {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "sha256": sha}
    cache.mkdir(mode=0o700, exist_ok=True)
    (cache / "index.json").write_text(json.dumps({str(archive.resolve()): entry}))


# -- planted files ------------------------------------------------------------


@needs_posix
def test_a_fifo_as_the_index_does_not_hang_the_open(archive: Path, cache: Path) -> None:
    cache.mkdir(mode=0o700)
    os.mkfifo(cache / "index.json")
    opened = open_archive(archive, cache)
    _assert_real_kit(opened, cache)
    assert stat.S_ISREG((cache / "index.json").lstat().st_mode)  # replaced by a real index


@needs_posix
def test_a_fifo_as_an_entry_report_does_not_hang_the_open(archive: Path, cache: Path) -> None:
    first = open_archive(archive, cache)
    first.release()
    report = first.folder.parent / "report.json"
    report.unlink()
    os.mkfifo(report)
    opened = open_archive(archive, cache)
    assert not opened.from_cache  # checked and extracted afresh
    _assert_real_kit(opened, cache)


def test_an_entry_planted_as_a_link_to_a_foreign_kit_is_not_shown(
    archive: Path, cache: Path, tmp_path: Path
) -> None:
    sha = _sha(archive)
    foreign = _foreign_kit(tmp_path / "foreign", sha)
    before = h.tree(foreign)
    _index(cache, archive, sha)
    (cache / sha).symlink_to(foreign, target_is_directory=True)
    opened = open_archive(archive, cache)
    assert not opened.from_cache
    _assert_real_kit(opened, cache)
    assert h.tree(foreign) == before


def test_an_index_hash_that_climbs_out_of_the_cache_is_ignored(
    archive: Path, cache: Path, tmp_path: Path
) -> None:
    elsewhere = _foreign_kit(tmp_path / "elsewhere", "../../../elsewhere")
    before = h.tree(elsewhere)
    _index(cache, archive, "../../../elsewhere")
    opened = open_archive(archive, cache)
    assert not opened.from_cache
    _assert_real_kit(opened, cache)
    assert h.tree(elsewhere) == before


def _drop_marker(entry: Path) -> None:
    report = json.loads((entry / "report.json").read_text())
    del report["mediakit-cache"]
    (entry / "report.json").write_text(json.dumps(report))


def _old_version(entry: Path) -> None:
    """A report of version 1, which kept problems as English text: checked again."""
    report = json.loads((entry / "report.json").read_text())
    report["mediakit-cache"] = 1
    (entry / "report.json").write_text(json.dumps(report))


def _wrong_sha(entry: Path) -> None:
    report = json.loads((entry / "report.json").read_text())
    report["sha256"] = "0" * 64
    (entry / "report.json").write_text(json.dumps(report))


def _kit_as_link(entry: Path) -> None:
    foreign = _foreign_kit(entry.parent.parent / "foreign", entry.name)
    (entry / "kit").rename(entry.parent.parent / "moved-kit")
    (entry / "kit").symlink_to(foreign / "kit", target_is_directory=True)


def _report_as_link(entry: Path) -> None:
    foreign = _foreign_kit(entry.parent.parent / "foreign", entry.name)
    (entry / "report.json").unlink()
    (entry / "report.json").symlink_to(foreign / "report.json")


UNTRUSTED: dict[str, Callable[[Path], None]] = {
    "no-marker": _drop_marker,
    "old-version": _old_version,
    "wrong-sha256": _wrong_sha,
    "mode-0755": lambda entry: entry.chmod(0o755),
    "kit-is-a-link": _kit_as_link,
    "report-is-a-link": _report_as_link,
}


@pytest.mark.parametrize("case", sorted(UNTRUSTED))
def test_an_untrusted_entry_is_checked_and_extracted_afresh(
    case: str, archive: Path, cache: Path
) -> None:
    first = open_archive(archive, cache)
    first.release()
    UNTRUSTED[case](first.folder.parent)
    opened = open_archive(archive, cache)
    assert not opened.from_cache
    _assert_real_kit(opened, cache)
    again = open_archive(archive, cache)  # and trusted from then on
    assert again.from_cache and again.folder == opened.folder


@needs_posix
def test_a_world_writable_cache_root_is_made_private(archive: Path, cache: Path) -> None:
    cache.mkdir()
    cache.chmod(0o777)
    opened = open_archive(archive, cache)
    assert _mode(cache) == 0o700
    _assert_real_kit(opened, cache)


# -- a cache that cannot be used ----------------------------------------------


def _assert_temporary(opened: OpenedArchive, where: str, why: str) -> None:
    assert any(p.name.startswith("mediakit-archives-") for p in opened.folder.parents)
    assert (opened.folder / "kit.yaml").read_bytes() == h.MANIFEST
    assert str(opened.notice) == (
        f"{where} cannot be used ({why}): unpacked into a temporary folder instead"
    )


def _a_file(cache: Path) -> str:
    cache.write_text("not a folder")
    return "it is a file, not a folder"


def _a_link(cache: Path) -> str:
    (cache.parent / "real").mkdir(mode=0o700)
    cache.symlink_to(cache.parent / "real", target_is_directory=True)
    return "it is a link"


def _under_a_file(cache: Path) -> str:
    cache.parent.joinpath("file").write_text("x")
    return os.strerror(errno.ENOTDIR)


UNUSABLE: dict[str, tuple[Callable[[Path], str], str]] = {
    "a-regular-file": (_a_file, ""),
    "a-link": (_a_link, ""),
    "under-a-regular-file": (_under_a_file, "file/cache"),
}


@pytest.mark.parametrize("case", sorted(UNUSABLE))
def test_an_unusable_cache_root_sends_the_kit_to_a_temporary_folder(
    case: str, archive: Path, cache: Path
) -> None:
    craft, below = UNUSABLE[case]
    why = craft(cache)
    root = cache.parent / below if below else cache
    opened = open_archive(archive, root)
    _assert_temporary(opened, f"the archive cache {root}", why)
    assert not opened.report.problems  # the archive itself is fine
    if case == "a-link":
        assert list((cache.parent / "real").iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs chown")
def test_a_cache_root_of_another_user_is_not_used(archive: Path, cache: Path) -> None:
    cache.mkdir(mode=0o700)
    os.chown(cache, 12345, 12345)
    opened = open_archive(archive, cache)
    _assert_temporary(opened, f"the archive cache {cache}", "it belongs to another user")
    assert list(cache.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root writes anyway")
def test_a_read_only_cache_root_sends_the_kit_to_a_temporary_folder(
    archive: Path, cache: Path
) -> None:
    cache.mkdir(mode=0o500)
    opened = open_archive(archive, cache)
    _assert_temporary(opened, f"the archive cache {cache}", os.strerror(errno.EACCES))


def test_a_full_cache_sends_the_kit_to_a_temporary_folder(
    archive: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write = archive_extract._File.write
    failed: list[str] = []

    def full_once(self: archive_extract._File, data: bytes) -> None:
        if not failed:
            failed.append(self.name)
            raise UnpackError(self.name, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
        write(self, data)

    monkeypatch.setattr(archive_extract._File, "write", full_once)
    opened = open_archive(archive, cache)
    _assert_temporary(opened, f"the archive cache {cache}", os.strerror(errno.ENOSPC))
    assert not list(cache.glob("tmp-*")) and not list(cache.glob("*/kit"))


def test_a_full_disk_everywhere_is_said_with_the_entry_and_the_cache(
    archive: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: archive_extract._File, data: bytes) -> None:
        raise UnpackError(self.name, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))

    monkeypatch.setattr(archive_extract._File, "write", full)
    with pytest.raises(ArchiveError) as refused:
        open_archive(archive, cache)
    first, second = refused.value.problems
    full_disk = os.strerror(errno.ENOSPC)
    assert first.format() == f"{archive}: the archive cache {cache} cannot be used ({full_disk})"
    assert second.field == "kit.yaml"
    assert second.text().startswith("cannot be unpacked into a temporary folder either (")
    assert second.text().endswith(f"): {full_disk}")
    assert not list(cache.glob("tmp-*"))


def test_with_no_home_folder_the_kit_goes_to_a_temporary_folder(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pwd = pytest.importorskip("pwd")

    def no_entry(uid: int) -> object:
        raise KeyError(uid)

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    opened = open_archive(archive)
    _assert_temporary(opened, "the archive cache", "the home folder is unknown")


def test_with_home_a_regular_file_the_kit_goes_to_a_temporary_folder(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    opened = open_archive(archive)
    root = home / ".cache" / "mediakit" / "archives"
    _assert_temporary(opened, f"the archive cache {root}", os.strerror(errno.ENOTDIR))


# -- entries the disk cannot hold --------------------------------------------


def test_an_entry_name_too_long_for_the_disk_is_named(archive: Path, cache: Path) -> None:
    name = "notes/" + "n" * 300 + ".txt"
    entries = [*h.kit_entries(), (name, b"a long name")]
    h.build(archive, entries)
    with pytest.raises(ArchiveError) as refused:
        open_archive(archive, cache)
    (problem,) = refused.value.problems
    assert problem.file == str(archive) and problem.field == name
    assert problem.text() == f"cannot be unpacked here: {os.strerror(errno.ENAMETOOLONG)}"
    assert not list(cache.glob("tmp-*")) and not list(cache.glob("*/kit"))


# -- pins and clean-up ---------------------------------------------------------


def test_a_pinned_entry_survives_clean_up_until_released(tmp_path: Path, cache: Path) -> None:
    one = open_archive(h.build(tmp_path / "one.mediakit"), cache)
    other = [*h.kit_entries(), ("notes.txt", b"another kit")]
    two = open_archive(h.build(tmp_path / "two.mediakit", other), cache)
    assert clean_cache(cache, max_bytes=0) == []  # both in use: both stay
    assert (one.folder / "kit.yaml").is_file() and (two.folder / "kit.yaml").is_file()
    one.release()
    assert clean_cache(cache, max_bytes=0) == [one.report.sha256]
    assert not one.folder.exists() and (two.folder / "kit.yaml").is_file()
    two.release()
    assert clean_cache(cache, max_bytes=0) == [two.report.sha256]


@contextmanager
def _child(code: str, *args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """A Python process running ``code`` with ``args``; yields it and the first line it
    prints. It runs until its stdin is closed (on leaving) or it is killed."""
    command = [sys.executable, "-c", code, *args]
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line, "the child process failed before it was ready"
        try:
            yield process, line
        finally:
            if process.poll() is None:
                process.kill()


_OPEN_AND_WAIT = """
import sys
from pathlib import Path
from mediakit.kit.archive.cache import open_archive
opened = open_archive(Path(sys.argv[1]), Path(sys.argv[2]))
print(opened.folder, flush=True)
sys.stdin.read()
"""

_HOLD_A_TMP_FOLDER = """
import sys
from pathlib import Path
from mediakit.kit.archive.cache_trust import new_work_folder
work, held = new_work_folder(Path(sys.argv[1]))
print(work, flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_an_entry_pinned_by_another_process_survives_clean_up(archive: Path, cache: Path) -> None:
    with _child(_OPEN_AND_WAIT, str(archive), str(cache)) as (_, folder):
        assert Path(folder).parent.name == _sha(archive)
        assert clean_cache(cache, max_bytes=0) == []
        assert (Path(folder) / "kit.yaml").read_bytes() == h.MANIFEST
    assert clean_cache(cache, max_bytes=0) == [_sha(archive)]


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_killed_extraction_folder_goes_at_the_next_open_a_live_one_stays(
    archive: Path, cache: Path
) -> None:
    cache.mkdir(mode=0o700)
    with _child(_HOLD_A_TMP_FOLDER, str(cache)) as (killed, dead):
        killed.kill()  # SIGKILL: no clean-up of its own
        killed.wait()
    with _child(_HOLD_A_TMP_FOLDER, str(cache)) as (_, live):
        assert Path(dead).is_dir() and Path(live).is_dir()
        opened = open_archive(archive, cache)
        assert not Path(dead).exists()
        assert Path(live).is_dir()
        _assert_real_kit(opened, cache)


class _CancelError(Exception):
    pass


@pytest.mark.parametrize("stop", [_CancelError, KeyboardInterrupt])
def test_stopping_from_the_progress_callback_leaves_no_tmp_folder(
    stop: type[BaseException], archive: Path, cache: Path
) -> None:
    def progress(done: int, total: int) -> None:
        raise stop()

    with pytest.raises(stop):
        open_archive(archive, cache, progress=progress)
    assert [p.name for p in cache.iterdir() if p.is_dir()] == []
