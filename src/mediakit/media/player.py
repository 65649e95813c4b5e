"""The film player: python-vlc behind one QObject, signals out, no widgets.

libvlc calls us back on its own threads. Every callback only posts a queued
signal to the GUI thread, where the real work happens; nothing here ever
waits on the GUI thread from a VLC thread (a blocking connection deadlocks
``stop()``) and nothing calls ``stop()``/``release()`` from a callback.

Two ways to show the picture (see the platform notes):

* ``Renderer.EMBEDDED``: VLC paints into a native window we hand it
  (:meth:`Player.set_window`) — X11, Windows, macOS;
* ``Renderer.CALLBACKS``: VLC decodes into our buffer and we emit each frame
  as a ``QImage`` (:attr:`Player.frame_ready`) — Wayland, offscreen.

If libvlc cannot be loaded the player says so (:attr:`Player.available`,
:attr:`Player.unavailable_reason`, :data:`INSTALL_HINT`) instead of failing.

Every player of the process shares one libvlc instance
(:mod:`mediakit.media.vlcinstance`). Each :meth:`Player.load` starts a new
generation: VLC events carry the generation they were attached under, and a
late event of the previous film is dropped instead of landing on the new one.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage

from mediakit.media import vlcinstance
from mediakit.media.frames import FrameSink
from mediakit.media.vlcargs import media_options
from mediakit.media.vlcinstance import BASE_ARGS, SharedVlc, VlcUnavailableError, split_args
from mediakit.qttypes import INT64
from mediakit.units import format_time

log = logging.getLogger(__name__)

if sys.platform == "win32" or sys.platform == "darwin":
    INSTALL_HINT = (
        "Install VLC from https://www.videolan.org/vlc/ "
        "(the 64-bit build, to match Python), then restart mediakit."
    )
else:
    INSTALL_HINT = (
        "Install VLC, then restart mediakit: sudo apt install vlc "
        "(or just the library: sudo apt install libvlc5 vlc-plugin-base "
        "vlc-plugin-video-output)"
    )

# Without VLC's log: a film that ends before this share of its length was cut short.
CUT_SHORT = 0.9
SUBTITLE_PRIORITY = 4  # libvlc_media_slaves_add: 4 is "user" priority


class Renderer(Enum):
    EMBEDDED = "embedded"
    CALLBACKS = "callbacks"


class PlayerState(StrEnum):
    IDLE = "idle"  # nothing loaded, or loaded and never played
    OPENING = "opening"
    PLAYING = "playing"
    PAUSED = "paused"
    STOPPED = "stopped"
    ENDED = "ended"
    ERROR = "error"


def choose_renderer(platform_name: str) -> Renderer:
    """Embedded where Qt gives a native window VLC understands; callbacks elsewhere."""
    return Renderer.EMBEDDED if platform_name in ("xcb", "windows", "cocoa") else Renderer.CALLBACKS


# VLC event name -> what the GUI-thread handler does with it.
VLC_EVENTS = (
    "MediaPlayerOpening",
    "MediaPlayerPlaying",
    "MediaPlayerPaused",
    "MediaPlayerStopped",
    "MediaPlayerEndReached",
    "MediaPlayerEncounteredError",
    "MediaPlayerTimeChanged",
    "MediaPlayerLengthChanged",
    "MediaPlayerESAdded",
    "MediaPlayerVout",
)
_STATES = {
    "MediaPlayerOpening": PlayerState.OPENING,
    "MediaPlayerPlaying": PlayerState.PLAYING,
    "MediaPlayerPaused": PlayerState.PAUSED,
    "MediaPlayerStopped": PlayerState.STOPPED,
    "MediaPlayerEndReached": PlayerState.ENDED,
    "MediaPlayerEncounteredError": PlayerState.ERROR,
}


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

    # From VLC threads to the GUI thread (connected queued below):
    # (the load() generation the event belongs to, event name, value).
    _relay = Signal(int, str, object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        vlc_module: Any = None,
        renderer: Renderer | None = None,
        extra_args: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._vlc_given = vlc_module  # None: python-vlc; tests pass a stand-in
        if renderer is None:
            app = QGuiApplication.instance()
            platform = QGuiApplication.platformName() if app is not None else ""
            renderer = choose_renderer(platform)
        self.renderer = renderer
        instance_args, self._audio_output, self._media_options = split_args(extra_args)
        self._args = (*BASE_ARGS, *instance_args)
        self._shared: SharedVlc | None = None  # the process's libvlc instance, once used
        self._mp: Any = None
        self._media: Any = None
        self._events: Any = None  # keep the EventManager (it holds the ctypes callback)
        self._media_events: Any = None
        self._frames: FrameSink | None = None
        self._generation = 0  # bumped by load(): events of an older one are stale
        self._started = False  # a picture or the clock moved since load()
        self._unavailable: str | None = None
        self._window: int | None = None
        self._path: Path | None = None
        self._subtitle_count = 0
        self._subtitle: int | None = None
        self._volume = 100
        self._muted = False
        self._pending_seek: int | None = None
        self.state = PlayerState.IDLE
        self.time = 0
        self.length = 0
        self.video_size = QSize()
        self._relay.connect(self._on_relay, Qt.ConnectionType.QueuedConnection)

    # -- availability -------------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether libvlc loads; starts (or joins) the shared VLC instance on first use."""
        return self._ensure_instance()

    @property
    def unavailable_reason(self) -> str:
        return self._unavailable or ""

    def warm_up(self) -> None:
        """Start VLC (import python-vlc, create the instance: ~40 ms) in a worker,
        so that the first film shown does not wait for it on the GUI thread; every
        later player of the process, the presenter's too, finds it started."""
        if self._shared is None and self._unavailable is None:
            vlcinstance.warm_up(self._vlc_given, self._args)

    def _ensure_instance(self) -> bool:
        if self._shared is not None:
            return True
        if self._unavailable is not None:
            return False
        try:
            self._shared = vlcinstance.acquire(self._vlc_given, self._args)
        except VlcUnavailableError as error:
            self._unavailable = str(error)
            log.warning("film player unavailable: %s", self._unavailable)
            return False
        return True

    def _ensure_player(self) -> Any:
        if self._mp is not None:
            return self._mp
        mp = self._shared_vlc.instance.media_player_new()
        if self._audio_output is not None:
            mp.audio_output_set(self._audio_output)
        if self.renderer is Renderer.EMBEDDED:
            mp.video_set_key_input(False)  # else VLC eats keys and clicks meant for Qt
            mp.video_set_mouse_input(False)
            if self._window is not None:
                self._attach_window(mp, self._window)
        else:
            self._frames = FrameSink(self)
            self._frames.frame.connect(self.frame_ready)
            self._frames.attach(mp)
        self._events = mp.event_manager()
        self._mp = mp
        return mp

    def _attach_events(self) -> None:
        """(Re)attach VLC's events under the current generation: an event VLC
        fires carries the generation of the film it is about."""
        vlc = self._shared_vlc.vlc
        for name in VLC_EVENTS:
            kind = getattr(vlc.EventType, name)
            self._events.event_detach(kind)  # waits for a callback VLC is running
            self._events.event_attach(kind, self._on_vlc_event, name, self._generation)

    def _detach_events(self) -> None:
        for name in VLC_EVENTS:
            self._events.event_detach(getattr(self._shared_vlc.vlc.EventType, name))

    @property
    def _shared_vlc(self) -> SharedVlc:
        assert self._shared is not None, "only once the instance is there"
        return self._shared

    # -- loading ------------------------------------------------------------

    def set_window(self, handle: int) -> None:
        """The native window VLC paints into (embedded renderer)."""
        self._window = handle
        if self._mp is not None:
            self._attach_window(self._mp, handle)

    def _attach_window(self, mp: Any, handle: int) -> None:
        platform = QGuiApplication.platformName()
        if platform == "windows":
            mp.set_hwnd(handle)
        elif platform == "cocoa":
            mp.set_nsobject(handle)
        else:
            mp.set_xwindow(handle)

    def load(self, path: Path, subtitles: Sequence[tuple[str, Path]] = ()) -> bool:
        """Open ``path`` (not playing yet); ``subtitles`` are (language, file) pairs.

        Returns False, with :attr:`error` emitted, when it cannot.
        """
        if not self._ensure_instance():
            return False
        mp = self._ensure_player()
        if self.state in (PlayerState.PLAYING, PlayerState.PAUSED, PlayerState.OPENING):
            mp.stop()  # its "stopped" event carries the old generation: dropped
        self._detach_media()
        self._generation += 1  # events queued for the previous film are dropped from now
        self._claim_log(clear=True)
        self._path = Path(path)
        self.time = self.length = 0
        self.video_size = QSize()
        self._pending_seek = None
        self._started = False
        self._set_state(PlayerState.IDLE)
        if not self._path.is_file():
            self._fail(f"{self._path}: the film file is missing.")
            return False
        vlc = self._shared_vlc.vlc
        media = self._shared_vlc.instance.media_new_path(str(self._path))
        for option in (*media_options(self._path), *self._media_options):
            media.add_option(option)
        for _language, sub in subtitles:
            media.slaves_add(vlc.MediaSlaveType.subtitle, SUBTITLE_PRIORITY, Path(sub).as_uri())
        self._subtitle_count = len(subtitles)
        if self._subtitle is not None and self._subtitle >= self._subtitle_count:
            self._subtitle = None
        mp.set_media(media)  # stops and joins the previous film's input: its events are over
        self._attach_events()
        if self._frames is not None:
            self._frames.drop_pending()  # the previous film's last picture
        self._media = media
        # Read the duration now, in VLC's own thread, so the seek bar knows
        # the length before the first play.
        self._media_events = media.event_manager()
        self._media_events.event_attach(
            vlc.EventType.MediaParsedChanged,
            self._on_vlc_event,
            "MediaParsedChanged",
            self._generation,
        )
        media.parse_with_options(vlc.MediaParseFlag.local, 0)
        return True

    def _detach_media(self) -> None:
        if self._media is not None:
            self._media_events.event_detach(self._shared_vlc.vlc.EventType.MediaParsedChanged)
            self._media.release()
            self._media = self._media_events = None

    # -- transport ----------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._media is not None

    def play(self) -> None:
        if self._mp is None or self._media is None:
            return
        if self.state in (PlayerState.ENDED, PlayerState.ERROR):
            self._mp.stop()  # VLC 3 cannot resume from the end: restart
        self._claim_log(clear=False)
        if self._mp.play() == -1:
            self._fail(f"{self._path}: VLC could not play this file.")

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
        return self._subtitle

    def set_subtitle(self, index: int | None) -> None:
        """Show the ``index``-th subtitle file given to :meth:`load`, or none."""
        if index is not None and not 0 <= index < self._subtitle_count:
            raise IndexError(f"no subtitle track {index}")
        self._subtitle = index
        self._apply_subtitle(resync=True)

    def _apply_subtitle(self, resync: bool = False) -> None:
        if self._mp is None or self.state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return
        # Our subtitle files are VLC's last spu tracks, in the order added.
        ids = [tid for tid, _name in self._mp.video_get_spu_description() or () if tid != -1]
        ours = ids[-self._subtitle_count :] if self._subtitle_count else []
        wanted = (
            -1 if self._subtitle is None or self._subtitle >= len(ours) else ours[self._subtitle]
        )
        if self._mp.video_get_spu() != wanted:
            self._mp.video_set_spu(wanted)
            if resync and wanted != -1 and self.time > 0:
                # VLC 3 shows a newly selected subtitle file only from the
                # next seek: seek to where we are so the current line shows.
                self._mp.set_time(self.time)

    # -- teardown -----------------------------------------------------------

    def release(self) -> None:
        """Stop and free libvlc's player; call before Qt destroys the windows."""
        if self._mp is not None:
            self._detach_events()
            self._mp.stop()  # joins VLC's threads: no callback runs after this
            self._detach_media()
            self._mp.release()
            self._mp = self._events = None
            if self._frames is not None:
                self._frames.close()
                self._frames = None  # after release: VLC no longer holds the callbacks
        if self._shared is not None:
            if self._shared.log_owner is self:
                self._shared.log_owner = None
            vlcinstance.release(self._shared)  # the last player frees the instance
            self._shared = None
        self.state = PlayerState.IDLE

    # -- VLC thread -> GUI thread -------------------------------------------

    def _on_vlc_event(self, event: Any, name: str, generation: int) -> None:
        """Runs on a VLC thread: copy what is needed and post it, nothing else."""
        value: object = None
        if name == "MediaPlayerTimeChanged":
            value = int(event.u.new_time)
        elif name == "MediaPlayerLengthChanged":
            value = int(event.u.new_length)
        self._relay.emit(generation, name, value)

    @Slot(int, str, object)
    def _on_relay(self, generation: int, name: str, value: object) -> None:
        if self._mp is None:
            return  # released meanwhile
        if generation != self._generation:
            return  # about the film before the last load()
        if name == "MediaPlayerTimeChanged":
            assert isinstance(value, int)
            self._started = self._started or value > 0
            self.time = value
            self.time_changed.emit(value)
        elif name == "MediaPlayerLengthChanged" or name == "MediaParsedChanged":
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
        elif name in _STATES:
            self._on_state(_STATES[name])

    def _parsed_length(self) -> int:
        return int(self._media.get_duration()) if self._media is not None else 0

    def _on_state(self, state: PlayerState) -> None:
        if state is PlayerState.STOPPED and self.state is PlayerState.OPENING:
            state = PlayerState.ERROR  # VLC gave up before the first picture
        if state is PlayerState.ENDED and not self._started:
            # Random bytes or an unknown codec: VLC "plays" them and ends at once.
            self._fail(self._why("VLC found no picture or sound it can decode in this file"))
            return
        if state is PlayerState.ENDED and self._cut_short():
            # A file cut in half: its index promises more than its data holds.
            self._fail(
                self._why(
                    f"the film stops at {format_time(self.time)} of {format_time(self.length)} "
                    "(cut short?)"
                )
            )
            return
        if state is PlayerState.ERROR:
            self._fail(self._why("VLC could not play this file"))
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

    def _claim_log(self, *, clear: bool) -> None:
        """VLC's log is the instance's: its lines are about the film of the player that
        last loaded or played. Taking it over from another player starts it afresh."""
        shared = self._shared_vlc
        if clear or shared.log_owner is not self:
            shared.log.clear()
            shared.log_owner = self

    def _owns_log(self) -> bool:
        return self._shared is not None and self._shared.log_owner is self

    def _cut_short(self) -> bool:
        """VLC's demuxer says data is missing. Where its log cannot be read, a film
        ending well before its length; not otherwise: VLC ends a 1 fps film once its
        last picture is out, its clock seconds short of the end."""
        vlc_log = self._shared_vlc.log
        if vlc_log.attached:
            return self._owns_log() and vlc_log.says_cut_short()
        return self.length > 0 and self.time < CUT_SHORT * self.length

    def _why(self, ours: str) -> str:
        theirs = self._shared_vlc.log.reason() if self._owns_log() else ""
        return f"{self._path}: {ours}." + (f"\nVLC says: {theirs}" if theirs else "")

    def _set_state(self, state: PlayerState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(str(state))

    def _fail(self, message: str) -> None:
        log.warning("film player: %s", message)
        self._set_state(PlayerState.ERROR)
        self.error.emit(message)
