"""Export ▸ Slides (PDF)…: the show left behind after the meeting.

The deck is painted by the show's own renderer
(:func:`mediakit.gui.present.deck_pdf.render_deck`) at 1920×1080, in the
window's reading language, without the presenter's notes (they are the
presenter's; ``mediakit export pdf --slides --notes`` adds notes pages). It
is painted in the pool — a QPdfWriter and QImages, no widget, so off the GUI
thread is allowed — and written whole or not at all, never over a kit's file.
The save dialog starts in Documents with ``<kit-id>-slides.pdf``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from mediakit.gui.export_file import FileExport
from mediakit.kit.manifest.model import Kit
from mediakit.safeio import atomic_write

SLIDE_SIZE = QSize(1920, 1080)  # the room's screen, as `export pdf --slides` makes it


def _make(kit: Kit, language: str, output: Path) -> tuple[Path, int]:
    """In a worker: the deck painted, then written."""
    from mediakit.gui.present.deck_pdf import render_deck

    data, pages = render_deck(kit, size=SLIDE_SIZE, language=language, notes=False)
    with atomic_write(output, protected=kit.own_files()) as pending:
        pending.file.write(data)
    return output, pages


class SlidesExport(FileExport):
    """The window's kit's slides, to a PDF file."""

    def export_pdf(self, kit: Kit, language: str) -> None:
        """Ask where, then paint and write the slides of ``kit`` in ``language``."""
        if self.busy:
            self.problem.emit(self.tr("The slides are already being made."))
            return
        output = self.ask_pdf(self.tr("Export the slides"), f"{kit.id}-slides.pdf")
        if output is None:
            return
        self.busy = True
        self.runner.run(
            lambda: _make(kit, language, output), self._written, lambda e: self._failed(output, e)
        )

    def _written(self, done: tuple[Path, int]) -> None:
        output, pages = done
        self.saved(output, self.tr("Slides saved: {file} (%n page(s))", None, pages))

    def _failed(self, output: Path, error: BaseException) -> None:
        self.failed(output, error, self.tr("Cannot save the slides to {file}: {reason}"))
