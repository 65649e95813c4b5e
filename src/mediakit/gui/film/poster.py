"""The film pane before playing: the poster fitted on black, the play button
and a message (no film, VLC missing, a file that will not play).

The play button never covers the poster's title, which posters carry in their
upper part. It goes beside the poster, in the black side area, when there is
room there (a portrait poster in a wide pane); otherwise (a landscape poster,
a narrow pane) in the poster's bottom-left corner, over a veil that darkens the
poster's lower part so the button reads on any picture, and never higher than
the poster's :data:`TITLE_SHARE`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QLinearGradient, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.film.playbutton import PlayFilmButton
from mediakit.gui.video import BACKGROUND, dark, fitted

MARGIN = 24  # between the button and the poster's edges
TITLE_SHARE = 0.6  # the poster's upper part, where its title is: never covered
VEIL_SHARE = 0.4  # the poster's lower part darkened under a button over it
VEIL_ALPHA = 140  # at the poster's bottom edge: a subtle veil, the poster still reads


def play_button_place(area: QRect, poster: QRect, button: QSize) -> tuple[QRect, bool]:
    """Where a ``button`` goes in ``area`` around the ``poster`` shown in it (an
    empty rect: none), and whether it is over the picture (a veil goes under it)."""
    if poster.isEmpty():  # nothing to cover: the middle of the black
        place = QRect(QPoint(0, 0), button)
        place.moveCenter(area.center())
        return place, False
    bottom = poster.top() + poster.height() - MARGIN - button.height()
    beside = poster.left() + poster.width() + MARGIN
    if area.left() + area.width() - beside >= button.width() + MARGIN:
        return QRect(QPoint(beside, bottom), button), False
    lowest_top = poster.top() + math.ceil(TITLE_SHARE * poster.height())
    place = QRect(QPoint(poster.left() + MARGIN, max(bottom, lowest_top)), button)
    return place, place.intersects(poster)


class PosterView(QWidget):
    """The poster, the play button and a message, on black."""

    play_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._poster = QImage()
        self._veiled = False  # the button is over the poster
        dark(self)
        self.play_button = PlayFilmButton(self)
        self.play_button.clicked.connect(self.play_clicked)
        self.message = QLabel(self)
        self.message.setObjectName("filmMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # never interpret kit text
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        # The bottom margin keeps a long message clear of a button over the poster.
        reserve = MARGIN * 2 + self.play_button.sizeHint().height()
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, reserve)
        layout.addStretch(1)
        layout.addWidget(self.message)  # the full width: a long message wraps, centred
        layout.addStretch(1)
        self.play_button.resize(self.play_button.sizeHint())

    @property
    def poster(self) -> QImage:
        return self._poster

    def poster_rect(self) -> QRect:
        """Where the poster is painted (empty without one)."""
        if self._poster.isNull():
            return QRect()
        return fitted(self._poster.size(), self.rect())

    def set_poster(self, image: QImage) -> None:
        self._poster = image
        self._place_play_button()
        self.update()

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_duration(self, text: str) -> None:
        """The running time the play button shows ("" when unknown)."""
        self.play_button.set_duration(text)
        self._place_play_button()

    def show_play_button(self, shown: bool) -> None:
        if shown:
            self.play_button.refresh_tooltip()
        self.play_button.setVisible(shown)
        self.update()  # the veil goes with the button

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_play_button()

    def _place_play_button(self) -> None:
        size = self.play_button.sizeHint()
        place, self._veiled = play_button_place(self.rect(), self.poster_rect(), size)
        self.play_button.setGeometry(place)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.colour(BACKGROUND))
        if self._poster.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        poster = self.poster_rect()
        painter.drawImage(poster, self._poster)
        if self.message.isVisible():  # keep the message readable over any poster
            painter.fillRect(self.rect(), theme.colour("black", 150))
        elif self._veiled and not self.play_button.isHidden():
            veil = QRect(poster)
            veil.setTop(poster.bottom() - int(poster.height() * VEIL_SHARE))
            shade = QLinearGradient(0, veil.top(), 0, veil.bottom())
            shade.setColorAt(0, theme.colour("black", 0))
            shade.setColorAt(1, theme.colour("black", VEIL_ALPHA))
            painter.fillRect(veil, shade)
