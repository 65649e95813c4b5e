"""Markdown fields (synopsis, statement, ai_disclosure) as plain paragraphs.

A slide sets its own type, so the Markdown is parsed by Qt (HTML switched
off, nothing loaded: :class:`ConfinedDocument`) and only the words and the
kind of each block are kept: emphasis is dropped, list items get a bullet.
A text too long for any slide deck is cut to SLIDE_TEXT_CHARS; one too costly
for Qt's parser (:mod:`mediakit.gui.textcost`) is split at its blank lines.
"""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtGui import QTextFormat, QTextList, QTextListFormat

from mediakit.gui.markdown import MARKDOWN_FEATURES, ConfinedDocument
from mediakit.gui.textclip import clipped
from mediakit.gui.textcost import too_costly_for_markdown

_BULLET = "•\u00a0\u00a0"  # no-break spaces: the bullet never ends a line alone
SLIDE_TEXT_CHARS = 20_000  # about 25 slides; a real synopsis fits in 3
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def markdown_paragraphs(text: str) -> list[tuple[str, str]]:
    """``(style, text)`` per non-empty block; style is "heading", "quote" or "body"."""
    text = clipped(text, SLIDE_TEXT_CHARS)
    if too_costly_for_markdown(text):
        return [("body", words) for part in _BLANK_LINES.split(text) if (words := _words(part))]
    document = ConfinedDocument()
    document.setMarkdown(text, MARKDOWN_FEATURES)
    result: list[tuple[str, str]] = []
    block = document.begin()
    while block.isValid():
        words = _words(block.text())
        if words:
            fmt = block.blockFormat()
            # None outside a list, whatever the stubs say.
            listed = cast("QTextList | None", block.textList())
            if fmt.headingLevel() > 0:
                result.append(("heading", words))
            elif fmt.intProperty(QTextFormat.Property.BlockQuoteLevel) > 0:
                result.append(("quote", words))
            elif listed is not None:
                style = listed.format().style()
                numbered = style in (
                    QTextListFormat.Style.ListDecimal,
                    QTextListFormat.Style.ListLowerAlpha,
                    QTextListFormat.Style.ListUpperAlpha,
                    QTextListFormat.Style.ListLowerRoman,
                    QTextListFormat.Style.ListUpperRoman,
                )
                marker = listed.itemText(block) + "\u00a0" if numbered else _BULLET
                result.append(("body", marker + words))
            else:
                result.append(("body", words))
        block = block.next()
    return result


def _words(text: str) -> str:
    # Line breaks inside a block (U+2028) read as spaces on a slide.
    return " ".join(text.replace("\u2028", " ").split())
