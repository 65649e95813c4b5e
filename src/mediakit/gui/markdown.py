"""Markdown shown by Qt, confined: nothing is ever loaded, links open only
on an explicit click and only for safe schemes.

``QTextBrowser`` would otherwise fetch ``<img src=…>`` and follow relative
links on its own; HTML in the source is switched off altogether, so a kit's
text can neither run nor fetch anything.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mediakit.gui.external import open_link

log = logging.getLogger(__name__)

# About 80 characters of body text: longer lines tire the eye.
READING_WIDTH = 860

MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class MarkdownView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(open_link)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)

    def set_markdown(self, text: str) -> None:
        document = self.document()
        document.setMarkdown(text, MARKDOWN_FEATURES)
        space_paragraphs(document)
        self.moveCursor(QTextCursor.MoveOperation.Start)  # a new text reads from its top

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Images, style sheets, anything: never loaded, from anywhere.
        log.info("not loading %s named in a kit text", QUrl(name).toString())
        return None


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
