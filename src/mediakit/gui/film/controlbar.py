"""The bar under the film's picture: play/pause, elapsed time, position,
running time, sound, subtitles and full screen.

It shows what the page tells it (:meth:`ControlBar.show_time`, the looks of
its buttons) and turns a drag of the position slider into at most one
:attr:`ControlBar.seek_requested` per :data:`SCRUB_INTERVAL_MS`; its buttons'
clicks are connected by the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from mediakit.gui.film.seekbar import SeekSlider
from mediakit.gui.icons import film_icon
from mediakit.gui.keymap.docs import keys_of, with_keys
from mediakit.gui.keymap.registry import Mode
from mediakit.qttypes import INT64
from mediakit.units import format_time

SCRUB_INTERVAL_MS = 120  # at most one seek per interval while dragging


def film_tip(tip: str, action: str) -> str:
    """A control's tooltip: what it does, and the film pane's keys in force for it."""
    return with_keys(tip, Mode.FILM, action)


class ControlBar(QWidget):
    seek_requested = Signal(INT64)  # ms: the reader moved the position slider

    def __init__(self, volume: int, page_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmControls")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._page_ms = page_ms
        self._updating = False  # set while the player moves the seek bar
        self._scrub_to: int | None = None
        self._said_time = ""  # what screen readers were last told of the time

        self.play_button = self._button(
            "play",
            QCoreApplication.translate("FilmPage", "Play"),
            film_tip(QCoreApplication.translate("FilmPage", "Play"), "play_pause"),
        )
        self.elapsed = QLabel("0:00", self)
        self.elapsed.setAccessibleName(QCoreApplication.translate("FilmPage", "Elapsed time"))
        self.seek_bar = SeekSlider(Qt.Orientation.Horizontal, self)
        self.seek_bar.setAccessibleName(
            QCoreApplication.translate("FilmPage", "Position in the film")
        )
        self.seek_bar.setToolTip(
            QCoreApplication.translate(
                "FilmPage", "Position ({back} / {forward}: 10 seconds)"
            ).format(back=keys_of(Mode.FILM, "back"), forward=keys_of(Mode.FILM, "forward"))
        )
        self.seek_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pane's arrows seek
        self.total = QLabel("0:00", self)
        self.total.setAccessibleName(QCoreApplication.translate("FilmPage", "Running time"))
        self.mute_button = self._button(
            "volume",
            QCoreApplication.translate("FilmPage", "Mute"),
            film_tip(QCoreApplication.translate("FilmPage", "Sound off"), "mute"),
        )
        self.mute_button.setCheckable(True)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(volume)
        self.volume.setFixedWidth(96)
        self.volume.setAccessibleName(QCoreApplication.translate("FilmPage", "Volume"))
        self.volume.setToolTip(
            QCoreApplication.translate("FilmPage", "Volume ({up} / {down})").format(
                up=keys_of(Mode.FILM, "volume_up"), down=keys_of(Mode.FILM, "volume_down")
            )
        )
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.subtitles = QComboBox(self)
        self.subtitles.setAccessibleName(QCoreApplication.translate("FilmPage", "Subtitles"))
        self.subtitles.setToolTip(
            film_tip(QCoreApplication.translate("FilmPage", "Subtitles"), "next_subtitles")
        )
        self.subtitles.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.full_button = self._button(
            "full_screen",
            QCoreApplication.translate("FilmPage", "Full screen"),
            film_tip(QCoreApplication.translate("FilmPage", "Full screen"), "full_screen"),
        )

        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 6, 8, 6)
        bar.setSpacing(8)
        bar.addWidget(self.play_button)
        bar.addWidget(self.elapsed)
        bar.addWidget(self.seek_bar, 1)
        bar.addWidget(self.total)
        bar.addSpacing(8)
        bar.addWidget(self.mute_button)
        bar.addWidget(self.volume)
        bar.addWidget(self.subtitles)
        bar.addWidget(self.full_button)

        self._scrub_timer = QTimer(self)
        self._scrub_timer.setSingleShot(True)
        self._scrub_timer.setInterval(SCRUB_INTERVAL_MS)
        self._scrub_timer.timeout.connect(self._scrub)
        self.seek_bar.valueChanged.connect(self._on_seek_bar)
        self.seek_bar.sliderReleased.connect(self._scrub)

    def _button(self, icon: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(film_icon(icon))
        button.setIconSize(QSize(20, 20))
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the pane
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # -- what the player says -------------------------------------------------

    def show_time(self, ms: int) -> None:
        self.elapsed.setText(format_time(ms))
        if not self.seek_bar.isSliderDown():
            self._updating = True
            self.seek_bar.set_position_ms(ms)
            self._updating = False
        self._say_time()

    def _say_time(self) -> None:
        """The time as screen readers read it (the labels' and the slider's
        descriptions): told when the shown second changes, not at every frame."""
        elapsed, total = self.elapsed.text(), self.total.text()
        said = QCoreApplication.translate("FilmPage", "{elapsed} of {total}").format(
            elapsed=elapsed, total=total
        )
        if said == self._said_time:
            return
        self._said_time = said
        self.elapsed.setAccessibleDescription(elapsed)
        self.total.setAccessibleDescription(total)
        self.seek_bar.setAccessibleDescription(said)

    def show_length(self, ms: int) -> None:
        self._updating = True
        self.seek_bar.set_length_ms(ms, self._page_ms)
        self._updating = False
        self.total.setText(format_time(ms))
        self._say_time()

    def set_playing_look(self, playing: bool) -> None:
        self.play_button.setIcon(film_icon("pause" if playing else "play"))
        self.play_button.setAccessibleName(
            QCoreApplication.translate("FilmPage", "Pause")
            if playing
            else QCoreApplication.translate("FilmPage", "Play")
        )
        self.play_button.setToolTip(
            film_tip(QCoreApplication.translate("FilmPage", "Pause"), "play_pause")
            if playing
            else film_tip(QCoreApplication.translate("FilmPage", "Play"), "play_pause")
        )

    def set_muted_look(self, muted: bool) -> None:
        self.mute_button.setIcon(film_icon("muted" if muted else "volume"))
        self.mute_button.setToolTip(
            film_tip(QCoreApplication.translate("FilmPage", "Sound on"), "mute")
            if muted
            else film_tip(QCoreApplication.translate("FilmPage", "Sound off"), "mute")
        )

    def set_full_screen_look(self, full: bool) -> None:
        self.full_button.setIcon(film_icon("leave_full_screen" if full else "full_screen"))
        self.full_button.setToolTip(
            film_tip(
                QCoreApplication.translate("FilmPage", "Leave full screen"), "leave_full_screen"
            )
            if full
            else film_tip(QCoreApplication.translate("FilmPage", "Full screen"), "full_screen")
        )

    def fill_subtitles(self, codes: Sequence[str], index: int) -> None:
        """ "Subtitles off" and a language per code, ``index`` chosen; no signal."""
        self.subtitles.blockSignals(True)
        self.subtitles.clear()
        self.subtitles.addItem(QCoreApplication.translate("FilmPage", "Subtitles off"))
        for code in codes:
            language = QLocale(code).language()
            name = QLocale.languageToString(language) if language != QLocale.Language.C else code
            self.subtitles.addItem(f"{name} ({code})", code)
        self.subtitles.setCurrentIndex(index)
        self.subtitles.blockSignals(False)

    def reset(self) -> None:
        """No film: disabled, at 0:00, without subtitles."""
        self.setEnabled(False)
        self.set_playing_look(False)
        self._updating = True
        self.seek_bar.setRange(0, 0)
        self._updating = False
        self.elapsed.setText("0:00")
        self.total.setText("0:00")
        self._say_time()
        self.fill_subtitles((), 0)

    def stop(self) -> None:
        self._scrub_timer.stop()

    # -- what the reader does -------------------------------------------------

    def _on_seek_bar(self, value: int) -> None:
        if self._updating:
            return
        self._scrub_to = self.seek_bar.to_ms(value)
        self.elapsed.setText(format_time(self._scrub_to))
        self._say_time()
        if not self._scrub_timer.isActive():
            self._scrub_timer.start()  # throttle: one seek per interval while dragging

    def _scrub(self) -> None:
        self._scrub_timer.stop()
        if self._scrub_to is not None:
            self.seek_requested.emit(self._scrub_to)
            self._scrub_to = None
