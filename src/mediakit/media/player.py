"""The film player: python-vlc behind one QObject, signals out, no widgets.

The Player's API and its state; the rest is in modules of their own:
:mod:`.vlcevents` relays libvlc's events (on its threads) to the GUI thread
and drops those of a film loaded before; :mod:`.vlcsetup` holds the shared
libvlc instance (or why there is none: :attr:`Player.available`,
:data:`INSTALL_HINT`) and makes the media player for the
:class:`~mediakit.media.playback.Renderer` (a native window VLC paints into,
:meth:`Player.set_window`, or frames, :attr:`Player.frame_ready`);
:mod:`.filmmedia` opens a film, :mod:`.subtitletracks` picks its subtitles and
:mod:`.playfailures` says why one did not play. Nothing here calls ``stop()``
or ``release()`` from a VLC callback.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtGui import QGuiApplication, QImage

from mediakit.media import playfailures, vlcsetup
from mediakit.media.filmmedia import FilmMedia
from mediakit.media.frames import FrameSink
from mediakit.media.playback import INSTALL_HINT, PlayerState, Renderer, choose_renderer
from mediakit.media.subtitletracks import SubtitleTracks
from mediakit.media.vlcevents import MEDIA_PARSED, STATE_EVENTS, VLC_EVENTS, EventRelay
from mediakit.media.vlcinstance import BASE_ARGS, SharedVlc, split_args
from mediakit.media.vlcsetup import InstanceClaim
from mediakit.qttypes import INT64

# The player's vocabulary, importable from here as before the split.
__all__ = ["INSTALL_HINT", "VLC_EVENTS", "Player", "PlayerState", "Renderer", "choose_renderer"]

log = logging.getLogger(__name__)


class Player(QObject):
    """One film at a time. Public signals are always emitted on the GUI thread."""

    # 64-bit: a (broken) film may claim a length beyond 2**31 ms.
    time_changed = Signal(INT64)  # ms
    length_changed = Signal(INT64)  # ms
    state_changed = Signal(str)  # a PlayerState value
    ended = Signal()
    error = Signal(str)
    frame_ready = Signal(QImage)  # callbacks renderer only
    video_size_changed = Signal(QSize)  # the picture's true size, once known
    _vlc_started = Signal()  # from a worker: the shared instance has started (or failed)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        vlc_module: Any = None,
        renderer: Renderer | None = None,
        extra_args: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        if renderer is None:
            app = QGuiApplication.instance()
            platform = QGuiApplication.platformName() if app is not None else ""
            renderer = choose_renderer(platform)
        self.renderer = renderer
        instance_args, self._audio_output, self._media_options = split_args(extra_args)
        self._vlc = InstanceClaim(vlc_module, (*BASE_ARGS, *instance_args))
        self._on_started: list[Callable[[], object]] = []
        self._vlc_started.connect(self._run_on_started)
        self._mp: Any = None
        self._media: FilmMedia | None = None
        self._events: Any = None  # keep the EventManager (it holds the ctypes callback)
        self._frames: FrameSink | None = None
        self._relay = EventRelay(self)  # a generation per load(): older events are stale
        self._started = False  # a picture or the clock moved since load()
        self._window: int | None = None
        self._path: Path | None = None
        self._subtitles = SubtitleTracks()
        self._volume = 100
        self._muted = False
        self._pending_seek: int | None = None
        self.state = PlayerState.IDLE
        self.time = 0
        self.length = 0
        self.video_size = QSize()
        self._relay.arrived.connect(self._on_event)

    # -- availability -------------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether libvlc loads; starts (or joins) the shared VLC instance on first use."""
        return self._vlc.acquire()

    @property
    def unavailable_reason(self) -> str:
        return self._vlc.unavailable or ""

    def warm_up(self) -> None:
        """Start VLC (import python-vlc, create the instance: ~40 ms) in a worker,
        so that the first film shown does not wait for it on the GUI thread; every
        later player of the process, the presenter's too, finds it started."""
        self._vlc.warm_up()

    def when_started(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` on this player's thread once VLC has started, or is known
        not to (at once when that is already so): :meth:`load` then never waits."""
        starting = self._vlc.warm_up()
        if starting is None or starting.done():
            callback()
            return
        self._on_started.append(callback)
        starting.add_done_callback(lambda _outcome: self._announce_started())

    def _announce_started(self) -> None:
        # On the worker: only emit, and the signal crosses to this object's thread;
        # a player deleted meanwhile has no one waiting.
        with contextlib.suppress(RuntimeError):
            self._vlc_started.emit()

    def _run_on_started(self) -> None:
        callbacks, self._on_started = self._on_started, []
        for callback in callbacks:
            callback()

    @property
    def _shared_vlc(self) -> SharedVlc:
        assert self._vlc.shared is not None, "only once the instance is there"
        return self._vlc.shared

    def _ensure_player(self) -> Any:
        if self._mp is not None:
            return self._mp
        mp = vlcsetup.new_media_player(self._shared_vlc, self.renderer, self._audio_output)
        if self.renderer is Renderer.EMBEDDED:
            if self._window is not None:
                vlcsetup.attach_window(mp, self._window)
        else:
            self._frames = FrameSink(self)
            self._frames.frame.connect(self.frame_ready)
            self._frames.attach(mp)
        self._events = mp.event_manager()
        self._mp = mp
        return mp

    # -- loading ------------------------------------------------------------

    def set_window(self, handle: int) -> None:
        """The native window VLC paints into (embedded renderer)."""
        self._window = handle
        if self._mp is not None:
            vlcsetup.attach_window(self._mp, handle)

    def load(self, path: Path, subtitles: Sequence[tuple[str, Path]] = ()) -> bool:
        """Open ``path`` (not playing yet); ``subtitles`` are (language, file) pairs.

        Returns False, with :attr:`error` emitted, when it cannot.
        """
        if not self._vlc.acquire():
            return False
        mp = self._ensure_player()
        if self.state in (PlayerState.PLAYING, PlayerState.PAUSED, PlayerState.OPENING):
            mp.stop()  # its "stopped" event carries the old generation: dropped
        self._detach_media()
        self._relay.next_generation()  # events queued for the previous film are dropped now
        playfailures.claim_log(self._shared_vlc, self, clear=True)
        self._path = Path(path)
        self.time = self.length = 0
        self.video_size = QSize()
        self._pending_seek = None
        self._started = False
        self._set_state(PlayerState.IDLE)
        if not self._path.is_file():
            self._fail(
                QCoreApplication.translate("Player", "{path}: the film file is missing.").format(
                    path=self._path
                )
            )
            return False
        film = FilmMedia(
            self._shared_vlc, self._path, self._media_options, self._subtitles, subtitles
        )
        mp.set_media(film.media)  # stops and joins the previous film's input: its events are over
        self._relay.attach(self._events, self._shared_vlc.vlc)
        if self._frames is not None:
            self._frames.drop_pending()  # the previous film's last picture
        self._media = film
        film.parse(self._relay)  # the seek bar knows the length before the first play
        return True

    def _detach_media(self) -> None:
        if self._media is not None:
            self._media.release(self._relay)
            self._media = None

    # -- transport ----------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._media is not None

    def play(self) -> None:
        if self._mp is None or self._media is None:
            return
        if self.state in (PlayerState.ENDED, PlayerState.ERROR):
            self._mp.stop()  # VLC 3 cannot resume from the end: restart
        playfailures.claim_log(self._shared_vlc, self, clear=False)
        if self._mp.play() == -1:
            self._fail(
                QCoreApplication.translate(
                    "Player", "{path}: VLC could not play this file."
                ).format(path=self._path)
            )

    def pause(self) -> None:
        if self._mp is not None and self.state is PlayerState.PLAYING:
            self._mp.set_pause(1)

    def toggle(self) -> None:
        if self.state is PlayerState.PLAYING:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        if self._mp is not None and self.state is not PlayerState.IDLE:
            self._mp.stop()

    def seek(self, ms: int) -> None:
        ms = max(0, min(int(ms), self.length or int(ms)))
        if self._mp is None or self._media is None:
            return
        if self.state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._mp.set_time(ms)
        else:
            self._pending_seek = ms  # applied when playback starts
        self.time = ms
        self.time_changed.emit(ms)

    def seek_relative(self, delta_ms: int) -> None:
        self.seek(self.time + delta_ms)

    # -- sound and subtitles ------------------------------------------------

    @property
    def volume(self) -> int:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, int(volume)))
        if self._mp is not None:
            self._mp.audio_set_volume(self._volume)  # fails quietly before audio starts

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if self._mp is not None:
            self._mp.audio_set_mute(self._muted)

    @property
    def subtitle(self) -> int | None:
        return self._subtitles.chosen

    def set_subtitle(self, index: int | None) -> None:
        """Show the ``index``-th subtitle file given to :meth:`load`, or none."""
        self._subtitles.choose(index)
        self._apply_subtitle(resync=True)

    def _apply_subtitle(self, resync: bool = False) -> None:
        if self._mp is not None and self.state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self._subtitles.apply(self._mp, self.time, resync=resync)

    def audio_tracks(self) -> list[tuple[int, str]]:
        """The film's sound tracks as VLC names them ("Track 1 - [English]"), known
        once it has started (a preloaded film has); empty before."""
        if self._mp is None or self.state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return []
        described = self._mp.audio_get_track_description()
        tracks = described if isinstance(described, list | tuple) else ()
        return [
            (int(tid), name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name))
            for tid, name in tracks
            if tid != -1
        ]

    @property
    def audio_track(self) -> int | None:
        """VLC's id of the sound track playing, None when it has none."""
        if self._mp is None:
            return None
        track = self._mp.audio_get_track()
        return track if isinstance(track, int) and track != -1 else None

    def set_audio_track(self, track: int) -> None:
        if self._mp is not None:
            self._mp.audio_set_track(track)

    # -- teardown -----------------------------------------------------------

    def release(self) -> None:
        """Stop and free libvlc's player; call before Qt destroys the windows."""
        if self._mp is not None:
            self._relay.detach(self._events, self._shared_vlc.vlc)
            self._mp.stop()  # joins VLC's threads: no callback runs after this
            self._detach_media()
            self._mp.release()
            self._mp = self._events = None
            if self._frames is not None:
                self._frames.close()
                self._frames = None  # after release: VLC no longer holds the callbacks
        self._vlc.release(self)  # the last player frees the instance
        self.state = PlayerState.IDLE

    # -- VLC thread -> GUI thread -------------------------------------------

    def _on_event(self, name: str, value: object) -> None:
        """A VLC event about the film loaded, on the GUI thread."""
        if self._mp is None:
            return  # released meanwhile
        if name == "MediaPlayerTimeChanged":
            assert isinstance(value, int)
            self._started = self._started or value > 0
            self.time = value
            self.time_changed.emit(value)
        elif name == "MediaPlayerLengthChanged" or name == MEDIA_PARSED:
            length = value if isinstance(value, int) else self._parsed_length()
            if length > 0 and length != self.length:
                self.length = length
                self.length_changed.emit(length)
        elif name == "MediaPlayerVout":
            self._started = True
            width, height = self._mp.video_get_size(0) or (0, 0)
            size = QSize(int(width), int(height))
            if size.isValid() and not size.isEmpty() and size != self.video_size:
                self.video_size = size
                self.video_size_changed.emit(size)
        elif name == "MediaPlayerESAdded":
            self._apply_subtitle()  # VLC selects the first subtitle by itself
        elif name in STATE_EVENTS:
            self._on_state(STATE_EVENTS[name])

    def _parsed_length(self) -> int:
        return self._media.duration if self._media is not None else 0

    def _on_state(self, state: PlayerState) -> None:
        ours = playfailures.failure(
            self._shared_vlc,
            self,
            state,
            previous=self.state,
            started=self._started,
            time_ms=self.time,
            length_ms=self.length,
        )
        if ours is not None:
            self._fail(playfailures.why(self._shared_vlc, self, self._path, ours))
            return
        self._set_state(state)
        if state is PlayerState.PLAYING:
            self._mp.audio_set_volume(self._volume)
            self._mp.audio_set_mute(self._muted)
            self._apply_subtitle()
            if self._pending_seek is not None:
                self._mp.set_time(self._pending_seek)
                self._pending_seek = None
        if state is PlayerState.ENDED:
            self.ended.emit()

    def _set_state(self, state: PlayerState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(str(state))

    def _fail(self, message: str) -> None:
        log.warning("film player: %s", message)
        self._set_state(PlayerState.ERROR)
        self.error.emit(message)
