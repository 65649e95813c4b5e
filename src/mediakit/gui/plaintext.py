"""Any text, however large or strange, shown as plain text without freezing
the window.

QPlainTextEdit lays out only the blocks on screen, but each of those whole,
and wrapping a run with no break in it costs the square of the run's length.
So the text is shown in blocks of at most BLOCK_CHARS characters, cut at a
line end or after a space when one is near, else anywhere; the text's own line
ends become line separators inside a block (a block per line would make
100,000 short lines slow to load). Each block maps one to one onto a span of
the original, so copying gives back the text exactly as the kit has it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit, QWidget

# Longest block laid out at once: a screenful of the costliest text (a new
# script at every letter) still lays out in tens of milliseconds.
BLOCK_CHARS = 1000

# Characters Qt would take as block or frame boundaries, each shown as one
# character in their place so that offsets in a block stay those of the text.
_SHOWN_AS = {
    "\n": "\u2028",
    "\r": "\u2028",
    "\u2029": "\u2028",
    "\ufdd0": "\ufffd",
    "\ufdd1": "\ufffd",
}


@dataclass(frozen=True)
class ShownText:
    """``text`` cut into blocks: block i shows ``text[spans[i][0]:spans[i][1]]``."""

    text: str
    spans: list[tuple[int, int]]
    shown: str  # the blocks, joined by the line ends Qt makes blocks of


def shown_text(text: str, limit: int = BLOCK_CHARS) -> ShownText:
    # Every replacement is one character for one: block offsets stay the text's.
    flat = text
    for char, shown in _SHOWN_AS.items():
        flat = flat.replace(char, shown)
    spans: list[tuple[int, int]] = []
    start, end = 0, len(text)
    while True:
        stop = start + limit
        if stop >= end:
            spans.append((start, end))
            break
        cut = text.rfind("\n", start + limit // 2, stop + 1)
        if cut >= 0:  # a line end: the block boundary stands for it
            spans.append((start, cut))
            start = cut + 1
            continue
        cut = text.rfind(" ", start + limit // 2, stop)
        cut = stop if cut < 0 else cut + 1
        spans.append((start, cut))
        start = cut
    return ShownText(text, spans, "\n".join(flat[first:last] for first, last in spans))


class PlainTextView(QPlainTextEdit):
    """Read-only plain text of any size; copying gives the original text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self._text = shown_text("")

    def set_text(self, text: str) -> None:
        self._text = shown_text(text)
        self.setPlainText(self._text.shown)

    def original_text(self) -> str:
        """The text as given, not as cut into blocks for showing."""
        return self._text.text

    def selected_text(self) -> str:
        cursor = self.textCursor()
        start, end = self._offset(cursor.selectionStart()), self._offset(cursor.selectionEnd())
        return self._text.text[start:end]

    def createMimeDataFromSelection(self) -> QMimeData:
        data = QMimeData()
        data.setText(self.selected_text())
        return data

    def _offset(self, position: int) -> int:
        """The offset in the original text of a document position."""
        block = self.document().findBlock(position)
        first, last = self._text.spans[min(block.blockNumber(), len(self._text.spans) - 1)]
        # Qt counts UTF-16 units; Python counts code points.
        units = position - block.position()
        return first + _code_points(self._text.text[first:last], units)


def _code_points(text: str, units: int) -> int:
    """How many code points of ``text`` its first ``units`` UTF-16 units hold."""
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return min(units, len(text))
    count = 0
    for char in text:
        units -= 2 if ord(char) > 0xFFFF else 1
        if units < 0:
            break
        count += 1
    return count
