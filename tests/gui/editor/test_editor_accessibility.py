"""Every control of every editor section is named for screen readers, and the
editor's keys come from the key registry (Ctrl+S, Alt+Up…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mediakit.gui.editor.specs import SECTIONS
from mediakit.gui.editor.window import EditorWindow
from mediakit.gui.keymap.actions import actions_of
from mediakit.gui.keymap.registry import Mode
from tests.gui.test_accessibility import accessible_name, describe, interactive


def test_every_control_of_every_editor_section_has_an_accessible_name(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    unnamed: list[str] = []
    checked = 0
    for section in SECTIONS:
        assert editor.show_section(section.name)
        qtbot.wait(10)
        for widget in interactive(editor):
            checked += 1
            if not accessible_name(widget):
                unnamed.append(f"{section.name}: {describe(editor, widget)}")
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)
    assert checked >= 60


def test_the_editor_actions_are_the_registry_s(editor: EditorWindow) -> None:
    names = {action.name for action in actions_of(Mode.EDITOR)}
    assert set(editor.actions_by_name) == names
    assert editor.actions_by_name["save"].shortcut().toString() == "Ctrl+S"
    assert editor.actions_by_name["move_up"].shortcut().toString() == "Alt+Up"


def test_ctrl_z_in_a_box_is_the_editor_s_undo(qtbot: QtBot, editor: EditorWindow) -> None:
    assert editor.show_section("kit")
    title = next(e for e in editor.forms["kit"].editors() if e.spec.key == "title")
    title.focus()
    qtbot.keyClicks(title.box, "!")
    assert editor.session is not None and editor.session.dirty
    qtbot.keyClick(title.box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.session.stack.isClean()
    assert title.text() == "ROPED"
