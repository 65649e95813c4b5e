"""The stills grid's layout (columns that fill the width, whatever the scroll
bar does; captions and credits wrapped in full) and the lightbox's alt text,
which is for screen readers and never shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui.app import make_application
from mediakit.gui.pages.stills import TILE_MIN, StillsPage
from mediakit.gui.pages.stills_grid import CAPTION_LINES, CREDIT_LINES, TileDelegate
from mediakit.gui.window import MainWindow
from mediakit.kit.manifest.model import Kit, KitFile, Still, Text
from mediakit.media.thumbnails import ThumbnailService
from mediakit.tasks import TaskRunner
from mediakit.typography import credit_line
from tests.gui.conftest import open_and_wait
from tests.media.stillfactory import make_stills

# The offscreen platform says this whenever a top-level widget with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GAP = 2 * TileDelegate.PAD  # between two tiles' pictures
LONG_CREDIT = (
    "Photo Jean-Baptiste de La Tour d'Auvergne-Lauraguais for Agence Lumière & Associés, "
    "courtesy of the Fondation des Cinémathèques du Sud, all rights reserved"
)
LONG_CAPTION = (
    "Aïcha at the foot of the great dune, the rope pulled taut towards the horizon, "
    "on the third morning of the crossing, before the wind rose over the salt flat"
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kit")
    make_stills(root / "stills", big=(600, 400))
    return root


def still(root: Path, caption: str, credit: str | None = "Photo Léa Martin") -> Still:
    return Still(
        file=KitFile("stills/landscape.jpg", root / "stills" / "landscape.jpg"),
        caption=Text({"en": caption}),
        credit=credit,
        alt=Text({"en": "A woman at the foot of a dune, holding a taut rope"}),
    )


def kit_of(root: Path, stills: list[Still]) -> Kit:
    return Kit(root=root, version=1, id="t", title=Text({"en": "T"}), stills=tuple(stills))


@pytest.fixture
def page(qtbot: QtBot) -> StillsPage:
    make_application()  # the real style sheet: its font and its scroll bar
    widget = StillsPage(ThumbnailService(use_cache=False, runner=TaskRunner(synchronous=True)))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def settle(qtbot: QtBot, page: StillsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)


def rects(page: StillsPage) -> list[QRect]:
    return [page.view.visualRect(page.model.index(row)) for row in range(page.model.rowCount())]


def first_row(page: StillsPage) -> list[QRect]:
    all_rects = rects(page)
    return [r for r in all_rects if r.top() == all_rects[0].top()]


# -- columns ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "columns"), [((1280, 800), 3), ((1366, 768), 4), ((1024, 640), 2)]
)
def test_roped_rows_fill_the_width(
    qtbot: QtBot, window: MainWindow, roped: Path, size: tuple[int, int], columns: int
) -> None:
    open_and_wait(qtbot, window, roped)
    window.resize(*size)
    assert window.show_section("stills")
    page = window.stills_page
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    viewport = page.view.viewport()
    qtbot.waitUntil(page.view.verticalScrollBar().isVisible)  # 6 stills: the grid scrolls
    assert not page.view.horizontalScrollBar().isVisible()
    row = first_row(page)
    assert len(row) == columns
    right = max(r.right() for r in rects(page))
    # The tiles reach the right edge, within one gap, and never past it.
    assert viewport.width() - GAP <= right < viewport.width()


def test_the_columns_do_not_depend_on_the_scroll_bar(
    qtbot: QtBot, page: StillsPage, folder: Path
) -> None:
    """Laid out before the scroll bar appeared, the last column wrapped to a row
    of its own; a layout that changed with the bar could make it come and go."""
    page.show_kit(kit_of(folder, [still(folder, "One")]), "en")
    settle(qtbot, page)
    assert not page.view.verticalScrollBar().isVisible()
    alone = page.delegate.tile
    page.show_kit(kit_of(folder, [still(folder, f"Still {n}") for n in range(24)]), "en")
    settle(qtbot, page)
    qtbot.waitUntil(page.view.verticalScrollBar().isVisible)  # once Qt has laid the view out
    assert page.delegate.tile == alone  # the same columns, bar or no bar
    viewport = page.view.viewport().width()
    columns = (viewport - 2) // (TILE_MIN + GAP)
    assert len(first_row(page)) == columns >= 3
    assert viewport - GAP <= max(r.right() for r in rects(page)) < viewport
    assert not page.view.horizontalScrollBar().isVisible()


def test_a_resize_lays_the_grid_out_once(qtbot: QtBot, page: StillsPage, folder: Path) -> None:
    page.show_kit(kit_of(folder, [still(folder, f"Still {n}") for n in range(24)]), "en")
    settle(qtbot, page)
    for width in (900, 1280, 1024, 1366):
        page.resize(width, 760)
        settle(qtbot, page)  # would never end if each layout called for another
        tile = page.delegate.tile
        page.fit_columns()  # laying out again changes nothing
        assert page.delegate.tile == tile
        assert not page.busy()
        viewport = page.view.viewport().width()
        assert viewport - GAP <= max(r.right() for r in rects(page)) < viewport


# -- captions and credits ---------------------------------------------------------


def joined(lines: Sequence[str]) -> str:
    """The lines' text, without the spaces where they were broken."""
    return "".join(lines).replace(" ", "")


def _font(page: StillsPage) -> QFont:
    return page.view.font()


def test_caption_and_credit_are_wrapped_whole(qtbot: QtBot, page: StillsPage, folder: Path) -> None:
    page.show_kit(kit_of(folder, [still(folder, LONG_CAPTION, LONG_CREDIT)]), "en")
    settle(qtbot, page)
    index = page.model.index(0)
    delegate = page.delegate
    width = delegate.tile.width()
    caption = delegate.caption_lines(index, _font(page))
    credit = delegate.credit_lines(index, _font(page))
    assert credit is not None
    assert len(caption.lines) > 1 and len(credit.lines) > 1  # wrapped, not cut
    assert not caption.elided and not credit.elided
    assert joined(caption.lines) == joined([LONG_CAPTION])
    assert joined(credit.lines) == joined([credit_line(LONG_CREDIT)])  # the credit exactly
    assert "…" not in " ".join(credit.lines)
    small = QFontMetrics(delegate.credit_font(_font(page)))
    assert all(small.horizontalAdvance(line) <= width for line in credit.lines)
    # The tile is tall enough for all of its lines.
    rect = page.view.visualRect(index)
    needed = (
        2 * TileDelegate.PAD
        + delegate.tile.height()
        + TileDelegate.GAP
        + len(caption.lines) * QFontMetrics(_font(page)).lineSpacing()
        + TileDelegate.CREDIT_GAP
        + len(credit.lines) * small.lineSpacing()
    )
    assert rect.height() >= needed


def test_credit_is_painted_to_its_last_line(qtbot: QtBot, page: StillsPage, folder: Path) -> None:
    page.show_kit(kit_of(folder, [still(folder, LONG_CAPTION, LONG_CREDIT)]), "en")
    settle(qtbot, page)
    index = page.model.index(0)
    credit = page.delegate.credit_lines(index, _font(page))
    assert credit is not None
    rect = page.view.visualRect(index)
    last_line = QRect(
        rect.left() + TileDelegate.PAD,
        rect.bottom() - TileDelegate.PAD - credit.line_height,
        page.delegate.tile.width(),
        credit.line_height,
    )
    image = page.view.viewport().grab(last_line).toImage()
    background = image.pixelColor(image.width() - 1, 0)
    assert any(
        image.pixelColor(x, y) != background
        for x in range(image.width())
        for y in range(image.height())
    )


def test_rows_are_as_tall_as_their_tallest_tile(
    qtbot: QtBot, page: StillsPage, folder: Path
) -> None:
    stills = [still(folder, "Short"), still(folder, LONG_CAPTION, LONG_CREDIT)]
    stills += [still(folder, "Short") for _ in range(6)]
    page.show_kit(kit_of(folder, stills), "en")
    settle(qtbot, page)
    row = first_row(page)
    assert len(row) >= 3
    short, tall = row[0], row[1]
    assert tall.height() > short.height()
    assert {r.top() for r in row} == {short.top()}  # aligned at the top
    below = [r for r in rects(page) if r.top() > short.top()]
    assert min(r.top() for r in below) == max(r.bottom() for r in row) + 1


def test_a_huge_caption_is_cut_and_its_credit_still_shown_whole(
    qtbot: QtBot, page: StillsPage, folder: Path
) -> None:
    huge = "word " * 20_000  # 100 000 characters
    page.show_kit(kit_of(folder, [still(folder, huge, LONG_CREDIT)]), "en")
    settle(qtbot, page)
    index = page.model.index(0)
    caption = page.delegate.caption_lines(index, _font(page))
    assert len(caption.lines) == CAPTION_LINES and caption.elided
    assert caption.lines[-1].endswith("…")
    assert not any(line.endswith("…") for line in caption.lines[:-1])
    credit = page.delegate.credit_lines(index, _font(page))
    assert credit is not None and not credit.elided
    assert joined(credit.lines) == joined([credit_line(LONG_CREDIT)])


def test_a_huge_credit_is_cut_at_a_bound(qtbot: QtBot, page: StillsPage, folder: Path) -> None:
    page.show_kit(kit_of(folder, [still(folder, "Short", "Photo " + "x" * 100_000)]), "en")
    settle(qtbot, page)
    credit = page.delegate.credit_lines(page.model.index(0), _font(page))
    assert credit is not None and credit.elided
    assert len(credit.lines) == CREDIT_LINES and credit.lines[-1].endswith("…")


# -- the lightbox's alt text ---------------------------------------------------------


def _visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_the_lightbox_gives_its_alt_text_to_screen_readers_only(
    qtbot: QtBot, page: StillsPage, folder: Path
) -> None:
    alt = "A woman at the foot of a dune, holding a taut rope"
    page.show_kit(kit_of(folder, [still(folder, "Aïcha at the dune", "Photo Léa Martin")]), "en")
    page.open_lightbox(0)
    lightbox = page.lightbox
    assert lightbox.isVisible()
    texts = _visible_texts(lightbox)
    assert not any(alt in text for text in texts)
    assert "Aïcha at the dune" in texts  # caption and credit stay in view
    assert any("Photo Léa Martin" in text for text in texts)
    canvas = lightbox.canvas
    assert canvas.accessibleName() == "Aïcha at the dune"
    assert canvas.accessibleDescription() == alt
    lightbox.close_worker()


def test_without_a_caption_the_alt_text_names_the_image(
    qtbot: QtBot, page: StillsPage, folder: Path
) -> None:
    page.show_kit(kit_of(folder, [still(folder, "")]), "en")
    page.open_lightbox(0)
    canvas = page.lightbox.canvas
    assert canvas.accessibleName() == "A woman at the foot of a dune, holding a taut rope"
    assert not any("taut rope" in text for text in _visible_texts(page.lightbox))
    page.lightbox.close_worker()
