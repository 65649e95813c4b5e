"""probe_film through real libvlc: a whole film passes at any frame rate and any
length of one frame or more; a cut or undecodable one is still caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.media.probe import probe_film
from tests.media.brokenfilms import NO_VLC, broken_films
from tests.media.oddfilms import CONTAINERS, container_films, odd_films

__all__ = ["broken_films", "container_films", "odd_films"]

pytestmark = [pytest.mark.vlc, pytest.mark.skipif(NO_VLC is not None, reason=NO_VLC or "")]


@pytest.mark.parametrize(
    ("name", "duration_ms"),
    [("1fps-5s.mp4", 5000), ("1fps-5s.mkv", 5000), ("200ms.mp4", 200), ("1-frame.mp4", 40)],
)
def test_a_whole_slow_or_short_film_probes_ok(
    odd_films: dict[str, Path], name: str, duration_ms: int
) -> None:
    probe = probe_film(odd_films[name], 20)
    assert probe.ok, probe.error
    assert probe.video and probe.error is None
    assert probe.duration_ms == pytest.approx(duration_ms, abs=40)


def test_a_200_ms_sound_probes_ok_without_video(odd_films: dict[str, Path]) -> None:
    probe = probe_film(odd_films["200ms-sound.m4a"], 20)
    assert probe.ok, probe.error
    assert probe.audio and not probe.video


@pytest.mark.parametrize(
    ("name", "vlc_says"),
    [
        ("1fps-5s-half.mp4", "Failed to read"),
        ("1fps-5s-half.mkv", "Error while reading"),
        ("25fps-4s-half.mkv", "Error while reading"),
    ],
)
def test_a_slow_or_mkv_film_cut_in_half_is_cut_short(
    odd_films: dict[str, Path], name: str, vlc_says: str
) -> None:
    probe = probe_film(odd_films[name], 20)
    assert not probe.ok
    assert probe.error is not None
    assert probe.error.startswith("the film stops before its end (cut short?)")
    assert vlc_says in probe.error


@pytest.mark.parametrize(
    ("name", "ours"),
    [
        ("half.mp4", "the film stops before its end (cut short?)"),
        ("random.mp4", "VLC found no picture or sound it can decode"),
        ("unknown-codec.mkv", "VLC found no picture or sound it can decode"),
    ],
)
def test_broken_films_are_still_caught(broken_films: dict[str, Path], name: str, ours: str) -> None:
    probe = probe_film(broken_films[name], 20)
    assert not probe.ok
    assert probe.error is not None and probe.error.startswith(ours)


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_films_in_every_common_container_play(
    container_films: dict[str, Path], suffix: str
) -> None:
    """The demuxers we allow are forced, and ts, ps and ogg then take any file:
    AVI and Ogg never played, and a fix by order alone broke MPEG-PS and TS."""
    probe = probe_film(container_films[suffix], 20)
    assert probe.ok, probe.error
    assert probe.video and probe.duration_ms == pytest.approx(1000, abs=700)
