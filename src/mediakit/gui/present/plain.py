"""Markdown fields (synopsis, statement, ai_disclosure) as slide paragraphs.

A slide sets its own type, so the Markdown is parsed by Qt (HTML switched
off, nothing loaded: :class:`ConfinedDocument` and ``MARKDOWN_FEATURES``,
the confinement of :mod:`mediakit.gui.markdown`) and what a slide can show
is kept: the words of each block, its kind (heading, quote, body), its list
marker and nesting, and its emphasis, strong and struck-out runs as
:class:`Span` s. Images, links, code and HTML are never loaded nor shown as
such: their words stay, plain. No-break spaces (French typography) are kept.
A text too long for any slide deck is cut to SLIDE_TEXT_CHARS; one too costly
for Qt's parser (:mod:`mediakit.gui.textcost`) is split at its blank lines
and shown plain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from PySide6.QtGui import QFont, QTextBlock, QTextFormat, QTextList, QTextListFormat

from mediakit.gui.markdown import MARKDOWN_FEATURES, ConfinedDocument
from mediakit.gui.textclip import clipped
from mediakit.gui.textcost import too_costly_for_markdown

BULLET = "•\u00a0\u00a0"  # no-break spaces: the bullet never ends a line alone
SLIDE_TEXT_CHARS = 20_000  # about 25 slides; a real synopsis fits in 3
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
# Line breaks and ordinary spaces read as one space on a slide; a no-break
# space (French typography) is not one of them.
_COLLAPSED = frozenset(" \t\n\r\x0b\x0c\u2028\u2029")
_OBJECT = "\ufffc"  # where an image was: nothing is shown
_NUMBERED = (
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
)


@dataclass(frozen=True)
class Span:
    """A run of ``length`` characters from ``start`` set bold, italic or struck out."""

    start: int
    length: int
    bold: bool = False
    italic: bool = False
    strike: bool = False

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass(frozen=True)
class Block:
    """One paragraph of a slide: ``style`` is "heading", "quote" or "body";
    ``marker`` counts the characters of its list marker at the start of
    ``text`` (0 outside a list); ``level`` is its list's nesting (0 outside)."""

    style: str
    text: str
    spans: tuple[Span, ...] = ()
    marker: int = 0
    level: int = 0


_Style = tuple[bool, bool, bool]
_PLAIN: _Style = (False, False, False)


def markdown_blocks(text: str) -> list[Block]:
    """The non-empty blocks of ``text`` (Markdown), in order."""
    text = clipped(text, SLIDE_TEXT_CHARS)
    if too_costly_for_markdown(text):
        return [
            Block("body", words) for part in _BLANK_LINES.split(text) if (words := _words(part))
        ]
    document = ConfinedDocument()
    document.setMarkdown(text, MARKDOWN_FEATURES)
    result: list[Block] = []
    block = document.begin()
    while block.isValid():
        words, spans = _styled(block)
        if words:
            fmt = block.blockFormat()
            # None outside a list, whatever the stubs say.
            listed = cast("QTextList | None", block.textList())
            if fmt.headingLevel() > 0:
                result.append(Block("heading", words, spans))
            elif fmt.intProperty(QTextFormat.Property.BlockQuoteLevel) > 0:
                result.append(Block("quote", words, spans))
            elif listed is not None:
                numbered = listed.format().style() in _NUMBERED
                marker = listed.itemText(block) + "\u00a0" if numbered else BULLET
                shifted = tuple(
                    Span(s.start + len(marker), s.length, s.bold, s.italic, s.strike) for s in spans
                )
                level = max(1, listed.format().indent())
                result.append(Block("body", marker + words, shifted, len(marker), level))
            else:
                result.append(Block("body", words, spans))
        block = block.next()
    return result


def _styled(block: QTextBlock) -> tuple[str, tuple[Span, ...]]:
    """The block's words, spaces collapsed, and the runs set in another style."""
    raw = block.text()
    styles: list[_Style] = [_PLAIN] * len(raw)
    for fragment in block.textFormats():
        fmt = fragment.format
        style = (fmt.fontWeight() >= QFont.Weight.DemiBold.value, fmt.fontItalic(),
                 fmt.fontStrikeOut())  # fmt: skip
        if style != _PLAIN:
            end = min(len(raw), fragment.start + fragment.length)
            styles[fragment.start : end] = [style] * (end - fragment.start)
    chars: list[str] = []
    kept: list[_Style] = []
    space: _Style | None = None  # the style of a run of spaces still to write
    for char, style in zip(raw, styles, strict=True):
        if char in _COLLAPSED:
            if chars and space is None:
                space = style
            continue
        if char == _OBJECT:
            continue
        if space is not None:
            chars.append(" ")
            kept.append(space)
            space = None
        chars.append(char)
        kept.append(style)
    spans: list[Span] = []
    start = 0
    for index in range(1, len(kept) + 1):
        if index == len(kept) or kept[index] != kept[start]:
            if kept[start] != _PLAIN:
                spans.append(Span(start, index - start, *kept[start]))
            start = index
    return "".join(chars), tuple(spans)


def sliced(spans: tuple[Span, ...], start: int, end: int) -> tuple[Span, ...]:
    """``spans`` within ``[start, end)`` of their text, counted from ``start``."""
    result = []
    for span in spans:
        low, high = max(span.start, start), min(span.end, end)
        if low < high:
            result.append(Span(low - start, high - low, span.bold, span.italic, span.strike))
    return tuple(result)


def _words(text: str) -> str:
    # Line breaks inside a block read as spaces on a slide; no-break spaces stay.
    spaced = "".join(" " if c in _COLLAPSED else c for c in text if c != _OBJECT)
    return " ".join(word for word in spaced.split(" ") if word)
