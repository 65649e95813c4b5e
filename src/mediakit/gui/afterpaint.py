"""Work that must wait until the window has painted what the reader asked for.

A zero-time timer is not enough: Qt posts a window's repaint (its
``UpdateRequest``) at low priority, so a timer started with the new content
fires first, and rendering the pages no one looks at, or starting VLC, comes
between the reader and the kit. :func:`after_paint` runs its callback on the
turn after the window's next repaint, or on the next turn when the window is
not shown and will not paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_NAME = "mediakit-after-paint"


class _AfterPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_NAME)
        self._window = window
        self._queued: list[Callable[[], object]] = []
        window.installEventFilter(self)

    def queue(self, callback: Callable[[], object]) -> None:
        if not self._window.isVisible():
            QTimer.singleShot(0, self, callback)
            return
        self._queued.append(callback)
        self._window.update()  # a repaint is on its way, whatever else happens

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # On a repaint, timers started now run once it is done; on a hide, no
        # repaint will come, so the work is not kept waiting.
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Hide) and self._queued:
            queued, self._queued = self._queued, []
            for callback in queued:
                QTimer.singleShot(0, self, callback)
        return False


def after_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Run ``callback`` once ``widget``'s window has repainted (soon, if it is hidden)."""
    window = widget.window()
    helper = window.findChild(_AfterPaint, _NAME)
    if helper is None:
        helper = _AfterPaint(window)
    helper.queue(callback)
