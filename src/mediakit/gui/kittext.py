"""A kit's markdown text on a page: formatted when Qt can lay it out quickly,
else shown plain under a short notice — never a frozen window.

Which one is decided before Qt sees the text (:mod:`mediakit.gui.textcost`):
a text of strangers can take Qt minutes to lay out (one 1 MiB word: 92 s).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from mediakit.gui.find import Span, text_selections
from mediakit.gui.findtext import Utf16Offsets
from mediakit.gui.markdown import MARKDOWN_FEATURES, ConfinedDocument, MarkdownView
from mediakit.gui.plaintext import PlainTextView, shown_text
from mediakit.gui.textcost import too_costly_for_markdown


def plain_notice() -> str:
    return QCoreApplication.translate(
        "KitTextView",
        "This text is shown without formatting: it is too large or too unusual to lay out quickly.",
    )


def shown_plain_text(text: str) -> str:
    """The words a :class:`KitTextView` shows for markdown ``text`` (what
    :meth:`KitTextView.plain_text` gives once shown), without showing it."""
    if too_costly_for_markdown(text):
        return text
    document = ConfinedDocument()
    document.setMarkdown(text, MARKDOWN_FEATURES)
    return document.toPlainText()


class KitTextView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.notice = QLabel()
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.markdown = MarkdownView(self)
        self.markdown.setObjectName("markdown")  # the style sheet sets reading type on it
        self.plain = PlainTextView(self)
        self.plain.setFrameShape(PlainTextView.Shape.NoFrame)
        self.plain.hide()
        layout.addWidget(self.notice)
        layout.addWidget(self.markdown, 1)
        layout.addWidget(self.plain, 1)

    def set_markdown(self, text: str) -> None:
        self.show_hits([])  # find's highlights were of the text before
        formatted = not too_costly_for_markdown(text)
        if formatted:
            self.plain.set_text("")
            self.markdown.set_markdown(text)
        else:
            self.markdown.clear()
            self._match_reading_type()
            self.notice.setText(plain_notice())
            self.plain.set_text(text)
        self.notice.setVisible(not formatted)
        self.markdown.setVisible(formatted)
        self.plain.setVisible(not formatted)

    def formatted(self) -> bool:
        """Whether the text is shown as markdown (else it is plain, under the notice)."""
        return not self.markdown.isHidden()

    def plain_text(self) -> str:
        return self.markdown.toPlainText() if self.formatted() else self.plain.original_text()

    def clear(self) -> None:
        self.set_markdown("")

    def set_accessible_name(self, name: str) -> None:
        """What a screen reader calls the text, formatted or plain."""
        self.markdown.setAccessibleName(name)
        self.plain.setAccessibleName(name)

    def _match_reading_type(self) -> None:
        # The style sheet names the markdown view only: the plain one takes its type and colours.
        self.markdown.ensurePolished()
        self.plain.setFont(self.markdown.font())
        self.plain.setPalette(self.markdown.palette())

    # -- find in a kit (mediakit.gui.find) -------------------------------------

    def show_hits(self, spans: Sequence[Span]) -> None:
        """Highlight ``spans`` — (start, end, current) offsets of :meth:`plain_text`
        — and scroll the current one into view; no spans: no highlights."""
        if not spans:  # cheap: called with every new text
            for shown in (self.markdown, self.plain):
                if shown.extraSelections():
                    shown.setExtraSelections([])
            return
        view: QTextEdit | QPlainTextEdit = self.markdown if self.formatted() else self.plain
        text = self.plain_text()
        position = self._position_in(text)
        positions = [(position(a), position(b), current) for a, b, current in spans]
        view.setExtraSelections(text_selections(view.document(), positions))
        current = next((first for first, _, is_current in positions if is_current), None)
        if current is not None:
            cursor = QTextCursor(view.document())
            cursor.setPosition(current)
            view.setTextCursor(cursor)  # the keyboard reads on from the match
            bar = view.verticalScrollBar()
            top = view.cursorRect(cursor).top()
            if not 0 <= top < view.viewport().height() - view.cursorRect(cursor).height():
                bar.setValue(bar.value() + top - view.viewport().height() // 3)

    def extra_selections(self) -> list[QTextEdit.ExtraSelection]:
        view: QTextEdit | QPlainTextEdit = self.markdown if self.formatted() else self.plain
        return view.extraSelections()

    def _position_in(self, text: str) -> Callable[[int], int]:
        """Offset of ``text`` (as :meth:`plain_text` gives it) → document position."""
        units = Utf16Offsets(text)
        if self.formatted():  # the document's plain text, one to one
            return units
        spans = shown_text(text).spans  # the plain view's blocks
        lasts = [last for _, last in spans]
        document = self.plain.document()

        def position(offset: int) -> int:
            block = min(bisect_left(lasts, offset), len(spans) - 1)
            start = document.findBlockByNumber(block).position()
            return start + units(offset) - units(spans[block][0])

        return position
