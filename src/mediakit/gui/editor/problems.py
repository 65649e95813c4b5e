"""The problems of the unsaved text: a list that jumps to the field on
activation, and marks beside the fields and in the section list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from mediakit.gui.editor.specs import BY_NAME, section_of
from mediakit.gui.translation import translate
from mediakit.kit.manifest.model import Problem
from mediakit.textsafety import shown

if TYPE_CHECKING:
    from mediakit.gui.editor.fields import FieldEditor
    from mediakit.gui.editor.forms import SectionForm

MAX_ROWS = 6


class ProblemsList(QListWidget):
    """``jump(field)`` when a problem with a field is activated (Enter, double-click)."""

    jump = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorProblems")
        self.setAccessibleName(self.tr("Problems"))
        self.itemActivated.connect(self._on_activated)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.clear()
        for problem in problems:
            item = QListWidgetItem(shown(problem.format(translate=translate)))
            item.setData(Qt.ItemDataRole.UserRole, problem.field or "")
            self.addItem(item)
        if not problems:
            self.addItem(QListWidgetItem(self.tr("No problems: the kit is valid.")))
        self.setCurrentRow(-1)
        # As tall as its rows, up to a few: a valid kit gives the forms the room.
        rows = min(self.count(), MAX_ROWS)
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth() + 8)

    def _on_activated(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole)
        if field:
            self.jump.emit(field)


def owned(field: str | None, path: str) -> bool:
    """Whether a problem of ``field`` is about ``path`` or something inside it."""
    return field is not None and (field == path or field.startswith((f"{path}.", f"{path}[")))


def mark_problems(
    forms: Mapping[str, SectionForm], sections: QListWidget, problems: Sequence[Problem]
) -> None:
    """Each problem beside its field, its item marked in its list, and the count of
    each section's problems beside the section's name."""
    fields = [p.field for p in problems if p.field]
    for form in forms.values():
        for editor in form.editors():
            editor.show_problems(
                [p.text(translate) for p in problems if owned(p.field, editor.path)]
            )
        if form.list is not None:
            form.list.show_problems([f for f in fields if f.startswith(form.list.spec.key)])
    counts = Counter(s.name for f in fields if (s := section_of(f)) is not None)
    for row in range(sections.count()):
        item = sections.item(row)
        name = item.data(Qt.ItemDataRole.UserRole)
        count = counts[name]
        label = BY_NAME[name].label.shown()
        item.setText(f"{label}  ⚠ {count}" if count else label)


def focus_field(form: SectionForm, field: str) -> FieldEditor | None:
    """In ``form``, select the item ``field`` is in and focus the box that edits it."""
    if form.list is not None and field.startswith(f"{form.list.spec.key}["):
        index = field[len(form.list.spec.key) + 1 :].split("]")[0]
        if index.isdigit():
            form.list.select(int(index))
    candidates = [e for e in form.editors() if owned(field, e.path)]
    if not candidates:
        return None
    editor = max(candidates, key=lambda e: len(e.path))
    form.ensureWidgetVisible(editor)
    editor.focus()
    return editor
