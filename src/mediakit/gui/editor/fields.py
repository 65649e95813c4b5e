"""One field of the format as a labelled box: it shows the value at its path
in the session's document, and each change the user makes becomes one edit
(typing merged while the box has the focus). Problems of its path show under it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from mediakit.gui.editor import textpaths as tp
from mediakit.gui.editor.context import EditContext
from mediakit.gui.editor.specs import Field, Kind
from mediakit.gui.markdown import MarkdownView
from mediakit.gui.translation import translate
from mediakit.kit.authoring.document import KitDocument
from mediakit.textsafety import shown

if TYPE_CHECKING:
    from mediakit.gui.editor.pickers import PathPicker

PREVIEW_DELAY_MS = 200
PARAGRAPH = "\u2029"  # how a QTextDocument holds a line break
SINGLE_LINE = (Kind.LINE, Kind.NUMBER, Kind.TEXT, Kind.CODES)


class FieldEditor(QWidget):
    def __init__(self, spec: Field, context: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.context = spec, context
        self.path = spec.key
        self._loading = False
        self._own = False  # the document changes because of this box: leave its text be
        self.picker: PathPicker | None = None  # a file picker under the box (pickers.py)
        column = self.column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        label = QLabel(spec.label.shown())
        label.setObjectName("termLabel")
        column.addWidget(label)
        self.box: QLineEdit | QPlainTextEdit
        if spec.kind in SINGLE_LINE:
            self.box = QLineEdit()
            self.box.textEdited.connect(self._on_edited)
        else:
            self.box = QPlainTextEdit()
            self.box.setObjectName("editorText")
            self.box.setUndoRedoEnabled(False)  # one undo: the editor's
            self.box.setTabChangesFocus(True)
            self.box.textChanged.connect(self._on_edited)
            self.box.setFixedHeight(200 if spec.kind is Kind.MARKDOWN else 90)
        label.setBuddy(self.box)
        self.box.setAccessibleName(spec.label.shown())
        self.box.installEventFilter(context.window_keys)
        self.box.installEventFilter(self)
        self.preview: MarkdownView | None = None
        if spec.kind is Kind.MARKDOWN:
            row = QHBoxLayout()
            row.addWidget(self.box, 1)
            self.preview = MarkdownView()
            self.preview.setObjectName("markdown")
            self.preview.setAccessibleName(
                self.tr("Preview of {field}").format(field=spec.label.shown())
            )
            self.preview.setFixedHeight(200)
            row.addWidget(self.preview, 1)
            column.addLayout(row)
            self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
            self._preview_timer.timeout.connect(self._update_preview)
        else:
            column.addWidget(self.box)
        self.note = QLabel()
        self.note.setObjectName("fieldNote")
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)
        context.language_changed.connect(lambda _code: self.refresh())
        context.files.loaded.connect(self._on_file_loaded)
        self._file = ""  # the key of the kit's text file the box edits, if its text is kept in one

    # -- the document -> the box ---------------------------------------------

    def bind(self, path: str) -> None:
        """Edit ``path`` from now on (a list's fields follow its selected item)."""
        self.path = path
        self.refresh()
        self.apply_problems()

    def value(self, document: KitDocument) -> str | tp.FileText:
        kind, path = self.spec.kind, self.path
        if kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.MARKDOWN):
            return tp.read_text(document, path, self.context.language)
        if kind is Kind.NAMES:
            return "\n".join(tp.read_list(document, path))
        if kind is Kind.CODES:
            return ", ".join(tp.read_list(document, path))
        return tp.read_plain(document, path)

    def refresh(self) -> None:
        value = self.value(self.context.session.document)
        self._file = (
            self.context.files.request(value.file) if isinstance(value, tp.FileText) else ""
        )
        words = value if isinstance(value, str) else self._file_words()
        locked = bool(self.context.session.read_only) or (
            bool(self._file) and self.context.session.file_text(self._file) is None
        )
        self.box.setReadOnly(locked or (bool(self._file) and self._file_problem() is not None))
        self._show_file_note()
        if self.text() != words and not self._own:
            self._loading = True
            try:
                if isinstance(self.box, QLineEdit):
                    self.box.setText(words)
                else:
                    self.box.setPlainText(words)
            finally:
                self._loading = False
        self._show_fallback(words)
        if self.preview is not None:
            self._update_preview()  # at once: a snapshot shows it; typing waits for a pause

    def _file_words(self) -> str:
        return self.context.session.file_text(self._file) or ""

    def _file_problem(self) -> str | None:
        problem = self.context.files.problem(self._file)
        return problem.render(translate) if problem is not None else None

    def _show_file_note(self) -> None:
        """A text kept in a file says which; one that may not be edited, why."""
        self.note.setVisible(bool(self._file))
        if not self._file:
            return
        problem = self._file_problem()
        if problem is not None:
            note = self.tr("Not editable here — {reason}")
            self.note.setText(note.format(reason=shown(problem)))
        else:
            self.note.setText(self.tr("Kept in the file {file}.").format(file=shown(self._file)))

    def _on_file_loaded(self, name: str) -> None:
        if name == self._file:
            self.refresh()

    def _show_fallback(self, words: str) -> None:
        """An empty text in another language shows the first language's words, faded:
        what a reader of that language would see instead."""
        hint = self.spec.hint.shown() if self.spec.hint is not None else ""
        if not words and self.spec.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.MARKDOWN):
            document = self.context.session.document
            first = tp.kit_languages(document)[0]
            if first.lower() != self.context.language.lower():
                fallback = tp.read_text(document, self.path, first)
                if isinstance(fallback, str) and fallback:
                    hint = f"{first}: {fallback}"
        self.box.setPlaceholderText(shown(hint))

    def text(self) -> str:
        if isinstance(self.box, QLineEdit):
            return self.box.text()
        # Not toPlainText(): it turns no-break spaces into spaces (French ": ; ? !").
        return self.box.document().toRawText().replace(PARAGRAPH, "\n")

    def _update_preview(self) -> None:
        if self.preview is not None:
            self.preview.set_markdown(self.text())

    # -- the box -> the document ---------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        if self._loading or self.box.isReadOnly():
            return
        session, words = self.context.session, self.text()
        label = self.spec.label.shown()
        self._own = True  # "fr, " stays as typed though the document holds [fr]
        try:
            if self._file:
                session.edit_file(
                    self._file, words, self.tr("Change “{field}”").format(field=label)
                )
            else:
                session.change(
                    lambda document: self.written(document, words),
                    self.tr("Change “{field}”").format(field=label),
                    key=self.path,
                )
        finally:
            self._own = False
        if self.preview is not None:
            self._preview_timer.start()

    def written(self, document: KitDocument, words: str, *, remove: bool = False) -> KitDocument:
        """``remove``: an empty box takes its key out (when it loses the focus); while
        typing the key stays, empty, so that it keeps its place in the file."""
        kind, path = self.spec.kind, self.path
        if kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.MARKDOWN):
            return tp.write_text(document, path, self.context.language, words, remove=remove)
        if kind is Kind.NAMES:
            names = [line.strip() for line in words.splitlines()]
            return tp.write_list(document, path, names, remove=remove)
        if kind is Kind.CODES:
            codes = re.split(r"[,\s]+", words.strip())
            return tp.write_list(document, path, codes, remove=remove)
        number = kind is Kind.NUMBER
        return tp.write_plain(document, path, words.strip(), number=number, remove=remove)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.FocusOut:
            session = self.context.session
            if not self.text().strip() and not self.box.isReadOnly() and not self._file:
                # Left empty: the key goes, in the same undo step as the typing.
                label = self.spec.label.shown()
                session.change(
                    lambda document: self.written(document, "", remove=True),
                    self.tr("Change “{field}”").format(field=label),
                    key=self.path,
                )
            session.end_typing()
        return False

    # -- problems -----------------------------------------------------------

    def owns(self, field: str) -> bool:
        """Whether a problem of ``field`` belongs beside this box."""
        path = self.path
        return field == path or field.startswith((f"{path}.", f"{path}["))

    def apply_problems(self) -> None:
        """The problems of the text last checked that are about this box's path."""
        problems = self.context.problems
        self.show_problems([p.text(translate) for p in problems if self.owns(p.field or "")])

    def show_problems(self, messages: list[str]) -> None:
        text = "\n".join(shown(m) for m in messages)
        if text != self.problem.text():
            self.problem.setText(text)
        self.problem.setVisible(bool(messages))
        if self.box.property("problem") is not bool(messages):  # restyled only when it changes
            self.box.setProperty("problem", bool(messages))
            self.box.style().unpolish(self.box)
            self.box.style().polish(self.box)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
