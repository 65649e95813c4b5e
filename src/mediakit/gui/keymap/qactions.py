"""The window's mode: its actions become QActions, so the menus show them with
their keys and Qt's shortcut map dispatches them wherever the focus is."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from mediakit.gui.keymap.actions import actions_of
from mediakit.gui.keymap.bindings import active
from mediakit.gui.keymap.dispatch import Handler, check_handlers
from mediakit.gui.keymap.registry import Mode


def window_actions(
    window: QWidget, handlers: Mapping[str, Handler], mode: Mode = Mode.WINDOW
) -> dict[str, QAction]:
    """A QAction on ``window`` for each action of ``mode`` (the window's, or the
    editor's), by name, with the keys in force."""
    check_handlers(mode, handlers.keys())
    keymap = active()
    built: dict[str, QAction] = {}
    for action in actions_of(mode):
        qaction = QAction(action.description.shown(), window)
        qaction.setObjectName(action.name)
        qaction.setShortcuts(keymap.sequences(action))
        qaction.triggered.connect(handlers[action.name])
        window.addAction(qaction)
        built[action.name] = qaction
    return built
