"""The audience view: what the room sees, full screen, nothing else.

It paints the current slide with the :class:`SlideRenderer`, hosts the film
on the film slide, goes black or white on request, and hides the mouse
cursor after a second of stillness. It never shows an error: a film that
cannot play leaves the poster card up, and the presenter view says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from mediakit.gui import theme
from mediakit.gui.present.film import FILM_KINDS, FilmStage
from mediakit.kit.manifest.model import Kit
from mediakit.media.player import Player

if TYPE_CHECKING:
    from mediakit.gui.present.slides import SlideRenderer
    from mediakit.kit.manifest.presentation import SlideSpec

CURSOR_HIDE_MS = 1000
BLACK = theme.colour("black")
WHITE = theme.colour("white")


class AudienceView(QWidget):
    key_pressed = Signal(QKeyEvent)  # the controller decides what keys do
    painted = Signal()  # after every paint (the latency bench waits on it)
    resized = Signal()

    def __init__(
        self,
        kit: Kit,
        renderer: SlideRenderer,
        player: Player | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presentation — mediakit"))
        self.setObjectName("audience")
        self.renderer = renderer
        self.slide: SlideSpec | None = None
        self.page = 0
        self.blank: QColor | None = None
        self.film = FilmStage(kit, self, player, renderer.language)
        self.film.surface.installEventFilter(self)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(self.hide_cursor)
        self._cursor_timer.start()

    # -- what shows ---------------------------------------------------------

    def show_slide(self, slide: SlideSpec, page: int = 0) -> None:
        """Show ``slide`` (its ``page``); the film starts when its slide comes up."""
        was_film = self.slide is not None and self.slide.kind in FILM_KINDS
        changed_slide = self.slide != slide
        self.slide, self.page = slide, page
        if was_film and changed_slide:
            self.film.stop()
        if slide.kind in FILM_KINDS and changed_slide:
            self.film.start(slide.kind)
        self.update()

    def set_blank(self, colour: QColor | None) -> None:
        """Black or white over everything (a film plays on under it), None to come back."""
        self.blank = colour
        self.film.surface.setVisible(colour is None and self.film.showing)
        self.update()

    @property
    def on_film(self) -> bool:
        return self.slide is not None and self.slide.kind in FILM_KINDS

    # -- cursor -------------------------------------------------------------

    @property
    def cursor_hidden(self) -> bool:
        return self.cursor().shape() == Qt.CursorShape.BlankCursor

    def hide_cursor(self) -> None:
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.film.surface.setCursor(Qt.CursorShape.BlankCursor)

    def _woke(self) -> None:
        if self.cursor_hidden:
            self.unsetCursor()
            self.film.surface.unsetCursor()
        self._cursor_timer.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._woke()
        super().mouseMoveEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            self._woke()
        return False

    # -- Qt -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab is a presenter key, not focus travel

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.film.surface.setGeometry(self.rect())
        self.resized.emit()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.blank is not None:
            painter.fillRect(self.rect(), self.blank)
        elif self.slide is None:
            painter.fillRect(self.rect(), BLACK)
        else:
            painter.fillRect(self.rect(), BLACK)
            self.renderer.paint(painter, self.rect(), self.slide, self.page)
        painter.end()
        self.painted.emit()
