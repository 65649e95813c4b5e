"""The author's choices when the disk and the editor disagree: kit.yaml or a text
file changed by another program (Reload, or Keep mine — saved over only once
chosen), and unsaved text a killed editor left (restore it, as one undoable
edit). It keeps the recovery file and watches the files for the window."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from mediakit.gui.editor.keeper import DiskChange, DiskWatch, RecoveryKeeper
from mediakit.gui.editor.opening import ReadOnly, parse
from mediakit.gui.editor.recovery import Recovered
from mediakit.gui.editor.session import EditSession
from mediakit.gui.editor.state import EditState
from mediakit.gui.messages import Level
from mediakit.kit.authoring.document import KitDocument
from mediakit.kit.authoring.save import read_document
from mediakit.textsafety import shown

if TYPE_CHECKING:
    from mediakit.gui.editor.window import EditorWindow


class DiskChoices(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.keeper: RecoveryKeeper | None = None
        self.watch: DiskWatch | None = None
        self._save_after_keep = False

    def start(self, session: EditSession, manifest: Path, interval_ms: int | None) -> None:
        """Keep the recovery file and watch the disk (a kit that may be written)."""
        if interval_ms is None:
            self.keeper = RecoveryKeeper(session, manifest)
        else:
            self.keeper = RecoveryKeeper(session, manifest, interval_ms)
        self.watch = DiskWatch(session, manifest)
        self.watch.changed.connect(self.changed_on_disk)

    def show_read_only(self, why: ReadOnly) -> None:
        """Why the kit may not be saved, in the banner (an archive offers a copy)."""
        session = self.window.session
        assert session is not None
        if why is ReadOnly.ARCHIVE:
            self.window.banner.say(
                "read_only", Level.WARNING, session.read_only,
                [(self.tr("Edit a copy…"), self.window.edit_copy)],
            )  # fmt: skip
        elif why is ReadOnly.FOLDER:
            self.window.banner.say("read_only", Level.WARNING, session.read_only)

    def changed_on_disk(self, change: DiskChange, from_save: bool = False) -> None:
        """Say so in the banner; ``from_save``: a save was refused for it."""
        self._save_after_keep = from_save
        if change.file:
            text = self.tr("{file} was changed on disk by another program.")
            text = text.format(file=shown(change.file))
        else:
            text = self.tr("kit.yaml was changed on disk by another program.")
        self.window.banner.say(
            "external",
            Level.WARNING,
            text,
            [
                (self.tr("Reload"), self.reload),
                (self.tr("Keep mine"), lambda: self.keep_mine(change)),
            ],
        )

    def reload(self) -> None:
        """The kit on disk replaces the unsaved edits (the author chose it)."""
        self.window.banner.clear("external")
        session = self.window.session
        assert session is not None

        def done(read: tuple[KitDocument, bytes]) -> None:
            session.reload(*read)
            if self.keeper is not None:
                self.keeper.drop()
            self.window.statusBar().showMessage(self.tr("Reloaded the kit from disk."), 5000)

        folder = session.folder
        self.window.runner.run(
            lambda: read_document(folder), done, lambda e: self._reload_failed(str(e))
        )

    def _reload_failed(self, reason: str) -> None:
        self.window.banner.say(
            "reload",
            Level.ERROR,
            self.tr("kit.yaml on disk cannot be read: {reason}").format(reason=reason),
        )

    def keep_mine(self, change: DiskChange) -> None:
        """The author's text wins over the file changed on disk — saved now if a save
        was refused for it, else at the next save."""
        assert self.window.session is not None
        self.window.banner.clear("external")
        self.window.session.keep_mine(change.data, change.file)
        if self._save_after_keep:
            self.window.save()

    # -- recovery ---------------------------------------------------------------

    def offer_recovery(self, recovered: Recovered) -> None:
        session = self.window.session
        assert session is not None
        if recovered.text == session.document.text and not recovered.files:
            if self.keeper is not None:
                self.keeper.drop()  # it holds what the file holds: nothing to offer
        elif self.window.ask_restore(recovered):
            self.restore(recovered)
        elif self.keeper is not None:
            self.keeper.drop()

    def ask_restore(self, recovered: Recovered) -> bool:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovered.written))
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes found"),
            self.tr(
                "Changes to this kit were not saved when the editor last closed "
                "(written {when}). Restore them?"
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, recovered: Recovered) -> None:
        session = self.window.session
        assert session is not None
        for key in recovered.files:
            session.files.request(key)  # read now: a save needs what they hold

        def done(document: KitDocument) -> None:
            state = EditState(document)
            for key, words in recovered.files.items():
                state = state.with_file(key, words, session.files.first(key))
            session.edit_state(state, self.tr("Restore the unsaved changes"))
            self.window.statusBar().showMessage(self.tr("Unsaved changes restored."), 5000)

        self.window.runner.run(
            lambda: parse(recovered.text), done, lambda e: self._reload_failed(str(e))
        )
