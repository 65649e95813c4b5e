"""The presenter view: NOW and NEXT framed alike at the audience's aspect, no
empty band on the laptop's screen, and the film's length shown before it plays."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from mediakit.gui import theme
from mediakit.gui.present.controller import PresentController
from mediakit.gui.present.film import runtime_ms
from mediakit.gui.present.presenter import GAP, MARGIN_X, MARGIN_Y, SlidePreview
from mediakit.kit.manifest.model import Kit
from tests.conftest import ROPED
from tests.present.test_keys import FILM_SLIDE, make_show, press, roped_kit

SIZES = [(1280, 800), (1366, 768), (1920, 1080), (1024, 640)]


@pytest.fixture
def kit() -> Kit:
    return roped_kit(ROPED)


@pytest.fixture
def shows() -> Iterator[list[PresentController]]:
    started: list[PresentController] = []
    yield started
    for show in started:
        show.stop()


def edges(preview: SlidePreview) -> set[str]:
    """The colours of the preview's outermost pixels, all four sides."""
    image: QImage = preview.grab().toImage()
    w, h = image.width(), image.height()
    points = [(x, 0) for x in range(0, w, 7)] + [(x, h - 1) for x in range(0, w, 7)]
    points += [(0, y) for y in range(0, h, 7)] + [(w - 1, y) for y in range(0, h, 7)]
    return {QColor(image.pixel(x, y)).name() for x, y in points}


@pytest.mark.parametrize("size", SIZES)
def test_now_and_next_are_framed_alike_at_the_audience_aspect(
    qtbot: QtBot, kit: Kit, shows: list[PresentController], size: tuple[int, int]
) -> None:
    show = PresentController(kit, "en")
    qtbot.addWidget(show.audience)
    qtbot.addWidget(show.presenter)
    screen = QSize(*size)
    assert show.preview(13, screen)  # the AI slide, then its second page
    view = show.presenter
    view.resize(screen)
    view.show()
    qtbot.waitExposed(view)
    aspect = size[0] / size[1]
    for preview in (view.current, view.upcoming):
        assert preview.slide_rect() == preview.rect()  # the slide fills it: no side bands
        assert abs(preview.width() / preview.height() - aspect) < 0.01
        assert edges(preview) == {theme.colour("slide_edge").name()}  # one frame, all round
    assert type(view.current) is type(view.upcoming)
    assert view.current.objectName() == view.upcoming.objectName()
    assert view.current.width() > view.upcoming.width()  # NOW is the big one
    show.discard()


@pytest.mark.parametrize("size", SIZES)
def test_the_presenter_view_leaves_no_empty_band(
    qtbot: QtBot, kit: Kit, size: tuple[int, int]
) -> None:
    show = PresentController(kit, "en")
    qtbot.addWidget(show.audience)
    qtbot.addWidget(show.presenter)
    screen = QSize(*size)
    assert show.preview(13, screen)
    view = show.presenter
    view.resize(screen)
    view.show()
    qtbot.waitExposed(view)
    bottom = size[1] - MARGIN_Y
    right = size[0] - MARGIN_X
    now, upcoming, notes = view.current.geometry(), view.upcoming.geometry(), view.notes.geometry()
    # Left: NOW, then the notes down to the foot.
    assert notes.top() - now.bottom() < 3 * GAP + view.notes_caption.height()
    assert abs(notes.bottom() + 1 - bottom) <= 1
    assert notes.width() == now.width()
    # Right: NEXT to the right edge, then the times straight under it down to the foot.
    assert abs(upcoming.right() + 1 - right) <= 2
    cells = [cell.geometry() for cell in view.cells]
    assert min(cell.top() for cell in cells) - upcoming.bottom() <= GAP + 1
    assert abs(max(cell.bottom() for cell in cells) + 1 - bottom) <= 1
    for cell in view.cells:  # every time readable in its place
        assert cell.value.geometry().bottom() < cell.height()
        assert cell.geometry().left() > now.right()
    show.discard()


def test_film_left_shows_the_declared_length_before_play(
    qtbot: QtBot, kit: Kit, shows: list[PresentController]
) -> None:
    assert kit.runtime == "2:00"
    show = make_show(qtbot, kit)
    shows.append(show)
    assert show.presenter.film_left.text() == "2:00"  # on the title slide, before the film
    press(qtbot, show, "PgDown")
    assert show.presenter.film_left.text() == "2:00"


def test_film_left_snapshot_path_shows_it_too(qtbot: QtBot, kit: Kit) -> None:
    show = PresentController(kit, "en")
    qtbot.addWidget(show.audience)
    qtbot.addWidget(show.presenter)
    assert show.preview(1, QSize(1280, 800))
    assert show.presenter.film_left.text() == "2:00"
    show.discard()


def test_film_left_takes_the_players_length_once_known(
    qtbot: QtBot, kit: Kit, shows: list[PresentController]
) -> None:
    """No runtime in the manifest: the length VLC parsed (in its own thread) while
    the film was preloaded on the slide before shows, still before play."""
    bare = dataclasses.replace(kit, runtime=None)
    show = make_show(qtbot, bare, FILM_SLIDE - 1)
    shows.append(show)
    player = show.audience.film.player
    if not player.available:
        pytest.skip("VLC is not available")
    assert show.audience.film.kind == "film"  # preloaded
    qtbot.waitUntil(lambda: player.length > 0, timeout=10_000)
    qtbot.waitUntil(lambda: show.presenter.film_left.text() != "—", timeout=5_000)
    assert show.presenter.film_left.text() == "2:00"  # the placeholder film runs 2:00
    assert not show.audience.film.started


def test_film_left_is_a_dash_only_when_nothing_says(
    qtbot: QtBot, kit: Kit, shows: list[PresentController]
) -> None:
    assert kit.film is not None
    bare = dataclasses.replace(kit, runtime=None)
    show = make_show(qtbot, bare)  # the title slide: the film is not loaded yet
    shows.append(show)
    assert show.presenter.film_left.text() == "—"


def test_runtime_reads_like_the_manifest() -> None:
    assert runtime_ms("2:00") == 120_000
    assert runtime_ms("1:32:05") == (3600 + 32 * 60 + 5) * 1000
    assert runtime_ms("0:00") is None
    assert runtime_ms("soon") is None
