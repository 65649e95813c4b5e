"""The show: the deck, the two views, the screens they stand on, the keys.

Two screens: the audience view goes full screen on the one that is not the
laptop's (the primary screen), or the one asked for, and the presenter view
full screen on the laptop; S swaps them. One screen: the audience view is
full screen and Tab/P lays the presenter view over it. Screens plugged in or
out during the show are placed again. Esc ends the show; :attr:`finished`
then tells the window to come back as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

from mediakit.gui.keymap import Condition, KeyDispatcher, Mode
from mediakit.gui.present.audience import BLACK, WHITE, AudienceView
from mediakit.gui.present.film import FILM_KINDS, JUMP_MS
from mediakit.gui.present.inhibit import ScreenSaverInhibitor
from mediakit.gui.present.presenter import PresenterView
from mediakit.gui.present.slides import SlideRenderer
from mediakit.gui.present.stills import StillSource, person_of
from mediakit.kit.manifest.model import Kit
from mediakit.kit.manifest.presentation import Deck, SlideSpec, build_sequence
from mediakit.media.player import Player

log = logging.getLogger(__name__)


class PresentController(QObject):
    finished = Signal()
    moved = Signal()  # the position or what the audience sees changed

    def __init__(
        self,
        kit: Kit,
        language: str,
        parent: QObject | None = None,
        *,
        screen: int | None = None,
        stills: StillSource | None = None,
        player: Player | None = None,
        inhibitor: ScreenSaverInhibitor | None = None,
    ) -> None:
        super().__init__(parent)
        self.kit = kit
        self.language = language
        self.stills = stills if stills is not None else StillSource(kit, parent=self)
        self.renderer = SlideRenderer(kit, language, self.stills)
        self.slides = build_sequence(kit)
        self.audience = AudienceView(kit, self.renderer, player)
        self.presenter = PresenterView(self.renderer)
        self.deck = Deck(self.slides, self._pages_of)
        self.inhibitor = inhibitor if inhibitor is not None else ScreenSaverInhibitor(self)
        self.wanted_screen = screen  # 0-based index into QGuiApplication.screens()
        self.swapped = False
        self.typed = ""
        self.running = False
        self._blank_colour: str | None = None
        self.keys = KeyDispatcher(
            Mode.PRESENT,
            self._key_handlers(),
            {
                Condition.ON_FILM_SLIDE: lambda: self.audience.on_film,
                Condition.NUMBER_TYPED: lambda: bool(self.typed),
            },
        )
        self.audience.key_pressed.connect(self.handle_key)
        self.presenter.key_pressed.connect(self.handle_key)
        self.audience.resized.connect(self._on_resized)
        self.audience.film.problem.connect(self.presenter.add_problem)
        self._show_subtitle()
        # The sound tracks are known once the film is preloaded (it plays to its first picture).
        self.audience.film.player.state_changed.connect(lambda _state: self._show_sound())
        self.audience.film.player.time_changed.connect(lambda _ms: self._film_left())
        self.audience.film.player.length_changed.connect(lambda _ms: self._film_left())
        self.stills.ready.connect(self._repaint)
        self.stills.failed.connect(self._on_still_failed)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screens)
        app.screenRemoved.connect(self._on_screens)

    # -- screens ------------------------------------------------------------

    def screens_for(self) -> tuple[QScreen, QScreen]:
        """(audience screen, presenter screen); the same one with a single screen."""
        screens = QGuiApplication.screens()
        laptop = QGuiApplication.primaryScreen() or screens[0]
        if len(screens) < 2:
            return laptop, laptop
        if self.wanted_screen is not None and 0 <= self.wanted_screen < len(screens):
            audience = screens[self.wanted_screen]
        else:
            audience = next(s for s in screens if s is not laptop)
        presenter = (
            laptop if audience is not laptop else next(s for s in screens if s is not laptop)
        )
        return (presenter, audience) if self.swapped else (audience, presenter)

    @property
    def two_screens(self) -> bool:
        return len(QGuiApplication.screens()) > 1

    def place(self) -> None:
        audience, presenter = self.screens_for()
        _full_screen_on(self.audience, audience)
        if audience is not presenter:
            _full_screen_on(self.presenter, presenter)
        elif self.presenter.isVisible():
            _full_screen_on(self.presenter, presenter)
            _bring_up(self.presenter)
        if not self.presenter.isVisible():
            self.audience.activateWindow()

    def _on_screens(self, _screen: QScreen) -> None:
        if not self.running:
            return
        log.info("presenting: screens changed, now %d", len(QGuiApplication.screens()))
        if not self.two_screens and self.presenter.isVisible():
            self.presenter.hide()  # one screen: the room comes first
        self.place()

    # -- running ------------------------------------------------------------

    def start(self, slide: int = 1) -> None:
        self.running = True
        if not self.deck.go(slide):
            self.deck.first()
        self.place()
        if self.two_screens:
            self.presenter.activateWindow()
        self.inhibitor.inhibit()
        self.presenter.restart_clock()
        self.show_current()

    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        self.audience.film.release()
        self.stills.cancel()
        self.inhibitor.release()
        self.audience.close()
        self.presenter.close()
        self.finished.emit()

    def preview(self, slide: int, size: QSize) -> bool:
        """Position on ``slide`` (from 1) for a ``size`` screen without showing or
        playing anything: the presenter view is filled, for snapshots."""
        self.audience.resize(size)
        if not self.deck.go(slide):
            return False
        current = self.deck.current()
        self.audience.slide, self.audience.page = current, 0
        upcoming = self.deck.upcoming()
        for shown in (current, upcoming[0] if upcoming else None):
            if shown is not None:
                self.renderer.preload(shown, size)
        self.presenter.show_position(
            self.deck.label,
            (current, 0),
            upcoming,
            self.kit.text(current.notes, self.language),
            size,
        )
        self._film_left()
        return True

    def busy(self, size: QSize) -> bool:
        """Whether a still, photo or poster the current or next slide shows is still decoding."""
        upcoming = self.deck.upcoming()
        for shown in (self.deck.current(), upcoming[0] if upcoming else None):
            wanted = self.renderer.picture(shown, size) if shown is not None else None
            if wanted is None:
                continue
            index, box = wanted
            if self.stills.path(index) is None or self.stills.error(index) is not None:
                continue
            if self.stills.image(index, box) is None:
                return True
        return False

    def discard(self) -> None:
        """Free what a never-started show holds (snapshots, refused starts)."""
        self.audience.film.release()
        self.stills.cancel()
        self.audience.deleteLater()
        self.presenter.deleteLater()

    @property
    def screen_size(self) -> QSize:
        size = self.audience.size()
        return size if not size.isEmpty() else QSize(1920, 1080)

    def _pages_of(self, index: int) -> int:
        return self.renderer.pages(self.slides[index], self.screen_size)

    def show_current(self) -> None:
        slide, page = self.deck.current(), self.deck.position[1]
        self.audience.show_slide(slide, page)
        upcoming = self.deck.upcoming()
        if upcoming is not None:
            self.renderer.preload(upcoming[0], self.screen_size)
            if upcoming[0].kind in FILM_KINDS and slide.kind not in FILM_KINDS:
                self.audience.film.preload(upcoming[0].kind)  # so it starts at once
        notes = self.kit.text(slide.notes, self.language)
        self.presenter.show_position(
            self.deck.label, (slide, page), upcoming, notes, self.screen_size
        )
        self._film_left()
        self._report_still(slide)
        self.moved.emit()

    def _film_left(self) -> None:
        """The film's time left once it plays; before, its whole length (the player's
        if it has read the file, else the manifest's runtime), "—" if unknown."""
        film = self.audience.film
        kind = self._film_kind()
        if self.audience.on_film and film.started:
            remaining = film.remaining_ms()
            if remaining is not None:
                self.presenter.set_film_left(remaining)
                return
        length = film.length_ms(kind) if kind is not None else None
        self.presenter.set_film_left(length, playing=False)

    def _film_kind(self) -> str | None:
        """The film the times are about: the one up now, else the next one in the
        show, else the last one shown; None in a show without one."""
        index = self.deck.position[0]
        ahead = [s.kind for s in self.slides[index:] if s.kind in FILM_KINDS]
        behind = [s.kind for s in self.slides[:index] if s.kind in FILM_KINDS]
        found = ahead[:1] or behind[-1:]
        return found[0] if found else None

    def _repaint(self, _index: int = 0) -> None:
        self.audience.update()
        self.presenter.current.update()
        self.presenter.upcoming.update()

    def _on_resized(self) -> None:
        self.deck.repaginate()
        if self.running:
            self.show_current()

    def _report_still(self, slide: SlideSpec) -> None:
        if slide.kind == "still" and slide.item is not None:
            why = self.stills.error(slide.item)
            if why:
                self._on_still_failed(slide.item, why)

    def _on_still_failed(self, index: int, why: str) -> None:
        person = person_of(index)
        if person is not None:
            self.presenter.add_problem(
                self.tr("The photo of {name} cannot be shown: {why}").format(
                    name=self.kit.people[person].name, why=why
                )
            )
        else:
            self.presenter.add_problem(
                self.tr("Still {number} cannot be shown (the room sees the poster): {why}").format(
                    number=index + 1, why=why
                )
            )
        self._repaint()

    # -- keys ---------------------------------------------------------------

    def _key_handlers(self) -> dict[str, Callable[..., object]]:
        """What each action of the present mode does (its keys are in the registry)."""
        film = self.audience.film
        return {
            "next": lambda: self._move(self.deck.next),
            "previous": lambda: self._move(self.deck.previous),
            "first": lambda: self._move(self.deck.first),
            "last": lambda: self._move(self.deck.last),
            "type_digit": self._type_digit,
            "go_to_typed": lambda: self._move(lambda: self.deck.go(int(self.typed))),
            "black": lambda: self._toggle_blank("black"),
            "white": lambda: self._toggle_blank("white"),
            "film_play_pause": film.toggle,
            "film_back": lambda: film.seek(-JUMP_MS),
            "film_forward": lambda: film.seek(JUMP_MS),
            "film_subtitles": self._next_subtitle,
            "film_sound": self._next_sound,
            "full_screen": self._toggle_audience_full_screen,
            "presenter_view": self.toggle_presenter,
            "swap_screens": self._swap_screens,
            "help": self._show_help,
            "leave": self.stop,
        }

    def _next_subtitle(self) -> None:
        self.audience.film.next_subtitle()
        self._show_subtitle()

    def _next_sound(self) -> None:
        self.audience.film.next_audio_track()
        self._show_sound()

    def _show_sound(self) -> None:
        """The presenter view names the film's sound track when it has several."""
        name = self.audience.film.audio_track_name()
        if name is not None:
            self.presenter.show_sound(name)

    def _show_subtitle(self) -> None:
        """The presenter view says which subtitles the film has (none: no such line)."""
        film = self.audience.film
        if film.subtitle_languages:
            self.presenter.show_subtitles(film.subtitle_language())

    def handle_key(self, event: QKeyEvent) -> None:
        """A key pressed in either view: the show's, whichever has the focus."""
        action = self.keys.dispatch(event)
        if action is not None and action.name != "type_digit":
            self.typed = ""  # a slide number is for the key right after it
            self.presenter.set_typed("")

    def _type_digit(self, text: str) -> None:
        if text.isascii() and text.isdigit():  # a key file may bind other keys to it
            self.typed = (self.typed + text)[-4:]
            self.presenter.set_typed(self.typed)

    def _move(self, step: Callable[[], object]) -> None:
        step()
        self._set_blank(None)
        self.show_current()

    def _toggle_blank(self, which: str) -> None:
        self._set_blank(None if self._blank_colour == which else which)

    def _toggle_audience_full_screen(self) -> None:
        self.audience.setWindowState(self.audience.windowState() ^ Qt.WindowState.WindowFullScreen)

    def _swap_screens(self) -> None:
        self.swapped = not self.swapped
        self.place()

    def _show_help(self) -> None:
        if not self.presenter.isVisible():
            self.toggle_presenter()
        self.presenter.toggle_help()

    def _set_blank(self, which: str | None) -> None:
        self._blank_colour = which
        colour = {"black": BLACK, "white": WHITE}.get(which or "")
        self.audience.set_blank(colour)
        self.presenter.set_blank(colour)
        self.moved.emit()

    def toggle_presenter(self) -> None:
        if self.two_screens:
            return  # it has its own screen
        if self.presenter.isVisible():
            self.presenter.hide()
            self.audience.activateWindow()
        else:
            _full_screen_on(self.presenter, self.screens_for()[1])
            _bring_up(self.presenter)


def _bring_up(widget: QWidget) -> None:
    """Raise a top-level window (the offscreen platform cannot, and says so)."""
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
    widget.activateWindow()


def _full_screen_on(widget: QWidget, screen: QScreen) -> None:
    """Full screen on ``screen``: moved there first, so the window manager keeps it there."""
    if widget.isFullScreen() and widget.screen() is screen:
        return
    if widget.isFullScreen():
        widget.showNormal()
    widget.setGeometry(screen.geometry())
    widget.showFullScreen()
    handle = widget.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
        widget.setGeometry(screen.geometry())
