"""A kit's markdown text on a page: formatted when Qt can lay it out quickly,
else shown plain under a short notice — never a frozen window.

Which one is decided before Qt sees the text (:mod:`mediakit.gui.textcost`):
a text of strangers can take Qt minutes to lay out (one 1 MiB word: 92 s).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mediakit.gui.markdown import MarkdownView
from mediakit.gui.plaintext import PlainTextView
from mediakit.gui.textcost import too_costly_for_markdown


def plain_notice() -> str:
    return QCoreApplication.translate(
        "KitTextView",
        "This text is shown without formatting: it is too large or too unusual to lay out quickly.",
    )


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
