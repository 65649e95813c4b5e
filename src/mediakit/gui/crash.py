"""The crash handler: an unexpected exception — on the GUI thread or in any
other — shows a readable report the user can copy, and is logged to a file,
instead of killing the window. The window keeps running."""

from __future__ import annotations

import logging
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from mediakit import userdirs

log = logging.getLogger("mediakit.crash")


# crash.log is moved to crash.log.1 (replacing it) before it would grow past this.
MAX_LOG_BYTES = 1024 * 1024


def crash_log_path() -> Path:
    try:
        return userdirs.app_data_dir() / "crash.log"
    except RuntimeError:  # no home folder: the working folder, rather than no log
        return Path("crash.log").absolute()


def rotate_if_full(path: Path, max_bytes: int = MAX_LOG_BYTES) -> None:
    """Move ``path`` to ``path.1`` once it holds ``max_bytes`` or more: one backup kept."""
    try:
        if path.stat().st_size >= max_bytes:
            path.replace(path.with_name(path.name + ".1"))
    except FileNotFoundError:
        pass


class CrashHandler(QObject):
    # Exceptions in other threads are carried to the GUI thread by this signal.
    _report = Signal(str, str)
    reported = Signal(str)  # the summary, once the report is on screen (tests, logs)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report.connect(self._show)
        self.dialog: QWidget | None = None

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._on_thread_exception

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        import traceback  # only when something went wrong: not paid for at start-up

        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        self._write_log(details)
        self._report.emit(f"{kind.__name__}: {error}", details)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _write_log(self, details: str) -> None:
        path = crash_log_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            rotate_if_full(path)
            with path.open("a", encoding="utf-8") as out:
                out.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n{details}\n")
        except OSError as error:  # a full disk must not turn a bug into a crash
            log.error("could not write %s: %s", path, error)

    def _show(self, summary: str, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # only ever needed after a bug

        if self.dialog is not None and self.dialog.isVisible():
            return  # one report at a time; the rest are in the log
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("mediakit hit a bug"),
            self.tr(
                "Something went wrong inside mediakit. The window keeps running. "
                "Copy the report below into a bug report.\n\n"
                "{summary}\n\nThe report is also saved in {path}."
            ).format(summary=summary, path=crash_log_path()),
        )
        box.setDetailedText(details)
        box.setModal(False)  # never block the window (or a presentation) on a bug
        box.show()
        self.dialog = box
        self.reported.emit(summary)
