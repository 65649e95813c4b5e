"""The editor as a program of its own (``mediakit edit PATH``)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mediakit import stopsignals
from mediakit.gui.app import leave_without_stuck_work, make_application, stop_on_signals
from mediakit.gui.crash import CrashHandler
from mediakit.gui.editor.window import open_editor
from mediakit.gui.keymap.keyfile import apply_key_file
from mediakit.gui.language import interface_language
from mediakit.gui.messages import MessageRoute
from mediakit.gui.settings import Settings
from mediakit.gui.translation import install_translators


def run_editor(path: Path) -> int:
    logging.basicConfig(level=logging.INFO, format="mediakit: %(message)s")
    with stopsignals.deferred():
        app = make_application()
        CrashHandler(app).install()
        settings = Settings()
        install_translators(QApplication.instance() or app, interface_language(settings))
        apply_key_file(MessageRoute(), None)  # the user's keys, as the reading window reads them
        window = open_editor(path, settings)
        stop_on_signals(window, window.close)
        status = app.exec()
    leave_without_stuck_work(status)
    return status
