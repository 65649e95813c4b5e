"""``probe_film(path, timeout_s)``: can VLC play this file? Answered in bounded time.

For ``validate --deep``: an agency wants to know before shipping that the
film decodes, not just that a file is there. Reading the header is not
enough — VLC "plays" random bytes, finding nothing, and a film cut in half
has a complete header — so the probe plays the file with no window and no
sound (``--vout=dummy --aout=dummy``): a picture must come out, then it jumps
to just before the end, which must decode too. VLC's reason for a failure
comes from its log (:class:`~mediakit.media.vlclog.VlcLog`).

All VLC work runs in a daemon thread; the caller waits at most ``timeout_s``
and gets an answer even if libvlc hangs. No Qt.
"""

from __future__ import annotations

import importlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediakit.media.vlcargs import COMMON_ARGS
from mediakit.media.vlclog import VlcLog

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
PROGRESS_MS = 300  # how much must play after the jump for the end to count as there
# What VLC logs when the data a file's index points to is not there.
CUT_SIGNS = ("Failed to read", "eof?", "cannot read", "truncated")


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

    def wait(self, done: Any, until: float) -> None:
        with self.changed:
            while not done() and time.monotonic() < until:
                self.changed.wait(min(0.05, max(0.0, until - time.monotonic())))


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

    thread = threading.Thread(target=work, name="film-probe", daemon=True)
    thread.start()
    thread.join(max(0.0, started + timeout_s - time.monotonic()))
    if result:
        return result[0]
    return FilmProbe(False, error=f"VLC did not answer within {timeout_s:g} s")


def _probe(path: Path, deadline: float, vlc_module: Any) -> FilmProbe:
    try:
        vlc = vlc_module if vlc_module is not None else importlib.import_module("vlc")
        instance = vlc.Instance(list(ARGS))
    except (ImportError, NameError, OSError) as error:
        return FilmProbe(False, error=f"VLC is not available ({error})")
    if instance is None:
        return FilmProbe(False, error="VLC could not start (its plugins may be missing)")
    log = VlcLog(vlc)
    log.attach(instance)
    watch = _Watch()
    player = instance.media_player_new()
    media = instance.media_new_path(str(path))
    player.set_media(media)
    events = player.event_manager()
    names = ("MediaPlayerVout", "MediaPlayerEndReached", "MediaPlayerEncounteredError")
    for name in names:
        events.event_attach(getattr(vlc.EventType, name), watch.on_event, name)
    try:
        return _play(player, media, watch, log, deadline)
    finally:
        for name in names:
            events.event_detach(getattr(vlc.EventType, name))
        player.stop()
        player.release()
        media.release()
        log.detach()
        instance.release()


def _play(player: Any, media: Any, watch: _Watch, log: VlcLog, deadline: float) -> FilmProbe:
    def finished() -> bool:
        return bool(watch.seen & {"MediaPlayerEndReached", "MediaPlayerEncounteredError"})

    def why(ours: str) -> str:
        theirs = log.reason()
        return f"{ours} (VLC: {theirs})" if theirs else ours

    if player.play() == -1:
        return FilmProbe(False, error=why("VLC could not start playing it"))
    # First sign of life: a picture, or (for sound only) the clock moving.
    watch.wait(lambda: finished() or player.get_time() > 0, deadline)
    duration = max(0, int(media.get_duration() or 0), int(player.get_length() or 0))
    video = "MediaPlayerVout" in watch.seen or bool(player.has_vout())
    audio = _has_audio(media)
    if player.get_time() <= 0:
        if time.monotonic() >= deadline:
            return FilmProbe(False, duration, video, audio, why("VLC did not start it in time"))
        return FilmProbe(
            False, duration, video, audio, why("VLC found no picture or sound it can decode")
        )
    if duration > TAIL_MS + PROGRESS_MS:
        target = duration - TAIL_MS
        jumped = time.monotonic()
        player.set_time(target)
        watch.wait(lambda: finished() or player.get_time() >= target + PROGRESS_MS, deadline)
        if player.get_time() < target + PROGRESS_MS:
            # A cut file ends at once (~50 ms); a whole one plays its tail, though
            # VLC's clock may not show the last of it (sound only).
            if finished() and (
                (time.monotonic() - jumped < TAIL_MS / 2000 and video) or log.mentions(CUT_SIGNS)
            ):
                return FilmProbe(
                    False, duration, video, audio, why("the film stops before its end (cut short?)")
                )
            if not finished():
                return FilmProbe(False, duration, video, audio, why("VLC could not reach the end"))
    video = video or "MediaPlayerVout" in watch.seen
    return FilmProbe(True, duration, video, audio)


def _has_audio(media: Any) -> bool:
    try:
        return any("audio" in str(track.type).lower() for track in media.tracks_get() or ())
    except Exception:  # tracks_get is best effort on old libvlc
        return False
