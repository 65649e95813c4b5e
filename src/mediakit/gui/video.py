"""The film's picture, wherever a film plays (the film pane, the show).

``VideoSurface`` is either a native window VLC paints into (embedded
renderer) or a widget painting the frames VLC hands us (callbacks renderer).
The film pane's poster card before playing is
:class:`mediakit.gui.film.poster.PosterView`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from mediakit.gui import theme

BACKGROUND = "screen"  # a theme colour name, looked up when drawn (high contrast may change it)


def fitted(source: QSize, into: QRect) -> QRect:
    """``source`` scaled to fit ``into``, centred."""
    size = source.scaled(into.size(), Qt.AspectRatioMode.KeepAspectRatio)
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(into.center())
    return rect


def dark(widget: QWidget) -> None:
    """``widget`` filled with the film screen's black."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, theme.colour(BACKGROUND))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


class VideoSurface(QWidget):
    """Where the film shows. ``native=True`` gives VLC a window of its own."""

    def __init__(self, native: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.native = native
        self._frame = QImage()
        self._aspect = QSize()  # the picture's true size; frames may be padded
        dark(self)
        self.setAccessibleName(self.tr("Film"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if native:
            self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)

    def handle(self) -> int:
        """The native window id VLC paints into (created on first call)."""
        return int(self.winId())

    def set_frame(self, image: QImage) -> None:
        self._frame = image
        self.update()

    def set_video_size(self, size: QSize) -> None:
        self._aspect = size
        self.update()

    def clear(self) -> None:
        self._frame = QImage()
        self._aspect = QSize()
        self.update()

    @property
    def frame(self) -> QImage:
        return self._frame

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.native or self._frame.isNull():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.colour(BACKGROUND))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        shape = self._aspect if self._aspect.isValid() else self._frame.size()
        painter.drawImage(fitted(shape, self.rect()), self._frame)
