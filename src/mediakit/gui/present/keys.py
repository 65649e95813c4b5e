"""The presenter's keys as data: the help overlay, the README and the tests
read this one table, and :func:`action_for` dispatches on it.

PowerPoint and pdfpc conventions: a clicker sends PgUp/PgDown (some send
``.`` or ``B`` for its "blank" button). On the film slide the film rows win
over the general ones: Space plays or pauses, Left/Right seek.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from mediakit.gui.keys import Binding

DIGITS = tuple(str(n) for n in range(10))

PRESENT_KEYS: tuple[Binding, ...] = (
    Binding("next", ("Right", "Down", "PgDown", "Space", "Return", "Enter"), "Next slide"),
    Binding("previous", ("Left", "Up", "PgUp", "Backspace"), "Previous slide"),
    Binding("first", ("Home",), "First slide"),
    Binding("last", ("End",), "Last slide"),
    Binding("digit", DIGITS, "Type a slide number, then Enter to go to it"),
    Binding("black", ("B", "."), "Black screen (again to come back)"),
    Binding("white", ("W",), "White screen (again to come back)"),
    Binding("film_toggle", ("Space",), "On the film: play or pause"),
    Binding("film_back", ("Left",), "On the film: back 10 seconds"),
    Binding("film_forward", ("Right",), "On the film: forward 10 seconds"),
    Binding("full_screen", ("F",), "Audience view full screen on or off"),
    Binding("presenter_view", ("Tab", "P"), "Presenter view on or off (one screen)"),
    Binding("swap_screens", ("S",), "Swap the audience and presenter screens"),
    Binding("help", ("?",), "Show the keys"),
    Binding("leave", ("Esc",), "Stop presenting, back to the window"),
)
FILM_ACTIONS = frozenset({"film_toggle", "film_back", "film_forward"})
# Shift is how "?" is typed; Keypad is how a numpad "." or digit arrives.
_IGNORED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def _key_of(text: str) -> Qt.Key:
    return QKeySequence(text)[0].key()  # type: ignore[index]


_BY_KEY: dict[Qt.Key, list[str]] = {}
for _entry in PRESENT_KEYS:
    for _text in _entry.keys:
        _BY_KEY.setdefault(_key_of(_text), []).append(_entry.action)


def action_for(event: QKeyEvent, on_film: bool) -> str | None:
    """The action ``event`` triggers; film rows first when the film slide is up."""
    if event.modifiers() & ~_IGNORED:
        return None  # Ctrl/Alt combinations belong to the desktop, not the show
    actions = _BY_KEY.get(Qt.Key(event.key()), [])
    if on_film:
        film = [action for action in actions if action in FILM_ACTIONS]
        if film:
            return film[0]
    general = [action for action in actions if action not in FILM_ACTIONS]
    return general[0] if general else None


def binding(action: str) -> Binding:
    for entry in PRESENT_KEYS:
        if entry.action == action:
            return entry
    raise KeyError(action)
