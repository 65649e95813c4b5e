"""The key registry itself: declarations that Qt reads, no clashes, a handler
for every action, the limited actions winning in their situation, and texts
that go through Qt's translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from mediakit.gui.keymap import (
    ACTIONS,
    HEADINGS,
    Condition,
    HandlerError,
    KeyDispatcher,
    Keymap,
    Mode,
    actions_of,
    find,
    install,
)
from mediakit.gui.keymap.bindings import PORTABLE, chord
from mediakit.gui.keymap.docs import markdown, rows


def test_names_are_unique_in_each_mode() -> None:
    for mode in Mode:
        names = [action.name for action in actions_of(mode)]
        assert len(names) == len(set(names)), mode


def test_every_default_key_is_one_key_qt_reads_as_written() -> None:
    for action in ACTIONS:
        assert action.keys and action.description.source, action
        for key in action.keys:
            assert chord(action.mode, key) is not None, (action.label, key)
            assert QKeySequence.fromString(key, PORTABLE).toString(PORTABLE) == key


def test_the_defaults_do_not_clash() -> None:
    assert Keymap().clashes() == []


def test_every_mode_has_a_heading() -> None:
    assert set(HEADINGS) == set(Mode)


def handlers_of(mode: Mode, calls: list[str]) -> dict[str, object]:
    return {a.name: (lambda *args, name=a.name: calls.append(name)) for a in actions_of(mode)}


def test_a_missing_or_unknown_handler_is_an_error() -> None:
    calls: list[str] = []
    handlers = handlers_of(Mode.STILLS, calls)
    del handlers["pan_up"]
    with pytest.raises(HandlerError, match="pan_up"):
        KeyDispatcher(Mode.STILLS, handlers)  # type: ignore[arg-type]
    handlers = {**handlers_of(Mode.STILLS, calls), "pan_sideways": print}
    with pytest.raises(HandlerError, match="pan_sideways"):
        KeyDispatcher(Mode.STILLS, handlers)  # type: ignore[arg-type]


def test_a_missing_condition_is_an_error() -> None:
    with pytest.raises(HandlerError, match="full_screen"):
        KeyDispatcher(
            Mode.FILM,
            handlers_of(Mode.FILM, []),  # type: ignore[arg-type]
            {Condition.FILM_LOADED: lambda: True},
        )


def key_event(text: str) -> QKeyEvent:
    combination = QKeySequence.fromString(text)[0]  # type: ignore[index]
    return QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers())


@pytest.mark.parametrize(
    ("key", "on_film", "typed", "expected"),
    [
        ("Space", False, False, "next"),
        ("Space", True, False, "film_play_pause"),
        ("Right", True, False, "film_forward"),
        ("PgDown", True, False, "next"),  # a clicker moves on, even on the film
        ("Return", False, False, "next"),
        ("Return", False, True, "go_to_typed"),
        ("Ctrl+Right", False, False, None),  # the desktop's
    ],
)
def test_a_limited_action_wins_while_its_situation_holds(
    qapp: QApplication, key: str, on_film: bool, typed: bool, expected: str | None
) -> None:
    calls: list[str] = []
    dispatcher = KeyDispatcher(
        Mode.PRESENT,
        handlers_of(Mode.PRESENT, calls),  # type: ignore[arg-type]
        {Condition.ON_FILM_SLIDE: lambda: on_film, Condition.NUMBER_TYPED: lambda: typed},
    )
    event = key_event(key)
    event.ignore()
    dispatched = dispatcher.dispatch(event)
    assert (dispatched.name if dispatched else None) == expected
    assert calls == ([expected] if expected else [])
    assert event.isAccepted() is (expected is not None)


def test_the_keys_in_force_are_the_installed_keymap(qapp: QApplication) -> None:
    play_pause = find(Mode.FILM, "play_pause")
    assert play_pause is not None
    install(Keymap({play_pause: ("Space", "K")}))
    assert rows(Mode.FILM)[0] == ("Space, K", "Play or pause")
    assert "| Space | Play or pause |" in markdown()  # the README shows the defaults


class Shouting(QTranslator):
    """A translation that writes the key texts in capitals."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper() if context == "keys" else source


@pytest.fixture
def shouting(qapp: QApplication) -> Iterator[None]:
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("shouting")
def test_descriptions_are_translated_when_shown() -> None:
    assert rows(Mode.FILM)[0] == ("Space", "PLAY OR PAUSE")
    assert HEADINGS[Mode.STILLS].shown() == "STILLS VIEWER"
    assert "| Space | Play or pause |" in markdown()  # the README stays in the source text


def test_keypad_keys_are_the_main_keys() -> None:
    keypad = QKeySequence.fromString("Num+1")[0]  # type: ignore[index]
    assert keypad.keyboardModifiers() == Qt.KeyboardModifier.KeypadModifier
    assert chord(Mode.STILLS, "Num+1") == chord(Mode.STILLS, "1")
    assert chord(Mode.PRESENT, "Shift+B") == chord(Mode.PRESENT, "B")  # the show ignores Shift
    assert chord(Mode.STILLS, "Shift+Right") != chord(Mode.STILLS, "Right")
