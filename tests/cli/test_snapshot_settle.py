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

    monkeypatch.setattr(MainWindow, "busy", lambda self: True)
    monkeypatch.setattr(settle, "SETTLE_TIMEOUT_S", 0.05)
    monkeypatch.setattr(time, "sleep", never_sleep)
    output = tmp_path / "shot.png"
    assert snapshot_module.snapshot(ROPED, output, (640, 400), None, None) == 1
    assert capsys.readouterr().err == (
        f"mediakit: {output}: not written: after 0.05 s the kit, its thumbnails or the poster "
        "were still loading\n"
    )
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
