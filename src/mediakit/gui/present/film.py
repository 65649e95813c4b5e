"""The film on its slide: the kit's film (or trailer) through the app's
Player, full screen with sound, loaded while the slide before it is up so
that it starts at once.

Whatever goes wrong stays off the audience screen: the surface is hidden,
the slide under it (the poster card) shows, and :attr:`FilmStage.problem`
tells the presenter view why.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from mediakit.gui.video import VideoSurface
from mediakit.kit.manifest.model import Kit
from mediakit.languages import show_subtitle, subtitle_order
from mediakit.media.player import Player, PlayerState, Renderer

log = logging.getLogger(__name__)

JUMP_MS = 10_000
_RESTING = (PlayerState.IDLE, PlayerState.STOPPED, PlayerState.ENDED)
FILM_KINDS = ("film", "trailer")


def film_path(kit: Kit, kind: str) -> Path | None:
    if kit.film is None:
        return None
    if kind == "trailer":
        return kit.film.trailer.path if kit.film.trailer is not None else None
    return kit.film.file.path


def runtime_ms(runtime: str) -> int | None:
    """A manifest's running time, ``M:SS`` or ``H:MM:SS``, in milliseconds."""
    try:
        parts = [int(part) for part in runtime.split(":")]
    except ValueError:
        return None
    if len(parts) not in (2, 3) or any(part < 0 for part in parts):
        return None
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds * 1000 or None


class FilmStage(QObject):
    """One Player and the surface it shows on, inside the audience view."""

    problem = Signal(str)  # for the presenter view only
    frame_shown = Signal()  # a picture of the film is on screen
    ended = Signal()

    def __init__(
        self, kit: Kit, host: QWidget, player: Player | None = None, language: str = ""
    ) -> None:
        """``language``: the reading language, whose subtitles the film starts with
        when it is not the film's own (the kit's first language)."""
        super().__init__(host)
        self._kit = kit
        self._language = language
        self.subtitle_languages = [sub.language for sub in kit.film.subtitles] if kit.film else []
        self.subtitle: int | None = (
            show_subtitle(self.subtitle_languages, language, kit.languages[0]) if language else None
        )
        self.player = player if player is not None else Player(self)
        self.surface = VideoSurface(self.player.renderer is Renderer.EMBEDDED, host)
        self.surface.setMouseTracking(True)  # the audience view hides the cursor
        self.surface.hide()
        self.kind: str | None = None  # what is loaded
        self.failed: dict[str, str] = {}  # kind -> why it cannot play
        self._showing = False
        self._started = False
        # Preloading plays the film muted up to its first picture and pauses
        # there: the slide then starts with that picture at once.
        self._priming = False
        self._primed = False
        self._prime_pending = False
        self._first_frame = QImage()
        self._muted = self.player.muted
        self.player.state_changed.connect(self._on_state)
        self.player.frame_ready.connect(self._on_frame)
        self.player.video_size_changed.connect(self._on_video_size)
        self.player.error.connect(self._on_error)
        self.player.ended.connect(self.ended)

    @property
    def showing(self) -> bool:
        return self._showing

    @property
    def started(self) -> bool:
        """Whether the film was started on its slide (not just loaded and primed)."""
        return self._started

    def remaining_ms(self) -> int | None:
        if self.kind is None or self.player.length <= 0:
            return None
        return max(0, self.player.length - self.player.time)

    def length_ms(self, kind: str) -> int | None:
        """How long ``kind`` runs, known without touching the disk: the player's
        length once it has parsed the file (VLC reads it in its own thread when
        the film is preloaded), else for the film the manifest's ``runtime``;
        None when neither says."""
        if self.kind == kind and self.player.length > 0:
            return int(self.player.length)
        if kind == "film" and self._kit.runtime:
            return runtime_ms(self._kit.runtime)
        return None

    def preload(self, kind: str) -> bool:
        """Load ``kind``'s file, paused, ready to play; False if it cannot."""
        if kind in self.failed:
            return False
        if self.kind == kind and self.player.loaded:
            if not self._primed and not self._priming:
                if self.player.state in _RESTING:
                    self._prime()
                else:  # VLC's "stopped" is on its way: prime when it arrives
                    self._prime_pending = True
            return True
        path = film_path(self._kit, kind)
        if path is None:
            return False
        if not self.player.available:
            self._on_error(
                self.tr("The film cannot play here: {reason}").format(
                    reason=self.player.unavailable_reason
                )
            )
            self.failed[kind] = self.player.unavailable_reason
            return False
        if self.player.renderer is Renderer.EMBEDDED:
            self.player.set_window(self.surface.handle())
        self.kind = kind
        if not self.player.load(path, self._subtitle_files(kind)):
            return False
        self.player.set_subtitle(self.subtitle if kind == "film" else None)
        self._prime()
        return True

    def _on_state(self, _state: str) -> None:
        if self._prime_pending and self.player.state in _RESTING:
            self._prime_pending = False
            self._prime()
        self._hold_first_frame()

    def _prime(self) -> None:
        self._priming, self._primed = True, False
        self._first_frame = QImage()
        self._muted = self.player.muted
        self.player.set_muted(True)
        self.player.play()

    def _hold_first_frame(self) -> None:
        """While priming: pause on the first picture, back at 0:00, sound restored."""
        if not self._priming or self.player.state is not PlayerState.PLAYING:
            return
        pictured = not self._first_frame.isNull() or self.player.video_size.isValid()
        if self.player.renderer is Renderer.CALLBACKS and not pictured:
            return
        self._priming, self._primed = False, True
        self.player.pause()
        self.player.seek(0)
        self.player.set_muted(self._muted)

    def start(self, kind: str) -> None:
        if not self.preload(kind):
            return
        host = self.surface.parentWidget()
        if host is not None:
            self.surface.setGeometry(host.rect())
        if self._priming:  # the slide came up before the first picture: just play
            self._priming = False
            self.player.set_muted(self._muted)
        if self.player.renderer is Renderer.EMBEDDED:
            self._show_surface()  # VLC paints into it once it is mapped
        elif not self._first_frame.isNull():
            self.surface.set_frame(self._first_frame)  # on screen now, the film follows
            self._show_surface()
            self.frame_shown.emit()
        self._primed = self._prime_pending = False
        self._started = True
        if self.player.state is PlayerState.PAUSED:
            self.player.toggle()
        elif self.player.state is not PlayerState.PLAYING:
            self.player.play()

    def stop(self) -> None:
        if self._priming:
            self.player.set_muted(self._muted)
        self._priming = self._primed = self._prime_pending = self._started = False
        self._first_frame = QImage()
        if self.player.state is not PlayerState.IDLE:
            self.player.stop()
        self._showing = False
        self.surface.hide()
        self.surface.clear()

    def toggle(self) -> None:
        self.player.toggle()

    def _subtitle_files(self, kind: str) -> list[tuple[str, Path]]:
        """The film's subtitle files (a trailer has none in the kit format)."""
        if kind != "film" or self._kit.film is None:
            return []
        return [(sub.language, sub.file.path) for sub in self._kit.film.subtitles]

    def next_subtitle(self) -> None:
        """The next subtitle language, the reading language's first, then none."""
        if not self.subtitle_languages:
            return
        order: list[int | None] = [None, *subtitle_order(self.subtitle_languages, self._language)]
        self.subtitle = order[(order.index(self.subtitle) + 1) % len(order)]
        if self.kind == "film" and self.player.loaded:
            self.player.set_subtitle(self.subtitle)

    def next_audio_track(self) -> None:
        """The film's next sound track, when it has several (its first after the last)."""
        tracks = [tid for tid, _name in self.player.audio_tracks()] if self.kind == "film" else []
        if len(tracks) > 1:
            now = self.player.audio_track
            index = tracks.index(now) if now in tracks else -1
            self.player.set_audio_track(tracks[(index + 1) % len(tracks)])

    def audio_track_name(self) -> str | None:
        """The sound track playing, when the film has several to choose from; else None."""
        tracks = dict(self.player.audio_tracks()) if self.kind == "film" else {}
        if len(tracks) < 2:
            return None
        return tracks.get(self.player.audio_track if self.player.audio_track is not None else -2)

    def subtitle_language(self) -> str | None:
        """The language of the subtitles the film shows (or will), None for none."""
        return None if self.subtitle is None else self.subtitle_languages[self.subtitle]

    def seek(self, delta_ms: int) -> None:
        self.player.seek_relative(delta_ms)

    def release(self) -> None:
        self.stop()
        self.player.release()

    def _show_surface(self) -> None:
        if not self._showing:
            self._showing = True
            self.surface.show()
            self.surface.raise_()

    def _on_frame(self, image: QImage) -> None:
        if self.kind is None or self.player.state is PlayerState.ERROR:
            return
        if self._priming or self._primed:
            if self._first_frame.isNull():
                self._first_frame = image
            self._hold_first_frame()
            return  # not on screen: its slide is not up yet
        self.surface.set_frame(image)
        if not self._showing:
            self._show_surface()
        self.frame_shown.emit()

    def _on_video_size(self, size: QSize) -> None:
        self.surface.set_video_size(size)
        if self.player.renderer is Renderer.EMBEDDED:
            self.frame_shown.emit()

    def _on_error(self, message: str) -> None:
        if self.kind is not None:
            self.failed[self.kind] = message
        log.warning("presenting: %s", message)
        self._showing = False
        self.surface.hide()  # the poster under it shows instead
        self.problem.emit(
            self.tr("The film cannot play, the poster is shown instead. {why}").format(why=message)
        )
