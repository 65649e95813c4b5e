"""Export ▸ Press sheet (PDF)… and Print…: the press sheet from the window.

What reads disk — the sheet's content hash (every file of a folder kit, as
``pack`` would hash them) and the picture, decoded at print size — runs in the
pool; drawing the one or two pages on the GUI thread takes tens of
milliseconds; the PDF's bytes are written in the pool again, whole or not at
all. The save dialog starts in Documents (else Downloads, else home) with
``<kit-id>-press-sheet.pdf``, and Qt's own dialog asks before replacing a file.
Print… opens Qt's print dialog while the picture decodes, then draws on the
printer the user chose, at the paper size chosen there. What happened is said
through the window's message route (``window.messages``), else the signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPageSize
from PySide6.QtWidgets import QWidget

from mediakit.gui.export_file import FileExport, SaveDialog, ask_save_path
from mediakit.kit.manifest.model import Kit
from mediakit.publish.sheet.content import SheetContent, plan
from mediakit.publish.sheet.kithash import content_hash
from mediakit.publish.sheet.paper import Paper, default_paper
from mediakit.safeio import atomic_write
from mediakit.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from mediakit.kit.archive import ArchiveReport

# (parent, printer) -> whether to print (the dialog sets the printer up).
PrintDialog = Callable[[QWidget, "QPrinter"], bool]


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


@dataclass(frozen=True)
class _Prepared:
    content: SheetContent
    image: QImage | None


def _prepare(kit: Kit, language: str, archive: ArchiveReport | None, paper: Paper) -> _Prepared:
    """In a worker: the content hash, the plan and the decoded picture."""
    from mediakit.publish.sheet.pdf import decode_image

    digest, packed = content_hash(kit, archive)
    content = plan(kit, language, digest, packed=packed)
    image = decode_image(content.image, paper) if content.image is not None else None
    return _Prepared(content, image)


def _write(data: bytes, output: Path, protected: list[Path]) -> Path:
    with atomic_write(output, protected=protected) as pending:
        pending.file.write(data)
    return output


class SheetExport(FileExport):
    """The press sheet of the window's kit, to a PDF file or to a printer."""

    def __init__(
        self,
        window: QWidget,
        pool: TaskRunner | None = None,
        *,
        save_dialog: SaveDialog = ask_save_path,
        print_dialog: PrintDialog = ask_printer,
    ) -> None:
        super().__init__(window, pool, save_dialog=save_dialog)
        self.print_dialog = print_dialog

    def _language(self, kit: Kit, language: str | None) -> str:
        """The reading language: the one given, else the window's, else the kit's first."""
        for wanted in (language, getattr(self.window, "language", None)):
            if isinstance(wanted, str) and wanted in kit.languages:
                return wanted
        return kit.languages[0] if kit.languages else "en"

    # -- to a PDF file -----------------------------------------------------------

    def export_pdf(
        self, kit: Kit, language: str | None = None, archive: ArchiveReport | None = None
    ) -> None:
        """Ask where, then write the sheet of ``kit`` (``archive``: the report of the
        archive it was opened from, whose content hash the sheet prints)."""
        if self.busy:
            self.problem.emit(self.tr("A press sheet is already being made."))
            return
        output = self.ask_pdf(self.tr("Export the press sheet"), f"{kit.id}-press-sheet.pdf")
        if output is None:
            return
        paper = default_paper()
        self.busy = True
        self.runner.run(
            lambda: _prepare(kit, self._language(kit, language), archive, paper),
            lambda prepared: self._render(prepared, output, paper, kit.own_files()),
            lambda error: self._failed(output, error),
        )

    def _render(self, prepared: _Prepared, output: Path, paper: Paper, own: list[Path]) -> None:
        from mediakit.publish.sheet.pdf import render_pdf

        data, _pages = render_pdf(prepared.content, prepared.image, paper)  # GUI thread: fast
        self.runner.run(
            lambda: _write(data, output, own), self._written, lambda e: self._failed(output, e)
        )

    def _written(self, output: Path) -> None:
        self.saved(output, self.tr("Press sheet saved: {file}"))

    def _failed(self, output: Path, error: BaseException) -> None:
        self.failed(output, error, self.tr("Cannot save the press sheet to {file}: {reason}"))

    # -- to a printer --------------------------------------------------------------

    def print_sheet(
        self, kit: Kit, language: str | None = None, archive: ArchiveReport | None = None
    ) -> None:
        """Qt's print dialog (the picture decodes meanwhile), then the sheet on the printer."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = default_paper()
        size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setDocName(kit.text(kit.title, self._language(kit, language)))
        state: dict[str, object] = {}

        def ready(prepared: _Prepared) -> None:
            state["prepared"] = prepared
            if state.get("accepted"):
                self._print(printer, prepared)

        self.runner.run(
            lambda: _prepare(kit, self._language(kit, language), archive, paper),
            ready,
            lambda error: self.problem.emit(
                self.tr("Cannot print the press sheet: {reason}").format(reason=error)
            ),
        )
        if not self.print_dialog(self.window, printer):
            self.runner.cancel()
            return
        state["accepted"] = True
        prepared = state.get("prepared")
        if isinstance(prepared, _Prepared):
            self._print(printer, prepared)

    def _print(self, printer: QPrinter, prepared: _Prepared) -> None:
        from mediakit.publish.sheet.pdf import print_sheet

        chosen = printer.pageLayout().pageSize().id()
        paper: Paper = "letter" if chosen == QPageSize.PageSizeId.Letter else "a4"
        printer.setFullPage(True)  # the sheet keeps its own margins
        pages = print_sheet(printer, prepared.content, prepared.image, paper)
        self.notice.emit(self.tr("Press sheet sent to the printer (%n page(s))", None, pages))
