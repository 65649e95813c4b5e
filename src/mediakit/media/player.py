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
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage

from mediakit.media.frames import FrameSink
from mediakit.media.vlcargs import COMMON_ARGS, media_options
from mediakit.media.vlclog import VlcLog
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

# Subtitles come from the kit only: no guessing files next to the film.
BASE_ARGS = ("--quiet", "--no-xlib", *COMMON_ARGS)
EMBEDDED_ARGS = ("--vout=xcb_x11", "--no-disable-screensaver")
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

    # From VLC threads to the GUI thread (connected queued below).
    _relay = Signal(str, object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        vlc_module: Any = None,
        renderer: Renderer | None = None,
        extra_args: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._vlc = vlc_module
        if renderer is None:
            app = QGuiApplication.instance()
            platform = QGuiApplication.platformName() if app is not None else ""
            renderer = choose_renderer(platform)
        self.renderer = renderer
        self._args = [*BASE_ARGS, *(EMBEDDED_ARGS if renderer is Renderer.EMBEDDED else ())]
        self._args += list(extra_args)
        self._instance: Any = None
        self._warming: Future[tuple[Any, Any]] | None = None
        self._mp: Any = None
        self._media: Any = None
        self._events: Any = None  # keep the EventManager (it holds the ctypes callback)
        self._media_events: Any = None
        self._frames: FrameSink | None = None
        self._log: VlcLog | None = None  # VLC's own words on why a film fails
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
        """Whether libvlc loads; creates the VLC instance on first use (~3 ms)."""
        return self._ensure_instance()

    @property
    def unavailable_reason(self) -> str:
        return self._unavailable or ""

    def warm_up(self) -> None:
        """Start VLC (import python-vlc, create the instance: ~40 ms) in a thread,
        so that the first film shown does not wait for it on the GUI thread.

        A plain thread and a Future rather than the task runner: the result is
        collected synchronously by :meth:`_ensure_instance` when first needed.
        """
        if self._warming is None and self._instance is None and self._unavailable is None:
            self._warming = Future()
            threading.Thread(target=self._start_vlc, name="vlc-warm-up", daemon=True).start()

    def _start_vlc(self) -> None:
        assert self._warming is not None
        try:
            vlc = self._vlc if self._vlc is not None else importlib.import_module("vlc")
            self._warming.set_result((vlc, vlc.Instance(self._args)))
        except BaseException as error:  # re-raised, and explained, on the GUI thread
            self._warming.set_exception(error)

    def _ensure_instance(self) -> bool:
        if self._instance is not None:
            return True
        if self._unavailable is not None:
            return False
        try:
            if self._warming is not None:
                self._vlc, instance = self._warming.result()
                self._warming = None
            else:
                if self._vlc is None:
                    self._vlc = importlib.import_module("vlc")
                instance = self._vlc.Instance(self._args)
        except ImportError:
            self._unavailable = "The python-vlc package is not installed."
        except NameError:  # python-vlc found no libvlc: its functions are undefined
            self._unavailable = "VLC's library (libvlc) is not installed."
        except OSError as error:
            self._unavailable = f"VLC's library (libvlc) could not be loaded: {error}"
        else:
            if instance is None:
                self._unavailable = "VLC could not start (its plugins may be missing)."
            else:
                self._instance = instance
                self._log = VlcLog(self._vlc)
                self._log.attach(instance)
                return True
        log.warning("film player unavailable: %s", self._unavailable)
        return False

    def _ensure_player(self) -> Any:
        if self._mp is not None:
            return self._mp
        vlc = self._vlc
        mp = self._instance.media_player_new()
        if self.renderer is Renderer.EMBEDDED:
            mp.video_set_key_input(False)  # else VLC eats keys and clicks meant for Qt
            mp.video_set_mouse_input(False)
            if self._window is not None:
                self._attach_window(mp, self._window)
        else:
            self._frames = FrameSink(self)
            self._frames.frame.connect(self.frame_ready)
            self._frames.attach(mp)
        events = mp.event_manager()
        for name in VLC_EVENTS:
            events.event_attach(getattr(vlc.EventType, name), self._on_vlc_event, name)
        self._events = events
        self._mp = mp
        return mp

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
            mp.stop()
        self._detach_media()
        self._path = Path(path)
        self.time = self.length = 0
        self.video_size = QSize()
        self._pending_seek = None
        self._started = False
        if self._log is not None:
            self._log.clear()
        self._set_state(PlayerState.IDLE)
        if not self._path.is_file():
            self._fail(f"{self._path}: the film file is missing.")
            return False
        vlc = self._vlc
        media = self._instance.media_new_path(str(self._path))
        for option in media_options(self._path):
            media.add_option(option)
        for _language, sub in subtitles:
            media.slaves_add(vlc.MediaSlaveType.subtitle, SUBTITLE_PRIORITY, Path(sub).as_uri())
        self._subtitle_count = len(subtitles)
        if self._subtitle is not None and self._subtitle >= self._subtitle_count:
            self._subtitle = None
        mp.set_media(media)
        self._media = media
        # Read the duration now, in VLC's own thread, so the seek bar knows
        # the length before the first play.
        self._media_events = media.event_manager()
        self._media_events.event_attach(
            vlc.EventType.MediaParsedChanged, self._on_vlc_event, "MediaParsedChanged"
        )
        media.parse_with_options(vlc.MediaParseFlag.local, 0)
        return True

    def _detach_media(self) -> None:
        if self._media is not None:
            self._media_events.event_detach(self._vlc.EventType.MediaParsedChanged)
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
            for name in VLC_EVENTS:
                self._events.event_detach(getattr(self._vlc.EventType, name))
            self._mp.stop()  # joins VLC's threads: no callback runs after this
            self._detach_media()
            self._mp.release()
            self._mp = self._events = None
            if self._frames is not None:
                self._frames.close()
                self._frames = None  # after release: VLC no longer holds the callbacks
        if self._log is not None:
            self._log.detach()
            self._log = None
        if self._instance is not None:
            self._instance.release()
            self._instance = None
        self.state = PlayerState.IDLE

    # -- VLC thread -> GUI thread -------------------------------------------

    def _on_vlc_event(self, event: Any, name: str) -> None:
        """Runs on a VLC thread: copy what is needed and post it, nothing else."""
        value: object = None
        if name == "MediaPlayerTimeChanged":
            value = int(event.u.new_time)
        elif name == "MediaPlayerLengthChanged":
            value = int(event.u.new_length)
        self._relay.emit(name, value)

    @Slot(str, object)
    def _on_relay(self, name: str, value: object) -> None:
        if self._mp is None:
            return  # released meanwhile
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

    def _cut_short(self) -> bool:
        """VLC's demuxer says data is missing. Where its log cannot be read, a film
        ending well before its length; not otherwise: VLC ends a 1 fps film once its
        last picture is out, its clock seconds short of the end."""
        if self._log is not None and self._log.attached:
            return self._log.says_cut_short()
        return self.length > 0 and self.time < CUT_SHORT * self.length

    def _why(self, ours: str) -> str:
        theirs = self._log.reason() if self._log is not None else ""
        return f"{self._path}: {ours}." + (f"\nVLC says: {theirs}" if theirs else "")

    def _set_state(self, state: PlayerState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(str(state))

    def _fail(self, message: str) -> None:
        log.warning("film player: %s", message)
        self._set_state(PlayerState.ERROR)
        self.error.emit(message)
