"""The language that follows the reader: the interface's (the system's, or the
menu's choice), each kit's reading language remembered per kit, the film's
subtitles (V starts with the reading language) and the show's film."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from mediakit import languages
from mediakit.gui import settings as conf
from mediakit.gui.app import make_application
from mediakit.gui.language import interface_language
from mediakit.gui.pages.film import FilmPage
from mediakit.gui.present.controller import PresentController
from mediakit.gui.present.inhibit import ScreenSaverInhibitor
from mediakit.gui.window import MainWindow
from mediakit.kit import load
from mediakit.kit.manifest.model import Kit
from mediakit.media.player import Player, Renderer
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait
from tests.gui.test_film import film_page, fire, make_kit, show
from tests.media.test_player_fakes import FakeVlc

FILM_SLIDE = 4  # ROPED: title, logline, synopsis, film …
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def french_desktop() -> list[str]:
    """What a French desktop says: the system locale made testable (QLocale of fr_FR)."""
    return list(QLocale("fr_FR").uiLanguages())


def english_desktop() -> list[str]:
    return list(QLocale("en_US").uiLanguages())


@pytest.fixture(autouse=True)
def french_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """French is shipped whether or not its .qm has been compiled in this checkout."""
    monkeypatch.setattr(languages, "shipped_languages", lambda: ["en", "fr"])


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.shutdown()


def new_window(
    qtbot: QtBot,
    settings: conf.Settings,
    made: list[MainWindow],
    desktop: Callable[[], list[str]] = french_desktop,
) -> MainWindow:
    make_application()
    window = MainWindow(settings, system_languages=desktop)
    qtbot.addWidget(window)
    window.show()
    made.append(window)
    return window


def other_kit(tmp_path: Path) -> Path:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "kit.yaml").write_text(
        "mediakit: 1\nid: other\nlanguages: [fr, en]\ntitle: {fr: Autre, en: Other}\n",
        encoding="utf-8",
    )
    return folder


def test_the_interface_follows_the_system_and_the_menu_wins(
    qtbot: QtBot, settings: conf.Settings, windows: list[MainWindow]
) -> None:
    assert interface_language(settings, french_desktop) == "fr"
    assert interface_language(settings, english_desktop) == "en"
    window = new_window(qtbot, settings, windows)
    menu = window.interface_menu
    labels = [a.text() for a in menu.actions() if a.isCheckable()]
    assert labels == ["Automatic (system)", "English", "Français"]
    assert menu.choice() == ""  # Automatic
    # The menu says when a choice takes effect, and so does the status bar once chosen.
    notes = [a.text() for a in menu.actions() if not a.isEnabled()]
    assert notes == ["Takes effect when mediakit starts again"]
    assert menu.choose("en")
    assert settings.get(conf.INTERFACE_LANGUAGE) == "en"
    assert "starts again" in window.statusBar().currentMessage()
    assert interface_language(settings, french_desktop) == "en"  # remembered, and it wins
    again = new_window(qtbot, settings, windows)
    assert again.interface_menu.choice() == "en"
    open_and_wait(qtbot, again, ROPED)
    assert again.language == "en"  # the French desktop's reader chose English
    assert again.interface_menu.choose("")
    assert interface_language(settings, french_desktop) == "fr"


def test_a_kit_opens_in_the_interface_language_if_it_has_it(
    qtbot: QtBot, settings: conf.Settings, windows: list[MainWindow]
) -> None:
    english = new_window(qtbot, settings, windows, english_desktop)
    open_and_wait(qtbot, english, ROPED)  # fr, en: English is the kit's second
    assert english.language == "en"
    german = new_window(qtbot, settings, windows, lambda: ["de-DE"])
    open_and_wait(qtbot, german, ROPED)  # no German interface: English, which the kit has
    assert german.language == "en"
    c_locale = new_window(qtbot, settings, windows, lambda: ["C"])
    open_and_wait(qtbot, c_locale, ROPED)  # no reader's language: the kit's first
    assert c_locale.language == "fr"


def test_the_reading_language_is_remembered_per_kit(
    qtbot: QtBot, settings: conf.Settings, windows: list[MainWindow], tmp_path: Path
) -> None:
    window = new_window(qtbot, settings, windows, english_desktop)
    other = other_kit(tmp_path)
    open_and_wait(qtbot, window, ROPED)
    assert window.language == "en"
    window.set_language("fr")  # on kit A
    open_and_wait(qtbot, window, other)
    assert window.language == "en"  # kit B: still the interface's
    assert window.windowTitle().startswith("Other")
    open_and_wait(qtbot, window, ROPED)
    assert window.language == "fr"  # kit A: as chosen
    assert settings.get(conf.KIT_LANGUAGES) == {"roped": "fr"}
    later = new_window(qtbot, settings, windows, english_desktop)  # the next session
    open_and_wait(qtbot, later, ROPED)
    assert later.language == "fr"
    open_and_wait(qtbot, later, other)
    assert later.language == "en"


@pytest.mark.parametrize(("reading", "first", "spu"), [("fr", "fr", 3), ("en", "en", 2)])
def test_v_starts_with_the_reading_languages_subtitles(
    qtbot: QtBot,
    film_page: tuple[FilmPage, FakeVlc],
    tmp_path: Path,
    reading: str,
    first: str,
    spu: int,
) -> None:
    """The kit lists English first (VLC's track 2), French second (track 3)."""
    page, fake = film_page
    (tmp_path / "film.mp4").write_bytes(b"fake")
    show(page, make_kit(tmp_path, tmp_path / "film.mp4", subs=("en", "fr")), reading)
    fire(page, fake, qtbot, "MediaPlayerPlaying")
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_V)
    assert page.subtitles.currentData() == first
    assert fake.mp.spu == spu
    qtbot.keyClick(page, Qt.Key.Key_V)
    assert page.subtitles.currentData() == ("en" if first == "fr" else "fr")
    qtbot.keyClick(page, Qt.Key.Key_V)
    assert page.subtitles.currentIndex() == 0 and fake.mp.spu == -1  # then off


def test_a_new_reading_language_reorders_but_keeps_the_subtitles_on(
    qtbot: QtBot, film_page: tuple[FilmPage, FakeVlc], tmp_path: Path
) -> None:
    page, fake = film_page
    (tmp_path / "film.mp4").write_bytes(b"fake")
    show(page, make_kit(tmp_path, tmp_path / "film.mp4", subs=("en", "de")), "de")
    fire(page, fake, qtbot, "MediaPlayerPlaying")
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_V)
    assert page.subtitles.currentData() == "de" and page.player.subtitle == 1
    page.set_language("en")
    assert page.subtitles.currentData() == "de" and page.player.subtitle == 1
    assert [page.subtitles.itemData(i) for i in (1, 2)] == ["en", "de"]


def roped() -> Kit:
    kit = load(ROPED).kit
    assert kit is not None
    return kit


def film_show(qtbot: QtBot, language: str) -> tuple[PresentController, FakeVlc]:
    fake = FakeVlc()
    player = Player(vlc_module=fake, renderer=Renderer.CALLBACKS)
    show = PresentController(
        roped(), language, player=player, inhibitor=ScreenSaverInhibitor(address="")
    )
    qtbot.addWidget(show.audience)
    qtbot.addWidget(show.presenter)
    show.start(FILM_SLIDE - 1)  # the film is preloaded on the slide before it
    return show, fake


@pytest.mark.parametrize(
    ("reading", "shown", "track"), [("en", "English (en)", 1), ("fr", "None", None)]
)
def test_the_shows_film_has_the_reading_languages_subtitles(
    qtbot: QtBot, reading: str, shown: str, track: int | None
) -> None:
    """ROPED's film is French (its first language): read in English it gets the
    English subtitles, read in French none; the presenter view says which."""
    show, fake = film_show(qtbot, reading)
    try:
        player = show.audience.film.player
        assert player.loaded and player.subtitle == track
        media = fake.mp.media
        assert media is not None
        assert [Path(uri).name for _kind, _priority, uri in media.slaves] == [
            "roped.fr.srt",
            "roped.en.srt",
        ]
        assert show.presenter.subtitles is not None
        assert show.presenter.subtitles.value.text() == shown
        # The presenter changes them before the pitch: French next (either way).
        show.handle_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_V, NO_MODIFIER, "v"))
        assert player.subtitle == 0
        assert show.presenter.subtitles.value.text() == "Français (fr)"
    finally:
        show.stop()


def sound_shown(show: PresentController) -> str | None:
    return show.presenter.sound.value.text() if show.presenter.sound is not None else None


def test_the_presenter_view_offers_the_sound_track_when_the_film_has_several(
    qtbot: QtBot,
) -> None:
    show, fake = film_show(qtbot, "en")
    try:
        mp = fake.mp
        playing = {"track": 1}
        vars(mp).update(  # a film with two sound tracks, as python-vlc describes them
            audio_get_track_description=lambda: [
                (-1, b"Disable"),
                (1, b"Track 1 - [Fran\xc3\xa7ais]"),
                (2, b"Track 2 - [English]"),
            ],
            audio_get_track=lambda: playing["track"],
            audio_set_track=lambda track: playing.update(track=track) or 0,
        )
        assert sound_shown(show) is None  # not known before the film has started
        player = show.audience.film.player
        with qtbot.waitSignal(player.state_changed):
            mp.events.fire("MediaPlayerPlaying")
        qtbot.waitUntil(lambda: sound_shown(show) is not None)
        assert sound_shown(show) == "Track 1 - [Français]"
        show.handle_key(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, NO_MODIFIER, "a"))
        assert playing["track"] == 2
        assert sound_shown(show) == "Track 2 - [English]"
    finally:
        show.stop()


__all__ = ["film_page"]  # the fixture, used above
