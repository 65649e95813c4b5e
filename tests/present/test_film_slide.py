"""The film slide under Xvfb: the film plays through libvlc in its embedded
window, and "next" once it has ended moves on."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mediakit.gui.present.controller import PresentController
from mediakit.gui.present.inhibit import ScreenSaverInhibitor
from mediakit.kit.manifest.model import Kit, KitFile
from mediakit.media.player import Player, PlayerState, Renderer
from tests.conftest import ROPED
from tests.present.test_keys import FILM_SLIDE, press, roped_kit

pytestmark = [pytest.mark.xvfb, pytest.mark.vlc]


SOURCE = "testsrc=duration=4:size=320x180:rate=25"


def short_film(tmp_path: Path) -> Path:
    """A 4 s film with sound: the real one lasts two minutes."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is not installed")
    out = tmp_path / "short.mp4"
    subprocess.run(
        [ffmpeg, "-loglevel", "error", "-f", "lavfi", "-i", SOURCE, "-f", "lavfi",
         "-i", "sine=duration=4", "-shortest", "-pix_fmt", "yuv420p", str(out)],
        check=True,
    )  # fmt: skip
    return out


def kit_with(tmp_path: Path) -> Kit:
    kit = roped_kit(ROPED)
    assert kit.film is not None
    film = dataclasses.replace(kit.film, file=KitFile("short.mp4", short_film(tmp_path)))
    return dataclasses.replace(kit, film=film)


def test_the_film_plays_and_next_after_its_end_moves_on(qtbot: QtBot, tmp_path: Path) -> None:
    player = Player(renderer=Renderer.EMBEDDED, extra_args=["--aout=dummy"])
    show = PresentController(
        kit_with(tmp_path), "en", player=player, inhibitor=ScreenSaverInhibitor(address="")
    )
    qtbot.addWidget(show.audience)
    qtbot.addWidget(show.presenter)
    try:
        show.start(FILM_SLIDE - 1)
        assert show.audience.film.player.loaded  # preloaded on the slide before
        press(qtbot, show, "PgDown")
        assert show.deck.current().kind == "film"
        qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING, timeout=10000)
        assert show.audience.film.surface.isVisible()  # VLC paints into it
        qtbot.waitUntil(lambda: player.length > 0, timeout=5000)
        assert show.presenter.film_left.text().startswith("−")
        with qtbot.waitSignal(player.ended, timeout=15000):
            pass
        press(qtbot, show, "Down")
        assert show.deck.current().kind == "still"
        assert not show.audience.film.surface.isVisible()
    finally:
        show.stop()
