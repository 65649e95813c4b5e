"""Where the first window goes, before any saved geometry."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

DEFAULT_SIZE = QSize(1280, 800)
# Room for the window manager's title bar and borders, unknown before the
# window is shown: a 1366×768 laptop must still show the status bar.
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)


def default_geometry(available: QRect) -> QRect:
    """1280×800, or less, centred on the screen's available area so that all
    of it, frame included, is seen."""
    room = available.marginsRemoved(FRAME_ALLOWANCE)
    geometry = QRect(room.topLeft(), DEFAULT_SIZE.boundedTo(room.size()))
    geometry.moveCenter(room.center())
    return geometry
