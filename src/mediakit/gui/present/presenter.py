"""The presenter view, on the laptop: the slide up now and the next one,
the notes, the time since the start and the clock, the film's remaining
time, and anything that went wrong (which never reaches the audience)."""

from __future__ import annotations

import time
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.header import language_name
from mediakit.gui.keymap import Mode
from mediakit.gui.keymap.docs import keys_of, rows
from mediakit.gui.plaintext import PlainTextView
from mediakit.gui.video import fitted
from mediakit.units import format_time

if TYPE_CHECKING:
    from mediakit.gui.present.slides import SlideRenderer
    from mediakit.kit.manifest.presentation import SlideSpec

UNKNOWN = "—"  # a time not known


class SlidePreview(QWidget):
    """A slide painted at the audience's size, scaled down: what they see, smaller.

    The presenter view sizes it to the audience's aspect, so the slide fills it;
    the frame (a one-pixel edge around the slide) is the same for NOW and NEXT."""

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slidePreview")
        self.renderer = renderer
        self.slide: SlideSpec | None = None
        self.page = 0
        self.screen_size = QSize(1920, 1080)
        self.blank: QColor | None = None
        self.setMinimumSize(160, 90)

    def show_slide(self, slide: SlideSpec | None, page: int, screen_size: QSize) -> None:
        self.slide, self.page, self.screen_size = slide, page, screen_size
        self.update()

    def slide_rect(self) -> QRect:
        """Where the slide is painted: the whole widget when it has the slide's aspect
        (to the pixel its size was rounded to), else the slide fitted in it."""
        fit = fitted(self.screen_size, self.rect())
        if abs(fit.width() - self.width()) <= 1 and abs(fit.height() - self.height()) <= 1:
            return self.rect()
        return fit

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self.slide_rect()
        if target != self.rect():
            painter.fillRect(self.rect(), theme.colour("presenter_bg"))
        if self.slide is None:  # after the last slide: an empty frame
            painter.fillRect(target, theme.colour("slide_frame"))
        else:
            painter.fillRect(target, self.blank or theme.colour("black"))
        if self.slide is not None and self.blank is None:
            painter.save()
            painter.translate(target.topLeft())
            painter.scale(target.width() / max(1, self.screen_size.width()),
                          target.height() / max(1, self.screen_size.height()))  # fmt: skip
            painter.setClipRect(0, 0, self.screen_size.width(), self.screen_size.height())
            self.renderer.paint(
                painter, QRect(QPoint(0, 0), self.screen_size), self.slide, self.page
            )
            painter.restore()
        # The slide's edge, inside the slide on all four sides: dark slides keep their shape.
        painter.setPen(theme.colour("slide_edge"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target.adjusted(0, 0, -1, -1))


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("caption")
    return label


class _Cell(QWidget):
    """A caption over a value: one of the presenter's times."""

    def __init__(self, caption: str, value: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(_caption(caption))
        column.addWidget(value)
        column.addStretch(1)


MARGIN_X, MARGIN_Y = 24, 18
GUTTER = 24  # between the two columns
GAP = 10  # between a box and the caption under it


class PresenterView(QWidget):
    """NOW and, under it, the notes on the left; NEXT and, under it, the times on the
    right. The previews take the audience's aspect; the notes and the times take
    what is left, so no band of the screen stays empty (:meth:`arrange`)."""

    key_pressed = Signal(QKeyEvent)

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("Presenter — mediakit"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.screen_size = QSize(1920, 1080)
        self.current = SlidePreview(renderer, self)
        self.upcoming = SlidePreview(renderer, self)
        self.notes = PlainTextView(self)  # notes are kit text: any size, never a frozen show
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the show
        self.notes.setPlaceholderText(self.tr("No notes for this slide."))
        self.position = QLabel()
        self.position.setObjectName("position")
        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("clock")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.film_left = QLabel(UNKNOWN)
        self.film_left.setObjectName("clock")
        self.typed = QLabel(self)
        self.typed.setObjectName("position")
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.hide()
        self._problem_lines: list[str] = []
        self.now_caption = _caption(self.tr("NOW"))
        self.next_caption = _caption(self.tr("NEXT"))
        self.notes_caption = _caption(self.tr("NOTES"))
        for caption in (self.now_caption, self.next_caption, self.notes_caption):
            caption.setParent(self)
        self.cells = [
            _Cell(self.tr("SLIDE"), self.position, self),
            _Cell(self.tr("ELAPSED"), self.elapsed, self),
            _Cell(self.tr("CLOCK"), self.clock, self),
            _Cell(self.tr("FILM LEFT"), self.film_left, self),
        ]
        self.subtitles: _Cell | None = None  # when the film has subtitles: show_subtitles
        self.sound: _Cell | None = None  # when it has several sound tracks: show_sound

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
        self.arrange()

    # -- layout ---------------------------------------------------------------

    def arrange(self) -> None:
        """Place everything for the window's size and the audience's aspect.

        NOW is as wide as leaves the notes a quarter of the height, at most 62 %
        of the width; NEXT takes the rest of the width, at the same aspect;
        the notes fill the left column under NOW, the times the right one under
        NEXT, spread over it (in two columns when it is short)."""
        inner = self.rect().adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        if not self.problems.isHidden():
            height = self.problems.heightForWidth(inner.width())
            self.problems.setGeometry(
                inner.left(), inner.bottom() + 1 - height, inner.width(), height
            )
            inner.setBottom(inner.bottom() - height - GAP)
        aspect = self.screen_size.width() / max(1, self.screen_size.height())
        caption = self.now_caption.sizeHint().height()
        top, width, height = inner.top(), inner.width(), inner.height()
        notes_least = max(120, height // 4)
        left = int(
            min((width - GUTTER) * 0.62, (height - 2 * caption - GAP - notes_least) * aspect)
        )
        left = max(160, left)
        now = QRect(inner.left(), top + caption, left, round(left / aspect))
        self.now_caption.setGeometry(inner.left(), top, left, caption)
        self.current.setGeometry(now)
        notes_top = now.bottom() + 1 + GAP
        self.notes_caption.setGeometry(inner.left(), notes_top, left, caption)
        self.notes.setGeometry(
            QRect(QPoint(inner.left(), notes_top + caption), QPoint(now.right(), inner.bottom()))
        )
        x = now.right() + 1 + GUTTER
        right = inner.right() + 1 - x
        cells_least = 2 * max(cell.sizeHint().height() for cell in self.cells)
        next_height = max(90, min(round(right / aspect), height - caption - GAP - cells_least))
        upcoming = QRect(x, top + caption, round(next_height * aspect), next_height)
        if upcoming.width() > right:  # a narrow audience screen: NEXT keeps its aspect
            upcoming = QRect(x, top + caption, right, round(right / aspect))
        self.next_caption.setGeometry(x, top, right, caption)
        self.upcoming.setGeometry(upcoming)
        # "Go to 12…" on the NEXT caption's line, at its right: what comes next if Enter.
        self.typed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.typed.setGeometry(x, top - MARGIN_Y, right, caption + MARGIN_Y)
        self._arrange_cells(QRect(QPoint(x, upcoming.bottom() + 1 + GAP), inner.bottomRight()))
        self.help.move((self.width() - self.help.width()) // 2,
                       (self.height() - self.help.height()) // 2)  # fmt: skip

    def _arrange_cells(self, area: QRect) -> None:
        """The times over ``area``: one under another, or two by two when it is short."""
        # Room to spare: the times are set larger, to be read from further away.
        large = area.height() >= 4 * 150
        for cell in self.cells:
            if cell.value.property("large") != large:
                cell.value.setProperty("large", large)
                cell.value.style().unpolish(cell.value)
                cell.value.style().polish(cell.value)
                cell.updateGeometry()
        tall = max(cell.sizeHint().height() for cell in self.cells)
        count = len(self.cells)
        rows = count if area.height() >= count * tall + (count - 1) * GAP else (count + 1) // 2
        columns = -(-count // rows)
        space = max(0.0, (area.height() - rows * tall) / max(1, rows - 1))  # first at the top,
        step_x = area.width() / columns  # the last at the foot
        for index, cell in enumerate(self.cells):
            row, column = divmod(index, columns)
            left = round(area.left() + column * step_x)
            cell.setGeometry(left, round(area.top() + row * (tall + space)), round(step_x), tall)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def restart_clock(self) -> None:
        self._started = time.monotonic()
        self.tick()

    def tick(self) -> None:
        self.elapsed.setText(format_time(round((time.monotonic() - self._started) * 1000)))
        self.clock.setText(QDateTime.currentDateTime().toString("HH:mm"))

    def set_film_left(self, ms: int | None, *, playing: bool = True) -> None:
        """The film's time left: "−1:23" once it plays, its whole length ("2:00")
        before, "—" when its length is not known."""
        if ms is None:
            self.film_left.setText(UNKNOWN)
        else:
            self.film_left.setText(("−" if playing else "") + format_time(ms))

    def show_position(
        self,
        label: str,
        current: tuple[SlideSpec, int],
        upcoming: tuple[SlideSpec, int] | None,
        notes: str,
        screen_size: QSize,
    ) -> None:
        self.position.setText(label)
        if screen_size != self.screen_size:
            self.screen_size = QSize(screen_size)
            self.arrange()
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

    def show_subtitles(self, language: str | None) -> None:
        """The film's subtitles, chosen before the pitch (their key changes them)."""
        if self.subtitles is None:
            self.subtitles = self._film_cell(self.tr("SUBTITLES"), "film_subtitles")
        name = f"{language_name(language)} ({language})" if language else self.tr("None")
        self.subtitles.value.setText(name)

    def show_sound(self, track: str) -> None:
        """The film's sound track, when it has several (its key changes it)."""
        if self.sound is None:
            self.sound = self._film_cell(self.tr("SOUND"), "film_sound")
        self.sound.value.setText(track)

    def _film_cell(self, caption: str, action: str) -> _Cell:
        """One more cell under the times, captioned with the keys in force for ``action``."""
        value = QLabel()
        value.setObjectName("position")
        keys = keys_of(Mode.PRESENT, action)
        cell = _Cell(f"{caption} ({keys})" if keys else caption, value, self)
        self.cells.append(cell)
        cell.show()
        self.arrange()
        return cell

    def set_typed(self, digits: str) -> None:
        self.typed.setText(self.tr("Go to {digits}…").format(digits=digits) if digits else "")

    def add_problem(self, text: str) -> None:
        if text in self._problem_lines:
            return
        self._problem_lines = [*self._problem_lines[-2:], text]  # the last three
        self.problems.setText("\n".join(self._problem_lines))
        self.problems.show()
        self.arrange()

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
