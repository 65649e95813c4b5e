"""Many kits are read in worker processes, with the same result as in this one,
and a pool that cannot start or breaks leaves the work to this process."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from mediakit.library import readers
from mediakit.library.reading import Reading, read_kit
from tests.library.helpers import library, packed, rene_kit


def kits(root: Path, count: int) -> list[Path]:
    made = [rene_kit(root / f"kit-{i}", title=f"Nuit {i}") for i in range(count - 1)]
    broken = root / f"kit-{count - 1}"
    broken.mkdir(parents=True)
    (broken / "kit.yaml").write_text("mediakit: 1\nid: [\n", encoding="utf-8")
    return [*made, packed(made[0], root / "packed.mediakit"), broken]


def same(reading: Reading) -> tuple[object, ...]:
    return (reading.path, reading.title, reading.header, reading.rows, reading.loaded,
            [str(p.message) for p in reading.problems])  # fmt: skip


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for a handful of kits (two at least, whatever this machine has)."""
    monkeypatch.setattr(readers, "PARALLEL_FROM", 2)
    monkeypatch.setattr(readers, "KITS_PER_WORKER", 1)
    monkeypatch.setattr(readers, "cpu_count", lambda: 2)


@pytest.mark.usefixtures("parallel")
def test_workers_read_what_this_process_reads_in_order(tmp_path: Path) -> None:
    paths = kits(tmp_path, 7)
    scratch = tmp_path / "scratch"
    here = [read_kit(path, scratch) for path in paths]
    there = list(readers.read_kits(paths, scratch))
    assert [same(r) for r in there] == [same(r) for r in here]
    assert [r.loaded for r in there] == [True] * 7 + [False]  # the broken kit says why
    assert there[-1].problems


@pytest.mark.usefixtures("parallel")
def test_a_folder_indexed_by_workers_is_searchable(tmp_path: Path) -> None:
    for i in range(6):
        rene_kit(tmp_path / "kits" / f"kit-{i}", title=f"Nuit {i}")
    lib = library(tmp_path)
    report = lib.add_folder(tmp_path / "kits")
    assert sorted(k.status for k in report.kits) == ["indexed"] * 6
    assert {hit.title for hit in lib.search("angstrom")} == {f"Nuit {i}" for i in range(6)}


@pytest.mark.usefixtures("parallel")
def test_a_pool_that_cannot_start_reads_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(readers, "ProcessPoolExecutor", refused)
    paths = kits(tmp_path, 3)
    assert [r.title for r in readers.read_kits(paths, tmp_path)] == [
        "Nuit 0", "Nuit 1", "Nuit 0", "kit-2"
    ]  # fmt: skip


class BreaksAfterFirst:
    """An executor whose worker dies after its first batch (killed, out of memory)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.calls = 0

    def __enter__(self) -> BreaksAfterFirst:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, work: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.calls += 1
        if self.calls == 1:
            future.set_result(work(*args))
        else:
            future.set_exception(BrokenProcessPool("a worker died"))
        return future


@pytest.mark.usefixtures("parallel")
def test_a_broken_pool_leaves_the_rest_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "ProcessPoolExecutor", BreaksAfterFirst)
    monkeypatch.setattr(readers, "BATCH", 2)
    paths = kits(tmp_path, 6)
    titles = [r.title for r in readers.read_kits(paths, tmp_path)]
    assert titles == ["Nuit 0", "Nuit 1", "Nuit 2", "Nuit 3", "Nuit 4", "Nuit 0", "kit-5"]


def test_progress_is_told_after_each_batch_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mediakit.library import store

    monkeypatch.setattr(store, "WRITE_BATCH", 2)
    for i in range(5):
        rene_kit(tmp_path / "kits" / f"kit-{i}", title=f"Nuit {i}")
    lib = library(tmp_path)
    told: list[tuple[int, int]] = []
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        told.append((done, total))
        seen.append(len(lib.kits()))  # what was told is in the index already

    lib.add_folder(tmp_path / "kits", progress)
    assert told == [(2, 5), (4, 5), (5, 5)]
    assert seen == [2, 4, 5]
    told.clear()
    lib.refresh(progress=progress)
    assert told == []  # nothing to read, nothing to tell


def test_workers_are_forked_only_by_a_process_without_qt_or_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    assert "PySide6.QtCore" in sys.modules  # pytest-qt: as in the window
    assert readers.start_method().get_start_method() == "spawn"
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")
    monkeypatch.setattr(readers.threading, "active_count", lambda: 1)
    expected = "fork" if sys.platform == "linux" else "spawn"
    assert readers.start_method().get_start_method() == expected
    monkeypatch.setattr(readers.threading, "active_count", lambda: 2)  # a thread running
    assert readers.start_method().get_start_method() == "spawn"
