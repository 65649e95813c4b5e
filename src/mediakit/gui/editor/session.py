"""One kit being edited: its state (the kit.yaml document and the words of the
text files edited), the bytes they came from, undo and saving.

Every change is a whole new (immutable) state, so an undo command only keeps
the states before and after it: undo puts the old one back. Typing in one
field is merged into one command while the field keeps the focus
(:meth:`EditSession.end_typing` breaks the merge when it leaves).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mediakit.gui.editor.filetexts import FileTexts
from mediakit.gui.editor.state import EditState
from mediakit.kit.authoring.document import DocumentError, KitDocument
from mediakit.kit.authoring.save import ExternalChangeError
from mediakit.kit.authoring.savekit import PendingText, Saved, TextChangedError, save_kit
from mediakit.kit.authoring.textfiles import TextFile, TextFileError, file_key
from mediakit.kit.authoring.textfiles import decode as decode_like_bytes
from mediakit.tasks import TaskRunner

MERGE_ID = 0x6D6B  # any fixed id: only EditCommands merge, and only with the same key


class EditCommand(QUndoCommand):
    def __init__(
        self, session: EditSession, before: EditState, after: EditState, text: str, key: str
    ) -> None:
        super().__init__(text)
        self.session, self.before, self.after, self.key = session, before, after, key

    def redo(self) -> None:
        self.session._put(self.after)

    def undo(self) -> None:
        self.session._put(self.before)

    def id(self) -> int:
        return MERGE_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.key != self.key:
            return False
        self.after = other.after
        return True


@dataclass(frozen=True)
class SaveOutcome:
    ok: bool
    error: str = ""
    disk: bytes | None = None  # what kit.yaml (or ``file``) holds now: saved, or found changed
    external: bool = False  # a file had changed on disk: nothing was written
    file: str = ""  # the text file found changed ("": kit.yaml)
    texts: dict[str, TextFile] | None = None  # the text files written


class EditSession(QObject):
    """``changed`` after every new document (edit, undo, redo, reload);
    ``dirty_changed(bool)``; ``saved(SaveOutcome)`` when a save ends."""

    changed = Signal()
    dirty_changed = Signal(bool)
    saved = Signal(object)
    refused = Signal(str)  # an edit the document could not make, said why

    def __init__(
        self,
        folder: Path,
        document: KitDocument,
        disk: bytes | None,
        *,
        read_only: str = "",
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``disk``: the bytes ``document`` was read from (None for a new file);
        ``read_only``: why it may not be saved, or empty."""
        super().__init__(parent)
        self.folder = folder
        self.state = EditState(document)
        self.disk = disk
        self.read_only = read_only
        self.runner = runner or TaskRunner(1, parent=self)
        self.files = FileTexts(folder, self)
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._on_clean)
        self.saving = False
        self._typing = itertools.count(1)
        self._generation = next(self._typing)

    def _on_clean(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    @property
    def document(self) -> KitDocument:
        return self.state.document

    def file_text(self, key: str) -> str | None:
        """The words of the text file ``key`` as edited; None while it is read."""
        edited = self.state.files.get(key)
        return edited if edited is not None else self.files.first(key)

    def edit(self, after: KitDocument, text: str, key: str = "") -> None:
        """Make ``after`` the document as one undoable edit named ``text``; edits with
        the same non-empty ``key`` in a row (typing in one field) make one command."""
        self.edit_state(self.state.with_document(after), text, key)

    def edit_file(self, file: str, words: str, text: str) -> None:
        """The text file ``file`` (a key) holding ``words``, as :meth:`edit`."""
        after = self.state.with_file(file, words, self.files.first(file))
        self.edit_state(after, text, f"file:{file}")

    def edit_state(self, after: EditState, text: str, key: str = "") -> None:
        if after.same(self.state):
            return
        merge = f"{self._generation}:{key}" if key else ""
        self.stack.push(EditCommand(self, self.state, after, text, merge))

    def change(self, build: Callable[[KitDocument], KitDocument], text: str, key: str = "") -> bool:
        """:meth:`edit` with ``build(document)``; an edit the document refuses (a
        value YAML could not hold as asked) is said through ``refused``, never raised."""
        try:
            after = build(self.document)
        except (DocumentError, ValueError) as error:
            self.refused.emit(str(error))
            return False
        self.edit(after, text, key)
        return True

    def end_typing(self) -> None:
        """The field lost the focus: the next keystroke starts a new command."""
        self._generation = next(self._typing)

    def _put(self, state: EditState) -> None:
        self.state = state
        self.changed.emit()

    def reload(self, document: KitDocument, disk: bytes) -> None:
        """The files on disk replace the edits: a fresh, clean start (the text
        files are read again as they are shown)."""
        self.stack.clear()
        self.disk = disk
        self.files.forget()
        self._put(EditState(document))
        self.stack.setClean()
        self.dirty_changed.emit(False)

    def keep_mine(self, disk: bytes | None, file: str = "") -> None:
        """The user chose their text over the file changed on disk (kit.yaml, or the
        text file ``file``): the next save overwrites what is there now, and only that."""
        if not file:
            self.disk = disk
            return
        known = self.files.disk(file)
        if known is not None:
            try:
                self.files.on_disk(file, decode_like(known, disk))
            except TextFileError:
                self.files.on_disk(file, TextFile(known.written, disk, known.raw, known.bom))

    def pending_texts(self) -> list[PendingText]:
        """Every text file read, with its words as edited (a save writes those that differ)."""
        pending = []
        for key, disk in self.files.known().items():
            if disk.read_only is None:
                first = self.files.first(key)
                text = self.state.files.get(key, disk.text if first is None else first)
                pending.append(PendingText(text, disk))
        return pending

    def save(self) -> bool:
        """Write the document in the pool; False (nothing started) when read-only
        or already saving. ``saved`` tells how it went."""
        if self.read_only or self.saving:
            return False
        unread = [key for key in self.state.files if self.files.disk(key) is None]
        if any(self.files.problem(key) is None for key in unread):
            # Edits restored to files not read yet: saved once they are (what to expect there).
            for key in unread:
                self.files.request(key)
            QTimer.singleShot(100, self, self.save)
            return True
        self.saving = True
        document, expected, index = self.document, self.disk, self.stack.index()
        folder, texts = self.folder, self.pending_texts()

        def write() -> SaveOutcome:
            try:
                saved: Saved = save_kit(folder, document, expected, texts)
            except ExternalChangeError as changed:
                file = changed.written if isinstance(changed, TextChangedError) else ""
                return SaveOutcome(False, str(changed), changed.current, True, file)
            except TextFileError as error:
                return SaveOutcome(False, str(error))
            except (OSError, DocumentError) as error:
                return SaveOutcome(False, getattr(error, "strerror", None) or str(error))
            return SaveOutcome(True, disk=saved.manifest, texts=saved.texts)

        def done(outcome: SaveOutcome) -> None:
            self.saving = False
            if outcome.ok:
                self.disk = outcome.disk
                for written, text in (outcome.texts or {}).items():
                    self.files.on_disk(file_key(written), text)
                if self.stack.index() == index:  # no edit came while it was written
                    self.stack.setClean()
            self.saved.emit(outcome)

        def failed(error: BaseException) -> None:
            self.saving = False
            self.saved.emit(SaveOutcome(False, str(error)))

        self.runner.run(write, done, failed)
        return True


def decode_like(known: TextFile, data: bytes | None) -> TextFile:
    """``data`` found in the file ``known`` was read from (TextFileError if not text)."""
    return decode_like_bytes(known.written, data, known.read_only)
