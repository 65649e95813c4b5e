"""Pressing a key given as the registry writes it ("Ctrl+PgDown", "?")."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui.keymap import Mode, actions_of


def press(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """A real key press on ``widget``: through Qt's shortcuts, then its key events."""
    combination = QKeySequence.fromString(text)[0]  # type: ignore[index]  # Qt has operator[]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def key_rows(mode: Mode) -> list[Any]:
    """(action, key) for every default key of every action of ``mode``, as test params."""
    return [
        pytest.param(action, key, id=f"{action.name}-{key}")
        for action in actions_of(mode)
        for key in action.keys
    ]
