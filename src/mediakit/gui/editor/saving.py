"""Saving from the editor's window: starting a save, saying how it went (a
draft with problems left, a file changed on disk meanwhile, a failure), and
closing once a save asked for on closing is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from mediakit.gui.editor.keeper import DiskChange
from mediakit.gui.editor.session import SaveOutcome
from mediakit.gui.messages import Level

if TYPE_CHECKING:
    from mediakit.gui.editor.window import EditorWindow


class SaveFlow(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.close_after_save = False

    def save(self) -> None:
        window, session = self.window, self.window.session
        if session is None:
            return
        if session.read_only:
            window.statusBar().showMessage(session.read_only, 5000)
            return
        if session.save():
            window.statusBar().showMessage(self.tr("Saving…"))

    def saved(self, outcome: SaveOutcome) -> None:
        window = self.window
        assert window.session is not None and window.check is not None
        if outcome.external:
            window.choices.changed_on_disk(DiskChange(outcome.disk, outcome.file), from_save=True)
            self.close_after_save = False
            return
        if not outcome.ok:
            self.close_after_save = False
            window.banner.say(
                "save", Level.ERROR, self.tr("Not saved: {reason}").format(reason=outcome.error)
            )
            window.statusBar().showMessage(self.tr("Not saved."))
            return
        window.banner.clear("external")
        window.banner.clear("save")
        if window.choices.keeper is not None:
            window.choices.keeper.drop()
        if window.choices.watch is not None:
            window.choices.watch.check()
        errors = sum(1 for p in window.check.problems if p.is_error)
        if errors:
            message = self.tr("Saved — a draft: %n problem(s) left", None, errors)
        else:
            message = self.tr("Saved.")
        window.statusBar().showMessage(message)
        if self.close_after_save:
            window.close()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this kit before closing?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )

    def may_close(self, event: QCloseEvent) -> bool:
        """Whether the window may close now: unsaved changes ask first (a save
        asked for closes it once done)."""
        window, session = self.window, self.window.session
        if session is None or not session.dirty or session.read_only:
            return True
        answer = window.ask_unsaved()
        if answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
            return False
        if answer == QMessageBox.StandardButton.Save:
            event.ignore()
            self.close_after_save = True
            self.save()
            return False
        if window.choices.keeper is not None:
            window.choices.keeper.drop()
        return True
