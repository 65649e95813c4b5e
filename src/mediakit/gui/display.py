"""Is there a screen to open a window on? Asked before ``QApplication`` exists.

Without one, Qt aborts the whole process (SIGABRT, exit 134) after printing
"Reinstalling the application may fix this problem" — advice that is both
wrong and alarming. So the platform Qt will pick is worked out the way Qt
does, and checked: an X display must accept a connection, a Wayland
compositor must have its socket. Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from pathlib import Path

# Platforms that need no display server: they always start.
_HEADLESS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"})


def _x_display_answers(display: str) -> bool:
    """True when the X server ``display`` accepts a connection (asked through libxcb).

    When libxcb itself cannot be loaded, Qt's xcb platform cannot start either,
    but Qt says so clearly: let it.
    """
    try:
        xcb = ctypes.CDLL(ctypes.util.find_library("xcb") or "libxcb.so.1")
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def _wayland_socket(environ: os._Environ[str] | dict[str, str]) -> bool:
    name = environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return False
    path = (
        Path(name) if Path(name).is_absolute() else Path(environ.get("XDG_RUNTIME_DIR", "")) / name
    )
    return path.exists()


def _requested(environ: os._Environ[str] | dict[str, str]) -> list[str]:
    """The platforms Qt will try, in order (QT_QPA_PLATFORM, else Qt's own default)."""
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return [item.split(":", 1)[0].strip() for item in asked.split(";") if item.strip()]
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def display_problem(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """Why no window can be opened here, as one sentence; None when one can."""
    if not sys.platform.startswith("linux") and not sys.platform.startswith("freebsd"):
        return None  # Windows and macOS always have their own platform
    environ = os.environ if environ is None else environ
    platforms = _requested(environ)
    for platform in platforms:
        if platform in _HEADLESS:
            return None
        if platform.startswith("wayland") and _wayland_socket(environ):
            return None
        if platform == "xcb" and environ.get("DISPLAY") and _x_display_answers(environ["DISPLAY"]):
            return None
        if platform not in {"xcb"} and not platform.startswith("wayland"):
            return None  # a platform we do not know: Qt will say what is wrong with it
    display = environ.get("DISPLAY")
    if display:
        return f"no window can be opened: the X display {display} does not answer"
    return "no window can be opened: there is no display (DISPLAY and WAYLAND_DISPLAY are not set)"
