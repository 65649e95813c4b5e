"""Full screen for the film pane: its picture and bar (the frame) move into a
top-level window of their own and back.

Reparenting keeps the video's native window (X11 reparents it), so VLC goes on
painting into it. The window has no keys of its own: it hands every key press
to the film pane's handler.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class FullScreenHost(QWidget):
    """The top-level window the frame moves into."""

    def __init__(self, on_key: Callable[[QKeyEvent], None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self._on_key = on_key
        self.setWindowTitle(QCoreApplication.translate("FilmPage", "Film"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._on_key(event)


class FullScreen:
    """Moves ``frame`` from ``home`` (a widget with a layout) to full screen and back."""

    def __init__(self, frame: QWidget, home: QWidget, on_key: Callable[[QKeyEvent], None]) -> None:
        self._frame = frame
        self._home = home
        self._on_key = on_key
        self._host: FullScreenHost | None = None  # made on first use

    @property
    def active(self) -> bool:
        return self._host is not None and self._host.isVisible()

    def enter(self) -> bool:
        """Go full screen on the frame's screen; False if it already was."""
        if self.active:
            return False
        if self._host is None:
            self._host = FullScreenHost(self._on_key)
        screen = self._frame.screen().geometry()
        layout = self._host.layout()
        assert layout is not None
        layout.addWidget(self._frame)
        self._host.setGeometry(screen)  # also right without a window manager
        self._host.showFullScreen()
        self._host.activateWindow()
        return True

    def leave(self) -> bool:
        """Put the frame back home; False if it was not full screen."""
        if not self.active:
            return False
        assert self._host is not None
        layout = self._home.layout()
        assert layout is not None
        layout.addWidget(self._frame)
        self._host.hide()
        return True

    def close(self) -> None:
        self.leave()
        if self._host is not None:
            self._host.deleteLater()
            self._host = None
