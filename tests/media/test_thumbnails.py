"""The thumbnail service: cache, cancellation, and the real threaded path."""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from mediakit.media import thumbnails
from mediakit.media.thumbnails import ThumbnailService, cache_path, make_thumbnail
from mediakit.tasks import TaskRunner
from tests.media.stillfactory import make_stills


@pytest.fixture(scope="module")
def stills(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_stills(tmp_path_factory.mktemp("stills"), big=(1200, 900))


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Counts real decodes: the spy still calls through."""
    calls: list[Path] = []
    real: Callable[..., QImage] = thumbnails.decode

    def spy(path: Path, box: object = None) -> QImage:
        calls.append(path)
        return real(path, box)

    monkeypatch.setattr(thumbnails, "decode", spy)
    return calls


def collect(service: ThumbnailService) -> tuple[dict[int, QImage], dict[int, str]]:
    ready: dict[int, QImage] = {}
    failed: dict[int, str] = {}
    service.ready.connect(lambda i, image: ready.__setitem__(i, image))
    service.failed.connect(lambda i, message: failed.__setitem__(i, message))
    return ready, failed


def test_second_request_comes_from_the_cache(
    qtbot: QtBot, tmp_path: Path, stills: dict[str, Path], decodes: list[Path]
) -> None:
    service = ThumbnailService(tmp_path / "cache", runner=TaskRunner(synchronous=True))
    ready, failed = collect(service)
    path = stills["landscape.jpg"]
    service.request(0, path, 128)
    entry = cache_path(tmp_path / "cache", path, 128)
    assert entry is not None and entry.is_file()
    written = entry.stat().st_mtime_ns
    service.request(1, path, 128)
    assert decodes == [path]  # the second came from disk
    assert entry.stat().st_mtime_ns == written
    assert not failed
    assert ready[0].size() == ready[1].size()
    assert (ready[1].width(), ready[1].height()) == (128, 96)
    assert list(entry.parent.iterdir()) == [entry]  # no temp file left behind


def test_cache_key_changes_with_file_and_size(tmp_path: Path, stills: dict[str, Path]) -> None:
    path = tmp_path / "still.jpg"
    path.write_bytes(stills["landscape.jpg"].read_bytes())
    first = cache_path(tmp_path, path, 128)
    assert first is not None
    assert cache_path(tmp_path, path, 256) != first
    stat = path.stat()
    import os

    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert cache_path(tmp_path, path, 128) != first
    assert cache_path(tmp_path, tmp_path / "missing.jpg", 128) is None


def test_unreadable_cache_entry_is_replaced(
    tmp_path: Path, stills: dict[str, Path], decodes: list[Path]
) -> None:
    path = stills["portrait.jpg"]
    entry = cache_path(tmp_path, path, 64)
    assert entry is not None
    entry.parent.mkdir(parents=True)
    entry.write_bytes(b"garbage")
    image = make_thumbnail(path, 64, tmp_path)
    assert (image.width(), image.height()) == (48, 64)
    assert decodes == [path]
    assert not QImage(str(entry)).isNull()


def test_a_fifo_planted_in_the_cache_neither_blocks_nor_is_replaced(
    tmp_path: Path, stills: dict[str, Path], decodes: list[Path]
) -> None:
    path = stills["portrait.jpg"]
    entry = cache_path(tmp_path, path, 64)
    assert entry is not None
    entry.parent.mkdir(parents=True)
    os.mkfifo(entry)  # nobody writes to it: a plain open would wait forever
    image = make_thumbnail(path, 64, tmp_path)
    assert (image.width(), image.height()) == (48, 64)
    assert decodes == [path]
    assert stat.S_ISFIFO(entry.lstat().st_mode)  # not ours to replace


def test_failure_is_reported_with_the_file_name(
    qtbot: QtBot, tmp_path: Path, stills: dict[str, Path]
) -> None:
    service = ThumbnailService(tmp_path, runner=TaskRunner(synchronous=True))
    ready, failed = collect(service)
    service.request(3, stills["not-image.jpg"], 128)
    assert not ready
    assert failed[3].startswith("not-image.jpg: ")


def test_without_cache_nothing_is_written(
    tmp_path: Path, stills: dict[str, Path], decodes: list[Path]
) -> None:
    service = ThumbnailService(use_cache=False, runner=TaskRunner(synchronous=True))
    ready, _ = collect(service)
    service.request(0, stills["landscape.jpg"], 64)
    service.request(0, stills["landscape.jpg"], 64)
    assert len(decodes) == 2
    assert service.cache_dir is None
    assert 0 in ready


def test_threaded_request_delivers_on_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, stills: dict[str, Path]
) -> None:
    service = ThumbnailService(tmp_path)
    with qtbot.waitSignal(service.ready, timeout=10_000) as blocker:
        service.request(5, stills["rotated.jpg"], 100)
    index, image = blocker.args
    assert index == 5
    assert (image.width(), image.height()) == (75, 100)
    with qtbot.waitSignal(service.failed, timeout=10_000) as blocker:
        service.request(6, stills["not-image.jpg"], 100)
    assert blocker.args[0] == 6
    assert "not-image.jpg" in blocker.args[1]
    service.wait()


def test_cancel_drops_stale_results(qtbot: QtBot, tmp_path: Path, stills: dict[str, Path]) -> None:
    service = ThumbnailService(tmp_path)
    ready, failed = collect(service)
    for index in range(8):
        service.request(index, stills["landscape.jpg"], 96 + index)
    service.cancel()  # another kit opens: nothing asked before may arrive
    with qtbot.waitSignal(service.ready, timeout=10_000) as blocker:
        service.request(100, stills["portrait.jpg"], 96)
    assert blocker.args[0] == 100
    service.wait()
    qtbot.wait(50)  # let any late delivery reach the event loop
    assert set(ready) == {100}
    assert not failed


def _entry(cache: Path, name: str, size: int, age_days: float) -> Path:
    path = cache / name[:2] / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    when = time.time() - age_days * 24 * 3600
    os.utime(path, (when, when))
    return path


def test_pruning_removes_the_unused_then_the_least_recently_used(tmp_path: Path) -> None:
    old = _entry(tmp_path, "aa01", 10, age_days=31)
    oldest_recent = _entry(tmp_path, "bb01", 100, age_days=3)
    recent = _entry(tmp_path, "bb02", 100, age_days=2)
    newest = _entry(tmp_path, "cc01", 100, age_days=0)
    assert thumbnails.prune_cache(tmp_path, max_bytes=250) == 2
    assert not old.exists() and not oldest_recent.exists()
    assert recent.exists() and newest.exists()
    assert thumbnails.prune_cache(tmp_path / "absent") == 0


def test_a_cache_hit_marks_the_entry_used(tmp_path: Path, stills: dict[str, Path]) -> None:
    make_thumbnail(stills["landscape.jpg"], 64, tmp_path)
    cached = cache_path(tmp_path, stills["landscape.jpg"], 64)
    assert cached is not None
    when = time.time() - 40 * 24 * 3600
    os.utime(cached, (when, when))
    make_thumbnail(stills["landscape.jpg"], 64, tmp_path)
    assert time.time() - cached.stat().st_mtime < 3600
    assert thumbnails.prune_cache(tmp_path) == 0


def test_pruning_runs_once_per_process_in_a_worker(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(thumbnails, "_pruned", False)
    threads: list[threading.Thread] = []

    def prune(cache_dir: Path) -> int:
        threads.append(threading.current_thread())
        return 0

    monkeypatch.setattr(thumbnails, "prune_cache", prune)
    first = ThumbnailService(tmp_path)
    ThumbnailService(tmp_path / "other")
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=5000)
    assert threads[0] is not threading.main_thread()
    assert TaskRunner.wait_all(5000)
    assert len(threads) == 1 and first.cache_dir == tmp_path


def test_cache_entries_are_cheap_to_write_and_read_back_as_drawn(
    tmp_path: Path, stills: dict[str, Path], decodes: list[Path]
) -> None:
    """An opaque thumbnail is stored as its raw pixels (a PPM), one with transparency
    or a partly read still's note as a PNG at zlib level 1: either comes back the
    same, in the format it is painted in."""
    from mediakit.media.decoding import TRUNCATED

    made = {
        name: make_thumbnail(stills[name], 96, tmp_path) for name in stills if "not" not in name
    }
    again = {name: make_thumbnail(stills[name], 96, tmp_path) for name in made}
    assert len(decodes) == len(made)  # the second round came from the cache
    for name, image in made.items():
        entry = cache_path(tmp_path, stills[name], 96)
        assert entry is not None
        data = entry.read_bytes()
        if name == "alpha.png":
            assert data.startswith(b"\x89PNG")
            assert again[name].format() == QImage.Format.Format_ARGB32_Premultiplied
        elif name == "truncated.jpg":
            assert data.startswith(b"\x89PNG")
            assert again[name].text(TRUNCATED) == "1"  # the note survives the cache
        else:
            assert data.startswith(b"P6")
            assert again[name].format() == QImage.Format.Format_RGB32
        if data.startswith(b"\x89PNG"):  # zlib's header in the first IDAT: FLEVEL 0, fastest
            idat = data.index(b"IDAT") + 4
            assert data[idat] & 0x0F == 8 and data[idat + 1] >> 6 == 0
        assert again[name] == image  # lossless


def test_prefetching_a_cached_thumbnail_reads_nothing(
    tmp_path: Path, stills: dict[str, Path], decodes: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = stills["landscape.jpg"]
    assert thumbnails.warm_cache(path, 64, tmp_path) is not None  # made, and stored
    monkeypatch.setattr(thumbnails, "_load", lambda cached: pytest.fail("read back"))
    assert thumbnails.warm_cache(path, 64, tmp_path) is None
    assert decodes == [path]
