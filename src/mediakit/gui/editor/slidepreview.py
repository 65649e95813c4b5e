"""The presentation section's preview: the selected slide as the audience
would see it, painted by the show's own renderer from the kit as last checked
(the unsaved text, loaded in the pool)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from mediakit.gui import theme
from mediakit.gui.editor.lists import ListEditor
from mediakit.gui.present.slides import SlideRenderer
from mediakit.gui.present.stills import StillSource
from mediakit.kit.manifest.model import Kit
from mediakit.kit.manifest.presentation import SlideSpec, build_sequence

PREVIEW_WIDTH = 480  # px, at 16:9


class SlidePreview(QWidget):
    def __init__(self, editor: ListEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self.setAccessibleName(self.tr("Preview of the selected slide"))
        self.kit: Kit | None = None
        self.renderer: SlideRenderer | None = None
        self.stills: StillSource | None = None
        editor.form_column.insertWidget(0, self)
        editor.items.currentRowChanged.connect(lambda _row: self.update())
        editor.context.checked.connect(self.show_kit)
        editor.context.language_changed.connect(lambda _code: self.show_kit(self.kit))
        self.show_kit(editor.context.kit)  # a form built after the first check

    def show_kit(self, kit: Kit | None) -> None:
        self.kit = kit
        if self.stills is not None:
            self.stills.cancel()
            self.stills.deleteLater()
        self.stills, self.renderer = None, None
        if kit is not None:
            self.stills = StillSource(kit, parent=self)
            self.stills.ready.connect(lambda _index: self.update())
            self.renderer = SlideRenderer(kit, self.editor.context.language, self.stills)
        self.update()

    def slide(self) -> SlideSpec | None:
        """The first slide the selected entry shows, in the kit as checked."""
        row = self.editor.items.currentRow()
        kit = self.kit
        if kit is None or not 0 <= row < len(kit.presentation):
            return None
        alone = dataclasses.replace(kit, presentation=(kit.presentation[row],))
        return build_sequence(alone)[0]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.colour("slide_frame"))
        slide = self.slide()
        if self.renderer is not None and slide is not None:
            self.renderer.paint(painter, self.rect(), slide)
        else:
            painter.setPen(theme.colour("muted"))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect(), flags, self.tr("No preview while the kit has errors."))
        painter.setPen(theme.colour("slide_edge"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))  # the screen's edge
        painter.end()
