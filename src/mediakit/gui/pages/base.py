"""What every section page shares: it is given a kit and a language, and
re-renders when the reader switches language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.textclip import label_text
from mediakit.kit.manifest.model import Kit, Text
from mediakit.typography import typeset


class KitPage(QWidget):
    """A section of the window. Subclasses implement :meth:`refresh`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit: Kit | None = None
        self.language = ""

    def show_kit(self, kit: Kit, language: str) -> None:
        self.kit, self.language = kit, language
        self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        if self.kit is not None:
            self.refresh()

    def clear(self) -> None:
        self.kit = None

    def t(self, value: Text | None) -> str:
        """``value`` in the reader's language, with the format's fallbacks, typeset."""
        return typeset(self.kit.text(value, self.language), self.language) if self.kit else ""

    def refresh(self) -> None:
        raise NotImplementedError


class ScrolledPage(KitPage):
    """A page whose content is a column of widgets, rebuilt on each render."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("pageBody")
        # The column's height is its height for the view's width: word-wrapped
        # labels' minimum heights (laid out narrow, so tall) would otherwise make
        # the area show a scroll bar though everything fits.
        inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(40, 28, 40, 40)
        self.column.setSpacing(18)
        scroll.setWidget(inner)
        self.scroll_area = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.heading = heading

    def refresh(self) -> None:
        clear_layout(self.column)
        self.column.addWidget(section_heading(self.heading))
        self.fill()
        self.column.addStretch(1)

    def fill(self) -> None:
        raise NotImplementedError


def clear_layout(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.hide()  # gone from the screen now, not when the event loop deletes it
            widget.deleteLater()
        elif (child := item.layout()) is not None:
            clear_layout(child)


def plain_label(text: str, object_name: str = "", *, selectable: bool = True) -> QLabel:
    """A label that shows kit text as plain text — never as rich text or HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(label_text(text))  # a word-wrapped label lays out all it holds, often
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def section_heading(text: str) -> QLabel:
    return plain_label(text, "sectionHeading", selectable=False)
