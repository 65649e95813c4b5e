"""The film pane's player through real libvlc judges slow, short and cut films as
the probe does: VLC's clock ends seconds before a 1 fps film's end, and a
200 ms film ends before the clock moves — only VLC's own "data missing" words
mean a file was cut short."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mediakit.media.player import Player, Renderer
from tests.media.brokenfilms import NO_VLC
from tests.media.oddfilms import CONTAINERS, container_films, odd_films

__all__ = ["container_films", "odd_films"]

pytestmark = [pytest.mark.vlc, pytest.mark.skipif(NO_VLC is not None, reason=NO_VLC or "")]


def play_to_the_end(qtbot: QtBot, film: Path) -> tuple[list[str], list[str]]:
    """The states the player went through, and its errors, once it ended or failed."""
    player = Player(renderer=Renderer.CALLBACKS, extra_args=["--aout=dummy", "--avcodec-hw=none"])
    states: list[str] = []
    errors: list[str] = []
    player.state_changed.connect(states.append)
    player.error.connect(errors.append)
    try:
        assert player.load(film)
        player.play()
        qtbot.waitUntil(lambda: bool({"ended", "error"} & set(states)), timeout=30_000)
        return states, errors
    finally:
        player.release()


@pytest.mark.parametrize("name", ["1fps-5s.mp4", "1fps-5s.mkv", "200ms.mp4", "1-frame.mp4"])
def test_a_whole_slow_or_short_film_ends_without_an_error(
    qtbot: QtBot, odd_films: dict[str, Path], name: str
) -> None:
    states, errors = play_to_the_end(qtbot, odd_films[name])
    assert errors == []
    assert "ended" in states


@pytest.mark.parametrize("name", ["1fps-5s-half.mp4", "1fps-5s-half.mkv", "25fps-4s-half.mkv"])
def test_a_film_cut_in_half_is_cut_short(
    qtbot: QtBot, odd_films: dict[str, Path], name: str
) -> None:
    states, errors = play_to_the_end(qtbot, odd_films[name])
    assert "ended" not in states
    assert len(errors) == 1 and "(cut short?)" in errors[0]


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_the_player_plays_every_common_container(
    qtbot: QtBot, container_films: dict[str, Path], suffix: str
) -> None:
    states, errors = play_to_the_end(qtbot, container_films[suffix])
    assert errors == []
    assert "ended" in states
