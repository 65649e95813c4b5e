"""The one way to run background work, on real threads."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from mediakit import tasks
from mediakit.cancel import Cancelled
from mediakit.tasks import Pool, TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner(2)
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui_thread

    runner.run(work, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen == {"worker": True, "value": 42, "on_gui": True}


def test_error_arrives_as_the_exception(qtbot: QtBot) -> None:
    runner = TaskRunner(1)
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("bad still")

    runner.run(work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "bad still"


def test_cancel_drops_running_and_queued_results(qtbot: QtBot) -> None:
    runner = TaskRunner(1)
    release = threading.Event()
    results: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "stale-running"

    runner.run(slow, results.append)
    runner.run(lambda: "stale-queued", results.append)
    runner.cancel()
    release.set()
    runner.run(lambda: "fresh", results.append)
    qtbot.waitUntil(lambda: "fresh" in results, timeout=5000)
    runner.wait(5000)
    qtbot.wait(50)  # let any stale delivery that would wrongly arrive, arrive
    assert results == ["fresh"]


def test_synchronous_runner_runs_inline() -> None:
    runner = TaskRunner(synchronous=True)
    results: list[int] = []
    runner.run(lambda: 7, results.append)
    assert results == [7]


# -- one pool, shared ----------------------------------------------------------


class Gate:
    """Jobs that wait until the test lets them go, counting how many ran at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self._lock = threading.Lock()
        self.inside = 0
        self.most = 0
        self.entered = 0

    def job(self, value: str) -> Callable[[], str]:
        def work() -> str:
            with self._lock:
                self.inside += 1
                self.entered += 1
                self.most = max(self.most, self.inside)
            self.release.wait(10)
            with self._lock:
                self.inside -= 1
            return value

        return work


def test_the_pool_is_sized_to_the_machine_and_made_once() -> None:
    pool = Pool.get()
    assert pool is Pool.get()
    assert pool.maxThreadCount() == max(2, tasks.cpu_count())


def test_threads_follow_the_cores_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    from mediakit.media.thumbnails import ThumbnailService, decoding_threads

    monkeypatch.delattr(os, "process_cpu_count", raising=False)  # as on Python < 3.13
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3, 4}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)  # the machine's: not all ours
    assert tasks.cpu_count() == 5
    assert tasks.pool_size() == 5
    assert decoding_threads() == 5
    assert ThumbnailService(use_cache=False).threads == 5

    monkeypatch.setattr(os, "process_cpu_count", lambda: 3, raising=False)  # Python 3.13+
    assert decoding_threads() == 3

    monkeypatch.delattr(os, "process_cpu_count", raising=False)
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)  # macOS, Windows
    assert tasks.cpu_count() == 64
    monkeypatch.setattr(os, "cpu_count", lambda: None)  # unknown: still one
    assert tasks.cpu_count() == 1
    assert tasks.pool_size() == tasks.MIN_THREADS


def test_two_runners_share_one_pool(qtbot: QtBot) -> None:
    first, second = TaskRunner(1), TaskRunner(2)
    assert first.pool is second.pool is Pool.get()
    results: list[str] = []
    first.run(lambda: "a", results.append)
    second.run(lambda: "b", results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert sorted(results) == ["a", "b"]


def test_a_runners_limit_holds(qtbot: QtBot) -> None:
    runner = TaskRunner(1)
    gate = Gate()
    results: list[str] = []
    for value in ("one", "two", "three"):
        runner.run(gate.job(value), results.append)
    # The runner decides at once: one job in the pool, the others in its own queue.
    assert (runner.running, runner.queued) == (1, 2)
    qtbot.waitUntil(lambda: gate.entered == 1, timeout=5000)
    gate.release.set()
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert results == ["one", "two", "three"]  # in order, one at a time
    assert gate.most == 1
    assert runner.wait(5000)
    assert (runner.running, runner.queued) == (0, 0)


def test_cancel_leaves_another_runners_queued_jobs(qtbot: QtBot) -> None:
    cancelled, kept = TaskRunner(1), TaskRunner(1)
    gate = Gate()
    got_cancelled: list[str] = []
    got_kept: list[str] = []
    cancelled.run(gate.job("stale-running"), got_cancelled.append)
    cancelled.run(lambda: "stale-queued", got_cancelled.append)
    kept.run(gate.job("kept-running"), got_kept.append)
    kept.run(lambda: "kept-queued", got_kept.append)
    assert cancelled.queued == kept.queued == 1
    cancelled.cancel()
    assert (cancelled.queued, kept.queued) == (0, 1)
    gate.release.set()
    qtbot.waitUntil(lambda: len(got_kept) == 2, timeout=5000)
    assert cancelled.wait(5000) and kept.wait(5000)
    QCoreApplication.processEvents()  # the jobs are done: a stale delivery is posted
    assert got_kept == ["kept-running", "kept-queued"]
    assert got_cancelled == []  # neither the running job's result nor the queued one


def test_wait_is_for_the_runners_own_jobs(qtbot: QtBot) -> None:
    mine, other = TaskRunner(1), TaskRunner(1)
    gate = Gate()
    other.run(gate.job("other"), lambda _: None)
    mine.run(lambda: "mine", lambda _: None)
    assert mine.wait(5000)  # the other runner's job is still held
    assert other.running == 1
    gate.release.set()
    assert other.wait(5000)


def test_wait_all_waits_for_every_runner(qtbot: QtBot) -> None:
    runner = TaskRunner(1)
    gate = Gate()
    runner.run(gate.job("held"), lambda _: None)
    qtbot.waitUntil(lambda: gate.entered == 1, timeout=5000)
    assert not TaskRunner.wait_all(0)
    gate.release.set()
    assert TaskRunner.wait_all(5000)


# -- cancellation is an outcome, not a failure -----------------------------------


def test_cancelled_work_is_not_an_error(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    runner = TaskRunner(1)
    errors: list[BaseException] = []
    cancelled: list[bool] = []
    done: list[object] = []

    def work() -> None:
        raise Cancelled

    runner.run(work, done.append, errors.append, on_cancelled=lambda: cancelled.append(True))
    runner.run(work, done.append)  # no callbacks for it at all: not logged either
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert runner.wait(5000)
    QCoreApplication.processEvents()  # deliver whatever was posted
    assert (done, errors, cancelled) == ([], [], [True])
    assert not [r for r in caplog.records if r.name == "mediakit.tasks"]


def test_a_failure_with_nobody_to_tell_is_logged(logged_errors: list[logging.LogRecord]) -> None:
    runner = TaskRunner(synchronous=True)

    def work() -> None:
        raise ValueError("lost")

    runner.run(work, lambda _: None)
    assert [r.getMessage() for r in logged_errors] == ["background task failed: lost"]
