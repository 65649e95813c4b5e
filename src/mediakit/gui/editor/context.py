"""What every field of the editor shares: the session it edits, the language
of the texts on screen, and the keys its text boxes leave to the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

from mediakit.gui.editor.filetexts import FileTexts
from mediakit.gui.editor.session import EditSession
from mediakit.gui.keymap.actions import actions_of
from mediakit.gui.keymap.bindings import active
from mediakit.gui.keymap.registry import Mode
from mediakit.kit.manifest.model import Kit, Problem


class EditContext(QObject):
    """``language_changed(code)`` when the texts are to be edited in another language."""

    language_changed = Signal(str)
    checked = Signal(object)  # the kit as the unsaved text loads (Kit | None), after each check

    def __init__(self, session: EditSession, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.window_keys = WindowKeys(self)
        self.files: FileTexts = session.files
        self.problems: tuple[Problem, ...] = ()  # of the text last checked
        self.kit: Kit | None = None  # as the text last checked loads, if it does

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)


class WindowKeys(QObject):
    """Event filter for text boxes: the editor's keys (Ctrl+Z, Ctrl+S, Alt+Up…) go
    to the window's actions, not to the box's own undo, so there is one undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            keymap = active()
            for action in actions_of(Mode.EDITOR):
                if pressed in keymap.sequences(action):
                    event.ignore()  # not the box's: Qt's shortcut map takes it
                    return True
        return False
