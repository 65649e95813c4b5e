"""The application: QApplication, style, crash handler, settings, the window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mediakit import __version__, stopsignals
from mediakit.gui import theme
from mediakit.gui.assets import asset_path
from mediakit.gui.crash import CrashHandler
from mediakit.gui.language import interface_language
from mediakit.gui.settings import Settings
from mediakit.gui.translation import install_translators, system_language
from mediakit.gui.window import MainWindow
from mediakit.tasks import TaskRunner

APP_ID = "org.mediakit.MediaKit"
QUIT_GRACE_MS = 3000


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setOrganizationName("mediakit")
    app.setApplicationName("mediakit")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(asset_path("mediakit.svg"))))
    app.setStyle("Fusion")  # the same look on every desktop; the style sheet builds on it
    app.setPalette(theme.palette())
    app.setStyleSheet(theme.style_sheet())
    # The system's language for what runs without the window (snapshot, present);
    # make_window installs the reader's choice in its place.
    install_translators(app, system_language())
    return app


def make_window(path: Path | None = None) -> MainWindow:
    settings = Settings()
    app = QApplication.instance()
    if app is not None:  # before any widget: every text is set in the reader's language
        install_translators(app, interface_language(settings))
    window = MainWindow(settings)
    if path is not None:
        window.open_kit(path)
    return window


def stop_on_signals(owner: QObject, stop: Callable[[], object]) -> QTimer:
    """Ctrl+C or SIGTERM in the terminal calls ``stop`` (close the window, end the
    show) as the reader would. Python runs signal handlers only when it has
    control, so a timer owned by ``owner`` gives it control a few times a second;
    call it inside :func:`mediakit.stopsignals.deferred`."""
    timer = QTimer(owner)
    timer.setInterval(200)
    timer.timeout.connect(lambda: stopsignals.pending() is not None and stop())
    timer.start()
    return timer


def run(path: Path | None) -> int:
    logging.basicConfig(level=logging.INFO, format="mediakit: %(message)s")
    with stopsignals.deferred():  # from the first Qt call: never raised inside Qt
        app = make_application()
        CrashHandler(app).install()
        window = make_window(path)
        stop_on_signals(window, window.close)
        window.show()
        status = app.exec()
    leave_without_stuck_work(status)
    return status


def leave_without_stuck_work(status: int) -> None:
    """Quit means quit: work that does not stop soon (a read from a dead network
    drive) must not keep the process alive with no window."""
    if TaskRunner.wait_all(QUIT_GRACE_MS):
        return
    logging.getLogger(__name__).warning(
        "background work did not stop within %.0f s of quitting: leaving it", QUIT_GRACE_MS / 1000
    )
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
