"""The press sheet as a PDF file: Qt's own PDF output (QPdfWriter), its fonts
embedded (TrueType subsets: the text stays selectable and searchable), its
title, author and creator set; written whole or not at all, never over a
file of the kit, and over an existing file only when asked.

:func:`print_sheet` draws the same pages on a printer (a ``QPrinter`` the
window's print dialog set up): the one drawing, two devices.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QMarginsF
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from mediakit.publish.sheet import words
from mediakit.publish.sheet.compose import draw_sheet
from mediakit.publish.sheet.content import SheetContent
from mediakit.publish.sheet.layout import image_box_pixels
from mediakit.publish.sheet.paper import Paper
from mediakit.safeio import atomic_write

CREATOR = "mediakit"
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 1200  # device units an inch: text and rules placed to 1/1200 inch


class OutputExistsError(FileExistsError):
    """The output exists and replacing it was not asked for."""


@dataclass(frozen=True)
class SheetFile:
    path: Path
    pages: int
    paper: Paper
    size: int  # bytes


def page_layout(paper: Paper) -> QPageLayout:
    """``paper`` upright with no margins of Qt's: the sheet keeps its own (15 mm)."""
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
    )


def pdf_title(content: SheetContent) -> str:
    return words.word(content.language, words.TITLE).format(title=content.title)


def render_pdf(
    content: SheetContent, image: QImage | None, paper: Paper, today: QDate | None = None
) -> tuple[bytes, int]:
    """The PDF's bytes and its page count."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(paper))
    writer.setResolution(RESOLUTION)
    writer.setTitle(pdf_title(content))
    writer.setAuthor(content.author)
    writer.setCreator(CREATOR)
    pages = draw_sheet(writer, paper, content, image, today)
    del writer  # finishes the file into the buffer
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(
    content: SheetContent,
    image: QImage | None,
    output: Path,
    paper: Paper,
    *,
    replace: bool = False,
    protected: Collection[Path] = (),
    today: QDate | None = None,
) -> SheetFile:
    """Write the sheet to ``output``. OutputExistsError when it exists and not
    ``replace``; OSError when it cannot be written (a kit's own file, a folder …)."""
    if not replace and os.path.lexists(output):
        raise OutputExistsError(str(output))
    data, pages = render_pdf(content, image, paper, today)
    output.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(output, protected=protected) as pending:
        if not replace and os.path.lexists(output):  # appeared while drawing
            raise OutputExistsError(str(output))
        pending.file.write(data)
    return SheetFile(output, pages, paper, len(data))


def print_sheet(
    device: QPagedPaintDevice, content: SheetContent, image: QImage | None, paper: Paper
) -> int:
    """Draw the sheet on a printer set up for ``paper``, in full-page mode (the
    caller's ``QPrinter.setFullPage(True)``: the sheet keeps its own margins); the
    page count."""
    device.setPageLayout(page_layout(paper))
    return draw_sheet(device, paper, content, image)


def decode_image(path: Path, paper: Paper) -> QImage | None:
    """The sheet's picture decoded at print size (:data:`PRINT_DPI`) — bounded, EXIF
    orientation applied (:func:`mediakit.media.images.decode`) — or None when it
    does not decode: the sheet is made without it. Runs in a worker."""
    from mediakit.media.decoding import DecodeError
    from mediakit.media.images import decode

    try:
        image = decode(path, image_box_pixels(paper))
    except (DecodeError, OSError):
        return None
    return None if image.isNull() else image
