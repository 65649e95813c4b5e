"""Synopsis, statement and AI-use: one markdown text of the kit each."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.find import Hit, Passage
from mediakit.gui.kittext import KitTextView
from mediakit.gui.pages.base import KitPage, plain_label, reading_measure, section_heading
from mediakit.kit.manifest.model import Kit, Text

TextField = Callable[[Kit], Text | None]


class TextPage(KitPage):
    def __init__(
        self, heading: str, field: TextField, intro: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._field = field
        layout = QVBoxLayout(self)
        # No right or bottom margin: the text scrolls up to the window's edges.
        margins = theme.page_margins()
        layout.setContentsMargins(margins.left(), margins.top(), 0, 0)
        layout.setSpacing(theme.SPACING["l"])
        layout.addWidget(section_heading(heading))
        if intro:
            # Said once, above the text: what this section is and why it is here.
            intro_label = plain_label(intro, "intro")
            intro_label.setMaximumWidth(reading_measure())
            layout.addWidget(intro_label)
        self.view = KitTextView(self)
        self.view.set_accessible_name(heading)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        assert self.kit is not None
        self.view.set_markdown(self.t(self._field(self.kit)))

    def clear(self) -> None:
        super().clear()
        self.view.clear()

    def plain_text(self) -> str:
        return self.view.plain_text()

    # -- find in a kit (mediakit.gui.find) -------------------------------------

    def find_passages(self) -> list[Passage]:
        return [Passage(self.view.plain_text(), self.view)]

    def show_matches(self, hits: Sequence[Hit]) -> None:
        self.view.show_hits([(hit.start, hit.end, hit.current) for hit in hits])
