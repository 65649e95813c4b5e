"""The window's Export menu and Print…: the kit on screen as a web press page,
a press sheet (PDF or paper) and its slides as a PDF.

Each exporter is made the first time it is asked for (none is paid for at
start-up) and does its work in the pool, saying what happened through the
window's message route. With no kit open, the status bar says what to do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from mediakit.gui.export_sheet import SheetExport
    from mediakit.gui.export_slides import SlidesExport
    from mediakit.gui.export_web import WebExport
    from mediakit.gui.window import MainWindow
    from mediakit.kit.manifest.model import Kit


class KitExports(QObject):
    """Export ▸ Web press page…, Press sheet (PDF)…, Slides (PDF)…; Kit ▸ Print…"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.web_export: WebExport | None = None
        self._sheet: SheetExport | None = None
        self._slides: SlidesExport | None = None

    def _kit(self, hint: str) -> Kit | None:
        kit = self.window.kit
        if kit is None:
            self.window.statusBar().showMessage(hint, 5000)
        return kit

    def web(self) -> None:
        kit = self._kit(
            QCoreApplication.translate("KitExports", "Open a kit to export it as a web press page.")
        )
        if kit is None:
            return
        if self.web_export is None:
            from mediakit.gui.export_web import WebExport

            self.web_export = WebExport(self.window)
        self.web_export.start(kit)

    def sheet(self) -> SheetExport:
        if self._sheet is None:
            from mediakit.gui.export_sheet import SheetExport

            self._sheet = SheetExport(self.window)
        return self._sheet

    def export_sheet(self) -> None:
        kit = self._kit(
            QCoreApplication.translate("KitExports", "Open a kit to export its press sheet.")
        )
        if kit is not None:
            self.sheet().export_pdf(kit, self.window.language, self.window.archive_report)

    def print_sheet(self) -> None:
        kit = self._kit(
            QCoreApplication.translate("KitExports", "Open a kit to print its press sheet.")
        )
        if kit is not None:
            self.sheet().print_sheet(kit, self.window.language, self.window.archive_report)

    def slides(self) -> None:
        kit = self._kit(
            QCoreApplication.translate("KitExports", "Open a kit to export its slides.")
        )
        if kit is None:
            return
        if self._slides is None:
            from mediakit.gui.export_slides import SlidesExport

            self._slides = SlidesExport(self.window)
        self._slides.export_pdf(kit, self.window.language)
