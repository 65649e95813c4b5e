"""Export ▸ Web press page…: the kit on screen as a static site, from the window.

The reader picks a folder (the dialog starts in Documents, else Downloads,
else home). An empty folder, or an earlier web page of ours, takes the site
itself; any other folder gets a new ``<kit-id>-web`` folder inside it (the
first free ``-2``, ``-3`` …): nothing of the reader's is ever replaced
(:func:`mediakit.publish.web.check_folder`). The site is made in the pool —
copying the film, thumbnailing the stills — with its progress in the status
bar; when it is written, the window's message route says where, and the
reader is offered to open the page in their browser. A kit opened from an
intact archive links that archive on the page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from mediakit.cancel import Cancelled
from mediakit.gui.export_file import WindowExport
from mediakit.kit.manifest.model import Kit
from mediakit.publish.web import FolderTakenError, SiteReport, check_folder, export_site
from mediakit.tasks import TaskRunner
from mediakit.textsafety import shown_name
from mediakit.userdirs import documents_dir, downloads_dir

# (parent, title, start folder) -> the folder chosen, "" when cancelled: QFileDialog's signature.
FolderDialog = Callable[[QWidget, str, str], str]
# What is done with the page once written (the reader is asked first): open it.
Opener = Callable[[Path], object]


def ask_folder(parent: QWidget, title: str, start: str) -> str:
    from PySide6.QtWidgets import QFileDialog  # rarely used: not paid for at start-up

    return QFileDialog.getExistingDirectory(parent, title, start)


def open_in_browser(page: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))


def site_folder(chosen: Path, kit_id: str) -> Path:
    """Where the site goes for the folder the reader chose: that folder when it is
    empty or an earlier page of ours, else a free ``<kit-id>-web`` inside it."""
    try:
        check_folder(chosen)
        return chosen
    except (FolderTakenError, NotADirectoryError):
        pass
    for n in range(1, 1000):
        candidate = chosen / (f"{kit_id}-web" if n == 1 else f"{kit_id}-web-{n}")
        try:
            check_folder(candidate)
            return candidate
        except (FolderTakenError, NotADirectoryError):
            continue
    raise FileExistsError(f"no free folder for the web page in {chosen}")


class WebExport(WindowExport):
    """The web press page of a kit, written in the pool, said through the window's route.
    ``finished`` gives the SiteReport, or None."""

    progressed = Signal(int, int)  # steps done, in all (queued from the worker)

    def __init__(
        self,
        window: QWidget,
        pool: TaskRunner | None = None,
        *,
        folder_dialog: FolderDialog = ask_folder,
        opener: Opener = open_in_browser,
    ) -> None:
        super().__init__(window, pool)
        self.folder_dialog = folder_dialog
        self.opener = opener
        self.last_folder: Path | None = None
        self._stop = threading.Event()
        self.offer: QMessageBox | None = None
        self.progressed.connect(self._show_progress)

    def start(self, kit: Kit) -> None:
        """Ask for a folder, then write the web press page of ``kit`` there (every language)."""
        if self.busy:
            self.problem.emit(self.tr("An export is already under way."))
            return
        start = self.last_folder or documents_dir() or downloads_dir() or Path.home()
        chosen = self.folder_dialog(
            self.window, self.tr("Export the web press page to a folder"), str(start)
        )
        if not chosen:
            return
        try:
            folder = site_folder(Path(chosen), kit.id)
        except OSError as error:
            self._failed(Path(chosen), error)
            return
        self.export(kit, folder, self._archive_of_window())

    def export(self, kit: Kit, folder: Path, archive: Path | None = None) -> None:
        """Write the page into ``folder`` in the pool (no dialog: for tests and scripts)."""
        self.busy = True
        self.last_folder = folder.parent
        self._stop.clear()

        def progress(done: int, total: int, _name: str) -> None:
            if self._stop.is_set():
                raise Cancelled
            self.progressed.emit(done, total)

        self.runner.run(
            lambda: export_site(kit, folder, None, archive, progress),
            self._written,
            lambda error: self._failed(folder, error),
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        """Stop before the next file: nothing of the site is left behind."""
        self._stop.set()

    def _archive_of_window(self) -> Path | None:
        report = getattr(self.window, "archive_report", None)
        archive = getattr(report, "archive", None)
        return archive if isinstance(archive, Path) and getattr(report, "intact", False) else None

    def _show_progress(self, done: int, total: int) -> None:
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(
                self.tr("Making the web press page: {done} of {total}…").format(
                    done=done, total=total
                )
            )

    def _written(self, report: SiteReport) -> None:
        self.busy = False
        folder = shown_name(str(report.folder))
        self.notice.emit(self.tr("Web press page written to {folder}").format(folder=folder))
        if report.problems:
            left = "; ".join(f"{shown_name(file)}: {why}" for file, why in report.problems)
            self.problem.emit(
                self.tr("The web press page was written without: {files}").format(files=left)
            )
        self.finished.emit(report)
        self._offer_to_open(report.folder / report.pages[0])

    def _failed(self, folder: Path, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, FolderTakenError):
            reason = self.tr("it holds files that are not a web page made by mediakit")
        elif isinstance(error, OSError) and error.strerror:
            reason = error.strerror
        else:
            reason = str(error)
        self.problem.emit(
            self.tr("Cannot write the web press page to {folder}: {reason}").format(
                folder=shown_name(str(folder)), reason=reason
            )
        )
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self.busy = False
        self.notice.emit(self.tr("Web press page cancelled: nothing was written."))
        self.finished.emit(None)

    def _offer_to_open(self, page: Path) -> None:
        """A non-modal question: the window stays usable while it is there."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Web press page"))
        box.setText(self.tr("The web press page is written. Open it in your browser?"))
        box.setInformativeText(shown_name(str(page)))
        opening = box.addButton(self.tr("Open the page"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setModal(False)
        box.buttonClicked.connect(lambda button: button is opening and self.opener(page))
        box.finished.connect(box.deleteLater)
        self.offer = box
        box.show()
