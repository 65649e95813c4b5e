"""The keys in force: the declared defaults, with the user's key file over them.

One :class:`Keymap` is active for the whole program (:func:`active`); the
window installs the user's at start-up, and every dispatcher looks keys up in
it when they are pressed, so a widget built before or after sees the same keys.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from mediakit.gui.keymap.actions import ACTIONS, IGNORED_MODIFIERS, actions_of
from mediakit.gui.keymap.registry import Action, Mode

PORTABLE = QKeySequence.SequenceFormat.PortableText
_NOT_KEYS = {Qt.Key.Key_unknown, Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt}
_NOT_KEYS |= {Qt.Key.Key_Meta, Qt.Key.Key_AltGr}


def chord(mode: Mode, text: str) -> int | None:
    """``text`` as ``mode`` matches it (a combined key and modifiers); None if it
    is not one key Qt can read."""
    sequence = QKeySequence.fromString(text.strip(), PORTABLE)
    if sequence.count() != 1:
        return None
    combination = sequence[0]  # type: ignore[index]  # Qt has operator[]
    if combination.key() in _NOT_KEYS:
        return None
    return _masked(mode, combination.keyboardModifiers(), combination.key())


def pressed(mode: Mode, event: QKeyEvent) -> int:
    """The chord of a key press, as :func:`chord` gives it for the keys bound."""
    return _masked(mode, event.modifiers(), Qt.Key(event.key()))


def _masked(mode: Mode, modifiers: Qt.KeyboardModifier, key: Qt.Key) -> int:
    return QKeyCombination(modifiers & ~IGNORED_MODIFIERS[mode], key).toCombined()


def clash(a: Action, b: Action) -> bool:
    """Whether ``a`` and ``b`` may not share a key: unless exactly one of them is
    limited to a situation, in which it wins, one key would mean two things."""
    return (a.when is None) == (b.when is None)


class Keymap:
    """Keys per action: ``overrides`` (from the key file) over the declared defaults."""

    def __init__(self, overrides: Mapping[Action, tuple[str, ...]] | None = None) -> None:
        self.overrides: dict[Action, tuple[str, ...]] = dict(overrides or {})
        self._by_chord: dict[Mode, dict[int, list[Action]]] = {}

    def keys(self, action: Action) -> tuple[str, ...]:
        return self.overrides.get(action, action.keys)

    def sequences(self, action: Action) -> list[QKeySequence]:
        return [QKeySequence.fromString(key, PORTABLE) for key in self.keys(action)]

    def candidates(self, mode: Mode, chord_: int) -> list[Action]:
        """The actions of ``mode`` on ``chord_``, limited ones first (they win while
        their situation holds)."""
        if mode not in self._by_chord:
            table: dict[int, list[Action]] = {}
            for action in sorted(actions_of(mode), key=lambda a: a.when is None):
                for key in self.keys(action):
                    found = chord(mode, key)
                    if found is not None and action not in table.get(found, []):
                        table.setdefault(found, []).append(action)
            self._by_chord[mode] = table
        return self._by_chord[mode].get(chord_, [])

    def clashes(self) -> list[tuple[Action, Action, str]]:
        """Every (earlier action, later action, key) of one mode that share a key and
        may not; the declared defaults have none (a test holds them to it)."""
        found: list[tuple[Action, Action, str]] = []
        seen: dict[tuple[Mode, int], list[Action]] = {}
        for action in ACTIONS:
            for key in self.keys(action):
                combined = chord(action.mode, key)
                if combined is None:
                    continue
                others = seen.setdefault((action.mode, combined), [])
                found += [(o, action, key) for o in others if o is not action and clash(o, action)]
                if action not in others:
                    others.append(action)
        return found


_active = Keymap()


def active() -> Keymap:
    return _active


def install(keymap: Keymap) -> None:
    """Make ``keymap`` the one in force (the window does at start-up)."""
    global _active
    _active = keymap
