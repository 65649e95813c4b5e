"""Every default key of the present mode, pressed on the real show with
qtbot.keyClick: the registry the help and the README read is the one that works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor, QKeySequence
from pytestqt.qtbot import QtBot

from mediakit.gui.keymap import Action, Condition, Keymap, Mode, actions_of, find, install
from mediakit.gui.present.audience import BLACK, WHITE
from mediakit.gui.present.controller import PresentController
from mediakit.gui.present.inhibit import ScreenSaverInhibitor
from mediakit.kit import load
from mediakit.kit.manifest.model import Kit
from mediakit.media.player import Player, PlayerState, Renderer
from tests.gui.keypress import key_rows

FILM_SLIDE = 4  # ROPED: title, logline, synopsis, film, six stills …


def roped_kit(roped: Path) -> Kit:
    kit = load(roped).kit
    assert kit is not None
    return kit


def make_show(qtbot: QtBot, kit: Kit, start: int = 1) -> PresentController:
    player = Player(renderer=Renderer.CALLBACKS, extra_args=["--aout=dummy"])
    show = PresentController(kit, "en", player=player, inhibitor=ScreenSaverInhibitor(address=""))
    qtbot.addWidget(show.audience)
    qtbot.addWidget(show.presenter)
    show.start(start)
    return show


@pytest.fixture
def kit(roped: Path) -> Kit:
    return roped_kit(roped)


@pytest.fixture
def started(qtbot: QtBot, kit: Kit) -> Iterator[list[PresentController]]:
    shows: list[PresentController] = []
    yield shows
    for show in shows:
        show.stop()


def press(qtbot: QtBot, show: PresentController, text: str) -> None:
    combination = QKeySequence(text)[0]  # type: ignore[index]
    qtbot.keyClick(show.audience, combination.key(), combination.keyboardModifiers())


ROWS = key_rows(Mode.PRESENT)
ON_FILM = [row for row in ROWS if row.values[0].when is Condition.ON_FILM_SLIDE]
ELSEWHERE = [row for row in ROWS if row not in ON_FILM]


def test_every_action_is_tested() -> None:
    tested = {
        "next", "previous", "first", "last", "type_digit", "go_to_typed", "black", "white",
        "film_play_pause", "film_back", "film_forward", "film_subtitles", "film_sound",
        "full_screen", "presenter_view",
        "swap_screens", "help", "leave",
    }  # fmt: skip
    assert {action.name for action in actions_of(Mode.PRESENT)} == tested


@pytest.mark.parametrize(("declared", "key"), ELSEWHERE)
def test_key(
    qtbot: QtBot, kit: Kit, started: list[PresentController], declared: Action, key: str
) -> None:
    action = declared.name
    start = {"previous": 3, "first": 6, "last": 2}.get(action, 1)
    show = make_show(qtbot, kit, start)
    started.append(show)
    before = show.deck.position
    assert show.audience.isFullScreen()
    if action == "go_to_typed":
        for digit in "12":
            press(qtbot, show, digit)
    press(qtbot, show, key)
    if action == "next":
        assert show.deck.position == (1, 0)
    elif action == "previous":
        assert show.deck.position[0] == 1
    elif action == "first":
        assert show.deck.position == (0, 0)
    elif action == "last":
        assert show.deck.position == (show.deck.count - 1, 0)
    elif action == "type_digit":
        assert show.typed == key and show.deck.position == before
        assert key in show.presenter.typed.text()
    elif action in ("black", "white"):
        assert show.audience.blank == (BLACK if action == "black" else WHITE)
        press(qtbot, show, key)
        assert show.audience.blank is None
    elif action == "full_screen":
        assert not show.audience.isFullScreen()
        press(qtbot, show, key)
        assert show.audience.isFullScreen()
    elif action == "presenter_view":  # one screen here: it lays over the audience
        assert show.presenter.isVisible()
        press(qtbot, show, key)
        assert not show.presenter.isVisible()
    elif action == "swap_screens":
        assert show.swapped
    elif action == "film_sound":  # ROPED's film has one sound track: nothing to choose
        assert show.presenter.sound is None
    elif action == "film_subtitles":  # read in English, the French film had the en ones
        assert show.audience.film.subtitle_language() == "fr"
        assert show.presenter.subtitles is not None
        assert show.presenter.subtitles.value.text() == "Français (fr)"
    elif action == "help":
        assert show.presenter.isVisible() and show.presenter.help.isVisible()
        assert not show.audience.findChildren(type(show.presenter.help))  # never to the room
    elif action == "leave":
        assert not show.running and not show.audience.isVisible()
    elif action == "go_to_typed":
        assert show.deck.position == (11, 0) and show.typed == ""
        assert not show.presenter.typed.text()
    else:  # pragma: no cover - test_every_action_is_tested guards this
        raise AssertionError(action)


def test_number_then_enter_jumps(qtbot: QtBot, kit: Kit, started: list[PresentController]) -> None:
    show = make_show(qtbot, kit)
    started.append(show)
    for key in ("1", "2", "Return"):
        press(qtbot, show, key)
    assert show.deck.position == (11, 0) and show.typed == ""
    for key in ("9", "9", "Enter"):  # no slide 99: stays put
        press(qtbot, show, key)
    assert show.deck.position == (11, 0)


@pytest.mark.vlc
@pytest.mark.parametrize(("declared", "key"), ON_FILM)
def test_film_key(
    qtbot: QtBot, kit: Kit, started: list[PresentController], declared: Action, key: str
) -> None:
    action = declared.name
    show = make_show(qtbot, kit, FILM_SLIDE)
    started.append(show)
    player = show.audience.film.player
    qtbot.waitUntil(
        lambda: player.state is PlayerState.PLAYING and player.length > 0, timeout=10000
    )
    if action == "film_play_pause":
        press(qtbot, show, key)
        qtbot.waitUntil(lambda: player.state is PlayerState.PAUSED, timeout=5000)
        press(qtbot, show, key)
        qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING, timeout=5000)
    elif action == "film_forward":
        before = player.time
        press(qtbot, show, key)
        assert player.time >= before + 9000
    else:
        press(qtbot, show, "Right")
        press(qtbot, show, "Right")
        middle = player.time
        press(qtbot, show, key)
        assert player.time <= middle - 9000
    assert show.deck.position == (FILM_SLIDE - 1, 0)  # the film keys never move the deck


@pytest.mark.parametrize(
    ("key", "typed", "blank"),
    [("Num+3", "3", None), ("Shift+B", "", BLACK), ("Num+.", "", BLACK)],
)
def test_keypad_and_shift_are_the_same_keys(
    qtbot: QtBot,
    kit: Kit,
    started: list[PresentController],
    key: str,
    typed: str,
    blank: object,
) -> None:
    show = make_show(qtbot, kit)
    started.append(show)
    press(qtbot, show, key)
    assert show.typed == typed and show.audience.blank == blank


def test_a_remapped_key_works_in_the_show(
    qtbot: QtBot, kit: Kit, started: list[PresentController]
) -> None:
    next_slide = find(Mode.PRESENT, "next")
    assert next_slide is not None
    install(Keymap({next_slide: ("N",)}))  # as a key file "[present] next = N" does
    try:
        show = make_show(qtbot, kit)
        started.append(show)
        press(qtbot, show, "PgDown")
        assert show.deck.position == (0, 0)
        press(qtbot, show, "N")
        assert show.deck.position == (1, 0)
    finally:
        install(Keymap())


def test_ctrl_and_alt_keys_are_left_to_the_desktop(
    qtbot: QtBot, kit: Kit, started: list[PresentController]
) -> None:
    show = make_show(qtbot, kit)
    started.append(show)
    for key in ("Ctrl+Right", "Alt+Right", "Ctrl+B"):
        press(qtbot, show, key)
    assert show.deck.position == (0, 0) and show.audience.blank is None


def test_next_on_the_film_slide_moves_on(
    qtbot: QtBot, kit: Kit, started: list[PresentController]
) -> None:
    show = make_show(qtbot, kit, FILM_SLIDE)
    started.append(show)
    press(qtbot, show, "PgDown")  # a clicker's "next" works while the film is up
    assert show.deck.current().kind == "still"
    assert not show.audience.film.showing


def test_cursor_hides_after_a_second_still(
    qtbot: QtBot, kit: Kit, started: list[PresentController]
) -> None:
    show = make_show(qtbot, kit)
    started.append(show)
    qtbot.waitUntil(lambda: show.audience.cursor_hidden, timeout=3000)
    # Somewhere the pointer is not already (an earlier test may have left it at the
    # centre): a move to where it is sends no event.
    centre = show.audience.rect().center()
    there = show.audience.mapFromGlobal(QCursor.pos())
    qtbot.mouseMove(show.audience, centre if there != centre else centre + QPoint(7, 7))
    assert not show.audience.cursor_hidden
    qtbot.wait(400)
    assert not show.audience.cursor_hidden  # still within its second
    qtbot.waitUntil(lambda: show.audience.cursor_hidden, timeout=3000)
