"""Snapshots wait for the window to settle inside Qt's event loop, bounded by a
deadline, never sleeping; a window still busy at the deadline writes nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mediakit.cli import settle
from mediakit.cli import snapshot as snapshot_module
from tests.conftest import ROPED


def never_sleep(seconds: float) -> None:
    raise AssertionError(f"settling slept {seconds} s instead of running Qt's event loop")


def test_a_window_still_busy_at_the_deadline_writes_no_picture(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from mediakit.gui.window import MainWindow

    monkeypatch.setattr(MainWindow, "busy", lambda self, **_: True)
    monkeypatch.setattr(settle, "SETTLE_TIMEOUT_S", 0.05)
    monkeypatch.setattr(time, "sleep", never_sleep)
    output = tmp_path / "shot.png"
    assert snapshot_module.snapshot(ROPED, output, (640, 400), None, None) == 1
    error = capsys.readouterr().err
    # One line; what it names depends on what had arrived by then (the poster, often).
    assert error.startswith(f"mediakit: {output}: not written: after 0.05 s ")
    assert error.endswith(" still loading\n") and error.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_settled_window_is_pictured_without_sleeping(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(time, "sleep", never_sleep)
    output = tmp_path / "shot.png"
    assert snapshot_module.snapshot(ROPED, output, (640, 400), None, "credits") == 0
    assert output.read_bytes().startswith(b"\x89PNG")


def test_settling_ends_when_busy_turns_false(qapp: QApplication) -> None:
    answers = iter([True, True, True, False])
    settle.wait_until_settled(lambda: next(answers), timeout_s=60)
    assert next(answers, "spent") == "spent"  # polled until it said False, not after


def test_a_failure_of_busy_is_raised_outside_qt(qapp: QApplication) -> None:
    def broken() -> bool:
        raise ZeroDivisionError("a bug in busy()")

    with pytest.raises(ZeroDivisionError, match="a bug in busy"):
        settle.wait_until_settled(broken, timeout_s=60)


def test_the_status_bar_is_empty_in_the_picture(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QPixmap

    from mediakit.gui.window import MainWindow

    shown: list[str] = []
    grab = MainWindow.grab

    def grab_and_note(self: MainWindow) -> QPixmap:
        shown.append(self.statusBar().currentMessage())
        return grab(self)

    monkeypatch.setattr(MainWindow, "grab", grab_and_note)
    output = tmp_path / "shot.png"
    assert snapshot_module.snapshot(ROPED, output, (640, 400), None, "credits") == 0
    assert shown == [""]


def test_a_gallery_whose_thumbnails_never_come_writes_no_picture_and_says_which(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The snapshot waits for the tiles it paints; at the deadline it fails, naming
    them, rather than write a half-done gallery."""
    from PIL import Image

    from mediakit.media.thumbnails import ThumbnailService

    kit = tmp_path / "kit"
    (kit / "stills").mkdir(parents=True)
    lines = ["mediakit: 1", "id: slow", "title: Slow", "stills:"]
    for n in range(20):
        Image.new("RGB", (300, 200), (10 * n, 90, 160)).save(kit / "stills" / f"{n:02d}.jpg")
        lines.append(f"  - {{file: stills/{n:02d}.jpg, caption: 'Still {n}', alt: 'Still {n}'}}")
    (kit / "kit.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    asked: list[int] = []
    # A service that never answers: every thumbnail is still on its way at the deadline.
    monkeypatch.setattr(ThumbnailService, "request", lambda self, index, *a: asked.append(index))
    monkeypatch.setattr(settle, "SETTLE_TIMEOUT_S", 0.2)
    monkeypatch.setattr(time, "sleep", never_sleep)
    output = tmp_path / "shot.png"
    assert snapshot_module.snapshot(kit, output, (1280, 800), None, "stills") == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert error.startswith(f"mediakit: {output}: not written: after 0.2 s ")
    assert "thumbnails on screen (first: stills/00.jpg) were still loading" in error
    assert asked and 19 not in asked[:6]  # the screen was asked for first
    assert not output.exists()
    assert {p.name for p in tmp_path.iterdir()} == {"kit"}


def test_settling_sleeps_until_work_ends_instead_of_polling(qapp: QApplication) -> None:
    """busy() is asked when Qt has handled an event, not on a clock: while a worker
    runs and nothing else happens, the loop sleeps."""
    from threading import Event

    from PySide6.QtCore import QTimer

    from mediakit.tasks import TaskRunner

    runner = TaskRunner(1)
    release = Event()
    finished: list[bool] = []
    runner.run(release.wait, finished.append)
    QTimer.singleShot(300, release.set)  # the work ends later, from another event
    asked: list[bool] = []

    def busy() -> bool:
        asked.append(True)
        return not finished

    settle.wait_until_settled(busy, timeout_s=60)
    assert finished == [True]
    # A 10 ms poll would have asked ~30 times; here: once before the loop, then
    # after the timer's event and after the result's (a few more at most).
    assert len(asked) <= 8
    assert runner.wait(5000)
