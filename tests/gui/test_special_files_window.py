"""The window before files that are not files: "Opening…" always ends with the
kit or a message, and quitting never waits on work that cannot finish."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mediakit.gui.window import MainWindow
from tests.conftest import REPO, ROPED
from tests.gui.conftest import open_and_wait


@pytest.mark.expected_errors  # the message route logs the error it shows
def test_a_fifo_for_kit_yaml_ends_the_opening_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, ROPED)
    (tmp_path / "kit").mkdir()
    os.mkfifo(tmp_path / "kit" / "kit.yaml")
    with qtbot.waitSignal(window.kit_failed, timeout=10_000):
        window.open_kit(tmp_path / "kit")
    assert window.opener.opening is None and not window.progress.isVisible()
    assert "'kit.yaml' is a named pipe (FIFO), not a regular file" in window.banner.details.text()
    assert window.kit is not None and window.kit.id == "roped"  # kept


def test_quit_does_not_wait_for_work_that_never_ends(tmp_path: Path) -> None:
    """A worker stuck in a read (a dead network drive) must not keep the process alive."""
    script = textwrap.dedent(
        """
        import threading, sys
        from mediakit.gui import app as gui_app
        from mediakit.tasks import TaskRunner
        application = gui_app.make_application()
        runner = TaskRunner(1)
        stuck = threading.Event()
        runner.run(lambda: stuck.wait(), lambda _: None)  # never returns on its own
        gui_app.QUIT_GRACE_MS = 300
        gui_app.leave_without_stuck_work(7)
        print("should not get here", flush=True)
        """
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 7
    assert "should not get here" not in result.stdout
    assert "did not stop within" in result.stderr


def test_progress_beyond_2_gib_reaches_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Opening an archive over 2 GiB overflowed a 32-bit signal: a crash dialog."""
    big = 5 * 1024**3
    with qtbot.waitSignal(window.opener.progress) as progress:
        window.opener.progress.emit(big - 1, big)
    assert progress.args == [big - 1, big]  # a 32-bit signal raised OverflowError at emit
