"""The editor's menu bar: its actions are the key registry's editor mode
(keys and labels there), what they do the window's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from mediakit.gui.keymap.qactions import window_actions
from mediakit.gui.keymap.registry import Mode

if TYPE_CHECKING:
    from mediakit.gui.editor.window import EditorWindow


def _in_list(window: EditorWindow, step: int) -> None:
    form = window.forms.get(window.current_section())
    if form is not None and form.list is not None:
        form.list.move_item(step)


def _undo(window: EditorWindow, *, redo: bool) -> None:
    if window.session is not None:
        (window.session.stack.redo if redo else window.session.stack.undo)()


def build_editor_menus(window: EditorWindow) -> dict[str, QAction]:
    actions = window_actions(
        window,
        {
            "save": window.save,
            "undo": lambda: _undo(window, redo=False),
            "redo": lambda: _undo(window, redo=True),
            "move_up": lambda: _in_list(window, -1),
            "move_down": lambda: _in_list(window, 1),
            "next_section": lambda: window.step_section(1),
            "previous_section": lambda: window.step_section(-1),
            "next_language": window.next_language,
            "problems": window.next_problem,
            "close": window.close,
        },
        Mode.EDITOR,
    )
    bar = window.menuBar()
    kit = bar.addMenu(QCoreApplication.translate("EditorWindow", "&Kit"))
    kit.addAction(actions["save"])
    kit.addSeparator()
    kit.addAction(actions["close"])
    edit = bar.addMenu(QCoreApplication.translate("EditorWindow", "&Edit"))
    for name in ("undo", "redo", "move_up", "move_down"):
        edit.addAction(actions[name])
    view = bar.addMenu(QCoreApplication.translate("EditorWindow", "&View"))
    for name in ("next_section", "previous_section", "next_language", "problems"):
        view.addAction(actions[name])
    return actions
