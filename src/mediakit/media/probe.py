"""``probe_film(path, timeout_s)``: can VLC play this file? Answered in bounded time.

For ``validate --deep``: an agency wants to know before shipping that the
film decodes, not just that a file is there. Reading the header is not
enough — VLC "plays" random bytes, finding nothing, and a film cut in half
has a complete header — so the probe plays the file with no window and no
sound (``--vout=vdummy``, sound handed to a callback that only counts it): a
picture or sound must come out, then it jumps to just before the end and
plays to the end. A file cut short ends as well (early), so what tells it apart is
VLC's log: it says which data it could not read. VLC's reason for a failure
comes from that log too (:class:`~mediakit.media.vlclog.VlcLog`).

Neither VLC's clock nor the wall clock is evidence: VLC reports its time a
few times a second and ends a film once its last picture is out, so a 1 fps
film ends "early" and a 200 ms film ends before its clock ever moves.

All VLC work runs in a daemon thread; the caller waits at most ``timeout_s``
and gets an answer even if libvlc hangs. No Qt.

A raw thread on purpose, not the GUI's worker pool: a libvlc that hangs is
*abandoned* — a daemon thread dies with the process, whereas a pool thread
would hold a worker forever and keep the program from quitting. The probe
also has its own libvlc instance (``--vout=vdummy``, sound to a callback),
never the players' shared one: it runs from the command line, without Qt.
"""

from __future__ import annotations

import atexit
import importlib
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediakit.media.vlcargs import COMMON_ARGS, media_options
from mediakit.media.vlclog import VlcLog

log = logging.getLogger(__name__)

ARGS = (
    "--quiet",
    "--no-xlib",
    "--vout=vdummy",
    "--aout=dummy",
    *COMMON_ARGS,
    "--no-video-title-show",
    "--no-stats",
    "--avcodec-hw=none",  # software decoding: what every machine can do
)
TAIL_MS = 1500  # how far before the end the probe jumps
PROGRESS_MS = 300  # how far the clock must move past a point for the film to count as playing on
# What VLC logs when the data a file's index promises is not there: the MP4
# reader ("track will be disabled (eof?): Failed to read 561 bytes sample"),
# the MKV/WebM reader ("Error while reading SimpleBlock"), others. Never said
# of a whole file (a whole MKV does log "cannot get block EOF?": not a sign).
_ENDS = frozenset({"MediaPlayerEndReached", "MediaPlayerEncounteredError"})
_EVENTS = ("MediaPlayerVout", *sorted(_ENDS))


@dataclass(frozen=True)
class FilmProbe:
    """``ok``: VLC decoded it. ``error``: why not, in VLC's words where it gave any."""

    ok: bool
    duration_ms: int = 0
    video: bool = False
    audio: bool = False
    error: str | None = None


class _Watch:
    """VLC events, seen from VLC's threads, waited on from the probe thread."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.seen: set[str] = set()

    def on_event(self, event: Any, name: str) -> None:
        with self.changed:
            self.seen.add(name)
            self.changed.notify_all()

    def finished(self) -> bool:
        return bool(self.seen & _ENDS)

    def wait(self, done: Callable[[], bool], until: float) -> None:
        with self.changed:
            while not done() and time.monotonic() < until:
                self.changed.wait(min(0.05, max(0.0, until - time.monotonic())))


class _Sound:
    """Counts the sound buffers VLC hands out (libvlc's audio callbacks, played nowhere).

    The only sign that sound decodes in a film too short for VLC's clock to move.
    """

    def __init__(self, vlc: Any) -> None:
        self.buffers = 0
        decorators = getattr(vlc, "CallbackDecorators", None)
        # Kept for as long as the player may call it, or the process crashes.
        self._callback: Any = None
        if decorators is not None and hasattr(decorators, "AudioPlayCb"):
            self._callback = decorators.AudioPlayCb(self._on_play)

    def attach(self, player: Any) -> None:
        """Take ``player``'s sound; without callbacks it stays on ``--aout=dummy``."""
        if self._callback is None:
            return
        try:
            player.audio_set_callbacks(self._callback, None, None, None, None, None)
            player.audio_set_format("S16N", 48000, 2)
        except Exception as error:  # an old libvlc: the clock is then the sign
            log.info("cannot count VLC's sound: %s", error)

    def _on_play(self, data: Any, samples: Any, count: int, pts: int) -> None:
        self.buffers += 1  # VLC's audio thread; never raises into ctypes


def _runtime_dir_for_wayland() -> None:
    """Give a session-less process (a server, CI) an empty private XDG_RUNTIME_DIR.

    VLC 3 opens a video window even for its dummy output, trying Wayland first,
    and libwayland prints "XDG_RUNTIME_DIR is invalid or not set" straight to
    stderr — into `validate --deep`'s report. With an empty runtime folder it
    finds no compositor and says nothing. A desktop session has its own: kept.
    """
    if os.environ.get("XDG_RUNTIME_DIR"):
        return
    folder = tempfile.mkdtemp(prefix="mediakit-runtime-")  # 0700, as the spec asks
    atexit.register(shutil.rmtree, folder, True)
    os.environ["XDG_RUNTIME_DIR"] = folder


def probe_film(path: Path, timeout_s: float = 15.0, *, vlc_module: Any = None) -> FilmProbe:
    """Play ``path`` briefly with VLC, without window or sound; never longer than
    ``timeout_s`` (a libvlc that hangs is abandoned in its daemon thread)."""
    path = Path(path)
    if not path.is_file():
        return FilmProbe(False, error="the file is missing")
    result: list[FilmProbe] = []
    started = time.monotonic()
    # Playing stops at the deadline; the rest of the time is for stop() and release().
    deadline = started + timeout_s - min(1.0, timeout_s / 5)

    def work() -> None:
        try:
            result.append(_probe(path, deadline, vlc_module))
        except Exception as error:  # libvlc missing or misbehaving: still an answer
            result.append(FilmProbe(False, error=f"VLC could not be run ({error})"))

    # A daemon thread, not a pool worker: abandoned, never joined, if libvlc hangs.
    thread = threading.Thread(target=work, name="film-probe", daemon=True)
    thread.start()
    thread.join(max(0.0, started + timeout_s - time.monotonic()))
    if result:
        return result[0]
    return FilmProbe(False, error=f"VLC did not answer within {timeout_s:g} s")


def _probe(path: Path, deadline: float, vlc_module: Any) -> FilmProbe:
    try:
        vlc = vlc_module if vlc_module is not None else importlib.import_module("vlc")
        _runtime_dir_for_wayland()
        instance = vlc.Instance(list(ARGS))
    except (ImportError, NameError, OSError) as error:
        return FilmProbe(False, error=f"VLC is not available ({error})")
    if instance is None:
        return FilmProbe(False, error="VLC could not start (its plugins may be missing)")
    vlc_log = VlcLog(vlc)
    vlc_log.attach(instance)
    watch = _Watch()
    sound = _Sound(vlc)
    player = instance.media_player_new()
    sound.attach(player)
    media = instance.media_new_path(str(path))
    for option in media_options(path):
        media.add_option(option)
    player.set_media(media)
    events = player.event_manager()
    for name in _EVENTS:
        events.event_attach(getattr(vlc.EventType, name), watch.on_event, name)
    try:
        return _Playing(player, media, watch, sound, vlc_log).run(deadline)
    finally:
        for name in _EVENTS:
            events.event_detach(getattr(vlc.EventType, name))
        player.stop()
        player.release()
        media.release()
        vlc_log.detach()
        instance.release()


@dataclass
class _Playing:
    """One play of the film, from its start or its tail to its end, and the verdict."""

    player: Any
    media: Any
    watch: _Watch
    sound: _Sound
    log: VlcLog
    duration: int = 0
    jumped_to: int = 0

    def run(self, deadline: float) -> FilmProbe:
        if self.player.play() == -1:
            return self._failed("VLC could not start playing it")
        # A film of a few frames may end before VLC's clock moves: wait for a picture or sound.
        self.watch.wait(lambda: self.watch.finished() or self._decoded(), deadline)
        self.duration = self._length()
        if self._decoded() and not self.watch.finished() and self.duration > TAIL_MS + PROGRESS_MS:
            self.jumped_to = self.duration - TAIL_MS
            self.player.set_time(self.jumped_to)
        # To the end: a whole film ends there, and so does a cut one, but VLC then says
        # what it could not read. A film longer than its header says plays on past it.
        self.watch.wait(lambda: self.watch.finished() or self._past(self.duration), deadline)
        return self._verdict()

    def _verdict(self) -> FilmProbe:
        if self.log.says_cut_short():
            return self._failed("the film stops before its end (cut short?)")
        if not self._decoded():
            if self.watch.finished():
                return self._failed("VLC found no picture or sound it can decode")
            return self._failed("VLC did not start it in time")
        if "MediaPlayerEncounteredError" in self.watch.seen:
            return self._failed("VLC could not play it")
        if not self.watch.finished() and not self._past(self.jumped_to):
            return self._failed("VLC could not reach the end")
        return FilmProbe(True, self.duration, self._video(), self._audio())

    def _length(self) -> int:
        return max(0, int(self.media.get_duration() or 0), int(self.player.get_length() or 0))

    def _decoded(self) -> bool:
        """A picture or sound came out, or (without sound callbacks) the clock moved."""
        return self._video() or self.sound.buffers > 0 or self.player.get_time() > 0

    def _past(self, point: int) -> bool:
        return bool(self.player.get_time() >= point + PROGRESS_MS)

    def _video(self) -> bool:
        return "MediaPlayerVout" in self.watch.seen or bool(self.player.has_vout())

    def _audio(self) -> bool:
        return self.sound.buffers > 0 or _has_audio(self.media)

    def _failed(self, ours: str) -> FilmProbe:
        theirs = self.log.reason()
        error = f"{ours} (VLC: {theirs})" if theirs else ours
        return FilmProbe(False, self.duration, self._video(), self._audio(), error)


def _has_audio(media: Any) -> bool:
    try:
        return any("audio" in str(track.type).lower() for track in media.tracks_get() or ())
    except Exception:  # tracks_get is best effort on old libvlc
        return False
