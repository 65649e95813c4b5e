"""The technical sheet: label — value."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from mediakit.gui.pages.base import ScrolledPage, plain_label


class SpecsPage(ScrolledPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Technical details", parent)

    def fill(self) -> None:
        assert self.kit is not None
        holder = QWidget()
        form = QFormLayout(holder)
        form.setHorizontalSpacing(28)
        form.setVerticalSpacing(12)
        for spec in self.kit.specs:
            label = plain_label(self.t(spec.label), "specLabel")
            label.setWordWrap(False)  # short labels read as a column; values wrap
            form.addRow(label, plain_label(self.t(spec.value), "specValue"))
        self.column.addWidget(holder)
