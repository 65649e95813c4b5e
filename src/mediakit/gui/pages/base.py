"""What every section page shares: it is given a kit and a language, and
re-renders when the reader switches language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
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
    """A page whose content is a column of widgets, rebuilt on each render, kept
    to the reading measure at the page's left edge; the page scrolls as a whole,
    its scroll bar at the window's edge."""

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
        self.column.setSpacing(theme.SPACING["xl"])
        self.measure = MeasureKeeper(inner, self.column)
        scroll.setWidget(inner)
        self.scroll_area = scroll
        scroll.setAccessibleName(heading)  # it takes the focus: what Orca says of it
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


def reading_font() -> QFont:
    """The type kit texts are read in (the style sheet's ``#markdown``)."""
    font = QFont(theme.SERIF_FAMILY)
    font.setPixelSize(theme.reading_px())  # at the reader's text zoom
    return font


def reading_measure() -> int:
    """The width, in pixels, of a line of body text."""
    return theme.measure_width(reading_font())


class MeasureKeeper(QObject):
    """Keeps ``layout`` (of ``widget``) to the page margins and, however wide the
    window, no wider than the reading measure: its right margin takes the rest.

    Margins rather than a maximum width on each child: every child, whatever
    its size policy, then starts at the same left edge and stops at the same right one.
    """

    def __init__(self, widget: QWidget, layout: QLayout, margins: QMargins | None = None) -> None:
        super().__init__(widget)
        self._layout = layout
        self._margins = margins if margins is not None else theme.page_margins()
        self.width = reading_measure()
        self._apply(widget.width())
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            self.width = reading_measure()  # the text zoom changed the reading type
            self._apply(watched.width())
        elif event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._apply(watched.width())
        return False

    def _apply(self, available: int) -> None:
        margins = QMargins(self._margins)
        margins.setRight(max(margins.right(), available - margins.left() - self.width))
        if self._layout.contentsMargins() != margins:
            self._layout.setContentsMargins(margins)


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
    # Else a label the style sheet pads indents its text by half an "x": off the page's edge.
    label.setIndent(0)
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
