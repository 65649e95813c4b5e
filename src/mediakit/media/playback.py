"""What a film player is doing and how it shows pictures: the vocabulary
:class:`mediakit.media.player.Player` speaks, with no VLC in it.

* :class:`PlayerState` — the states its ``state_changed`` signal names;
* :class:`Renderer` — how the picture reaches the screen (see the platform
  notes): VLC paints into a native window, or hands us frames;
* :data:`INSTALL_HINT` — what to do when libvlc cannot be loaded (in English:
  show it through ``QCoreApplication.translate("Player", INSTALL_HINT)``).
"""

from __future__ import annotations

import sys
from enum import Enum, StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

if sys.platform == "win32" or sys.platform == "darwin":
    INSTALL_HINT = str(  # the stubs say QT_TRANSLATE_NOOP gives an object
        QT_TRANSLATE_NOOP(
            "Player",
            "Install VLC from https://www.videolan.org/vlc/ "
            "(the 64-bit build, to match Python), then restart mediakit.",
        )
    )
else:
    INSTALL_HINT = str(  # the stubs say QT_TRANSLATE_NOOP gives an object
        QT_TRANSLATE_NOOP(
            "Player",
            "Install VLC, then restart mediakit: sudo apt install vlc "
            "(or just the library: sudo apt install libvlc5 vlc-plugin-base "
            "vlc-plugin-video-output)",
        )
    )


class Renderer(Enum):
    EMBEDDED = "embedded"  # VLC paints into a native window we hand it
    CALLBACKS = "callbacks"  # VLC decodes into our buffer, we emit QImages


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
