"""The technical sheet: label — value, laid out like the credits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mediakit.gui.find import FindInWidgets
from mediakit.gui.pages.base import ScrolledPage
from mediakit.gui.pages.terms import term_rows


class SpecsPage(FindInWidgets, ScrolledPage):
    # What Ctrl+F searches: names and values
    FIND_WIDGETS = frozenset(("termLabel", "termValue"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SpecsPage", "Technical details"), parent)

    def fill(self) -> None:
        assert self.kit is not None
        self.column.addWidget(
            term_rows((self.t(spec.label), self.t(spec.value)) for spec in self.kit.specs)
        )
