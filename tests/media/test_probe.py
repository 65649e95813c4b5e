"""probe_film: real libvlc on broken films; a hanging libvlc is abandoned in time."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from mediakit.media.probe import FilmProbe, probe_film
from mediakit.media.vlclog import VlcLog
from tests.media.brokenfilms import NO_VLC, broken_films
from tests.media.test_player_fakes import MissingLibVlc

__all__ = ["broken_films"]

needs_vlc = pytest.mark.skipif(NO_VLC is not None, reason=NO_VLC or "")


@pytest.mark.vlc
@needs_vlc
def test_a_good_film_probes_ok(broken_films: dict[str, Path]) -> None:
    probe = probe_film(broken_films["good.mp4"], 20)
    assert probe == FilmProbe(True, 4000, video=True, audio=True, error=None)


@pytest.mark.vlc
@needs_vlc
def test_sound_only_probes_ok_without_video(broken_films: dict[str, Path]) -> None:
    probe = probe_film(broken_films["audio.m4a"], 20)
    assert probe.ok and probe.audio and not probe.video


@pytest.mark.vlc
@needs_vlc
@pytest.mark.parametrize(
    ("name", "ours", "vlc_says"),
    [
        ("random.mp4", "VLC found no picture or sound it can decode", "lost synchro"),
        ("half.mp4", "the film stops before its end", "Failed to read"),
        ("unknown-codec.mkv", "VLC found no picture or sound", "could not identify the audio"),
    ],
)  # fmt: skip
def test_broken_films_fail_with_vlcs_reason(
    broken_films: dict[str, Path], name: str, ours: str, vlc_says: str
) -> None:
    probe = probe_film(broken_films[name], 20)
    assert not probe.ok
    assert probe.error is not None
    assert probe.error.startswith(ours)
    assert vlc_says in probe.error


def test_a_missing_file_is_said_so(tmp_path: Path) -> None:
    assert probe_film(tmp_path / "gone.mp4", 1).error == "the file is missing"


def test_missing_libvlc_is_an_answer_not_an_exception(tmp_path: Path) -> None:
    film = tmp_path / "f.mp4"
    film.write_bytes(b"x")
    probe = probe_film(film, 1, vlc_module=MissingLibVlc())
    assert not probe.ok
    assert probe.error is not None and "VLC is not available" in probe.error


class _HangingVlc:
    """A libvlc whose player never comes back: the probe must not wait for it."""

    CallbackDecorators = None

    def __init__(self) -> None:
        self.release = threading.Event()

    def Instance(self, args: list[str]) -> Any:
        return self

    def media_player_new(self) -> Any:
        self.release.wait(30)
        raise RuntimeError("released")


def test_a_hanging_libvlc_is_abandoned_at_the_timeout(tmp_path: Path) -> None:
    film = tmp_path / "f.mp4"
    film.write_bytes(b"x")
    hanging = _HangingVlc()
    try:
        probe = probe_film(film, 0.3, vlc_module=hanging)
    finally:
        hanging.release.set()
    assert probe == FilmProbe(False, error="VLC did not answer within 0.3 s")


def test_vlc_log_keeps_the_last_errors_without_noise() -> None:
    log = VlcLog(None)
    for level, text in [
        (4, b"Xlib is required for VDPAU"),
        (3, b"garbage at input"),
        (4, b"unknown codec id"),
        (4, b"VLC could not identify the audio or video codec"),
        (4, b"VLC could not identify the audio or video codec"),
    ]:
        log._format = None  # the line as given: no printf arguments here
        log._on_log(None, level, None, text, None)
    assert log.reason() == "unknown codec id; VLC could not identify the audio or video codec"
    assert log.mentions(("garbage",))
    log.clear()
    assert log.reason() == ""
