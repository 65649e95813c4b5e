"""Press contacts, every detail copyable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.external import copy_from, open_link
from mediakit.gui.find import FindInWidgets
from mediakit.gui.pages.base import ScrolledPage, plain_label
from mediakit.kit.manifest.model import Contact


def contact_card_text(name: str, role: str, contact: Contact) -> str:
    """A contact as pasted into an address book or an email."""
    lines = [f"{name} — {role}" if role else name]
    lines += [value for value in (contact.email, contact.phone) if value]
    return "\n".join(lines)


class ContactsPage(FindInWidgets, ScrolledPage):
    # What Ctrl+F searches: names, roles, addresses and numbers
    FIND_WIDGETS = frozenset(("contactName", "contactRole", "detailValue"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ContactsPage", "Contacts"), parent)

    def fill(self) -> None:
        assert self.kit is not None
        for contact in self.kit.contacts:
            card = QFrame()
            card.setObjectName("card")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(
                theme.SPACING["xxl"], theme.SPACING["l"], theme.SPACING["xxl"], theme.SPACING["l"]
            )
            role = self.t(contact.role)
            layout.addWidget(plain_label(contact.name, "contactName"))
            if role:
                layout.addWidget(plain_label(role, "contactRole"))
            details = QGridLayout()
            for row, (label, what, value) in enumerate(
                (
                    (self.tr("Email"), self.tr("Copy the email address of %1"), contact.email),
                    (self.tr("Phone"), self.tr("Copy the phone number of %1"), contact.phone),
                )
            ):
                if not value:
                    continue
                details.addWidget(plain_label(label, "detailLabel"), row, 0)
                details.addWidget(plain_label(value, "detailValue"), row, 1)
                copy = QPushButton(self.tr("Copy"))
                copy.setAccessibleName(what.replace("%1", contact.name))
                copy.clicked.connect(lambda _=False, v=value, b=copy: copy_from(b, v))
                details.addWidget(copy, row, 2)
                if value == contact.email:
                    write = QPushButton(self.tr("Write…"))
                    write.setToolTip(self.tr("Open your mail program"))
                    write.clicked.connect(lambda _=False, v=value: open_link(f"mailto:{v}"))
                    details.addWidget(write, row, 3)
            details.setColumnStretch(1, 1)
            layout.addLayout(details)
            copy_all = QPushButton(self.tr("Copy contact"))
            copy_all.clicked.connect(
                lambda _=False, c=contact, n=contact.name, r=role, b=copy_all: copy_from(
                    b, contact_card_text(n, r, c)
                )
            )
            layout.addWidget(copy_all, 0, Qt.AlignmentFlag.AlignLeft)
            self.column.addWidget(card)
