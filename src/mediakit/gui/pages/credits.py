"""Credits: role — names, aligned like a film's end card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from mediakit.gui.pages.base import ScrolledPage, plain_label
from mediakit.gui.textclip import label_text


class CreditsPage(ScrolledPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Credits", parent)

    def fill(self) -> None:
        assert self.kit is not None
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(16)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        for row, credit in enumerate(self.kit.credits):
            role = plain_label(label_text(self.t(credit.role)), "creditRole")
            role.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            names = plain_label(label_text("\n".join(credit.names)), "creditNames")
            grid.addWidget(role, row, 0)
            grid.addWidget(names, row, 1)
        self.column.addWidget(grid_holder)
