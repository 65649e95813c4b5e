"""The film pane's picture: the poster card before playing, the video after.

``VideoSurface`` is either a native window VLC paints into (embedded
renderer) or a widget painting the frames VLC hands us (callbacks renderer).
``PosterView`` paints the poster fitted on black, with the big play button
and a message (no film, VLC missing, a file that will not play) over it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QToolButton, QVBoxLayout, QWidget

from mediakit.gui import theme

BACKGROUND = theme.colour("screen")


def light_icon(widget: QWidget, which: QStyle.StandardPixmap, size: int = 20) -> QIcon:
    """A style icon redrawn in a light colour: the stock ones vanish on the dark bar."""
    pixmap = widget.style().standardIcon(which).pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), theme.colour("film_icon"))
    painter.end()
    return QIcon(pixmap)


def fitted(source: QSize, into: QRect) -> QRect:
    """``source`` scaled to fit ``into``, centred."""
    size = source.scaled(into.size(), Qt.AspectRatioMode.KeepAspectRatio)
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(into.center())
    return rect


def _dark(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


class VideoSurface(QWidget):
    """Where the film shows. ``native=True`` gives VLC a window of its own."""

    def __init__(self, native: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.native = native
        self._frame = QImage()
        self._aspect = QSize()  # the picture's true size; frames may be padded
        _dark(self)
        self.setAccessibleName("Film")
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
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        shape = self._aspect if self._aspect.isValid() else self._frame.size()
        painter.drawImage(fitted(shape, self.rect()), self._frame)


class PosterView(QWidget):
    """The poster, a big play button and a message, on black."""

    play_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._poster = QImage()
        _dark(self)
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("bigPlay")
        self.play_button.setIcon(light_icon(self, QStyle.StandardPixmap.SP_MediaPlay, 40))
        self.play_button.setIconSize(QSize(40, 40))
        self.play_button.setFixedSize(88, 88)
        self.play_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.play_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.play_button.setToolTip("Play the film (Space)")
        self.play_button.setAccessibleName("Play film")
        self.play_button.clicked.connect(self.play_clicked)
        self.message = QLabel(self)
        self.message.setObjectName("filmMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # never interpret kit text
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.play_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(16)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)

    @property
    def poster(self) -> QImage:
        return self._poster

    def set_poster(self, image: QImage) -> None:
        self._poster = image
        self.update()

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._poster.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(fitted(self._poster.size(), self.rect()), self._poster)
        if self.message.isVisible():  # keep the message readable over any poster
            painter.fillRect(self.rect(), theme.colour("black", 150))
