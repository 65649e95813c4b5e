"""The editor's window: the sections on the left as in the reading window, a
form per section on the right, the problems below; opened on a kit folder
(Kit ▸ Edit, ``mediakit edit PATH``). Loading, checking, saving and the
recovery file all run in the pool."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import settings as conf
from mediakit.gui.afterpaint import after_paint
from mediakit.gui.editor.banner import EditorBanner
from mediakit.gui.editor.check import LiveCheck
from mediakit.gui.editor.choices import DiskChoices
from mediakit.gui.editor.context import EditContext
from mediakit.gui.editor.fields import FieldEditor
from mediakit.gui.editor.forms import SectionForm
from mediakit.gui.editor.header import EditorHeader
from mediakit.gui.editor.menus import build_editor_menus
from mediakit.gui.editor.opening import Opened, ReadOnly, read_kit
from mediakit.gui.editor.problems import ProblemsList, focus_field, mark_problems
from mediakit.gui.editor.recovery import Recovered
from mediakit.gui.editor.saving import SaveFlow
from mediakit.gui.editor.session import EditSession
from mediakit.gui.editor.specs import BY_NAME, SECTIONS, section_of
from mediakit.gui.editor.textpaths import kit_languages
from mediakit.gui.messages import Level
from mediakit.kit.manifest.model import Problem
from mediakit.tasks import TaskRunner
from mediakit.textsafety import shown, shown_name


class EditorWindow(QMainWindow):
    """``opened`` once the kit is on screen (or could not be: see ``error``)."""

    opened = Signal()
    closed = Signal()

    def __init__(self, path: Path, recovery_interval_ms: int | None = None) -> None:
        super().__init__()
        self.setObjectName("kitEditor")
        self.path = path
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        # "[*]": Qt shows the unsaved mark there (setWindowModified).
        self.setWindowTitle(
            self.tr("Editing {name}[*] — mediakit").format(name=shown_name(str(path)))
        )
        self.runner = TaskRunner(2, parent=self)
        self.session: EditSession | None = None
        self.context: EditContext | None = None
        self.check: LiveCheck | None = None
        self.loaded: Opened | None = None
        self.error = ""
        self.forms: dict[str, SectionForm] = {}
        self.copies: list[EditorWindow] = []  # editors opened on copies of an archive
        self._recovery_interval = recovery_interval_ms
        self.choices = DiskChoices(self)
        self.save_flow = SaveFlow(self)
        self._closing = False
        self.opened_at = time.monotonic()

        self.banner = EditorBanner()
        self.header = EditorHeader()
        self.languages = self.header.languages
        self.section_list = QListWidget()
        self.section_list.setObjectName("sections")
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.setMinimumWidth(180)
        self.pages = QStackedWidget()
        self.waiting = QLabel(self.tr("Opening the kit…"))
        self.waiting.setObjectName("hint")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.waiting)
        self.problems = ProblemsList()
        self.problems.jump.connect(self.jump_to)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(0)
        right_column.addWidget(self.pages, 1)
        right_column.addWidget(self.problems)
        split = QSplitter()
        split.addWidget(self.section_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        split.setSizes([200, 1080])
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.header)
        column.addWidget(split, 1)
        self.setCentralWidget(central)
        self.actions_by_name = build_editor_menus(self)
        self.section_list.currentRowChanged.connect(self._on_section)
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=shown_name(str(path))))
        self.runner.run(lambda: read_kit(path), self._on_read, self._on_read_failed)

    # -- opening ------------------------------------------------------------

    def _on_read_failed(self, error: BaseException) -> None:
        self._fail(str(error))

    def _fail(self, reason: str) -> None:
        self.error = reason
        self.waiting.setText(
            self.tr("This kit cannot be edited: {reason}").format(reason=shown(reason))
        )
        self.banner.say("error", Level.ERROR, self.waiting.text())
        self.statusBar().clearMessage()
        self.opened.emit()

    def _on_read(self, loaded: Opened) -> None:
        if loaded.document is None or loaded.folder is None or loaded.data is None:
            self._fail(loaded.error)
            return
        self.loaded = loaded
        read_only = ""
        if loaded.read_only is ReadOnly.ARCHIVE:
            read_only = self.tr("An archive is read-only: edit a copy of its folder.")
        elif loaded.read_only is ReadOnly.FOLDER:
            read_only = self.tr("The kit folder or its kit.yaml may not be written.")
        session = EditSession(loaded.folder, loaded.document, loaded.data, read_only=read_only)
        self.session = session
        language = kit_languages(loaded.document)[0]
        self.context = EditContext(session, language, self)
        session.changed.connect(self._on_changed)
        session.dirty_changed.connect(self._on_dirty)
        session.saved.connect(self.save_flow.saved)
        session.refused.connect(self._on_refused)
        self.check = LiveCheck(loaded.folder, self)
        self.check.checked.connect(self._on_checked)
        self._build_forms()
        self.header.show_context(self.context)
        if not read_only:
            self.choices.start(session, loaded.manifest, self._recovery_interval)
        self.choices.show_read_only(loaded.read_only)
        self.check.request(session.document.text, session.state.files, now=True)
        self.statusBar().showMessage(
            self.tr("Opened in {seconds:.2f} s.").format(seconds=time.monotonic() - self.opened_at),
            5000,
        )
        self.opened.emit()
        if loaded.recovered is not None:
            self.choices.offer_recovery(loaded.recovered)

    def _build_forms(self) -> None:
        """The section list at once; the first form now, the others one per turn of
        the event loop once the window has painted (each costs style-sheet work)."""
        self.section_list.blockSignals(True)
        for section in SECTIONS:
            item = QListWidgetItem(section.label.shown())
            item.setData(Qt.ItemDataRole.UserRole, section.name)
            self.section_list.addItem(item)
        self.section_list.blockSignals(False)
        self.section_list.setCurrentRow(0)
        self._on_section(0)
        self.section_list.setFocus(Qt.FocusReason.OtherFocusReason)
        after_paint(self, self._build_next)

    def form(self, name: str) -> SectionForm:
        """The form of section ``name``, built on first use."""
        form = self.forms.get(name)
        if form is None:
            assert self.context is not None
            form = SectionForm(BY_NAME[name], self.context)
            form.setObjectName(f"edit-{name}")
            self.forms[name] = form
            self.pages.addWidget(form)
            form.refresh()
            mark_problems({name: form}, self.section_list, self.context.problems)
        return form

    def _build_next(self) -> None:
        missing = [s.name for s in SECTIONS if s.name not in self.forms]
        if missing and not self._closing:
            self.form(missing[0])
            QTimer.singleShot(0, self, self._build_next)

    # -- sections, language, problems -----------------------------------------

    def _on_section(self, row: int) -> None:
        item = self.section_list.item(row)
        if item is not None and self.context is not None:
            self.pages.setCurrentWidget(self.form(item.data(Qt.ItemDataRole.UserRole)))

    def show_section(self, name: str) -> bool:
        names = [s.name for s in SECTIONS]
        if name not in names or self.context is None:
            return False
        self.section_list.setCurrentRow(names.index(name))
        return True

    def current_section(self) -> str:
        item = self.section_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def step_section(self, step: int) -> None:
        count = self.section_list.count()
        if count:
            self.section_list.setCurrentRow((self.section_list.currentRow() + step) % count)

    def next_language(self) -> None:
        self.header.next_language()

    def _on_changed(self) -> None:
        assert self.session is not None and self.check is not None
        self.header.refresh()
        for form in self.forms.values():
            form.refresh()
        self.check.request(self.session.document.text, self.session.state.files)
        self._show_problems(self.check.problems)

    def _on_checked(self, problems: tuple[Problem, ...]) -> None:
        assert self.check is not None and self.context is not None
        self.context.kit = self.check.kit
        self.context.checked.emit(self.check.kit)
        self.problems.show_problems(problems)
        self._show_problems(problems)

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        if self.context is not None:
            self.context.problems = problems
        mark_problems(self.forms, self.section_list, problems)

    def next_problem(self) -> None:
        count = self.problems.count()
        if count:
            row = (self.problems.currentRow() + 1) % count
            self.problems.setCurrentRow(row)
            field = self.problems.item(row).data(Qt.ItemDataRole.UserRole)
            if field:
                self.jump_to(field)

    def jump_to(self, field: str) -> FieldEditor | None:
        """Show the section and item of ``field`` and focus the box that edits it."""
        section = section_of(field)
        if section is None or not self.show_section(section.name):
            return None
        return focus_field(self.forms[section.name], field)

    # -- saving, closing, the disk -------------------------------------------------

    def save(self) -> None:
        self.save_flow.save()

    def _on_refused(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("Not changed: {reason}").format(reason=reason), 8000)

    def _on_dirty(self, dirty: bool) -> None:
        self.setWindowModified(dirty)

    def ask_restore(self, recovered: Recovered) -> bool:
        return self.choices.ask_restore(recovered)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return self.save_flow.ask_unsaved()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and not self.save_flow.may_close(event):
            return
        self._closing = True
        self.shutdown()
        self.closed.emit()
        super().closeEvent(event)

    def edit_copy(self) -> None:
        from mediakit.gui.editor.copying import edit_copy

        edit_copy(self)

    def choose_copy_folder(self) -> Path | None:
        from mediakit.gui.editor.copying import choose_folder

        return choose_folder(self)

    def shutdown(self) -> None:
        for part in (self.choices.keeper, self.check):
            if part is not None:
                part.stop()
        if self.loaded is not None and self.loaded.source is not None:
            self.loaded.source.release()

    def busy(self) -> bool:
        """Whether the kit, its check or a save is still on its way."""
        if self.error:
            return False
        if self.session is None or self.check is None or self.context is None:
            return True
        return (
            len(self.forms) < len(SECTIONS)  # forms still being built, after the first paint
            or self.check.pending
            or self.session.saving
            or self.context.files.busy()
            or any(form.busy() for form in self.forms.values())
        )


def open_editor(path: Path, settings: conf.Settings | None = None) -> EditorWindow:
    """An editor window on the kit at ``path``, shown; it loads in the pool."""
    window = EditorWindow(path)
    window.resize(1280, 800)
    window.show()
    return window
