"""The poster's call to play: a pill with a round play mark, "Play film" and
the film's running time, as the detail page of a video app has.

It is painted here (theme colours, the type scale) so that it reads the same
over any poster. It is a real button: clickable, reached with Tab, named for
screen readers. Its keys are the film pane's: a key pressed on it goes on to
the pane, whose key registry decides (the play_pause action plays the film),
so a key file that rebinds play_pause rebinds this button too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QEnterEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QAbstractButton, QWidget

from mediakit.gui import theme
from mediakit.gui.keymap import Mode
from mediakit.gui.keymap.docs import with_keys

HEIGHT = 56
MARK = 40  # the round play mark's diameter
PAD = (HEIGHT - MARK) // 2  # around the mark
GAP = 12  # between the mark and the words
END = 24  # after the words


class PlayFilmButton(QAbstractButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playFilm")
        self.setText(QCoreApplication.translate("FilmPage", "Play film"))
        self.setAccessibleName(self.text())
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the pane
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._duration = ""
        self._hovered = False
        self.refresh_tooltip()

    @property
    def duration(self) -> str:
        return self._duration

    def set_duration(self, text: str) -> None:
        """The running time shown under "Play film" ("" until it is known)."""
        self._duration = text
        self.setAccessibleDescription(
            QCoreApplication.translate("FilmPage", "Running time %1").replace("%1", text)
            if text
            else ""
        )
        self.resize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def refresh_tooltip(self) -> None:
        """Name the keys in force (the user's key file may have changed them)."""
        tip = QCoreApplication.translate("FilmPage", "Play the film")
        self.setToolTip(with_keys(tip, Mode.FILM, "play_pause"))

    # -- look -----------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setPixelSize(theme.FONT_SIZES["control"])
        title.setBold(True)
        detail = QFont(self.font())
        detail.setPixelSize(theme.FONT_SIZES["small"])
        return title, detail

    def sizeHint(self) -> QSize:
        title, detail = self._fonts()
        words = max(
            QFontMetrics(title).horizontalAdvance(self.text()),
            QFontMetrics(detail).horizontalAdvance(self._duration),
        )
        return QSize(PAD + MARK + GAP + words + END, HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pill = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = pill.height() / 2
        if self.isDown():
            fill = theme.colour("film_focus")
        elif self._hovered:
            fill = theme.colour("film_hover")
        else:
            fill = theme.colour("film_controls", 225)  # the poster shows faintly through
        focus = self.hasFocus()
        edge = QPen(theme.colour("sand" if focus else "film_edge"), 2 if focus else 1)
        painter.setPen(edge)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, radius, radius)

        mark = QRectF(PAD, (self.height() - MARK) / 2, MARK, MARK)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.colour("sand_light" if self._hovered else "sand"))
        painter.drawEllipse(mark)
        centre, side = mark.center(), MARK * 0.36
        painter.setBrush(theme.colour("ink"))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x() - side * 0.38, centre.y() - side / 2),
                    QPointF(centre.x() - side * 0.38, centre.y() + side / 2),
                    QPointF(centre.x() + side * 0.58, centre.y()),
                ]
            )
        )

        title, detail = self._fonts()
        left = mark.right() + GAP
        words = QRectF(left, 0, self.width() - left - END / 2, self.height())
        title_height = QFontMetrics(title).height()
        detail_height = QFontMetrics(detail).height() if self._duration else 0
        top = (self.height() - title_height - detail_height) / 2
        painter.setFont(title)
        painter.setPen(theme.colour("film_message"))
        painter.drawText(
            QRectF(words.left(), top, words.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.text(),
        )
        if self._duration:
            painter.setFont(detail)
            painter.setPen(theme.colour("film_label"))
            painter.drawText(
                QRectF(words.left(), top + title_height, words.width(), detail_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._duration,
            )

    # -- keys -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # to the pane: its key registry says what a key does

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()
