"""Markdown shown by Qt, confined: nothing is ever loaded, links open only
on an explicit click and only for safe schemes.

``QTextBrowser`` would otherwise fetch ``<img src=…>`` and follow relative
links on its own; HTML in the source is switched off altogether, so a kit's
text can neither run nor fetch anything.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mediakit.gui.external import open_link

log = logging.getLogger(__name__)

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
        self.document().setMarkdown(text, MARKDOWN_FEATURES)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Images, style sheets, anything: never loaded, from anywhere.
        log.info("not loading %s named in a kit text", QUrl(name).toString())
        return None
