"""The slides as a PDF (``mediakit export pdf PATH --slides``): one page for every
screen the room sees, in the show's order, painted by the show's own renderer.

Each page is what :class:`~mediakit.gui.present.audience.AudienceView` paints
for that screen (:mod:`mediakit.gui.present.deck_screens`): the same type,
colours and pagination, in the language given. A text slide that the show
spreads over several screens at this size gives as many pages, as the
presenter steps through them; the film and the trailer are their poster card,
as the room sees them before the film starts. No player is ever made: nothing
plays, no window shows.

The pages are painted onto a :class:`QPdfWriter` at 96 dpi, so a slide of
``size`` pixels is a page of the same aspect (1920×1080 px → 1440×810 pt).
Text stays text — selectable, searchable, its fonts embedded; only stills,
photos and the poster are pictures, decoded at the slide's size.

Presenter notes: QPdfWriter has no way to write annotations (Qt 6.11), so
without ``notes`` the notes are not in the PDF at all. With ``notes``, each
slide page is followed by its notes page (:mod:`mediakit.gui.present.deck_notes`),
or more than one for long notes.

The PDF is made in memory, then written whole or not at all, never over a file
of the kit. Painting blocks (each slide's pictures are decoded on the calling
thread, one slide at a time): call it from a command or a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from mediakit.gui.present.deck_notes import NotesPages
from mediakit.gui.present.deck_screens import offline_renderer, paint_screen, screens
from mediakit.kit.manifest.model import Kit
from mediakit.safeio import atomic_write

DPI = 96  # a slide pixel is a CSS pixel: 1920 px make a 20-inch page
CREATOR = "mediakit"


def write_deck(kit: Kit, output: Path, *, size: QSize, language: str, notes: bool) -> int:
    """Write ``kit``'s slides at ``size`` pixels, in ``language``, to the PDF ``output``;
    with ``notes``, each slide page followed by its notes page (without, the
    presenter notes are not in the PDF: Qt writes no annotations). Returns the
    number of pages written.

    OSError when ``output`` cannot be written or is one of the kit's own files
    (it is then left as it was); an existing other file is replaced — whether it
    may be is the caller's question. Makes the QApplication if there is none."""
    from PySide6.QtGui import QGuiApplication

    from mediakit.gui.app import make_application

    if QGuiApplication.instance() is None:  # a running window's application is left as it is
        make_application()
    data, count = render_deck(kit, size=size, language=language, notes=notes)
    output.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(output, protected=kit.own_files()) as pending:
        pending.file.write(data)
    return count


def render_deck(kit: Kit, *, size: QSize, language: str, notes: bool) -> tuple[bytes, int]:
    """The PDF of :func:`write_deck` as bytes, and its page count."""
    if size.isEmpty():
        raise ValueError(f"slides need a size, not {size.width()}x{size.height()}")
    renderer = offline_renderer(kit, language)
    rect = QRect(0, 0, size.width(), size.height())
    notes_pages = NotesPages(renderer, rect) if notes else None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, size, kit.text(kit.title, language))
    painter = QPainter(writer)
    count = 0
    try:
        for screen in screens(renderer, size):
            pages: list[Callable[[QPainter], None]] = [
                partial(paint_screen, renderer=renderer, rect=rect, screen=screen)
            ]
            if notes_pages is not None:
                pages += notes_pages.pages(screen)
            for paint in pages:
                if count and not writer.newPage():
                    raise OSError(f"the PDF's page {count + 1} could not be started")
                paint(painter)
                count += 1
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), count


def _writer(buffer: QBuffer, size: QSize, title: str) -> QPdfWriter:
    """A PDF writer whose pages are ``size`` pixels at :data:`DPI`, without margins."""
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    points = QSizeF(size.width() * 72 / DPI, size.height() * 72 / DPI)
    # ExactMatch: a size close to a paper's (768x576 pt) must not snap to that paper.
    page = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    return writer
