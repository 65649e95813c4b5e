"""Kit texts that Qt would take seconds or minutes to lay out are shown as plain
text under a notice; ordinary ones are formatted as before. What is shown is
checked here, never how long it took: bench/text_layout.py times it."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QTextCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mediakit.gui.app import make_application
from mediakit.gui.header import HEADER_CHARS, KitHeader
from mediakit.gui.kittext import plain_notice
from mediakit.gui.pages.articles import ArticlesPage
from mediakit.gui.pages.quotes import QuotesPage
from mediakit.gui.pages.text import TextPage
from mediakit.gui.plaintext import BLOCK_CHARS, PlainTextView, shown_text
from mediakit.gui.present.slides import SlideRenderer
from mediakit.gui.present.stills import StillSource
from mediakit.gui.textclip import LABEL_CHARS, LABEL_LINES, breakable, clipped, label_text
from mediakit.gui.textcost import (
    BLOCK_US,
    BUDGET_MS,
    CHAR_US,
    MARKUP_US,
    NON_ASCII_US,
    RUN_SQUARED_US,
    SCRIPT_RUN_US,
    LayoutCost,
    markdown_cost,
    table_cells,
    too_costly_for_markdown,
)
from mediakit.kit import load
from mediakit.kit.manifest.model import Article, Kit, Quote, Text
from mediakit.kit.manifest.presentation import SlideSpec
from mediakit.tasks import TaskRunner
from tests.conftest import ROPED

MIB = 1024 * 1024
BUDGET_US = BUDGET_MS * 1000


def table(rows: int, columns: int) -> str:
    head = "|" + " h |" * columns + "\n|" + "---|" * columns + "\n"
    return head + ("|" + " cell |" * columns + "\n") * rows


def junk(size: int) -> str:
    printable = bytes(32 + n % 95 for n in range(256))
    return random.Random(2).randbytes(size).translate(printable).decode("ascii")


def prose(size: int) -> str:
    words = ["the", "rope", "pulls", "her", "across", "salt", "flats", "and", "burnt", "forests"]
    pick = random.Random(1).choice
    paragraphs = (" ".join(pick(words) for _ in range(90)) + "." for _ in range(size // 400 + 1))
    return "\n\n".join(paragraphs)[:size]


COSTLY = {
    "one 1 MiB word": "a" * MIB,
    "256 KiB table": table(256 * 1024 // 27, 4),
    "a short table of 2,000 cells": table(400, 5),
    "2 MiB of [": "[" * (2 * MIB),
    "2 MiB of backticks": "`" * (2 * MIB),
    "2 MiB of *": "*" * (2 * MIB),
    "2 MiB of _": "_" * (2 * MIB),
    "2 MiB of nested >": ">" * (2 * MIB - 2) + " x",
    "lists nested 1,400 deep": "".join("  " * i + "- x\n" for i in range(1400)),
    "100,000 short lines": "line\n" * 100_000,
    "300,000 links": "[a](b) " * 300_000,
    "a 2 MiB line of |": "|" * (2 * MIB),
    "2 MiB of &#123;": "&#123;" * (2 * MIB // 6),
    "2 MiB of printable junk": junk(2 * MIB),
    "1 MiB of prose": prose(MIB),
    "a word of 60,000 letters": "a" * 60_000,
    "scripts alternating at each letter": "аα" * 10_000,
}


def kit_with(synopsis: str = "", **fields: object) -> Kit:
    """A kit whose synopsis is ``synopsis``, with ``fields`` (Text or tuples) replaced."""
    kit = Kit(Path(), 1, "t", Text({"en": "T"}), synopsis=Text({"en": synopsis}))
    return dataclasses.replace(kit, **fields)  # type: ignore[arg-type]


@pytest.fixture
def page(qtbot: QtBot) -> TextPage:
    make_application()  # the style sheet the plain view takes its type from
    result = TextPage("Synopsis", lambda kit: kit.synopsis)
    qtbot.addWidget(result)
    result.resize(900, 600)
    result.show()
    return result


# -- what the page shows ------------------------------------------------------------


@pytest.mark.parametrize("name", COSTLY)
def test_a_costly_text_is_shown_plain_under_a_notice(page: TextPage, name: str) -> None:
    text = COSTLY[name]
    page.show_kit(kit_with(text), "en")
    view = page.view
    assert not view.formatted()
    assert view.notice.isVisible()
    assert view.notice.text() == plain_notice()
    assert view.plain.isVisible() and not view.markdown.isVisible()
    assert page.plain_text() == text  # all of it, as written
    # Shown in blocks Qt lays out one at a time, each short.
    blocks = view.plain.document().blockCount()
    assert blocks >= len(text) // BLOCK_CHARS
    assert max(end - start for start, end in shown_text(text).spans) <= BLOCK_CHARS


def test_ordinary_markdown_is_formatted(page: TextPage) -> None:
    text = "# A heading\n\nSome *emphasis*, **strong**, a [link](https://example.org).\n\n- one\n"
    page.show_kit(kit_with(text), "en")
    view = page.view
    assert view.formatted()
    assert not view.notice.isVisible() and view.markdown.isVisible()
    document = view.markdown.document()
    assert document.begin().text() == "A heading"
    assert document.begin().blockFormat().headingLevel() == 1
    emphasis = document.find("emphasis")
    assert emphasis.charFormat().fontItalic()
    strong = document.find("strong")
    assert strong.charFormat().fontWeight() > 400
    assert document.find("link").charFormat().anchorHref() == "https://example.org"
    assert document.find("one").block().textList() is not None


def test_a_page_goes_back_to_formatted_after_a_costly_text(page: TextPage) -> None:
    page.show_kit(kit_with("a" * MIB), "en")
    assert not page.view.formatted()
    page.show_kit(kit_with("*fine*"), "en")
    assert page.view.formatted()
    assert not page.view.notice.isVisible() and not page.view.plain.isVisible()
    assert page.plain_text() == "fine"
    assert page.view.plain.original_text() == ""  # the large text is let go


def test_every_roped_text_is_formatted() -> None:
    kit = load(ROPED).kit
    assert kit is not None
    texts = [kit.synopsis, kit.statement, kit.ai_disclosure, *(a.body for a in kit.articles)]
    for text in texts:
        assert text is not None
        for value in text.values.values():
            assert not too_costly_for_markdown(value), value[:60]


def test_a_costly_article_is_shown_plain(qtbot: QtBot) -> None:
    make_application()
    page = ArticlesPage()
    qtbot.addWidget(page)
    page.show()
    body = "&#123;" * (MIB // 6)
    article = Article(Text({"en": "Headline"}), "Paper", Text({"en": body}))
    page.show_kit(kit_with("", articles=(article,)), "en")
    assert not page.body.formatted()
    assert page.body.notice.isVisible()
    assert page.body.plain_text() == body


# -- the estimate, at its edges -----------------------------------------------------


def largest(cost_us: Callable[[int], float]) -> int:
    """The largest n whose cost in µs, ``cost_us(n)``, is within the budget."""
    low, high = 0, 10_000_000
    while low < high:
        middle = (low + high + 1) // 2
        if cost_us(middle) <= BUDGET_US:
            low = middle
        else:
            high = middle - 1
    return low


def test_the_budget_is_the_edge() -> None:
    assert not LayoutCost(BUDGET_MS, "size").too_costly
    assert LayoutCost(BUDGET_MS + 0.01, "size").too_costly


def test_size_edge() -> None:
    # "a " * n: 2n characters, one script run, nothing else.
    n = largest(lambda n: 2 * n * CHAR_US + SCRIPT_RUN_US)
    assert not too_costly_for_markdown("a " * n)
    assert too_costly_for_markdown("a " * (n + 1))
    assert markdown_cost("a " * (n + 1)).worst == "size"


def test_unbreakable_run_edge() -> None:
    n = largest(lambda n: n * CHAR_US + n * n * RUN_SQUARED_US + SCRIPT_RUN_US)
    assert 10_000 < n < 100_000  # a real word is under 50 letters; a URL under 2,000
    assert not too_costly_for_markdown("a" * n)
    assert too_costly_for_markdown("a" * (n + 1))
    assert markdown_cost("a" * (n + 1)).worst == "run"


def test_lines_edge() -> None:
    n = largest(lambda n: n * (CHAR_US + BLOCK_US) + SCRIPT_RUN_US)
    assert not too_costly_for_markdown("\n" * n)
    assert too_costly_for_markdown("\n" * (n + 1))
    assert markdown_cost("\n" * (n + 1)).worst == "lines"


def test_list_markers_count_as_blocks() -> None:
    # "1. 1. 1. x" nests a list in a list on one line: a block per marker.
    assert markdown_cost("1. " * 7000).worst == "lines"
    assert too_costly_for_markdown("1. " * 7000)


def test_markup_edge() -> None:
    n = largest(lambda n: n * (2 * CHAR_US + MARKUP_US) + SCRIPT_RUN_US)
    assert not too_costly_for_markdown("` " * n)
    assert too_costly_for_markdown("` " * (n + 1))
    assert markdown_cost("` " * (n + 1)).worst == "markup"


def test_non_ascii_edge() -> None:
    n = largest(lambda n: n * (2 * CHAR_US + NON_ASCII_US) + SCRIPT_RUN_US)
    assert not too_costly_for_markdown("é " * n)
    assert too_costly_for_markdown("é " * (n + 1))


def test_changing_script_at_every_letter_costs_more_than_one_script() -> None:
    one_script = "Привет мир, это статья. " * 1000
    alternating = "аαбβ вγ " * 3000
    assert len(one_script) == len(alternating)
    assert not too_costly_for_markdown(one_script)
    assert markdown_cost(alternating).worst == "scripts"
    assert too_costly_for_markdown(alternating)


def test_table_cells_are_counted_from_the_delimiter_row() -> None:
    assert table_cells("|a|b|\n|-|-|\n|1|2|") == 4
    # GFM pads rows without pipes to the header's columns: still cells.
    assert table_cells("a|b\n-|:-:\nx\ny\n\nafter") == 6
    assert table_cells("> |a|b|c|\n> |---|---|---|\n> |1|2|3|") == 6
    assert table_cells("Text.\n\n---\n\nMore.") == 1  # a rule counts, at most, as one cell
    assert table_cells("no table | here\n\n- a list - of things") == 0
    assert table_cells(table(20, 5)) == 5 * 21


def test_a_small_table_is_formatted_and_a_huge_one_is_not() -> None:
    assert not too_costly_for_markdown(table(20, 5))
    assert too_costly_for_markdown(table(3, 1000))  # 3,000 cells in 6 kB
    assert markdown_cost(table(3, 1000)).worst == "table"


def test_the_estimate_of_a_2_mib_text_stops_at_its_size() -> None:
    # Past the budget on size alone, nothing else is scanned (and nothing is slow).
    cost = markdown_cost("| " * MIB)
    assert cost.worst == "size" and cost.too_costly


# -- the plain view -----------------------------------------------------------------

TEXT_ALPHABET = st.sampled_from(["a", "b", " ", "\n", "\r", "\u2029", "\ufdd0", "é", "😀", "\t"])


@given(st.lists(TEXT_ALPHABET, max_size=400).map("".join), st.integers(4, 60))
def test_shown_blocks_are_short_and_cover_the_text(text: str, limit: int) -> None:
    shown = shown_text(text, limit)
    assert shown.spans[0][0] == 0 and shown.spans[-1][1] == len(text)
    for (_, end), (start, _) in zip(shown.spans, shown.spans[1:], strict=False):
        assert text[end:start] in ("", "\n")  # a cut, or a line end the block boundary stands for
    assert all(0 <= end - start <= limit for start, end in shown.spans)
    blocks = shown.shown.split("\n")
    assert len(blocks) == len(shown.spans)
    for block, (start, end) in zip(blocks, shown.spans, strict=True):
        assert len(block) == end - start  # one shown character per character of the text
        assert not set(block) & {"\r", "\u2029", "\ufdd0"}


def test_copying_gives_the_original_text(qtbot: QtBot) -> None:
    view = PlainTextView()
    qtbot.addWidget(view)
    text = "x" * 2500 + "\r\nzwei 😀 " + "😀" * 1500 + "\nend"
    view.set_text(text)
    view.selectAll()
    view.copy()
    assert QGuiApplication.clipboard().text() == text
    # Across the cut at 1,000 letters: the block boundary Qt shows adds nothing.
    cursor = view.textCursor()
    cursor.setPosition(990)
    cursor.setPosition(1021, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_text() == "x" * 30
    # Past characters Qt counts twice (UTF-16).
    start = view.document().findBlockByNumber(4).position()
    cursor.setPosition(start)
    cursor.setPosition(start + 6, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_text() == "😀" * 3


# -- labels and slides --------------------------------------------------------------


def test_clipped_and_breakable_text() -> None:
    assert label_text("short") == "short"
    cut = label_text("word " * 1000)
    assert len(cut) <= LABEL_CHARS and cut.endswith("word…")
    assert len(label_text("line\n" * 1000).splitlines()) == LABEL_LINES
    assert clipped("a" * 5000, 100) == "a" * 99 + "…"
    assert clipped("line\n" * 100, 1000, lines=3) == "line\nline\nline…"
    assert clipped("line\n" * 100, 1000) == "line\n" * 100  # lines are cut only when asked
    broken = breakable("short " + "a" * 100, 48)
    assert broken.replace("\u200b", "") == "short " + "a" * 100
    assert max(len(run) for run in broken.replace(" ", "\u200b").split("\u200b")) == 48


def test_hostile_labels_are_cut_but_quotes_are_copied_whole(qtbot: QtBot) -> None:
    make_application()
    text = "word " * (MIB // 5)
    kit = kit_with("", title=Text({"en": text}), logline=Text({"en": text}))
    kit = dataclasses.replace(kit, quotes=(Quote(Text({"en": text}), "Critic"),))
    header = KitHeader()
    qtbot.addWidget(header)
    header.show_kit(kit, "en")
    assert len(header.title.text()) <= HEADER_CHARS and header.title.text().endswith("…")
    assert len(header.logline.text()) <= HEADER_CHARS
    quotes = QuotesPage()
    qtbot.addWidget(quotes)
    quotes.show_kit(kit, "en")
    assert text.strip() in quotes.citation(kit.quotes[0])


@pytest.mark.parametrize(
    ("slide", "field"),
    [
        (SlideSpec("text", field="synopsis"), "synopsis"),
        (SlideSpec("title"), "title"),
        (SlideSpec("text", field="logline"), "logline"),
    ],
)
@pytest.mark.parametrize("text", ["a" * MIB, prose(MIB)], ids=["1 MiB word", "1 MiB prose"])
def test_a_hostile_text_gives_a_few_slides(qapp, slide: SlideSpec, field: str, text: str) -> None:
    kit = dataclasses.replace(kit_with(), **{field: Text({"en": text})})  # type: ignore[arg-type]
    renderer = SlideRenderer(kit, "en", StillSource(kit, TaskRunner(synchronous=True)))
    size = QSize(1920, 1080)
    pages = renderer.pages(slide, size)
    assert 1 <= pages <= 40  # cut: a real synopsis takes 3
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        layout = renderer.paint(painter, QRect(0, 0, 1920, 1080), slide, 0)
    finally:
        painter.end()
    assert layout.words_drawn > 0
    if field == "synopsis":
        assert layout.fits  # a 1 MiB word breaks into lines that fit the column


def test_hostile_captions_and_spec_values_are_cut(qtbot: QtBot, tmp_path: Path) -> None:
    """A 1.6 MB caption took the stills page 6.5 s; a 1 MiB spec value over a second."""
    from mediakit.gui.pages.specs import SpecsPage
    from mediakit.gui.pages.stills import StillsPage
    from mediakit.kit.manifest.model import KitFile, Spec, Still
    from mediakit.media.thumbnails import ThumbnailService

    make_application()
    text = "word " * (MIB // 5)
    still = Still(KitFile("a.jpg", tmp_path / "a.jpg"), caption=Text({"en": text}),
                  alt=Text({"en": text}))  # fmt: skip
    kit = kit_with("", stills=(still,), specs=(Spec(Text({"en": "Format"}), Text({"en": text})),))
    stills = StillsPage(ThumbnailService(runner=TaskRunner(synchronous=True)))
    qtbot.addWidget(stills)
    stills.show_kit(kit, "en")
    (tile,) = stills.model.tiles
    assert len(tile.caption) <= LABEL_CHARS and tile.caption.endswith("…")
    assert len(tile.alt) <= LABEL_CHARS
    specs = SpecsPage()
    qtbot.addWidget(specs)
    specs.show_kit(kit, "en")
    values = [label.text() for label in specs.findChildren(QLabel, "termValue")]
    assert values and all(len(value) <= LABEL_CHARS for value in values)
