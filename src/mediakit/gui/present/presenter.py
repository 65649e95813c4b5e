"""The presenter view, on the laptop: the slide up now and the next one,
the notes, the time since the start and the clock, the film's remaining
time, and anything that went wrong (which never reaches the audience)."""

from __future__ import annotations

import time
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.keymap import Mode
from mediakit.gui.keymap.docs import rows
from mediakit.gui.plaintext import PlainTextView
from mediakit.gui.video import fitted
from mediakit.units import format_time

if TYPE_CHECKING:
    from mediakit.gui.present.slides import SlideRenderer
    from mediakit.kit.manifest.presentation import SlideSpec


class SlidePreview(QWidget):
    """A slide painted at the audience's size, scaled down: what they see, smaller."""

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.slide: SlideSpec | None = None
        self.page = 0
        self.screen_size = QSize(1920, 1080)
        self.blank: QColor | None = None
        self.setMinimumSize(160, 90)

    def show_slide(self, slide: SlideSpec | None, page: int, screen_size: QSize) -> None:
        self.slide, self.page, self.screen_size = slide, page, screen_size
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = fitted(self.screen_size, self.rect())
        target.moveTop(0)  # under its caption, not floating mid-column
        painter.fillRect(self.rect(), theme.colour("presenter_bg"))
        if self.slide is None:
            painter.fillRect(target, theme.colour("slide_frame"))
            return
        painter.fillRect(target, self.blank or theme.colour("black"))
        # the slide's edge: dark slides melt into the view
        painter.setPen(theme.colour("slide_edge"))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))
        if self.blank is not None:
            return
        painter.translate(target.topLeft())
        scale = target.width() / max(1, self.screen_size.width())
        painter.scale(scale, scale)
        painter.setClipRect(0, 0, self.screen_size.width(), self.screen_size.height())
        self.renderer.paint(painter, QRect(QPoint(0, 0), self.screen_size), self.slide, self.page)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("caption")
    return label


class PresenterView(QWidget):
    key_pressed = Signal(QKeyEvent)

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter")
        self.setWindowTitle("Presenter — mediakit")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current = SlidePreview(renderer)
        self.upcoming = SlidePreview(renderer)
        self.notes = PlainTextView()  # notes are kit text: any size, never a frozen show
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the show
        self.notes.setPlaceholderText("No notes for this slide.")
        self.position = QLabel()
        self.position.setObjectName("position")
        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("clock")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.film_left = QLabel("—")
        self.film_left.setObjectName("clock")
        self.typed = QLabel()
        self.typed.setObjectName("position")
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.hide()
        self._problem_lines: list[str] = []

        # Left: what the room sees, and the notes right under it, where the eye
        # already is. Right: what comes next, then the times.
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.addWidget(_caption("NOW"), 0, 0)
        grid.addWidget(self.current, 1, 0)
        grid.addWidget(_caption("NOTES"), 2, 0)
        grid.addWidget(self.notes, 3, 0)
        grid.addWidget(_caption("NEXT"), 0, 1)
        grid.addWidget(self.upcoming, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        bar = QVBoxLayout()
        for caption, label in (
            ("SLIDE", self.position),
            ("ELAPSED", self.elapsed),
            ("CLOCK", self.clock),
            ("FILM LEFT", self.film_left),
        ):
            cell = QVBoxLayout()
            cell.addWidget(_caption(caption))
            cell.addWidget(label)
            bar.addLayout(cell)
            bar.addSpacing(14)
        bar.addWidget(self.typed)
        bar.addStretch(1)
        grid.addLayout(bar, 2, 1, 2, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.addLayout(grid, 1)
        outer.addWidget(self.problems)

        self.help = QLabel(self)
        self.help.setObjectName("help")
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setText(keys_table())
        self.help.hide()

        self._started = time.monotonic()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self.tick()

    def restart_clock(self) -> None:
        self._started = time.monotonic()
        self.tick()

    def tick(self) -> None:
        self.elapsed.setText(format_time(round((time.monotonic() - self._started) * 1000)))
        self.clock.setText(QDateTime.currentDateTime().toString("HH:mm"))

    def set_film_left(self, ms: int | None) -> None:
        self.film_left.setText("—" if ms is None else "−" + format_time(ms))

    def show_position(
        self,
        label: str,
        current: tuple[SlideSpec, int],
        upcoming: tuple[SlideSpec, int] | None,
        notes: str,
        screen_size: QSize,
    ) -> None:
        self.position.setText(label)
        self.current.show_slide(current[0], current[1], screen_size)
        if upcoming is None:
            self.upcoming.show_slide(None, 0, screen_size)
        else:
            self.upcoming.show_slide(upcoming[0], upcoming[1], screen_size)
        if self.notes.original_text() != notes:
            self.notes.set_text(notes)

    def set_blank(self, colour: QColor | None) -> None:
        self.current.blank = colour
        self.current.update()

    def set_typed(self, digits: str) -> None:
        self.typed.setText(f"Go to {digits}…" if digits else "")

    def add_problem(self, text: str) -> None:
        if text in self._problem_lines:
            return
        self._problem_lines = [*self._problem_lines[-2:], text]  # the last three
        self.problems.setText("\n".join(self._problem_lines))
        self.problems.show()

    @property
    def problem_text(self) -> str:
        return self.problems.text()

    def toggle_help(self) -> None:
        self.help.setVisible(not self.help.isVisible())
        if self.help.isVisible():
            self.help.adjustSize()
            self.help.move(
                (self.width() - self.help.width()) // 2, (self.height() - self.help.height()) // 2
            )
            self.help.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab is a presenter key


def keys_table() -> str:
    """The present mode's keys in force, as the registry describes them."""
    table = "".join(
        f"<tr><td style='padding-right:18px; color:{theme.COLOURS['sand']}'>{escape(keys)}</td>"
        f"<td>{escape(what)}</td></tr>"
        for keys, what in rows(Mode.PRESENT)
    )
    heading = QCoreApplication.translate("PresenterView", "Keys while presenting")
    return f"<b>{escape(heading)}</b><table>{table}</table>"
