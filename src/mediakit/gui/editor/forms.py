"""A section of the editor: its heading, its fields, its list; scrolled as the
reading window's pages are, with the same margins and headings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.editor.context import EditContext
from mediakit.gui.editor.fields import FieldEditor
from mediakit.gui.editor.lists import ListEditor
from mediakit.gui.editor.pickers import build_field
from mediakit.gui.editor.slidepreview import SlidePreview
from mediakit.gui.editor.specs import Section
from mediakit.gui.editor.stills import StillsExtras

FORM_WIDTH = 1100  # px: beyond it, fields would be too long to read across


class SectionForm(QScrollArea):
    def __init__(self, section: Section, context: EditContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not to it
        self.setAccessibleName(section.label.shown())
        body = QWidget()
        body.setObjectName("pageBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(theme.page_margins())
        column.setSpacing(theme.SPACING["l"])
        heading = QLabel(section.label.shown())
        heading.setObjectName("sectionHeading")
        column.addWidget(heading)
        self.fields = [build_field(field, context) for field in section.fields]
        for editor in self.fields:
            column.addWidget(editor)
        self.list: ListEditor | None = None
        self.extras: StillsExtras | None = None
        self.preview: SlidePreview | None = None
        if section.items is not None:
            if section.items.heading is not None:
                sub = QLabel(section.items.heading.shown())
                sub.setObjectName("subHeading")
                column.addWidget(sub)
            self.list = ListEditor(section.items, context, section.label.shown())
            column.addWidget(self.list, 1)
            if section.name == "stills":
                self.extras = StillsExtras(self.list)
            elif section.name == "presentation":
                self.preview = SlidePreview(self.list)
        column.addStretch(1)
        body.setMaximumWidth(FORM_WIDTH)
        self.setWidget(body)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        for editor in self.fields:
            editor.refresh()
        if self.list is not None:
            self.list.refresh()

    def busy(self) -> bool:
        """Thumbnails, imports or a VLC probe of this section still on their way."""
        if self.extras is not None and self.extras.busy():
            return True
        return any(e.picker is not None and e.picker.busy() for e in self.editors())

    def editors(self) -> list[FieldEditor]:
        own = list(self.fields)
        if self.list is not None:
            own += [e for e in self.list.fields if e.isVisibleTo(self.list)]
        return own
