"""The one way to run background work, on real threads."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from mediakit.tasks import TaskRunner


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
