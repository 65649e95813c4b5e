"""A bug shows a readable, copyable report and is logged; the window goes on."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mediakit.gui.crash import CrashHandler, crash_log_path, rotate_if_full


def raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("a bug in a slot")
    except ValueError as error:
        return type(error), error, error.__traceback__


@pytest.mark.expected_errors  # the crash handler logs the bug it reports
def test_exception_on_the_gui_thread_shows_a_report_and_is_logged(qtbot: QtBot) -> None:
    handler = CrashHandler()
    kind, error, tb = raise_and_capture()
    with qtbot.waitSignal(handler.reported, timeout=5000) as shown:
        handler.handle(kind, error, tb)  # type: ignore[arg-type]
    assert shown.args == ["ValueError: a bug in a slot"]
    box = handler.dialog
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    assert "raise ValueError" in box.detailedText()  # the traceback, to copy
    assert "a bug in a slot" in crash_log_path().read_text(encoding="utf-8")
    box.close()


@pytest.mark.expected_errors  # the crash handler logs the bug it reports
def test_exception_in_another_thread_reaches_the_gui_thread(qtbot: QtBot) -> None:
    handler = CrashHandler()
    previous = threading.excepthook
    threading.excepthook = handler._on_thread_exception
    try:
        with qtbot.waitSignal(handler.reported, timeout=5000) as shown:
            worker = threading.Thread(target=lambda: 1 / 0)
            worker.start()
            worker.join()
    finally:
        threading.excepthook = previous
    assert shown.args == ["ZeroDivisionError: division by zero"]
    assert handler.dialog is not None
    handler.dialog.close()


def test_crash_log_is_rotated_past_its_limit_keeping_one_backup(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    log.write_text("old\n" * 10, encoding="utf-8")
    rotate_if_full(log, max_bytes=100)
    assert log.exists() and not log.with_name("crash.log.1").exists()  # under the limit
    log.write_text("x" * 100, encoding="utf-8")
    rotate_if_full(log, max_bytes=100)
    assert not log.exists()
    assert log.with_name("crash.log.1").read_text(encoding="utf-8") == "x" * 100
    log.write_text("y" * 100, encoding="utf-8")
    rotate_if_full(log, max_bytes=100)
    assert log.with_name("crash.log.1").read_text(encoding="utf-8") == "y" * 100  # one backup
    rotate_if_full(tmp_path / "never-written.log")  # nothing to rotate: no error


def test_crash_log_lies_in_the_user_data_folder() -> None:
    assert crash_log_path() == Path(os.environ["XDG_DATA_HOME"]) / "mediakit/mediakit/crash.log"
