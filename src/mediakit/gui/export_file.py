"""What the window's exports share (:class:`WindowExport`): one export at a time,
in the pool, and what happened said through the window's message route
(``window.messages``), else the signals; and for those to one file
(:class:`FileExport`), the save dialog (in Documents, else Downloads, else home,
with a proposed name; Qt's own dialog asks before a file is replaced)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mediakit.gui.messages import MessageRoute
from mediakit.tasks import TaskRunner
from mediakit.textsafety import shown_name
from mediakit.userdirs import documents_dir, downloads_dir

# (parent, title, proposed path, filter) -> the path chosen, "" when cancelled.
SaveDialog = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, title: str, proposed: str, filters: str) -> str:
    from PySide6.QtWidgets import QFileDialog  # rarely used: not paid for at start-up

    # Qt's dialog asks itself before a chosen file is replaced.
    return QFileDialog.getSaveFileName(parent, title, proposed, filters)[0]


class WindowExport(QObject):
    """A window's export: one at a time, in the pool, what happened said through the
    window's message route (``window.messages``), else only the signals."""

    notice = Signal(str)
    problem = Signal(str)
    finished = Signal(object)  # what was written, or None

    def __init__(self, window: QWidget, pool: TaskRunner | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runner = pool if pool is not None else TaskRunner(1, parent=self)
        self.busy = False
        route = getattr(window, "messages", None)
        if isinstance(route, MessageRoute):
            self.notice.connect(route.info)
            self.problem.connect(lambda text: route.error(text))


class FileExport(WindowExport):
    """A window's export to one file: ask where, work in the pool, say how it went."""

    def __init__(
        self,
        window: QWidget,
        pool: TaskRunner | None = None,
        *,
        save_dialog: SaveDialog = ask_save_path,
    ) -> None:
        super().__init__(window, pool)
        self.save_dialog = save_dialog

    def ask_pdf(self, title: str, name: str) -> Path | None:
        """The PDF file the reader chose (``name`` proposed), None when cancelled."""
        start = documents_dir() or downloads_dir() or Path.home()
        chosen = self.save_dialog(
            self.window, title, str(start / name), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        output = Path(chosen)
        if output.suffix.lower() != ".pdf" and not output.exists():
            output = output.with_name(output.name + ".pdf")
        return output

    def saved(self, output: Path, said: str) -> None:
        """``said`` (its ``{file}`` filled) once ``output`` is written."""
        self.busy = False
        self.notice.emit(said.format(file=shown_name(str(output))))
        self.finished.emit(output)

    def failed(self, output: Path, error: BaseException, said: str) -> None:
        """``said`` with ``{file}`` and ``{reason}`` filled: ``output`` was not written."""
        self.busy = False
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.problem.emit(said.format(file=shown_name(str(output)), reason=reason))
        self.finished.emit(None)
