"""Find in a kit: what a page does to take part, and helpers for the usual widgets.

A section page takes part in Ctrl+F by having two methods (:class:`Findable`):

``find_passages() -> list[Passage]``
    The kit's texts the page shows in the reading language, in reading order,
    each as shown (the words on screen, after typesetting and any cut) with a
    ``target``: whatever the page needs to find it again (a label, a view, a
    row). Interface words (headings, "Email", buttons) are not passages.

``show_matches(hits: Sequence[Hit]) -> None``
    Highlight every hit (spans of passages this page gave), the one with
    ``current`` distinctly, and bring that one into view (switching an article,
    scrolling). An empty sequence clears every highlight.

The find controller (:mod:`mediakit.gui.findcontrol`) asks every page of the
kit for its passages, matches them (:mod:`mediakit.gui.findtext`) and tells
each page its hits; pages keep no find state of their own. A page without
these methods is simply not searched.

A page built of selectable labels and text views joins by naming them, the
object names it already gives them (People, Awards, Credits … do)::

    class AwardsPage(FindInWidgets, ScrolledPage):
        FIND_WIDGETS = frozenset(("termLabel", "termValue"))

A text view paints every hit in it; a label holds one selection, so a label
shows only the current hit, selected. Pages of other widgets write the two
methods (the texts, the stills grid, the articles). Colours are the theme's
``find_match`` and ``find_current`` (and their ``_text``), via :func:`hit_format`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QTextEdit, QWidget

from mediakit.gui import theme
from mediakit.gui.findtext import Utf16Offsets, utf16_offset

Span = tuple[int, int, bool]  # start, end, and whether it is the current match


@dataclass(frozen=True, eq=False)
class Passage:
    """A text a page shows, and what the page finds it by (page-private)."""

    text: str
    target: object


@dataclass(frozen=True)
class Hit:
    """``passage.text[start:end]`` matched; ``current``: the match the reader is on."""

    passage: Passage
    start: int
    end: int
    current: bool = False


@runtime_checkable
class Findable(Protocol):
    def find_passages(self) -> list[Passage]: ...
    def show_matches(self, hits: Sequence[Hit]) -> None: ...


def current_hit(hits: Sequence[Hit]) -> Hit | None:
    return next((hit for hit in hits if hit.current), None)


# Highlights painted in one view at most: those around the current match (a
# thousand extra selections would cost a text view tens of milliseconds a paint).
MAX_SHOWN = 200


def around_current(spans: Sequence[Span], most: int = MAX_SHOWN) -> Sequence[Span]:
    """At most ``most`` of ``spans`` — (start, end, current) — around the current one."""
    if len(spans) <= most:
        return spans
    here = next((i for i, span in enumerate(spans) if span[2]), 0)
    first = max(0, min(here - most // 2, len(spans) - most))
    return spans[first : first + most]


# -- pages of labels and text views ---------------------------------------------


def widget_passages(root: QWidget, names: Collection[str]) -> list[Passage]:
    """The visible labels and text views under ``root`` whose object name is in
    ``names``, in the order they were put on the page (reading order, as the
    pages lay them out): a label's text, or a view's document as plain text."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.objectName() not in names or widget.isHidden():
            continue
        if isinstance(widget, QLabel) and widget.text():
            found.append(Passage(widget.text(), widget))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(Passage(widget.toPlainText(), widget))
    return found


def show_widget_hits(root: QWidget, hits: Sequence[Hit], scroll: QScrollArea | None) -> None:
    """Hits in labels and text views under ``root``: a text view paints all of its
    own; a label holds one selection, so only the current hit is marked in a
    label (selected). The current hit is scrolled into view; the highlights of
    the widgets without hits are cleared."""
    current = current_hit(hits)
    by_widget: dict[int, list[Hit]] = {}
    for hit in hits:
        by_widget.setdefault(id(hit.passage.target), []).append(hit)
    chosen = current.passage.target if current is not None else None
    for label in root.findChildren(QLabel):
        if label is not chosen and label.hasSelectedText():
            label.setSelection(0, 0)
    for view in root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit):
        if id(view) not in by_widget and view.extraSelections():
            view.setExtraSelections([])
    for widget_hits in by_widget.values():
        target = widget_hits[0].passage.target
        if isinstance(target, QTextEdit | QPlainTextEdit):
            units = Utf16Offsets(widget_hits[0].passage.text)
            spans = [(units(h.start), units(h.end), h.current) for h in widget_hits]
            target.setExtraSelections(text_selections(target.document(), spans))
    if current is None:
        return
    target, text = current.passage.target, current.passage.text
    start, end = utf16_offset(text, current.start), utf16_offset(text, current.end)
    if isinstance(target, QLabel):
        target.setSelection(start, end - start)
        if scroll is not None:
            scroll.ensureWidgetVisible(target, 0, scroll.viewport().height() // 3)
    elif isinstance(target, QTextEdit | QPlainTextEdit):
        cursor = QTextCursor(target.document())
        cursor.setPosition(start)
        inner = scroll.widget() if scroll is not None else None
        if scroll is not None and inner is not None:
            spot = target.viewport().mapTo(inner, target.cursorRect(cursor).center())
            scroll.ensureVisible(spot.x(), spot.y(), 0, scroll.viewport().height() // 3)


class FindInWidgets:
    """A page of labels and text views takes part in find by naming them: mix
    this in before the page's class and set :attr:`FIND_WIDGETS` (object names).
    Matches are searched in those widgets and shown by :func:`show_widget_hits`
    (scrolled to in the page's ``scroll_area``, if it has one)."""

    FIND_WIDGETS: frozenset[str] = frozenset()

    def find_passages(self) -> list[Passage]:
        assert isinstance(self, QWidget)
        return widget_passages(self, self.FIND_WIDGETS)

    def show_matches(self, hits: Sequence[Hit]) -> None:
        assert isinstance(self, QWidget)
        show_widget_hits(self, hits, getattr(self, "scroll_area", None))


# -- text views ----------------------------------------------------------------


def hit_format(current: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(theme.colour("find_current" if current else "find_match"))
    fmt.setForeground(theme.colour("find_current_text" if current else "find_match_text"))
    return fmt


def text_selections(
    document: QTextDocument, spans: Sequence[Span]
) -> list[QTextEdit.ExtraSelection]:
    """Extra selections painting ``spans`` — (first, last, current) document
    positions — in the find colours; at most :data:`MAX_SHOWN`, around the current."""
    formats = {False: hit_format(False), True: hit_format(True)}
    selections = []
    for first, last, current in around_current(spans):
        cursor = QTextCursor(document)
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = formats[current]
        selections.append(selection)
    return selections
