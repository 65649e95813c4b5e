"""The stills page's publication export and "Copy still with credit".

Exporting runs in a worker (:class:`mediakit.tasks.TaskRunner`), one export at
a time; its progress shows in the page's header once it has lasted a moment,
with a Cancel that stops before the next still (the credits then list those
written). The folder dialog starts in the user's Pictures (or Downloads)
folder, then where the last export went; it is a plain function the tests
replace. Copying decodes the still in a worker and puts the picture and its
caption line ("Caption — © Credit") on the clipboard; no HTML, since editors
that take HTML over an image would paste the words alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from mediakit.kit.manifest.model import Kit
from mediakit.media.images import decode
from mediakit.media.publication import ExportReport, caption_line, export_stills, plan
from mediakit.tasks import TaskRunner
from mediakit.textsafety import shown_name
from mediakit.userdirs import export_start_dir

SHOW_AFTER_MS = 300

# (parent, title, start folder) -> the folder chosen, "" when cancelled: QFileDialog's signature.
FolderDialog = Callable[[QWidget, str, str], str]


def ask_existing_folder(parent: QWidget, title: str, start: str) -> str:
    from PySide6.QtWidgets import QFileDialog  # rarely used: not paid for at start-up

    return QFileDialog.getExistingDirectory(parent, title, start)


class ExportProgress(QWidget):
    """ "Exporting 3 of 12 stills", a bar and Cancel; hidden until the export has
    lasted a moment. ``visible`` says when it comes and goes (the page's count
    makes way for it, so the header keeps its width)."""

    cancel_requested = Signal()
    visible = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stillsExportProgress")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(100)
        self.bar.setAccessibleName(self.tr("Export of the stills"))
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the export"))
        self.cancel.clicked.connect(self.cancel_requested)
        for widget in (self.label, self.bar, self.cancel):
            layout.addWidget(widget)
        self._later = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._later.timeout.connect(self.show)
        self.hide()

    def start(self, total: int) -> None:
        self.show_progress(0, total)
        self._later.start()

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        # Short: it takes the place of the page's count, in a header that must fit 1024 px.
        self.label.setText(self.tr("Exporting {done} of {total}…").format(done=done, total=total))

    def finish(self) -> None:
        self._later.stop()
        self.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visible.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visible.emit(False)


class PublicationExporter(QObject):
    """Exports a kit's stills for publication in a worker; says how it went."""

    progressed = Signal(int, int)  # stills done, in all (from the worker, queued)
    finished = Signal(object)  # the ExportReport
    notice = Signal(str)
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(1, parent=self)
        self._copier = TaskRunner(1, parent=self)
        self._stop = threading.Event()
        self.running = False
        self.last_folder: Path | None = None

    def start_folder(self) -> Path:
        """Where the folder dialog starts: the last export's folder, else Pictures …"""
        if self.last_folder is not None and self.last_folder.is_dir():
            return self.last_folder
        return export_start_dir()

    def export(self, kit: Kit, language: str, rows: Sequence[int] | None, folder: Path) -> None:
        """Export the stills at ``rows`` (None: all) into ``folder``, in a worker."""
        if self.running:
            self.problem.emit(self.tr("An export is already under way."))
            return
        items = plan(kit, language, rows)
        if not items:
            return
        self.running = True
        self.last_folder = folder
        self._stop.clear()
        self._runner.run(
            lambda: export_stills(
                items, folder, language, progress=self.progressed.emit, stop=self._stop.is_set
            ),
            self._on_done,
            self._on_error,
        )

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        self._stop.set()
        self._runner.wait()
        self._copier.wait()

    def _on_done(self, report: ExportReport) -> None:
        self.running = False
        self.finished.emit(report)
        folder = shown_name(str(report.folder))
        if report.exported:
            self.notice.emit(
                self.tr(
                    "Exported %n still(s) for publication to {folder}", None, len(report.exported)
                ).format(folder=folder)
            )
        if report.failed:
            reasons = "; ".join(f"{shown_name(f.source.name)}: {f.error}" for f in report.failed)
            self.problem.emit(
                self.tr("Could not export %n still(s): {reasons}", None, len(report.failed)).format(
                    reasons=reasons
                )
            )
        elif report.stopped and not report.exported:
            self.notice.emit(self.tr("Export cancelled: nothing was written."))

    def _on_error(self, error: BaseException) -> None:
        self.running = False
        self.finished.emit(None)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.problem.emit(
            self.tr("Cannot export to {folder}: {reason}").format(
                folder=shown_name(str(self.last_folder)), reason=reason
            )
        )

    # -- Copy still with credit -------------------------------------------------

    def copy_with_credit(self, kit: Kit, row: int, language: str) -> None:
        """Decode the still at ``row`` in a worker, then put it and its caption line
        on the clipboard."""
        if not 0 <= row < len(kit.stills):
            return
        still = kit.stills[row]
        line = caption_line(kit, still, language)
        name = shown_name(still.file.written)
        self._copier.cancel()  # only the last still asked for is wanted
        self._copier.run(
            lambda: decode(still.file.path),
            lambda image: self._copied(image, line, name),
            lambda error: self.problem.emit(
                self.tr("Cannot copy {name}: {error}").format(name=name, error=error)
            ),
        )

    def _copied(self, image: QImage, line: str, name: str) -> None:
        mime = QMimeData()
        mime.setImageData(image)
        mime.setText(line)
        QGuiApplication.clipboard().setMimeData(mime)
        self.notice.emit(self.tr("Copied {name} with its credit").format(name=name))
