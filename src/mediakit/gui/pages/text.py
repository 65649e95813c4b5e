"""Synopsis, statement and AI-use: one markdown text of the kit each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mediakit.gui.kittext import KitTextView
from mediakit.gui.markdown import READING_WIDTH
from mediakit.gui.pages.base import KitPage, plain_label, section_heading
from mediakit.kit.manifest.model import Kit, Text

TextField = Callable[[Kit], Text | None]


class TextPage(KitPage):
    def __init__(
        self, heading: str, field: TextField, intro: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(14)
        layout.addWidget(section_heading(heading))
        if intro:
            # Said once, above the text: what this section is and why it is here.
            layout.addWidget(plain_label(intro, "intro"))
        self.view = KitTextView(self)
        self.view.setMaximumWidth(READING_WIDTH)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        assert self.kit is not None
        self.view.set_markdown(self.t(self._field(self.kit)))

    def clear(self) -> None:
        super().clear()
        self.view.clear()

    def plain_text(self) -> str:
        return self.view.plain_text()
