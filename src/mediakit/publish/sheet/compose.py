"""The sheet put together: the header across the page, the reading column
(synopsis, quotes, AI use), the side column (picture, credits, specs,
contacts) and the foot on every page (content hash, date, "made with
mediakit", the page number when there are two)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLineF, QRectF
from PySide6.QtGui import QImage, QPagedPaintDevice

from mediakit.colours import PAPER
from mediakit.publish.sheet import layout as design
from mediakit.publish.sheet import words
from mediakit.publish.sheet.content import SheetContent
from mediakit.publish.sheet.paper import Paper
from mediakit.publish.sheet.render import (
    Column,
    SheetPainter,
    draw_image,
    draw_rule,
    format_date,
    quoted,
)

KEEP_WITH_HEADING = 3  # body lines a heading needs below it, or it moves to the next page


def draw_sheet(
    device: QPagedPaintDevice,
    paper: Paper,
    content: SheetContent,
    image: QImage | None,
    today: QDate | None = None,
) -> int:
    """Draw the sheet on ``device`` (its page set to ``paper``, no margins); the page count."""
    sheet = SheetPainter(device, paper, content)
    top = _header(sheet, content)
    grid, pt = sheet.grid, sheet.pt
    frames = [(top, pt(grid.bottom)), (pt(grid.top), pt(grid.bottom))]
    reading = Column(pt(grid.left), pt(grid.reading_width), list(frames))
    side = Column(pt(grid.side_left), pt(grid.side_width), list(frames))
    if image is not None and not image.isNull():
        _picture(sheet, side, image, content.image_credit)
    _reading(sheet, reading, content)
    _side(sheet, side, content)
    pages = 1 + max(page for page, _ in [(0, None), *reading.ops, *side.ops])
    for page in range(pages):
        _foot(sheet, content, page, pages, today or QDate.currentDate())
    sheet.paint([*sheet.ops, *reading.ops, *side.ops], pages)
    return pages


def _header(sheet: SheetPainter, content: SheetContent) -> float:
    """Kind · year · runtime, the title, the logline and a hairline; where the columns start."""
    grid, pt = sheet.grid, sheet.pt
    header = Column(pt(grid.left), pt(grid.right - grid.left), [(pt(grid.top), pt(grid.height))])
    meta = " · ".join(part for part in (content.kind, content.year, content.runtime) if part)
    sheet.place(header, meta, design.META)
    sheet.place(header, content.title, design.TITLE)
    sheet.place(header, content.logline, design.LOGLINE)
    sheet.ops.extend(header.ops)
    y = header.y + pt(8)
    sheet.rule(None, 0, pt(grid.left), pt(grid.right), y)
    return y + pt(6)


def _picture(sheet: SheetPainter, side: Column, image: QImage, credit: str) -> None:
    """The poster or still at the side column's top: its width, or less when tall."""
    top, bottom = side.frames[0]
    width = side.width
    height = width * image.height() / max(1, image.width())
    most = (bottom - top) * design.IMAGE_SHARE
    if height > most:
        width, height = width * most / height, most
    side.y = top + sheet.pt(3)
    side.ops.append((0, draw_image(image, QRectF(side.x, side.y, width, height))))
    side.y += height
    sheet.place(side, credit, design.CREDIT_LINE)


def keep(sheet: SheetPainter, column: Column, lines: int) -> None:
    """Go to the next page now unless ``lines`` lines still fit on this one: a contact,
    a credit's role and names, a spec's label and value stay together."""
    needed = lines * sheet.line_height(design.VALUE)
    if column.y + needed > column.frames[column.page][1] and column.page + 1 < len(column.frames):
        column.page += 1
        column.y = column.frames[column.page][0]


def heading(sheet: SheetPainter, column: Column, text: str) -> None:
    """A section's label, moved to the next page rather than left alone at a foot."""
    keep(sheet, column, 1 + KEEP_WITH_HEADING)
    sheet.place(column, words.word(sheet.language, text), design.HEADING)


def _reading(sheet: SheetPainter, column: Column, content: SheetContent) -> None:
    language = content.language
    if content.synopsis:
        heading(sheet, column, words.SYNOPSIS)
        for paragraph in content.synopsis:
            sheet.place(column, paragraph, design.BODY)
    if content.quotes:
        heading(sheet, column, words.QUOTES)
    for quote in content.quotes:
        start_page, start_y = column.page, column.y + sheet.pt(design.QUOTE.before)
        sheet.place(column, quoted(quote.text, language), design.QUOTE, design.QUOTE_INDENT_PT)
        if column.page == start_page and not column.full:
            bar = QLineF(column.x, start_y, column.x, column.y)
            width = sheet.pt(design.QUOTE_BAR_PT)
            column.ops.append((start_page, draw_rule(bar, PAPER["accent"], width)))
        said = [quote.attribution]
        if quote.date:
            said.append(format_date(QDate.fromString(quote.date, "yyyy-MM-dd"), language))
        if quote.note:
            said.append(quote.note)
        who = "— " + ", ".join(part for part in said if part)
        sheet.place(column, who, design.ATTRIBUTION, design.QUOTE_INDENT_PT)
    if content.ai_use:
        heading(sheet, column, words.AI_USE)
        sheet.place(column, content.ai_use, design.BODY)
    if content.contacts:
        heading(sheet, column, words.CONTACTS)
        for contact in content.contacts:
            keep(
                sheet,
                column,
                1 + sum(1 for part in (contact.role, contact.email, contact.phone) if part),
            )
            sheet.place(column, contact.name, design.NAME)
            for line in (contact.role, contact.email, contact.phone):
                sheet.place(column, line, design.VALUE)
            column.y += sheet.pt(4)


def _side(sheet: SheetPainter, column: Column, content: SheetContent) -> None:
    if content.credits:
        heading(sheet, column, words.CREDITS)
        for credit in content.credits:
            keep(sheet, column, 2)
            sheet.place(column, credit.role, design.LABEL)
            sheet.place(column, credit.names, design.NAME)
        if content.more_credits:
            one = content.more_credits == 1
            more = words.word(content.language, words.MORE_CREDIT if one else words.MORE_CREDITS)
            sheet.place(column, more.format(count=content.more_credits), design.NOTE)
    if content.specs:
        heading(sheet, column, words.SPECS)
        for spec in content.specs:
            keep(sheet, column, 2)
            sheet.place(column, spec.label, design.LABEL)
            sheet.place(column, spec.value, design.VALUE)


def _foot(sheet: SheetPainter, content: SheetContent, page: int, pages: int, today: QDate) -> None:
    grid, pt = sheet.grid, sheet.pt
    y = pt(grid.foot_top)
    sheet.rule(None, page, pt(grid.left), pt(grid.right), y - pt(5))
    foot = Column(pt(grid.left), pt(grid.right - grid.left), [(y, pt(grid.height))])
    if content.content_hash:
        sentence = words.CONTENT_HASH if content.packed else words.FOLDER_HASH
        text = words.word(content.language, sentence).format(hash=content.content_hash)
        sheet.place(foot, text, design.FOOT)
    made = words.word(content.language, words.FOOT).format(
        date=format_date(today, content.language)
    )
    if pages > 1:
        numbered = words.word(content.language, words.PAGE).format(page=page + 1, count=pages)
        made = f"{made} · {numbered}"
    sheet.place(foot, made, design.FOOT)
    sheet.ops.extend((page, draw) for _, draw in foot.ops)
