"""The process's libvlc instance, shared by every :class:`~mediakit.media.player.Player`.

Starting VLC (importing python-vlc, ``vlc.Instance``) costs ~40 ms, up to
~80 ms without a plugin cache. The window starts it in a worker while the
first kit loads (:func:`warm_up`); the presenter's player then finds it
ready instead of starting a second, cold one. Renderer choices are made per
media player (``set_xwindow``, ``video_set_callbacks``, ``audio_output_set``)
so one instance serves every renderer; only players given instance
arguments of their own get another instance, one per distinct argument list.

VLC's log is the instance's (libvlc has one log callback per instance, and
its lines do not say which media player they came from). The lines belong to
the player that last loaded or played a film — :attr:`SharedVlc.log_owner` —
which is unambiguous because two films never play at once: the window pauses
its film before the show starts. A player that lost the log gives no VLC
reason rather than another film's.

Instances are counted: the last player to let go releases it (after its log
callback is detached), before Qt tears the windows down.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from mediakit.media.vlcargs import COMMON_ARGS
from mediakit.media.vlclog import VlcLog
from mediakit.tasks import Pool

# One instance serves both renderers: the video output is chosen per media player
# (set_xwindow/set_hwnd/set_nsobject choose it for the window — libvlc 3 resets any
# --vout there — and video_set_callbacks chooses "vmem"). VLC's window would also
# inhibit the screen saver; the show does that itself (gui/present/inhibit.py).
BASE_ARGS = ("--quiet", "--no-xlib", "--no-disable-screensaver", *COMMON_ARGS)
# Options a caller may give in ``extra_args`` that libvlc takes per media player or
# per media: they keep the player on the shared instance.
AUDIO_OUTPUT = "--aout="  # -> media_player.audio_output_set(name)
PER_MEDIA = ("--avcodec-hw=",)  # -> media.add_option(":avcodec-hw=...")

WARM_UP_PRIORITY = 1  # ahead of thumbnails queued in the pool: a film waits on it

_Key = tuple[Any, tuple[str, ...]]  # (python-vlc module or None for the real one, arguments)


def split_args(extra_args: Sequence[str]) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
    """``extra_args`` as (instance arguments, audio output, media options).

    Only the instance arguments need an instance of their own.
    """
    instance: list[str] = []
    audio: str | None = None
    media: list[str] = []
    for arg in extra_args:
        if arg.startswith(AUDIO_OUTPUT):
            audio = arg.removeprefix(AUDIO_OUTPUT)
        elif arg.startswith(PER_MEDIA):
            media.append(":" + arg.removeprefix("--"))
        else:
            instance.append(arg)
    return tuple(instance), audio, tuple(media)


class VlcUnavailableError(Exception):
    """libvlc cannot be used here; the message says why, for the film pane."""


@dataclass(eq=False)
class SharedVlc:
    """One libvlc instance, its log, and who uses them."""

    key: _Key
    vlc: Any  # the python-vlc module (or a test's stand-in)
    instance: Any
    log: VlcLog
    users: int = 0
    log_owner: object | None = None  # the player whose film the log's lines are about


@dataclass(eq=False)
class _Entry:
    """An instance being started (``started``), then started (``shared``)."""

    started: Future[tuple[Any, Any]] = field(default_factory=Future)
    shared: SharedVlc | None = None


# Touched on the GUI thread only (players live there); workers only fill a Future.
_entries: dict[_Key, _Entry] = {}


def warm_up(vlc_module: Any, args: Sequence[str]) -> Future[tuple[Any, Any]] | None:
    """Start the instance for ``args`` in the shared pool unless it exists or is
    starting; the start's outcome, None when the instance is already there."""
    key = (vlc_module, tuple(args))
    entry = _entries.get(key)
    if entry is not None:
        return None if entry.shared is not None else entry.started
    entry = _entries[key] = _Entry()
    started = entry.started  # the worker fills this one, even if acquire() replaces it
    Pool.get().start(lambda: _start(started, vlc_module, key[1]), WARM_UP_PRIORITY)
    return started


def acquire(vlc_module: Any, args: Sequence[str]) -> SharedVlc:
    """The shared instance for ``args``, counted as one more user; started here if no
    worker has begun to. Raises :class:`VlcUnavailableError` saying why VLC cannot run."""
    key = (vlc_module, tuple(args))
    entry = _entries.setdefault(key, _Entry())
    if entry.shared is None:
        if entry.started.cancel():  # never warmed, or still queued behind other work
            entry.started = Future()
            _start(entry.started, vlc_module, key[1])
        try:
            vlc, instance = entry.started.result()  # a running warm-up ends in ~40 ms
        except (ImportError, NameError, OSError) as error:
            _forget(key, entry)
            raise VlcUnavailableError(_reason(error)) from error
        except BaseException:
            _forget(key, entry)  # a bug, not a missing VLC: raised as it is
            raise
        if instance is None:
            _forget(key, entry)
            raise VlcUnavailableError(
                QCoreApplication.translate(
                    "Player", "VLC could not start (its plugins may be missing)."
                )
            )
        vlc_log = VlcLog(vlc)
        vlc_log.attach(instance)
        entry.shared = SharedVlc(key, vlc, instance, vlc_log)
    entry.shared.users += 1
    return entry.shared


def release(shared: SharedVlc) -> None:
    """One user fewer; the last one stops the log and frees the instance."""
    shared.users -= 1
    if shared.users > 0:
        return
    entry = _entries.get(shared.key)
    if entry is not None and entry.shared is shared:
        del _entries[shared.key]
    shared.log.detach()  # waits for a running log callback: before the instance goes
    shared.instance.release()


def _start(started: Future[tuple[Any, Any]], vlc_module: Any, args: tuple[str, ...]) -> None:
    """Import python-vlc and create the instance; the outcome goes into ``started``."""
    if not started.set_running_or_notify_cancel():
        return  # the GUI thread needed it first and started it itself
    try:
        vlc = vlc_module if vlc_module is not None else importlib.import_module("vlc")
        started.set_result((vlc, vlc.Instance(list(args))))
    except BaseException as error:  # re-raised, and explained, where it is collected
        started.set_exception(error)


def _reason(error: ImportError | NameError | OSError) -> str:
    if isinstance(error, ImportError):
        return QCoreApplication.translate("Player", "The python-vlc package is not installed.")
    if isinstance(error, NameError):  # python-vlc found no libvlc: its functions are undefined
        return QCoreApplication.translate("Player", "VLC's library (libvlc) is not installed.")
    return QCoreApplication.translate(
        "Player", "VLC's library (libvlc) could not be loaded: {error}"
    ).format(error=error)


def _forget(key: _Key, entry: _Entry) -> None:
    """A failed start is not kept: a later player tries again (and says why again)."""
    if _entries.get(key) is entry:
        del _entries[key]
