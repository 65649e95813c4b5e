"""The film pane: the poster and its play button, the picture, and the control
bar under it, driving one :class:`~mediakit.media.player.Player`.

The parts live in :mod:`mediakit.gui.film`; this page composes them, loads a
kit's film and passes the player's news to them. Its keys are the film mode's
of :mod:`mediakit.gui.keymap` (VLC's own keys); the pane binds a handler to
each and dispatches its key presses there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from mediakit.gui.afterpaint import after_paint
from mediakit.gui.film.controlbar import ControlBar
from mediakit.gui.film.fullscreen import FullScreen
from mediakit.gui.film.poster import PosterView
from mediakit.gui.keymap import Condition, KeyDispatcher, Mode
from mediakit.gui.keymap.docs import keys_of
from mediakit.gui.video import VideoSurface
from mediakit.kit.manifest.model import Kit
from mediakit.languages import subtitle_order
from mediakit.media.images import decode
from mediakit.media.player import INSTALL_HINT, Player, PlayerState, Renderer
from mediakit.tasks import TaskRunner
from mediakit.units import format_time

JUMP_MS = 10_000
VOLUME_STEP = 5
POSTER_BOUND = (1920, 1080)  # posters are decoded at most this large


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
        # The tracks in the menu's order (V's): the reading language's first.
        self._subtitle_order: list[int] = []
        self._remembered_subtitle: str | None = None  # per session, across kits
        self._ready = False  # a film is loaded and playable
        self._poster_pending = False  # the poster is being decoded in a worker
        self._film_token = self._film_loaded = 0  # show_kit's VLC part, done a turn later
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The pane takes the focus for the film's keys: Orca names it and says them.
        self.setAccessibleName(QCoreApplication.translate("FilmPage", "Film"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "FilmPage",
                "{play}: play or pause; {back} / {forward}: 10 seconds back or forward; "
                "{mute}: sound off or on",
            ).format(
                play=keys_of(Mode.FILM, "play_pause"),
                back=keys_of(Mode.FILM, "back"),
                forward=keys_of(Mode.FILM, "forward"),
                mute=keys_of(Mode.FILM, "mute"),
            )
        )
        self._build()
        self._full = FullScreen(self.frame, self, self.keyPressEvent)
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

    def _build(self) -> None:
        self.frame = QWidget(self)  # picture + controls: what goes full screen
        self.stage = QStackedWidget(self.frame)  # poster or picture
        self.stage.setObjectName("filmScreen")
        self.poster_view = PosterView(self.stage)
        self.surface = VideoSurface(self.player.renderer is Renderer.EMBEDDED, self.stage)
        self.stage.addWidget(self.poster_view)
        self.stage.addWidget(self.surface)
        self.controls = ControlBar(self.player.volume, JUMP_MS, self.frame)
        # The bar's widgets, by the names the window and the tests know them.
        self.play_button = self.controls.play_button
        self.elapsed = self.controls.elapsed
        self.seek_bar = self.controls.seek_bar
        self.total = self.controls.total
        self.mute_button = self.controls.mute_button
        self.volume = self.controls.volume
        self.subtitles = self.controls.subtitles
        self.full_button = self.controls.full_button

        frame_layout = QVBoxLayout(self.frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.setSpacing(0)
        frame_layout.addWidget(self.stage, 1)
        frame_layout.addWidget(self.controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)

        self.poster_view.play_clicked.connect(self.play)
        self.play_button.clicked.connect(self.toggle)
        self.controls.seek_requested.connect(self.player.seek)
        self.volume.valueChanged.connect(self.player.set_volume)
        self.mute_button.toggled.connect(self._on_mute)
        self.subtitles.currentIndexChanged.connect(self._on_subtitle_choice)
        self.full_button.clicked.connect(self.toggle_full_screen)

    def _connect_player(self) -> None:
        player = self.player
        player.time_changed.connect(self.controls.show_time)
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
            self.poster_view.set_message(
                QCoreApplication.translate("FilmPage", "This kit has no film.")
            )
            return
        if film.poster is not None:
            path = film.poster.path
            self._poster_pending = True
            self._runner.run(
                lambda: decode(path, POSTER_BOUND), self._on_poster, self._on_poster_failed
            )
        self._subtitle_languages = [sub.language for sub in film.subtitles]
        self.poster_view.set_duration(kit.runtime or "")  # until VLC has measured the film
        # VLC's part waits until the window has painted: starting VLC takes ~50 ms,
        # and the page (and the window around it) should paint before that.
        self._film_token += 1
        token = self._film_token
        after_paint(self, lambda: self.player.when_started(lambda: self._load_film(token)))

    def mark_damaged(self, names: frozenset[str]) -> None:
        """Say so when the film of a damaged archive changed since packing."""
        film = self._kit.film if self._kit is not None else None
        if film is not None and film.file.written in names:
            self.poster_view.set_message(
                QCoreApplication.translate(
                    "FilmPage", "%1 changed since the kit was packed: it may not play as made."
                ).replace("%1", film.file.written)
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
            cannot = QCoreApplication.translate("FilmPage", "The film cannot play here.")
            self.poster_view.set_message(
                f"{cannot} {self.player.unavailable_reason}\n\n"
                + QCoreApplication.translate("Player", INSTALL_HINT)
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
        self.poster_view.show_play_button(True)
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
        self._subtitle_order = []
        self.poster_view.set_poster(QImage())
        self.poster_view.set_message("")
        self.poster_view.set_duration("")
        self.poster_view.show_play_button(False)
        self.surface.clear()
        self.stage.setCurrentWidget(self.poster_view)
        self.controls.reset()

    def shutdown(self) -> None:
        """Stop and free VLC; the main window calls this before Qt tears down."""
        self.leave_full_screen()
        self._runner.cancel()
        self.controls.stop()
        self.player.release()
        self._full.close()

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
        return self._full.active

    def toggle_full_screen(self) -> None:
        if self.is_full_screen:
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        if self._full.enter():
            self.controls.set_full_screen_look(True)
            self.full_screen_changed.emit(True)

    def leave_full_screen(self) -> None:
        if self._full.leave():
            self.controls.set_full_screen_look(False)
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
        self.poster_view.set_message(
            QCoreApplication.translate("FilmPage", "The poster cannot be shown: %1").replace(
                "%1", str(error)
            )
        )

    def busy(self) -> bool:
        """Whether the poster is still being decoded (snapshots wait for it)."""
        return self._poster_pending or self.loading_film()

    def _on_length(self, ms: int) -> None:
        self.controls.show_length(ms)
        self.poster_view.set_duration(format_time(ms))

    def _on_state(self, state: str) -> None:
        self.controls.set_playing_look(state == PlayerState.PLAYING)
        if state in (PlayerState.PLAYING, PlayerState.PAUSED):
            focus = QApplication.focusWidget()
            if focus is not None and self.poster_view.isAncestorOf(focus):
                self.setFocus()  # the play button goes with the poster: keys stay here
            self.stage.setCurrentWidget(self.surface)
        elif state in (PlayerState.STOPPED, PlayerState.ENDED, PlayerState.IDLE):
            self.stage.setCurrentWidget(self.poster_view)

    def _on_error(self, message: str) -> None:
        self.stage.setCurrentWidget(self.poster_view)
        self.poster_view.set_message(message)
        self.controls.set_playing_look(False)

    # -- UI -> player -------------------------------------------------------

    def _on_mute(self, muted: bool) -> None:
        self.player.set_muted(muted)
        self.controls.set_muted_look(muted)

    def _fill_subtitles(self) -> None:
        """The menu: off, the reading language's track, then the others as the kit
        lists them; V goes round it in that order."""
        self._subtitle_order = subtitle_order(self._subtitle_languages, self._language)
        codes = [self._subtitle_languages[track] for track in self._subtitle_order]
        wanted = self._remembered_subtitle
        lowered = [code.lower() for code in codes]
        index = lowered.index(wanted) + 1 if wanted in lowered else 0
        self.controls.fill_subtitles(codes, index)
        self.player.set_subtitle(self._subtitle_order[index - 1] if index else None)

    def _on_subtitle_choice(self, index: int) -> None:
        if not self._ready or index < 0:
            return
        track = self._subtitle_order[index - 1] if index > 0 else None
        self.player.set_subtitle(track)
        self._remembered_subtitle = (
            self._subtitle_languages[track].lower() if track is not None else None
        )
