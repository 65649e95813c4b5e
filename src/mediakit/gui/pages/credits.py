"""Credits: role — names, laid out like the technical sheet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mediakit.gui.find import FindInWidgets
from mediakit.gui.pages.base import ScrolledPage
from mediakit.gui.pages.terms import term_rows
from mediakit.gui.textclip import label_text


class CreditsPage(FindInWidgets, ScrolledPage):
    # What Ctrl+F searches: roles and names
    FIND_WIDGETS = frozenset(("termLabel", "termValue"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CreditsPage", "Credits"), parent)

    def fill(self) -> None:
        assert self.kit is not None
        rows = (
            (label_text(self.t(credit.role)), label_text("\n".join(credit.names)))
            for credit in self.kit.credits
        )
        self.column.addWidget(term_rows(rows))
