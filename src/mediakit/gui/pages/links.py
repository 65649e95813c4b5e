"""Links: shown and copyable; opened only when the reader clicks Open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.external import copy_from, is_safe_link, open_link
from mediakit.gui.find import FindInWidgets
from mediakit.gui.pages.base import ScrolledPage, plain_label


class LinksPage(FindInWidgets, ScrolledPage):
    # What Ctrl+F searches: labels and addresses
    FIND_WIDGETS = frozenset(("linkLabel", "linkUrl"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("LinksPage", "Links"), parent)

    def fill(self) -> None:
        assert self.kit is not None
        for link in self.kit.links:
            card = QFrame()
            card.setObjectName("card")
            row = QHBoxLayout(card)
            row.setContentsMargins(
                theme.SPACING["xxl"], theme.SPACING["m"], theme.SPACING["xxl"], theme.SPACING["m"]
            )
            text = QVBoxLayout()
            text.addWidget(plain_label(self.t(link.label), "linkLabel"))
            text.addWidget(plain_label(link.url, "linkUrl"))
            row.addLayout(text, 1)
            copy = QPushButton(self.tr("Copy"))
            copy.clicked.connect(lambda _=False, u=link.url, b=copy: copy_from(b, u))
            row.addWidget(copy)
            opener = QPushButton(self.tr("Open"))
            opener.setEnabled(is_safe_link(link.url))
            opener.setToolTip(
                self.tr("Open in your browser")
                if opener.isEnabled()
                else self.tr("Only http, https and mailto links open")
            )
            opener.clicked.connect(lambda _=False, u=link.url: open_link(u))
            row.addWidget(opener)
            self.column.addWidget(card)
