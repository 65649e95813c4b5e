"""VLC's callbacks renderer: decode into our buffer, hand frames out as QImage.

Used where VLC cannot paint into a Qt window (native Wayland, offscreen).
VLC calls ``setup`` once per video format (its sizes may include decoder
padding or a rescale: the player reports the true picture size separately,
:attr:`mediakit.media.player.Player.video_size`) and then ``lock``/``unlock``/
``display`` for every picture, all on its video output thread (VLC's own:
libvlc calls us, we start no thread). ``display``
copies the picture (the buffer is reused) and posts it to the GUI thread; if
the GUI has not taken the previous frame yet, the newer one replaces it, so a
busy GUI drops frames instead of queueing them.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage

MAX_WIDTH = 1920  # larger films are scaled down by VLC: a preview does not need more
_ALIGN = 32  # VLC wants planes, pitches and lines aligned to 32

_uint_p = ctypes.POINTER(ctypes.c_uint)
# The chroma is a 4-byte buffer VLC lets us rewrite: python-vlc declares it
# c_char_p (read-only bytes), so ours takes a c_void_p and is cast to
# python-vlc's prototype (ctypes shares one class per signature).
_SetupOurs = ctypes.CFUNCTYPE(
    ctypes.c_uint,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.c_void_p,
    _uint_p,
    _uint_p,
    _uint_p,
    _uint_p,
)
_SetupVlc = ctypes.CFUNCTYPE(
    ctypes.c_uint,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.c_char_p,
    _uint_p,
    _uint_p,
    _uint_p,
    _uint_p,
)
_Cleanup = ctypes.CFUNCTYPE(None, ctypes.c_void_p)
_Lock = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p))
_Unlock = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p))
_Display = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


def _align(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


class FrameSink(QObject):
    """Owns the buffer and the ctypes callbacks for as long as VLC may call them."""

    frame = Signal(QImage)  # on the GUI thread
    _posted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: QImage | None = None
        self._pending = False
        self._closed = False
        self._raw: ctypes.Array[ctypes.c_ubyte] | None = None
        self._plane = 0  # aligned address inside _raw
        self._width = self._height = self._pitch = 0
        # References held here: a collected callback crashes the process.
        self._setup_cb = _SetupOurs(self._setup)
        self._cleanup_cb = _Cleanup(self._cleanup)
        self._lock_cb = _Lock(self._lock_picture)
        self._unlock_cb = _Unlock(self._unlock_picture)
        self._display_cb = _Display(self._display)
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def attach(self, media_player: Any) -> None:
        media_player.video_set_format_callbacks(
            ctypes.cast(self._setup_cb, _SetupVlc), self._cleanup_cb
        )
        media_player.video_set_callbacks(self._lock_cb, self._unlock_cb, self._display_cb, None)

    def drop_pending(self) -> None:
        """Forget a picture not yet handed out (a new film was loaded)."""
        with self._lock:
            self._latest = None

    def close(self) -> None:
        """Drop frames still in flight (call after VLC's player is released)."""
        with self._lock:
            self._closed = True
            self._latest = None

    # -- VLC's video output thread ------------------------------------------

    def _setup(
        self, _opaque: Any, chroma: int, width: Any, height: Any, pitches: Any, lines: Any
    ) -> int:
        w, h = int(width[0]), int(height[0])
        if w <= 0 or h <= 0:
            return 0
        if w > MAX_WIDTH:
            w, h = MAX_WIDTH, max(1, round(h * MAX_WIDTH / w))
        ctypes.memmove(chroma, b"RV32", 4)  # BGRA in memory = QImage.Format_RGB32
        width[0], height[0] = w, h
        pitch, rows = _align(w * 4), _align(h)
        pitches[0], lines[0] = pitch, rows
        self._raw = (ctypes.c_ubyte * (pitch * rows + _ALIGN))()
        self._plane = _align(ctypes.addressof(self._raw))
        self._width, self._height, self._pitch = w, h, pitch
        return 1

    def _cleanup(self, _opaque: Any) -> None:
        pass  # the buffer stays until the next setup or until we are collected

    def _lock_picture(self, _opaque: Any, planes: Any) -> int:
        planes[0] = self._plane
        return 0

    def _unlock_picture(self, _opaque: Any, _picture: Any, _planes: Any) -> None:
        pass

    def _display(self, _opaque: Any, _picture: Any) -> None:
        size = self._pitch * self._height
        view = (ctypes.c_ubyte * size).from_address(self._plane)
        image = QImage(  # copy: VLC reuses the buffer for the next picture
            memoryview(view), self._width, self._height, self._pitch, QImage.Format.Format_RGB32
        ).copy()
        with self._lock:
            if self._closed:
                return
            self._latest = image
            post = not self._pending
            self._pending = True
        if post:
            self._posted.emit()

    # -- GUI thread ---------------------------------------------------------

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            image, self._latest = self._latest, None
            self._pending = False
        if image is not None:
            self.frame.emit(image)
