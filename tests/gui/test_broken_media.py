"""Broken media in the window: a film VLC cannot play says why over the poster and
the event loop goes on; broken stills become tiles and lightbox messages."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from mediakit.gui.pages.film import FilmPage
from mediakit.gui.pages.stills import StillsPage
from mediakit.kit.manifest.model import Kit, KitFile, Still, Text
from mediakit.media.player import Player, PlayerState, Renderer
from mediakit.media.thumbnails import ThumbnailService
from mediakit.tasks import TaskRunner
from tests.gui.test_film import hosted, make_kit, show
from tests.media.brokenfilms import NO_VLC, broken_films
from tests.media.stillfactory import make_stills

__all__ = ["broken_films"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def real_page(qtbot: QtBot) -> Iterator[FilmPage]:
    if NO_VLC is not None:
        pytest.skip(NO_VLC)
    player = Player(renderer=Renderer.CALLBACKS, extra_args=["--aout=dummy", "--avcodec-hw=none"])
    page = FilmPage(player=player, runner=TaskRunner(synchronous=True))
    host = hosted(qtbot, page)  # noqa: F841 - keeps the window alive
    yield page
    page.shutdown()


@pytest.mark.vlc
@pytest.mark.parametrize(
    ("film", "vlc_says"),
    [
        ("random.mp4", "lost synchro"),  # VLC's words for bytes no demuxer of ours reads
        ("unknown-codec.mkv", "could not identify the audio or video codec"),
    ],
)
def test_a_film_vlc_cannot_play_says_why_over_the_poster(
    qtbot: QtBot, real_page: FilmPage, tmp_path: Path, broken_films, film: str, vlc_says: str
) -> None:
    kit = make_kit(tmp_path, broken_films[film], subs=())
    show(real_page, kit)
    qtbot.waitUntil(lambda: not real_page.poster_view.poster.isNull(), timeout=5_000)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)  # counts turns of the event loop while VLC fails
    real_page.play()
    qtbot.waitUntil(lambda: bool(real_page.poster_view.message.text()), timeout=10_000)
    timer.stop()
    text = real_page.poster_view.message.text()
    assert film in text and "VLC found no picture or sound" in text
    assert vlc_says in text
    assert real_page.player.state in (PlayerState.ERROR, PlayerState.STOPPED)
    assert real_page.stage.currentWidget() is real_page.poster_view
    assert not real_page.poster_view.poster.isNull()
    assert ticks, "the event loop stalled"
    qtbot.wait(50)  # and it goes on
    assert real_page.poster_view.message.text() == text


@pytest.fixture
def stills_page(qtbot: QtBot) -> StillsPage:
    service = ThumbnailService(use_cache=False, runner=TaskRunner(synchronous=True))
    page = StillsPage(service)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    return page


def _kit(root: Path, names: list[str]) -> Kit:
    stills = tuple(
        Still(KitFile(f"stills/{n}", root / "stills" / n), Text({"en": n}), None, None)
        for n in names
    )
    return Kit(root=root, version=1, id="t", title=Text({"en": "T"}), stills=stills)


def test_garbage_after_a_jpeg_signature_is_a_tile_and_the_gallery_goes_on(
    qtbot: QtBot, stills_page: StillsPage, tmp_path: Path
) -> None:
    make_stills(tmp_path / "stills", big=(600, 400))
    (tmp_path / "stills" / "garbage.jpg").write_bytes(
        b"\xff\xd8\xff\xe0" + random.Random(2).randbytes(20_000)
    )
    stills_page.show_kit(_kit(tmp_path, ["garbage.jpg", "truncated.jpg", "landscape.jpg"]), "en")
    model = stills_page.model
    failure = model.data(model.index(0), model.ErrorRole)
    assert failure.startswith("garbage.jpg: ")
    partial = model.data(model.index(1), model.ErrorRole)
    assert "part" in partial
    assert model.data(model.index(1), 1) is not None  # DecorationRole: what decoded shows
    assert model.data(model.index(2), model.ErrorRole) in (None, "")
    stills_page.open_lightbox(0)
    lightbox = stills_page.lightbox
    qtbot.waitUntil(lambda: "garbage.jpg" in lightbox.canvas.message, timeout=10_000)
    assert "cannot be shown" in lightbox.canvas.message
    lightbox.next()  # the lightbox goes on to the partial still
    qtbot.waitUntil(lambda: "part of this file" in lightbox.meta.text(), timeout=10_000)
    lightbox.close_worker()
