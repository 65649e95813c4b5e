"""The film pane: poster, picture and a control bar driving the Player.

Its keys are the film mode's of :mod:`mediakit.gui.keymap` (VLC's own keys);
the pane binds a handler to each and dispatches its key presses there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedWidget,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.keymap import Condition, KeyDispatcher, Mode
from mediakit.gui.video import PosterView, VideoSurface, light_icon
from mediakit.kit.manifest.model import Kit
from mediakit.media.images import decode
from mediakit.media.player import INSTALL_HINT, Player, PlayerState, Renderer
from mediakit.tasks import TaskRunner
from mediakit.units import format_time

JUMP_MS = 10_000
VOLUME_STEP = 5
POSTER_BOUND = (1920, 1080)  # posters are decoded at most this large
SCRUB_INTERVAL_MS = 120  # at most one seek per interval while dragging


class SeekSlider(QSlider):
    """A slider over the film's length that jumps to where it is clicked (not one page step).

    A slider holds 32-bit values: a film longer than 2**31 ms (a broken file
    can claim years) is shown in coarser units, so positions never overflow.
    """

    MAX_VALUE = 2**31 - 1
    unit_ms = 1

    def set_length_ms(self, length: int, page_ms: int) -> None:
        self.unit_ms = max(1, -(-length // self.MAX_VALUE))
        self.setRange(0, length // self.unit_ms)
        self.setPageStep(max(1, page_ms // self.unit_ms))

    def set_position_ms(self, ms: int) -> None:
        self.setValue(min(ms // self.unit_ms, self.maximum()))

    def to_ms(self, value: int) -> int:
        return value * self.unit_ms

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > 0:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            control = QStyle.ComplexControl.CC_Slider
            groove = style.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, self)
            handle = style.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                span = groove.width() - handle.width()
                x = int(event.position().x()) - groove.x() - handle.width() // 2
                self.setValue(QStyle.sliderValueFromPosition(0, self.maximum(), x, span))
        super().mousePressEvent(event)


class _FullScreenHost(QWidget):
    """The top-level window the player frame moves into for full screen."""

    def __init__(self, on_key: Callable[[QKeyEvent], None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self._on_key = on_key
        self.setWindowTitle("Film")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._on_key(event)


class FilmPage(QWidget):
    full_screen_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        player: Player | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = player if player is not None else Player(self)
        self._runner = runner if runner is not None else TaskRunner(1, parent=self)
        self._kit: Kit | None = None
        self._language = "en"
        self._subtitle_languages: list[str] = []
        self._remembered_subtitle: str | None = None  # per session, across kits
        self._ready = False  # a film is loaded and playable
        self._poster_pending = False  # the poster is being decoded in a worker
        self._film_token = self._film_loaded = 0  # show_kit's VLC part, done a turn later
        self._updating = False  # set while the player moves the seek bar
        self._scrub_to: int | None = None
        self._host: _FullScreenHost | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.keys = KeyDispatcher(
            Mode.FILM,
            {
                "play_pause": self.toggle,
                "full_screen": self.toggle_full_screen,
                "leave_full_screen": self.leave_full_screen,
                "mute": self.mute_button.click,
                "next_subtitles": self.cycle_subtitles,
                "back": lambda: self.player.seek_relative(-JUMP_MS),
                "forward": lambda: self.player.seek_relative(JUMP_MS),
                "volume_up": lambda: self.volume.setValue(self.volume.value() + VOLUME_STEP),
                "volume_down": lambda: self.volume.setValue(self.volume.value() - VOLUME_STEP),
            },
            {
                Condition.FILM_LOADED: lambda: self._ready,
                Condition.FULL_SCREEN: lambda: self.is_full_screen,
            },
        )
        self._connect_player()
        self.clear()

    # -- building -----------------------------------------------------------

    def _button(self, icon: QStyle.StandardPixmap, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(light_icon(self, icon))
        button.setIconSize(QSize(20, 20))
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the pane
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _build(self) -> None:
        sp = QStyle.StandardPixmap
        self.frame = QWidget(self)  # picture + controls: what goes full screen
        self.stage = QStackedWidget(self.frame)  # poster or picture
        self.stage.setObjectName("filmScreen")
        self.poster_view = PosterView(self.stage)
        self.surface = VideoSurface(self.player.renderer is Renderer.EMBEDDED, self.stage)
        self.stage.addWidget(self.poster_view)
        self.stage.addWidget(self.surface)

        self.controls = QWidget(self.frame)
        self.controls.setObjectName("filmControls")
        self.controls.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.play_button = self._button(sp.SP_MediaPlay, "Play", "Play (Space)")
        self.elapsed = QLabel("0:00", self.controls)
        self.elapsed.setAccessibleName("Elapsed time")
        self.seek_bar = SeekSlider(Qt.Orientation.Horizontal, self.controls)
        self.seek_bar.setAccessibleName("Position in the film")
        self.seek_bar.setToolTip("Position (Left/Right: 10 seconds)")
        self.seek_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pane's arrows seek
        self.total = QLabel("0:00", self.controls)
        self.total.setAccessibleName("Running time")
        self.mute_button = self._button(sp.SP_MediaVolume, "Mute", "Sound off (M)")
        self.mute_button.setCheckable(True)
        self.volume = QSlider(Qt.Orientation.Horizontal, self.controls)
        self.volume.setRange(0, 100)
        self.volume.setValue(self.player.volume)
        self.volume.setFixedWidth(96)
        self.volume.setAccessibleName("Volume")
        self.volume.setToolTip("Volume (Up/Down)")
        self.volume.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.subtitles = QComboBox(self.controls)
        self.subtitles.setAccessibleName("Subtitles")
        self.subtitles.setToolTip("Subtitles (V)")
        self.subtitles.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.full_button = self._button(sp.SP_TitleBarMaxButton, "Full screen", "Full screen (F)")

        bar = QHBoxLayout(self.controls)
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

        frame_layout = QVBoxLayout(self.frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.setSpacing(0)
        frame_layout.addWidget(self.stage, 1)
        frame_layout.addWidget(self.controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)

        self._scrub_timer = QTimer(self)
        self._scrub_timer.setSingleShot(True)
        self._scrub_timer.setInterval(SCRUB_INTERVAL_MS)
        self._scrub_timer.timeout.connect(self._scrub)

        self.poster_view.play_clicked.connect(self.play)
        self.play_button.clicked.connect(self.toggle)
        self.seek_bar.valueChanged.connect(self._on_seek_bar)
        self.seek_bar.sliderReleased.connect(self._scrub)
        self.volume.valueChanged.connect(self.player.set_volume)
        self.mute_button.toggled.connect(self._on_mute)
        self.subtitles.currentIndexChanged.connect(self._on_subtitle_choice)
        self.full_button.clicked.connect(self.toggle_full_screen)

    def _connect_player(self) -> None:
        player = self.player
        player.time_changed.connect(self._on_time)
        player.length_changed.connect(self._on_length)
        player.state_changed.connect(self._on_state)
        player.error.connect(self._on_error)
        player.frame_ready.connect(self.surface.set_frame)
        player.video_size_changed.connect(self.surface.set_video_size)

    # -- public API ---------------------------------------------------------

    def show_kit(self, kit: Kit, language: str) -> None:
        self.clear()
        self._kit = kit
        self._language = language
        film = kit.film
        if film is None:
            self.poster_view.set_message("This kit has no film.")
            return
        if film.poster is not None:
            path = film.poster.path
            self._poster_pending = True
            self._runner.run(
                lambda: decode(path, POSTER_BOUND), self._on_poster, self._on_poster_failed
            )
        self._subtitle_languages = [sub.language for sub in film.subtitles]
        # VLC's part waits one turn of the event loop: starting VLC takes ~50 ms,
        # and the page (and the window around it) should paint before that.
        self._film_token += 1
        token = self._film_token
        QTimer.singleShot(0, self, lambda: self._load_film(token))

    def mark_damaged(self, names: frozenset[str]) -> None:
        """Say so when the film of a damaged archive changed since packing."""
        film = self._kit.film if self._kit is not None else None
        if film is not None and film.file.written in names:
            self.poster_view.set_message(
                f"{film.file.written} changed since the kit was packed: it may not play as made."
            )

    def loading_film(self) -> bool:
        """Whether the film of the kit shown is still to be handed to VLC."""
        return self._film_token != self._film_loaded

    def _load_film(self, token: int) -> None:
        if token != self._film_token or self._kit is None or self._kit.film is None:
            return  # another kit (or none) since
        self._film_loaded = token
        film = self._kit.film
        if not self.player.available:
            self.poster_view.set_message(
                f"The film cannot play here. {self.player.unavailable_reason}\n\n{INSTALL_HINT}"
            )
            return
        if self.surface.native:
            self.player.set_window(self.surface.handle())
        subs = [(sub.language, sub.file.path) for sub in film.subtitles]
        if not self.player.load(film.file.path, subs):
            return  # the error signal has put the message up
        self._ready = True
        self._fill_subtitles()
        self.controls.setEnabled(True)
        self.poster_view.play_button.show()
        self.poster_view.set_message("")

    def set_language(self, language: str) -> None:
        """The reader's language: relabels the subtitle choice (subtitles stay as chosen)."""
        self._language = language
        if self._ready:
            self._fill_subtitles()

    def clear(self) -> None:
        self.leave_full_screen()
        self._runner.cancel()
        self._poster_pending = False
        self._film_loaded = self._film_token = self._film_token + 1  # drop a pending load
        self.player.stop()
        self._kit = None
        self._ready = False
        self._subtitle_languages = []
        self.poster_view.set_poster(QImage())
        self.poster_view.set_message("")
        self.poster_view.play_button.hide()
        self.surface.clear()
        self.stage.setCurrentWidget(self.poster_view)
        self.controls.setEnabled(False)
        self._set_playing_look(False)
        self._updating = True
        self.seek_bar.setRange(0, 0)
        self._updating = False
        self.elapsed.setText("0:00")
        self.total.setText("0:00")
        self.subtitles.blockSignals(True)
        self.subtitles.clear()
        self.subtitles.addItem("Subtitles off")
        self.subtitles.blockSignals(False)

    def shutdown(self) -> None:
        """Stop and free VLC; the main window calls this before Qt tears down."""
        self.leave_full_screen()
        self._runner.cancel()
        self._scrub_timer.stop()
        self.player.release()
        if self._host is not None:
            self._host.deleteLater()
            self._host = None

    # -- transport ----------------------------------------------------------

    def play(self) -> None:
        if self._ready:
            self.player.play()
            self.setFocus()

    def toggle(self) -> None:
        if self._ready:
            self.player.toggle()

    def cycle_subtitles(self) -> None:
        count = self.subtitles.count()
        if count > 1:
            self.subtitles.setCurrentIndex((self.subtitles.currentIndex() + 1) % count)

    @property
    def is_full_screen(self) -> bool:
        return self._host is not None and self._host.isVisible()

    def toggle_full_screen(self) -> None:
        if self.is_full_screen:
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        if self.is_full_screen:
            return
        if self._host is None:
            self._host = _FullScreenHost(self.keyPressEvent)
        # Reparenting keeps the video's native window (X11 reparents it), so
        # VLC goes on painting into it.
        host_layout = self._host.layout()
        assert host_layout is not None
        host_layout.addWidget(self.frame)
        self._host.setGeometry(self.screen().geometry())  # also right without a WM
        self._host.showFullScreen()
        self._host.activateWindow()
        self.full_button.setIcon(light_icon(self, QStyle.StandardPixmap.SP_TitleBarNormalButton))
        self.full_button.setToolTip("Leave full screen (F or Esc)")
        self.full_screen_changed.emit(True)

    def leave_full_screen(self) -> None:
        if not self.is_full_screen:
            return
        assert self._host is not None
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.frame)
        self._host.hide()
        self.full_button.setIcon(light_icon(self, QStyle.StandardPixmap.SP_TitleBarMaxButton))
        self.full_button.setToolTip("Full screen (F)")
        self.setFocus()
        self.full_screen_changed.emit(False)

    # -- keys ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Not the pane's (or no film yet, or Esc when not full screen): the window's.
        if self.keys.dispatch(event) is None:
            super().keyPressEvent(event)

    # -- player -> UI -------------------------------------------------------

    def _on_poster(self, image: QImage) -> None:
        self._poster_pending = False
        self.poster_view.set_poster(image)

    def _on_poster_failed(self, error: BaseException) -> None:
        self._poster_pending = False
        self.poster_view.set_message(f"The poster cannot be shown: {error}")

    def busy(self) -> bool:
        """Whether the poster is still being decoded (snapshots wait for it)."""
        return self._poster_pending or self.loading_film()

    def _on_time(self, ms: int) -> None:
        self.elapsed.setText(format_time(ms))
        if not self.seek_bar.isSliderDown():
            self._updating = True
            self.seek_bar.set_position_ms(ms)
            self._updating = False

    def _on_length(self, ms: int) -> None:
        self._updating = True
        self.seek_bar.set_length_ms(ms, JUMP_MS)
        self._updating = False
        self.total.setText(format_time(ms))

    def _on_state(self, state: str) -> None:
        playing = state == PlayerState.PLAYING
        self._set_playing_look(playing)
        if state in (PlayerState.PLAYING, PlayerState.PAUSED):
            self.stage.setCurrentWidget(self.surface)
        elif state in (PlayerState.STOPPED, PlayerState.ENDED, PlayerState.IDLE):
            self.stage.setCurrentWidget(self.poster_view)

    def _on_error(self, message: str) -> None:
        self.stage.setCurrentWidget(self.poster_view)
        self.poster_view.set_message(message)
        self._set_playing_look(False)

    def _set_playing_look(self, playing: bool) -> None:
        sp = QStyle.StandardPixmap
        self.play_button.setIcon(light_icon(self, sp.SP_MediaPause if playing else sp.SP_MediaPlay))
        self.play_button.setAccessibleName("Pause" if playing else "Play")
        self.play_button.setToolTip("Pause (Space)" if playing else "Play (Space)")

    # -- UI -> player -------------------------------------------------------

    def _on_seek_bar(self, value: int) -> None:
        if self._updating:
            return
        self._scrub_to = self.seek_bar.to_ms(value)
        self.elapsed.setText(format_time(self._scrub_to))
        if not self._scrub_timer.isActive():
            self._scrub_timer.start()  # throttle: one seek per interval while dragging

    def _scrub(self) -> None:
        self._scrub_timer.stop()
        if self._scrub_to is not None:
            self.player.seek(self._scrub_to)
            self._scrub_to = None

    def _on_mute(self, muted: bool) -> None:
        self.player.set_muted(muted)
        icon = (
            QStyle.StandardPixmap.SP_MediaVolumeMuted
            if muted
            else QStyle.StandardPixmap.SP_MediaVolume
        )
        self.mute_button.setIcon(light_icon(self, icon))
        self.mute_button.setToolTip("Sound on (M)" if muted else "Sound off (M)")

    def _fill_subtitles(self) -> None:
        wanted = self._remembered_subtitle
        self.subtitles.blockSignals(True)
        self.subtitles.clear()
        self.subtitles.addItem("Subtitles off")
        for code in self._subtitle_languages:
            language = QLocale(code).language()
            name = QLocale.languageToString(language) if language != QLocale.Language.C else code
            self.subtitles.addItem(f"{name} ({code})", code)
        lowered = [code.lower() for code in self._subtitle_languages]
        index = lowered.index(wanted) + 1 if wanted in lowered else 0
        self.subtitles.setCurrentIndex(index)
        self.subtitles.blockSignals(False)
        self.player.set_subtitle(index - 1 if index else None)

    def _on_subtitle_choice(self, index: int) -> None:
        if not self._ready or index < 0:
            return
        self.player.set_subtitle(index - 1 if index > 0 else None)
        self._remembered_subtitle = self._subtitle_languages[index - 1].lower() if index else None
