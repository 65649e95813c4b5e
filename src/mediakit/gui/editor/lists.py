"""A list of the format (credits, quotes, stills…) edited one item at a time:
the items on the left — added, removed, dragged or moved with Alt+Up/Down —
and the selected item's fields on the right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.editor import textpaths as tp
from mediakit.gui.editor.context import EditContext
from mediakit.gui.editor.pickers import build_field
from mediakit.gui.editor.specs import Kind, ListSpec
from mediakit.gui.textclip import label_text
from mediakit.kit.authoring.document import KitDocument
from mediakit.textsafety import shown

SUMMARY_CHARS = 60
ITEMS_WIDTH = 320  # px


class ItemList(QListWidget):
    """The items; a drop reorders them (reported, the document does the move).
    Files dropped from outside are reported as ``files_dropped`` when it accepts
    drops of files (the stills' list)."""

    moved = Signal(int, int)  # from, to
    files_dropped = Signal(list)  # list[Path]

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("editorItems")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.accepts_files = False
        self.model().rowsMoved.connect(self._on_rows_moved)

    def _files(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        if not self.accepts_files:
            return []
        data = event.mimeData()
        return [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()] if data else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            super().dropEvent(event)

    def _on_rows_moved(
        self, _parent: QModelIndex | QPersistentModelIndex, start: int, _end: int,
        _destination: QModelIndex | QPersistentModelIndex, row: int,
    ) -> None:  # fmt: skip
        self.moved.emit(start, row - 1 if row > start else row)


class ListEditor(QWidget):
    """``refreshed`` once the rows show the document (after each change)."""

    refreshed = Signal()

    def __init__(
        self, spec: ListSpec, context: EditContext, title: str, parent: QWidget | None = None
    ) -> None:
        """``title``: how the undo texts name the list ("Add an item to Credits")."""
        super().__init__(parent)
        self.spec, self.context, self.title = spec, context, title
        self._problems: list[str] = []  # fields with problems, for the marks in the list
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACING["xxl"])
        left_box = QWidget()
        left_box.setFixedWidth(ITEMS_WIDTH)  # the list and its buttons, in any language
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        self.items = ItemList()
        self.items.setAccessibleName(self.tr("Items of the list"))
        self.items.currentRowChanged.connect(self._on_current)
        self.items.moved.connect(self._on_dropped)
        left.addWidget(self.items, 1)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add"), self.tr("Add an item"), self.add)
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove the selected item"), self.remove
        )
        self.up_button = self._button("↑", self.tr("Move up (Alt+Up)"), lambda: self.move_item(-1))
        self.down_button = self._button(
            "↓", self.tr("Move down (Alt+Down)"), lambda: self.move_item(1)
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        left.addLayout(buttons)
        self.extra_buttons = QHBoxLayout()  # a list's own ways in (Add stills…)
        left.addLayout(self.extra_buttons)
        row.addWidget(left_box)
        self.form = QWidget()
        form = self.form_column = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.fields = [build_field(field, context) for field in spec.fields]
        for editor in self.fields:
            form.addWidget(editor)
        form.addStretch(1)
        self.empty = QLabel(self.tr("Nothing here yet: Add makes the first item."))
        self.empty.setObjectName("hint")
        form.addWidget(self.empty)
        row.addWidget(self.form, 1)
        context.language_changed.connect(lambda _code: self.refresh())

    def _button(self, text: str, name: str, clicked: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(clicked)
        return button

    # -- the document -> the list -------------------------------------------

    def entries(self) -> list[Any]:
        document = self.context.session.document
        value = document.get(self.spec.key) if document.has(self.spec.key) else None
        return value if isinstance(value, list) else []

    def item_path(self, row: int) -> str:
        return f"{self.spec.key}[{row}]"

    def refresh(self) -> None:
        entries = self.entries()
        current = self.items.currentRow()
        self.items.blockSignals(True)
        while self.items.count() > len(entries):
            self.items.takeItem(self.items.count() - 1)
        while self.items.count() < len(entries):
            self.items.addItem(QListWidgetItem())
        for row in range(len(entries)):
            self._label(row)
        self.items.blockSignals(False)
        if entries:
            self.select(min(max(current, 0), len(entries) - 1))
        else:
            self._on_current(-1)
        self.refreshed.emit()

    def _label(self, row: int) -> None:
        document, language = self.context.session.document, self.context.language
        parts = []
        for key in self.spec.summary:
            path = f"{self.item_path(row)}.{key}"
            field = next((f for f in self.spec.fields if f.key == key), None)
            if field is not None and field.kind is Kind.NAMES:
                value: str | tp.FileText = ", ".join(tp.read_list(document, path))
            elif field is not None and field.kind in (Kind.TEXT, Kind.LONG_TEXT):
                value = tp.read_text(document, path, language)
            else:
                value = tp.read_plain(document, path)
            if isinstance(value, tp.FileText):
                value = value.file
            if value:
                parts.append(value.replace("\n", " "))
        text = " — ".join(parts) or self.tr("(empty)")
        flagged = any(f.startswith(self.item_path(row)) for f in self._problems)
        item = self.items.item(row)
        item.setText(("⚠ " if flagged else "") + label_text(shown(text), SUMMARY_CHARS))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, shown(text))

    def select(self, row: int) -> None:
        if self.items.currentRow() != row:
            self.items.setCurrentRow(row)  # binds the fields
        else:
            self._on_current(row)

    def _on_current(self, row: int) -> None:
        shown_item = row >= 0
        for editor in self.fields:
            editor.setVisible(shown_item)
            if shown_item:
                editor.bind(f"{self.item_path(row)}.{editor.spec.key}")
        self.empty.setVisible(not shown_item)
        writable = not self.context.session.read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and shown_item)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and 0 <= row < self.items.count() - 1)

    # -- edits ----------------------------------------------------------------

    def add(self) -> None:
        session, key = self.context.session, self.spec.key
        entries = self.entries()
        new = dict(self.spec.new_item)

        def build(document: KitDocument) -> KitDocument:
            if entries or document.has(key):
                return document.insert(key, len(entries), new)
            return document.set(key, [new])

        if not session.change(build, self.tr("Add an item to {list}").format(list=self._name())):
            return
        self.select(len(entries))
        self.fields[0].focus()

    def remove(self) -> None:
        row = self.items.currentRow()
        if row < 0:
            return
        path = self.item_path(row)
        self.context.session.change(
            lambda document: document.delete(path),
            self.tr("Remove an item from {list}").format(list=self._name()),
        )

    def move_item(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        self._move(row, target)

    def _on_dropped(self, source: int, target: int) -> None:
        if source != target:
            self._move(source, target)
        else:
            self.refresh()

    def _move(self, source: int, target: int) -> None:
        session = self.context.session
        if session.read_only:
            self.refresh()  # a drop on a read-only kit: the list goes back as it was
            return
        key = self.spec.key
        if session.change(
            lambda document: document.move(key, source, target),
            self.tr("Move an item in {list}").format(list=self._name()),
        ):
            self.select(target)
        else:
            self.refresh()

    def _name(self) -> str:
        return self.title

    # -- problems -------------------------------------------------------------

    def show_problems(self, fields: list[str]) -> None:
        """Marks the rows with problems; only the rows whose mark changes are labelled again."""
        before, self._problems = self._problems, fields
        for row in range(self.items.count()):
            path = self.item_path(row)
            if any(f.startswith(path) for f in before) != any(f.startswith(path) for f in fields):
                self._label(row)
