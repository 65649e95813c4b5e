"""The crash handler: an unexpected exception shows a readable report the
user can copy, and is logged, instead of killing the window."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger("mediakit.crash")


class CrashHandler(QObject):
    # Exceptions in other threads are carried to the GUI thread by this signal.
    _report = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report.connect(self._show)
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        self._report.emit(f"{kind.__name__}: {error}", details)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, summary: str, details: str) -> None:
        if self._showing:  # one report at a time; the rest are in the log
            return
        self._showing = True
        from PySide6.QtWidgets import QMessageBox  # only ever needed after a bug

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "mediakit hit a bug",
            "Something went wrong inside mediakit. The window keeps running; "
            "save your work if you can. Copy the report below into a bug "
            f"report.\n\n{summary}",
        )
        box.setDetailedText(details)
        box.exec()
        self._showing = False
