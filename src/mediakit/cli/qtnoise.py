"""Qt's words a command-line user should not see.

The offscreen platform warns "This plugin does not support
propagateSizeHints()" whenever a window with a layout is shown: true, and of
no use to anyone running `mediakit snapshot`. That one line is dropped; every
other Qt message still reaches stderr.
"""

from __future__ import annotations

import sys
from typing import Any

_HARMLESS = frozenset({"This plugin does not support propagateSizeHints()"})


def drop_offscreen_noise() -> None:
    """Install a Qt message handler that drops the offscreen platform's harmless warning."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(mode: QtMsgType, _context: Any, message: str) -> None:
        if message not in _HARMLESS:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
