"""The Player: unit tests against a fake python-vlc, then real playback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mediakit.media.player import (
    INSTALL_HINT,
    Player,
    PlayerState,
    Renderer,
    choose_renderer,
)
from tests.media.test_player_fakes import FakeVlc, MissingLibVlc, film_clip, libvlc_reason

__all__ = ["film_clip"]  # the session fixture, used below


@pytest.fixture
def fake() -> FakeVlc:
    return FakeVlc()


@pytest.fixture
def player(qtbot, fake: FakeVlc) -> Iterator[Player]:
    player = Player(vlc_module=fake, renderer=Renderer.CALLBACKS)
    yield player
    player.release()


@pytest.fixture
def film(tmp_path: Path) -> Path:
    path = tmp_path / "film.mp4"
    path.write_bytes(b"not really a film")
    return path


@pytest.mark.parametrize(
    ("platform", "renderer"),
    [
        ("xcb", Renderer.EMBEDDED),
        ("windows", Renderer.EMBEDDED),
        ("cocoa", Renderer.EMBEDDED),
        ("wayland", Renderer.CALLBACKS),
        ("offscreen", Renderer.CALLBACKS),
        ("minimal", Renderer.CALLBACKS),
    ],
)
def test_renderer_follows_the_platform(platform: str, renderer: Renderer) -> None:
    assert choose_renderer(platform) is renderer


def test_instance_is_created_lazily_and_renderers_are_per_player(
    qtbot, fake: FakeVlc, film: Path
) -> None:
    player = Player(vlc_module=fake, renderer=Renderer.EMBEDDED, extra_args=["--aout=dummy"])
    assert fake.instances == []
    assert player.available
    args = fake.instances[0].args
    assert {"--quiet", "--no-xlib", "--no-disable-screensaver"} <= set(args)
    # The video output comes with the window (set_xwindow), the sound output per player.
    assert not [arg for arg in args if arg.startswith(("--vout", "--aout"))]
    assert player.load(film)
    assert fake.mp.called("audio_output_set") == [("dummy",)]
    player.release()


def test_missing_libvlc_is_reported_not_raised(qtbot, film: Path) -> None:
    player = Player(vlc_module=MissingLibVlc(), renderer=Renderer.CALLBACKS)
    assert not player.available
    assert "libvlc" in player.unavailable_reason
    assert "apt install" in INSTALL_HINT or "videolan" in INSTALL_HINT
    assert player.load(film) is False
    player.play()  # harmless
    player.release()


def test_instance_returning_none_is_unavailable(qtbot) -> None:
    class NoneVlc:
        def Instance(self, args: list[str]) -> None:
            return None

    player = Player(vlc_module=NoneVlc(), renderer=Renderer.CALLBACKS)
    assert not player.available
    assert "could not start" in player.unavailable_reason


def test_load_adds_subtitles_and_embedded_window(qtbot, fake: FakeVlc, film: Path, tmp_path: Path):
    player = Player(vlc_module=fake, renderer=Renderer.EMBEDDED)
    player.set_window(1234)
    subs = [("en", tmp_path / "film.en.srt"), ("fr", tmp_path / "film.fr.srt")]
    assert player.load(film, subs)
    mp = fake.mp
    assert mp.media is not None
    assert mp.media.path == str(film)
    assert [s[2] for s in mp.media.slaves] == [p.as_uri() for _, p in subs]
    assert mp.called("set_xwindow") == [(1234,)]
    assert mp.called("video_set_key_input") == [(False,)]
    assert mp.called("video_set_mouse_input") == [(False,)]
    player.release()
    assert mp.released and fake.instances[0].released


def test_callbacks_renderer_installs_frame_callbacks(player: Player, fake: FakeVlc, film: Path):
    player.load(film)
    assert len(fake.mp.called("video_set_format_callbacks")) == 1
    assert len(fake.mp.called("video_set_callbacks")) == 1


def test_missing_file_is_an_error_naming_it(player: Player, qtbot, tmp_path: Path) -> None:
    missing = tmp_path / "gone.mp4"
    with qtbot.waitSignal(player.error) as blocker:
        assert player.load(missing) is False
    assert "gone.mp4" in blocker.args[0]
    assert player.state is PlayerState.ERROR


def test_vlc_thread_events_arrive_as_signals(player: Player, fake: FakeVlc, film: Path, qtbot):
    player.load(film)
    mp = fake.mp
    with qtbot.waitSignal(player.length_changed) as length:
        mp.events.fire("MediaPlayerLengthChanged", new_length=5000)
    assert length.args == [5000]
    with qtbot.waitSignal(player.state_changed) as state:
        mp.events.fire("MediaPlayerPlaying")
    assert state.args == ["playing"]
    assert player.state is PlayerState.PLAYING
    with qtbot.waitSignal(player.time_changed) as time:
        mp.events.fire("MediaPlayerTimeChanged", new_time=1234)
    assert time.args == [1234]
    assert player.time == 1234
    with qtbot.waitSignal(player.time_changed):
        mp.events.fire("MediaPlayerTimeChanged", new_time=4960)
    with qtbot.waitSignal(player.ended):
        mp.events.fire("MediaPlayerEndReached")
    assert str(player.state) == "ended"


def test_a_film_ending_well_before_its_length_was_cut_short(
    player: Player, fake: FakeVlc, film: Path, qtbot
):
    player.load(film)
    mp = fake.mp
    for name, value in (
        ("MediaPlayerLengthChanged", {"new_length": 120_000}),
        ("MediaPlayerPlaying", {}),
        ("MediaPlayerTimeChanged", {"new_time": 61_000}),
    ):
        with qtbot.waitSignal(
            player.state_changed
            if not value
            else (player.length_changed if "new_length" in value else player.time_changed)
        ):
            mp.events.fire(name, **value)
    with qtbot.waitSignal(player.error) as error:
        mp.events.fire("MediaPlayerEndReached")
    assert "the film stops at 1:01 of 2:00 (cut short?)" in error.args[0]
    assert str(player.state) == "error"


def test_parsed_media_gives_the_length_before_play(player, fake: FakeVlc, film: Path, qtbot):
    player.load(film)
    assert fake.mp.media is not None
    with qtbot.waitSignal(player.length_changed) as length:
        fake.mp.media.events.fire("MediaParsedChanged")
    assert length.args == [5000]


def test_vlc_error_event_becomes_error_signal(player: Player, fake: FakeVlc, film: Path, qtbot):
    player.load(film)
    with qtbot.waitSignal(player.error) as blocker:
        fake.mp.events.fire("MediaPlayerEncounteredError")
    assert "film.mp4" in blocker.args[0]
    assert player.state is PlayerState.ERROR


def test_stopping_before_the_first_picture_is_an_error(player, fake: FakeVlc, film: Path, qtbot):
    player.load(film)
    player.play()
    with qtbot.waitSignal(player.state_changed):
        fake.mp.events.fire("MediaPlayerOpening")
    with qtbot.waitSignal(player.error) as blocker:
        fake.mp.events.fire("MediaPlayerStopped")  # what VLC 3 does with a broken file
    assert "could not play" in blocker.args[0]


def test_subtitle_files_next_to_the_film_are_not_guessed(qtbot, fake: FakeVlc) -> None:
    assert Player(vlc_module=fake).available
    assert "--no-sub-autodetect-file" in fake.instances[0].args


def _playing(player: Player, fake: FakeVlc, qtbot) -> None:
    with qtbot.waitSignal(player.state_changed):
        fake.mp.events.fire("MediaPlayerPlaying")


def test_transport_calls_reach_libvlc(player: Player, fake: FakeVlc, film: Path, qtbot) -> None:
    player.load(film)
    player.play()
    assert fake.mp.called("play") == [()]
    _playing(player, fake, qtbot)
    player.toggle()
    assert fake.mp.called("set_pause") == [(1,)]
    with qtbot.waitSignal(player.length_changed):
        fake.mp.events.fire("MediaPlayerLengthChanged", new_length=60_000)
    player.seek(20_000)
    player.seek_relative(10_000)
    player.seek(999_999)  # clamped to the length
    player.seek_relative(-999_999)
    assert fake.mp.called("set_time") == [(20_000,), (30_000,), (60_000,), (0,)]


def test_seek_before_playing_applies_on_play(player: Player, fake: FakeVlc, film: Path, qtbot):
    player.load(film)
    player.seek(3000)
    assert fake.mp.called("set_time") == []
    _playing(player, fake, qtbot)
    assert fake.mp.called("set_time") == [(3000,)]


def test_volume_and_mute_are_clamped_and_reapplied(player, fake: FakeVlc, film: Path, qtbot):
    player.set_volume(150)
    assert player.volume == 100
    player.set_volume(-3)
    assert player.volume == 0
    player.load(film)
    player.set_volume(40)
    player.set_muted(True)
    _playing(player, fake, qtbot)  # audio exists only now: applied again
    assert fake.mp.called("audio_set_volume")[-1] == (40,)
    assert fake.mp.called("audio_set_mute")[-1] == (True,)


def test_subtitles_off_by_default_and_selectable(player, fake: FakeVlc, film: Path, qtbot):
    player.load(film, [("en", film), ("fr", film)])
    _playing(player, fake, qtbot)
    assert fake.mp.spu == -1  # VLC's own pick undone
    player.set_subtitle(1)
    assert fake.mp.spu == 3
    player.set_subtitle(None)
    assert fake.mp.spu == -1
    with pytest.raises(IndexError):
        player.set_subtitle(2)
    assert fake.mp.called("set_time") == []  # at 0 there is nothing to catch up


def test_choosing_subtitles_mid_film_resyncs_once(player, fake: FakeVlc, film: Path, qtbot):
    player.load(film, [("en", film), ("fr", film)])
    _playing(player, fake, qtbot)
    with qtbot.waitSignal(player.time_changed):
        fake.mp.events.fire("MediaPlayerTimeChanged", new_time=2500)
    player.set_subtitle(0)
    assert fake.mp.spu == 2
    assert fake.mp.called("set_time") == [(2500,)]  # VLC shows the current line only after a seek
    fake.mp.events.fire("MediaPlayerESAdded")  # VLC re-adding tracks after that seek
    qtbot.wait(20)
    assert fake.mp.called("set_time") == [(2500,)]  # no seek loop


def test_events_after_release_are_dropped(player: Player, fake: FakeVlc, film: Path, qtbot):
    player.load(film)
    mp = fake.mp
    callback, args = mp.events.callbacks["MediaPlayerTimeChanged"]
    player.release()
    assert mp.events.callbacks == {}  # detached
    seen: list[int] = []
    player.time_changed.connect(seen.append)
    callback(type("E", (), {"u": type("U", (), {"new_time": 5})})(), *args)  # a late one
    qtbot.wait(20)
    assert seen == []


# -- real libvlc --------------------------------------------------------------

_NO_VLC = libvlc_reason()
needs_vlc = pytest.mark.skipif(_NO_VLC is not None, reason=_NO_VLC or "")


@pytest.mark.vlc
@needs_vlc
def test_real_playback_delivers_changing_frames(qtbot, film_clip: Path) -> None:
    player = Player(renderer=Renderer.CALLBACKS, extra_args=["--aout=dummy"])
    frames: list[QImage] = []
    player.frame_ready.connect(frames.append)
    try:
        assert player.available, player.unavailable_reason
        assert player.load(film_clip)
        player.play()
        qtbot.waitUntil(lambda: player.time > 1000, timeout=15_000)
        qtbot.waitUntil(lambda: len({f.cacheKey() for f in frames}) >= 2, timeout=5000)
        assert player.state is PlayerState.PLAYING
        assert player.length > 0
        first, last = frames[0], frames[-1]
        assert not first.isNull() and first.width() >= 320
        assert first != last  # pixels, not just objects, differ
        assert player.video_size.width() >= 320
    finally:
        player.release()


def test_times_beyond_32_bits_arrive_whole(player: Player, fake: FakeVlc, film: Path, qtbot):
    """A broken film claiming 30 days: a 32-bit signal made its length 0:00."""
    player.load(film)
    month = 30 * 24 * 3600 * 1000  # 2.6e9 ms, over 2**31
    with qtbot.waitSignal(player.length_changed) as length:
        fake.mp.events.fire("MediaPlayerLengthChanged", new_length=month)
    with qtbot.waitSignal(player.time_changed) as time:
        fake.mp.events.fire("MediaPlayerTimeChanged", new_time=month - 1)
    assert length.args == [month] and time.args == [month - 1]
