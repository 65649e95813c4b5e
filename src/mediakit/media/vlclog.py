"""VLC's own words on why a file does not play, from libvlc's log callback.

python-vlc tells us only *that* playback failed (an event, often not even
that: random bytes simply "end"). The reason is in libvlc's log — "VLC
could not identify the audio or video codec", "Failed to read 25551 bytes
sample" — so :class:`VlcLog` installs a log callback on an instance and keeps
the last lines, bounded, for :meth:`VlcLog.reason`.

The callback runs on VLC's threads: it formats the line, appends it under a
lock and returns; it never raises (an exception in a ctypes callback is only
printed) and never touches Qt.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from collections import deque
from typing import Any

log = logging.getLogger(__name__)

WARNING, ERROR = 3, 4  # libvlc_log_level
KEEP = 64  # lines kept: the reason is in the last few
# What VLC's demuxers log when a file ends before the data its index promises
# (MP4 "Failed to read", MKV/WebM "Error while reading"): a cut-short file.
CUT_SIGNS = ("Failed to read", "Error while reading", "cannot read", "truncated")
LINE_CHARS = 300
# Said by VLC for files that play well on machines like ours: never a reason.
NOISE = (
    "VDPAU",
    "Xlib",
    "VA-API",
    "vaapi",
    "XDG_RUNTIME_DIR",
    "dbus",
    "screensaver",
    "elst box found",
    "STTS table",
    "CTTS table",
    "decoded zero sample",
    "early picture skipped",
    "buffer deadlock prevented",
    "no reference clock",
    "Could not get display date",
    "Could not convert timestamp",
)


def _vsnprintf() -> Any:
    try:
        libc = ctypes.cdll.msvcrt if sys.platform == "win32" else ctypes.CDLL(None)
        function = libc.vsnprintf
    except (OSError, AttributeError):
        return None
    function.restype = ctypes.c_int
    function.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_void_p]
    return function


class VlcLog:
    """The last lines libvlc logged at warning level or above, for one instance."""

    def __init__(self, vlc_module: Any) -> None:
        self._lock = threading.Lock()
        self._lines: deque[tuple[int, str]] = deque(maxlen=KEEP)
        self._format = _vsnprintf()
        self._buffer = ctypes.create_string_buffer(1024)
        self._instance: Any = None
        # Kept for as long as the instance may call it, or the process crashes.
        self._callback: Any = None
        decorators = getattr(vlc_module, "CallbackDecorators", None)
        if decorators is not None and hasattr(decorators, "LogCb"):
            self._callback = decorators.LogCb(self._on_log)

    def attach(self, instance: Any) -> bool:
        """Start collecting ``instance``'s log; False when that is not possible."""
        if self._callback is None or not hasattr(instance, "log_set"):
            return False
        try:
            instance.log_set(self._callback, None)
        except Exception as error:  # an old libvlc: degrade to the bare message
            log.info("cannot read VLC's log: %s", error)
            return False
        self._instance = instance
        return True

    def detach(self) -> None:
        """Stop the callback (waits for a running one); before the instance is released."""
        if self._instance is not None:
            self._instance.log_unset()
            self._instance = None

    def clear(self) -> None:
        with self._lock:
            self._lines.clear()

    def lines(self) -> list[tuple[int, str]]:
        with self._lock:
            return list(self._lines)

    def reason(self, most: int = 3) -> str:
        """The last distinct errors VLC logged, else its last warnings; "" if none."""
        lines = [(level, text) for level, text in self.lines() if not _noise(text)]
        for wanted in (ERROR, WARNING):
            picked: list[str] = []
            for level, text in reversed(lines):
                if level >= wanted and text not in picked:
                    picked.append(text)
                if len(picked) == most:
                    break
            if picked:
                return "; ".join(reversed(picked))
        return ""

    @property
    def attached(self) -> bool:
        """Whether VLC's lines reach us (an old libvlc, or a fake, gives none)."""
        return self._instance is not None

    def says_cut_short(self) -> bool:
        """VLC's demuxers said that data the file's index promises is missing."""
        return self.mentions(CUT_SIGNS)

    def mentions(self, words: tuple[str, ...]) -> bool:
        """Whether any line kept holds one of ``words``."""
        return any(word in text for _level, text in self.lines() for word in words)

    def _on_log(self, data: Any, level: int, ctx: Any, fmt: bytes, args: Any) -> None:
        try:
            if level < WARNING:
                return
            with self._lock:  # one buffer, one line at a time
                if self._format is not None:
                    self._format(self._buffer, len(self._buffer), fmt, args)
                    raw = self._buffer.value
                else:
                    raw = fmt or b""
                text = raw.decode("utf-8", "replace").strip()[:LINE_CHARS]
                if text:
                    self._lines.append((int(level), text))
        except Exception:  # never let an exception reach ctypes
            return


def _noise(text: str) -> bool:
    return any(word in text for word in NOISE)
