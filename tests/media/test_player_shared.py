"""One libvlc instance for every Player of the process, and load generations:
against the fake python-vlc."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication

from mediakit.media import vlcinstance
from mediakit.media.player import Player, PlayerState, Renderer
from mediakit.media.vlcinstance import BASE_ARGS, split_args
from mediakit.tasks import Pool
from tests.media.test_player_fakes import (
    FakeInstance,
    FakeVlc,
    MissingLibVlc,
    film_clip,
    libvlc_reason,
)

__all__ = ["film_clip"]  # the session fixture, used below


@pytest.fixture
def fake() -> FakeVlc:
    return FakeVlc()


@pytest.fixture
def film(tmp_path: Path) -> Path:
    path = tmp_path / "film.mp4"
    path.write_bytes(b"not really a film")
    return path


@pytest.fixture
def other_film(tmp_path: Path) -> Path:
    path = tmp_path / "other.mp4"
    path.write_bytes(b"not really a film either")
    return path


def test_renderer_options_leave_the_instance(qtbot) -> None:
    assert split_args(["--aout=dummy", "--avcodec-hw=none", "--verbose=2"]) == (
        ("--verbose=2",),
        "dummy",
        (":avcodec-hw=none",),
    )


def test_the_window_and_the_presenter_share_one_instance(qtbot, fake: FakeVlc, film: Path):
    window = Player(vlc_module=fake, renderer=Renderer.EMBEDDED)
    show = Player(vlc_module=fake, renderer=Renderer.CALLBACKS, extra_args=["--aout=dummy"])
    assert window.load(film) and show.load(film)
    assert len(fake.instances) == 1
    instance = fake.instances[0]
    assert len(instance.players) == 2  # a media player each
    window.release()
    assert not instance.released  # the show still uses it
    show.release()
    assert instance.released  # the last one frees it


def test_instance_arguments_of_its_own_get_an_instance_of_its_own(qtbot, fake: FakeVlc):
    plain, verbose = Player(vlc_module=fake), Player(vlc_module=fake, extra_args=["--verbose=2"])
    verbose_too = Player(vlc_module=fake, extra_args=["--verbose=2"])
    assert plain.available and verbose.available and verbose_too.available
    assert [instance.args for instance in fake.instances] == [
        list(BASE_ARGS),
        [*BASE_ARGS, "--verbose=2"],
    ]
    for player in (plain, verbose, verbose_too):
        player.release()
    assert all(instance.released for instance in fake.instances)


class WorkerVlc(FakeVlc):
    """Records the thread each instance is started on."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[threading.Thread] = []

    def Instance(self, args: list[str]) -> FakeInstance:
        self.threads.append(threading.current_thread())
        return super().Instance(args)


def test_warm_up_starts_the_instance_once_in_a_worker(qtbot) -> None:
    vlc = WorkerVlc()
    window = Player(vlc_module=vlc)
    window.warm_up()
    window.warm_up()  # once is enough
    assert Pool.get().waitForDone(5000)
    assert len(vlc.instances) == 1
    assert vlc.threads[0] is not threading.main_thread()
    show = Player(vlc_module=vlc)  # the presenter's, later: finds it started
    assert window.available and show.available
    assert len(vlc.instances) == 1
    window.release()
    show.release()
    assert vlc.instances[0].released


def test_a_missing_libvlc_is_tried_again_by_the_next_player(qtbot) -> None:
    missing = MissingLibVlc()
    first, second = Player(vlc_module=missing), Player(vlc_module=missing)
    assert not first.available and not second.available
    assert "libvlc" in second.unavailable_reason
    first.release()
    second.release()


def test_the_log_belongs_to_the_player_that_last_loaded_or_played(
    qtbot, fake: FakeVlc, film: Path
) -> None:
    window = Player(vlc_module=fake, renderer=Renderer.CALLBACKS)
    show = Player(vlc_module=fake, renderer=Renderer.CALLBACKS)
    assert window.load(film)
    shared = vlcinstance.acquire(fake, BASE_ARGS)  # the same one: counted, given back below
    assert shared.log_owner is window
    assert show.load(film)
    assert shared.log_owner is show
    window.play()  # after the show: the window's film is the one VLC talks about
    assert shared.log_owner is window
    vlcinstance.release(shared)
    window.release()
    show.release()


# -- load generations -----------------------------------------------------------


def _late_event(**u: int) -> SimpleNamespace:
    return SimpleNamespace(u=SimpleNamespace(**u))


def test_an_event_of_the_previous_film_is_dropped_after_load(
    qtbot, fake: FakeVlc, film: Path, other_film: Path
) -> None:
    player = Player(vlc_module=fake, renderer=Renderer.CALLBACKS)
    assert player.load(film)
    mp = fake.mp
    # What VLC had in hand for the first film when the second was loaded.
    stale = {name: mp.events.callbacks[name] for name in mp.events.callbacks}
    stale_parsed = mp.media.events.callbacks["MediaParsedChanged"] if mp.media else None
    assert player.load(other_film)
    seen: list[object] = []
    player.time_changed.connect(seen.append)
    player.length_changed.connect(seen.append)
    player.state_changed.connect(seen.append)
    player.error.connect(seen.append)
    for name, values in (
        ("MediaPlayerTimeChanged", {"new_time": 4000}),
        ("MediaPlayerLengthChanged", {"new_length": 9000}),
        ("MediaPlayerPlaying", {}),
        ("MediaPlayerEncounteredError", {}),
    ):
        callback, args = stale[name]
        worker = threading.Thread(target=callback, args=(_late_event(**values), *args))
        worker.start()
        worker.join()
    assert stale_parsed is not None
    callback, args = stale_parsed
    callback(_late_event(), *args)
    QCoreApplication.processEvents()  # deliver what VLC's threads posted
    assert seen == []
    assert (player.state, player.time, player.length) == (PlayerState.IDLE, 0, 0)
    # The new film's own events still arrive.
    with qtbot.waitSignal(player.time_changed) as time:
        mp.events.fire("MediaPlayerTimeChanged", new_time=1500)
    assert time.args == [1500]
    player.release()


def test_an_event_posted_before_load_arrives_too_late_to_count(
    qtbot, fake: FakeVlc, film: Path, other_film: Path
) -> None:
    player = Player(vlc_module=fake, renderer=Renderer.CALLBACKS)
    assert player.load(film)
    seen: list[object] = []
    player.time_changed.connect(seen.append)
    player.state_changed.connect(seen.append)
    player.error.connect(seen.append)
    # Fired on VLC's thread and queued for the GUI thread, which is still busy...
    fake.mp.events.fire("MediaPlayerTimeChanged", new_time=3000)
    fake.mp.events.fire("MediaPlayerStopped")
    fake.mp.events.fire("MediaPlayerEncounteredError")
    assert player.load(other_film)  # ...loading the next film: then they are delivered
    seen.clear()  # load() itself says "idle"
    QCoreApplication.processEvents()  # deliver what VLC's threads posted
    assert seen == []
    assert player.state is PlayerState.IDLE and player.time == 0
    player.release()


# -- real libvlc --------------------------------------------------------------

_NO_VLC = libvlc_reason()


@pytest.mark.vlc
@pytest.mark.skipif(_NO_VLC is not None, reason=_NO_VLC or "")
def test_two_real_players_take_turns_on_one_instance(qtbot, film_clip: Path) -> None:
    """The window's film paused, the show's played and released, the window's resumed."""
    window = Player(renderer=Renderer.CALLBACKS, extra_args=["--aout=dummy"])
    show = Player(renderer=Renderer.CALLBACKS, extra_args=["--aout=dummy"])
    try:
        assert window.load(film_clip)
        window.play()
        qtbot.waitUntil(lambda: window.time > 500, timeout=15_000)
        window.pause()
        qtbot.waitUntil(lambda: window.state is PlayerState.PAUSED, timeout=5000)
        assert show.load(film_clip)
        assert show._shared_vlc is window._shared_vlc  # one libvlc instance
        frames: list[object] = []
        show.frame_ready.connect(frames.append)
        show.play()
        qtbot.waitUntil(lambda: show.time > 500 and bool(frames), timeout=15_000)
        show.release()
        paused_at = window.time
        window.play()
        qtbot.waitUntil(lambda: window.time > paused_at + 300, timeout=15_000)
        assert window.state is PlayerState.PLAYING
    finally:
        show.release()
        window.release()
