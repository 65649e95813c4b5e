"""One path from a key press to an action, for each mode read by a widget.

The widget of a mode builds a :class:`KeyDispatcher` with a handler for every
action of that mode (a missing or unknown one raises at once) and the tests of
the situations its limited actions need; its ``keyPressEvent`` hands the event
over and leaves to Qt what was not for it::

    def keyPressEvent(self, event):
        if self.keys.dispatch(event) is None:
            super().keyPressEvent(event)  # to the parent: the window's keys

A focused child (a button, the subtitle list) sees its keys first, as Qt
delivers them; the dispatcher only sees what the child left.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtGui import QKeyEvent

from mediakit.gui.keymap.actions import actions_of
from mediakit.gui.keymap.bindings import active, pressed
from mediakit.gui.keymap.registry import Action, Condition, Mode

# A handler takes no argument, or the text typed when its action says ``takes_text``.
Handler = Callable[..., object]


class HandlerError(ValueError):
    """A widget's handlers do not match the actions declared for its mode."""


def check_handlers(mode: Mode, names: Collection[str]) -> None:
    declared = {action.name for action in actions_of(mode)}
    missing, unknown = declared - set(names), set(names) - declared
    if missing or unknown:
        raise HandlerError(
            f"[{mode.value}] handlers: missing {sorted(missing)}, not declared {sorted(unknown)}"
        )


class KeyDispatcher:
    def __init__(
        self,
        mode: Mode,
        handlers: Mapping[str, Handler],
        conditions: Mapping[Condition, Callable[[], bool]] | None = None,
    ) -> None:
        check_handlers(mode, handlers.keys())
        self.conditions = dict(conditions or {})
        needed = {a.when for a in actions_of(mode) if a.when is not None}
        if needed - self.conditions.keys():
            missing = sorted(c.value for c in needed - self.conditions.keys())
            raise HandlerError(f"[{mode.value}] conditions: missing {missing}")
        self.mode = mode
        self.handlers = dict(handlers)

    def action_for(self, event: QKeyEvent) -> Action | None:
        """The action ``event`` means now: the first candidate whose situation holds."""
        for action in active().candidates(self.mode, pressed(self.mode, event)):
            if action.when is None or self.conditions[action.when]():
                return action
        return None

    def dispatch(self, event: QKeyEvent) -> Action | None:
        """Run the action ``event`` means and accept it; None (event untouched) if none."""
        action = self.action_for(event)
        if action is None:
            return None
        handler = self.handlers[action.name]
        if action.takes_text:
            handler(event.text())
        else:
            handler()
        event.accept()
        return action
