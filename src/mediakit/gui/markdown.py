"""Markdown shown by Qt, confined: nothing is ever loaded, links open only
on an explicit click and only for safe schemes.

``QTextBrowser`` would otherwise follow links on its own, and when a widget's
``loadResource`` gives nothing, ``QTextDocument`` falls back to reading any
local file an image names (``![x](file:///…)``, ``../secret.png``) — seen here
with inotify. So the document itself is replaced by one that loads nothing,
and HTML in the source is switched off altogether: a kit's text can neither
run nor fetch nor read anything.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QUrl
from PySide6.QtGui import QImage, QResizeEvent, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mediakit.gui import theme
from mediakit.gui.external import open_link

log = logging.getLogger(__name__)

MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class ConfinedDocument(QTextDocument):
    """A document that never loads a resource: images show as nothing."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        log.info("not loading %s named in a kit text", QUrl(name).toString())
        # A value, not None: None would let Qt fall back to reading the file.
        return QImage() if kind == QTextDocument.ResourceType.ImageResource.value else QByteArray()


class MarkdownView(QTextBrowser):
    """Kit markdown, wrapped at the reading measure however wide the view: the
    view itself spans the page, so its scroll bar sits at the window's edge,
    not in the middle of the page beside a narrow column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(ConfinedDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(open_link)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)

    def measure(self) -> int:
        return theme.measure_width(self.font())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text zoom: the measure follows
            self._wrap()

    def _wrap(self) -> None:
        width = max(1, min(self.measure(), self.viewport().width()))
        if self.lineWrapColumnOrWidth() != width:
            self.setLineWrapColumnOrWidth(width)

    def set_markdown(self, text: str) -> None:
        # Built apart, then swapped in: a document already shown would be laid
        # out again at every block the parser adds (ten times slower).
        document = ConfinedDocument(self)
        document.setDefaultFont(self.font())
        # Its text starts at the page's left edge, as headings do; the page's
        # bottom margin comes after its last line.
        document.setDocumentMargin(0)
        frame = document.rootFrame().frameFormat()
        frame.setBottomMargin(theme.PAGE_MARGINS[3])
        document.rootFrame().setFrameFormat(frame)
        document.setMarkdown(text, MARKDOWN_FEATURES)
        space_paragraphs(document)
        self.setDocument(document)  # the old one, a child of this view, is deleted
        self._wrap()  # the style sheet's font may have come since the last resize
        self.moveCursor(QTextCursor.MoveOperation.Start)  # a new text reads from its top

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Links followed inside the browser would load through here: nothing is.
        return self.document().loadResource(kind, QUrl(name))


def space_paragraphs(document: QTextDocument, after: float = 12, line_height: float = 135) -> None:
    """Give paragraphs air: Qt's markdown blocks come with no space between them."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        fmt = QTextBlockFormat(block.blockFormat())
        if block.textList() is None:
            fmt.setBottomMargin(max(fmt.bottomMargin(), after))
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()
