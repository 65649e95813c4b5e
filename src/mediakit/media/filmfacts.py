"""``read_film_facts(paths)``: each film's duration, picture size and codecs, as
libvlc reads them from the header — for ``mediakit init``, which needs the
longest film and its runtime, not proof that it plays (that is
:func:`mediakit.media.probe.probe_film`, for ``validate --deep``).

libvlc parses each file (``parse_with_options``, local only, bounded in
time) without playing it: no window, no sound, no ffmpeg. As in the probe,
all VLC work runs in one daemon thread that is abandoned, not joined, if
libvlc hangs; the caller waits ``timeout_s`` a film at most.

python-vlc's ``MediaTrack`` lays out the C union of audio, video and
subtitle details as three fields, so every field after it is misread (and
its ``video`` pointer is garbage): the tracks are read here through a
structure of libvlc 3's own layout.
"""

from __future__ import annotations

import ctypes
import importlib
import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mediakit.kit.authoring.findings import VideoFacts
from mediakit.media.probe import ARGS

log = logging.getLogger(__name__)
_VIDEO, _AUDIO = 1, 0  # libvlc_track_type_t
_NOT_PARSED = 0  # libvlc_media_parsed_status_t before any answer


class _Track(ctypes.Structure):
    """``libvlc_media_track_t`` (libvlc 3), up to its union's pointer."""

    _fields_ = (
        ("codec", ctypes.c_uint32),
        ("original_fourcc", ctypes.c_uint32),
        ("id", ctypes.c_int),
        ("type", ctypes.c_int),
        ("profile", ctypes.c_int),
        ("level", ctypes.c_int),
        ("details", ctypes.c_void_p),  # the union: audio, video or subtitle details
    )


class _Picture(ctypes.Structure):
    """``libvlc_video_track_t``, its first fields."""

    _fields_ = (("height", ctypes.c_uint), ("width", ctypes.c_uint))


def read_film_facts(
    paths: Sequence[Path], timeout_s: float = 10.0, *, vlc_module: Any = None
) -> dict[Path, VideoFacts | None]:
    """Each path's facts; None for a file VLC cannot read (or libvlc missing, or too slow)."""
    found: dict[Path, VideoFacts | None] = dict.fromkeys(paths)
    if not paths:
        return found
    done = threading.Event()

    def work() -> None:
        try:
            _read_all(list(paths), timeout_s, vlc_module, found)
        except Exception as error:  # libvlc missing or misbehaving: the films stay unknown
            log.info("VLC could not read the films: %s", error)
        finally:
            done.set()

    # A daemon thread, never joined if libvlc hangs: it dies with the process.
    threading.Thread(target=work, name="film-facts", daemon=True).start()
    done.wait(timeout_s * len(paths) + 2.0)
    return dict(found)


def _read_all(
    paths: list[Path], timeout_s: float, vlc_module: Any, found: dict[Path, VideoFacts | None]
) -> None:
    vlc = vlc_module if vlc_module is not None else importlib.import_module("vlc")
    instance = vlc.Instance(list(ARGS))
    if instance is None:
        return  # its plugins may be missing
    try:
        for path in paths:
            found[path] = _read(vlc, instance, path, timeout_s)
    finally:
        instance.release()


def _read(vlc: Any, instance: Any, path: Path, timeout_s: float) -> VideoFacts | None:
    media = instance.media_new_path(str(path))
    try:
        media.parse_with_options(vlc.MediaParseFlag.local, int(timeout_s * 1000))
        deadline = time.monotonic() + timeout_s
        while media.get_parsed_status() == _NOT_PARSED and time.monotonic() < deadline:
            time.sleep(0.01)
        if media.get_parsed_status() != vlc.MediaParsedStatus.done:
            return None
        tracks = _tracks(vlc, media)
        duration = max(0, int(media.get_duration() or 0))
        if duration <= 0 and not tracks:
            return None
        return _facts(vlc, duration, tracks)
    finally:
        media.release()


def _tracks(vlc: Any, media: Any) -> list[tuple[int, int, int, int]]:
    """(type, codec, width, height) of each track; width and height 0 but for video."""
    array = ctypes.POINTER(vlc.MediaTrack)()
    count = vlc.libvlc_media_tracks_get(media, ctypes.byref(array))
    if count <= 0:
        return []
    read: list[tuple[int, int, int, int]] = []
    try:
        for address in ctypes.cast(array, ctypes.POINTER(ctypes.c_void_p * count)).contents:
            track = _Track.from_address(address)
            width = height = 0
            if track.type == _VIDEO and track.details:
                picture = _Picture.from_address(track.details)
                width, height = picture.width, picture.height
            read.append((track.type, track.codec, width, height))
    finally:
        # python-vlc declares this argument one pointer deeper than libvlc takes it.
        vlc.libvlc_media_tracks_release(
            ctypes.cast(array, ctypes.POINTER(ctypes.POINTER(vlc.MediaTrack))), count
        )
    return read


def _facts(vlc: Any, duration: int, tracks: list[tuple[int, int, int, int]]) -> VideoFacts:
    video = next((t for t in tracks if t[0] == _VIDEO), None)
    audio = next((t for t in tracks if t[0] == _AUDIO), None)
    return VideoFacts(
        duration,
        (video[2] or None) if video else None,
        (video[3] or None) if video else None,
        _codec(vlc, _VIDEO, video[1]) if video else None,
        _codec(vlc, _AUDIO, audio[1]) if audio else None,
    )


def _codec(vlc: Any, kind: int, fourcc: int) -> str | None:
    """VLC's name for a codec: ``H264 - MPEG-4 AVC (part 10)``."""
    try:
        name = vlc.libvlc_media_get_codec_description(vlc.TrackType(kind), fourcc)
    except Exception:  # an old libvlc without it
        return None
    text = name.decode("utf-8", "replace") if isinstance(name, bytes) else name
    return str(text) if text else None
