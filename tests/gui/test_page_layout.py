"""The reading pages as a designed press page (issue 10): one left edge for
headings, meta lines and body; body text at a reading measure of about 70
characters; credits and the technical sheet laid out alike."""

from __future__ import annotations

import statistics

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui import theme
from mediakit.gui.markdown import MarkdownView
from mediakit.gui.pages.base import reading_measure
from mediakit.gui.pages.quotes import quote_marks
from mediakit.gui.pages.stills_grid import TileDelegate
from mediakit.gui.window import MainWindow
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait

SIZES = [(1280, 800), (1366, 768), (1024, 640)]
READING_PAGES = ["synopsis", "statement", "ai", "credits", "quotes", "articles", "specs"]
ALL_PAGES = [*READING_PAGES, "contacts", "stills"]


def _shown(qtbot: QtBot, window: MainWindow, section: str, size: tuple[int, int]) -> QWidget:
    window.resize(*size)
    window.show_section(section)
    page = window.page(section)
    qtbot.waitUntil(lambda: page.isVisible() and page.width() > 300)
    QApplication.processEvents()
    return page


def _left(widget: QWidget, page: QWidget) -> int:
    """Where ``widget``'s text (or, for a card, its edge) starts, in ``page``'s coordinates."""
    if isinstance(widget, MarkdownView):
        margin = widget.document().rootFrame().frameFormat().leftMargin()
        start = widget.viewport().mapTo(page, QPoint(0, 0)).x()
        return start + round(widget.document().documentMargin() + margin)
    if isinstance(widget, QLabel):
        return widget.mapTo(page, widget.contentsRect().topLeft()).x() + _effective_indent(widget)
    return widget.mapTo(page, QPoint(0, 0)).x()


def _effective_indent(label: QLabel) -> int:
    # QLabel's documented rule: no indent set and a frame (a style sheet's padding
    # makes one) indents the text by half an "x".
    if label.indent() >= 0:
        return label.indent()
    return label.fontMetrics().horizontalAdvance("x") // 2 if label.frameWidth() > 0 else 0


def _edges(page: QWidget) -> dict[str, int]:
    """The left edge of each visible heading, meta line, body and first column of a page."""
    names = ("sectionHeading", "intro", "articleByline", "quoteCard", "termLabel", "card")
    edges: dict[str, int] = {}
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        name = widget.objectName()
        if name in names or isinstance(widget, MarkdownView):
            key = "markdown" if isinstance(widget, MarkdownView) else name
            edges[key] = min(edges.get(key, 1 << 30), _left(widget, page))
    return edges


@pytest.mark.parametrize("size", SIZES, ids=lambda s: "x".join(map(str, s)))
def test_headings_meta_and_body_share_one_left_edge(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    open_and_wait(qtbot, window, ROPED)
    side = theme.PAGE_MARGINS[0]
    for section in ALL_PAGES:
        page = _shown(qtbot, window, section, size)
        edges = _edges(page)
        if section == "stills":  # its pictures are painted: the first tile's picture
            view = window.stills_page.view
            first = view.visualRect(view.model().index(0, 0))
            edges["tile"] = view.viewport().mapTo(page, first.topLeft()).x() + TileDelegate.PAD
        assert "sectionHeading" in edges and len(edges) >= 2, (section, edges)
        assert set(edges.values()) == {side}, (section, edges)


def _line_lengths(view: MarkdownView) -> list[int]:
    lengths = []
    block = view.document().begin()
    while block.isValid():
        layout: QTextLayout = block.layout()
        lengths += [layout.lineAt(i).textLength() for i in range(layout.lineCount())]
        block = block.next()
    return lengths


@pytest.mark.parametrize("size", SIZES, ids=lambda s: "x".join(map(str, s)))
def test_the_article_reads_at_about_seventy_characters_a_line(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    open_and_wait(qtbot, window, ROPED)
    page = _shown(qtbot, window, "articles", size)
    (view,) = [v for v in page.findChildren(MarkdownView) if v.isVisibleTo(page)]
    qtbot.waitUntil(lambda: view.document().pageCount() > 0)
    # Full lines only: a paragraph's last line is as short as it happens to be.
    full = [n for n in _line_lengths(view) if n > 40]
    assert len(full) > 20
    assert max(full) <= 85
    assert 60 <= statistics.median(full) <= 80


def test_the_text_scrolls_at_the_window_edge_not_beside_the_column(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_and_wait(qtbot, window, ROPED)
    page = _shown(qtbot, window, "articles", (1280, 800))
    (view,) = [v for v in page.findChildren(MarkdownView) if v.isVisibleTo(page)]
    bar = view.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    right = bar.mapTo(page, QPoint(bar.width(), 0)).x()
    assert right == page.width()


def _rows(page: QWidget) -> list[tuple[QLabel, QLabel]]:
    labels = sorted(page.findChildren(QLabel, "termLabel"), key=lambda w: w.y())
    values = sorted(page.findChildren(QLabel, "termValue"), key=lambda w: w.y())
    assert len(labels) == len(values) > 0
    return list(zip(labels, values, strict=True))


def test_credits_and_specs_are_laid_out_alike(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    columns = []
    for section in ("credits", "specs"):
        page = _shown(qtbot, window, section, (1280, 800))
        rows = _rows(page)
        columns.append({label.mapTo(page, QPoint()).x() for label, _ in rows})
        for label, value in rows:
            # Each label's first line sits on its value's first baseline.
            label_base = label.y() + label.contentsMargins().top() + label.fontMetrics().ascent()
            value_base = value.y() + value.contentsMargins().top() + value.fontMetrics().ascent()
            assert abs(label_base - value_base) <= 1, (section, label.text())
            assert value.x() > label.x() + label.width()  # values in a column of their own
    assert columns[0] == columns[1] == {theme.PAGE_MARGINS[0]}


def test_cards_keep_to_the_reading_measure(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    page = _shown(qtbot, window, "quotes", (1366, 768))
    cards = [card for card in page.findChildren(QFrame, "quoteCard") if card.isVisibleTo(page)]
    assert len(cards) == 2
    assert {card.width() for card in cards} == {reading_measure()}


@pytest.mark.parametrize(
    ("language", "marks"),
    [
        ("fr", ("«\u00a0", "\u00a0»")),
        ("en", ("“", "”")),
        ("de", ("„", "“")),
        ("ja", ("「", "」")),
        ("xx", ("“", "”")),  # a language Qt does not know: English marks, not straight ones
        ("", ("“", "”")),
    ],
)
def test_quote_marks_come_from_the_locale(language: str, marks: tuple[str, str]) -> None:
    assert quote_marks(language) == marks
