"""libvlc's objects for one Player: its hold on the process's shared instance
(or the reason there is none) and a media player set up for its renderer."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from PySide6.QtGui import QGuiApplication

from mediakit.media import vlcinstance
from mediakit.media.playback import Renderer
from mediakit.media.vlcinstance import SharedVlc, VlcUnavailableError

log = logging.getLogger(__name__)


class InstanceClaim:
    """The shared libvlc instance as one player holds it: joined on first use, or
    the reason it cannot be had (then not tried again)."""

    def __init__(self, vlc_module: Any, args: tuple[str, ...]) -> None:
        self._vlc_given = vlc_module  # None: python-vlc; tests pass a stand-in
        self._args = args
        self.shared: SharedVlc | None = None
        self.unavailable: str | None = None

    def acquire(self) -> bool:
        """Whether libvlc loads; starts (or joins) the shared instance the first time."""
        if self.shared is not None:
            return True
        if self.unavailable is not None:
            return False
        try:
            self.shared = vlcinstance.acquire(self._vlc_given, self._args)
        except VlcUnavailableError as error:
            self.unavailable = str(error)
            log.warning("film player unavailable: %s", self.unavailable)
            return False
        return True

    def warm_up(self) -> Future[tuple[Any, Any]] | None:
        """Start the instance in a worker, unless it is held or known to be missing;
        the start's outcome while it is under way, else None (nothing to wait for)."""
        if self.shared is None and self.unavailable is None:
            return vlcinstance.warm_up(self._vlc_given, self._args)
        return None

    def release(self, player: object) -> None:
        """Let go of the instance (the last player frees it), and of its log."""
        if self.shared is not None:
            if self.shared.log_owner is player:
                self.shared.log_owner = None
            vlcinstance.release(self.shared)
            self.shared = None


def new_media_player(shared: SharedVlc, renderer: Renderer, audio_output: str | None) -> Any:
    mp = shared.instance.media_player_new()
    if audio_output is not None:
        mp.audio_output_set(audio_output)
    if renderer is Renderer.EMBEDDED:
        mp.video_set_key_input(False)  # else VLC eats keys and clicks meant for Qt
        mp.video_set_mouse_input(False)
    return mp


def attach_window(mp: Any, handle: int) -> None:
    """Have ``mp`` paint into the native window ``handle`` (embedded renderer)."""
    platform = QGuiApplication.platformName()
    if platform == "windows":
        mp.set_hwnd(handle)
    elif platform == "cocoa":
        mp.set_nsobject(handle)
    else:
        mp.set_xwindow(handle)
