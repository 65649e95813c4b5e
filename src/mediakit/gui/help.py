"""The keys overlay: every table of key bindings, read from the tables the
window and pages actually use, so the help never drifts from the code."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.keys import WINDOW_KEYS, Binding, describe
from mediakit.gui.pages.base import plain_label


def help_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(keys, what they do)]) for the window, the film, the lightbox
    and presenting."""
    from mediakit.gui.pages.film import FILM_KEYS
    from mediakit.gui.pages.lightbox import LIGHTBOX_KEYS
    from mediakit.gui.present.keys import PRESENT_KEYS

    def rows(table: Iterable[Binding]) -> list[tuple[str, str]]:
        return [(describe(b.keys), b.description) for b in table]

    film = [(key.label, key.description) for key in FILM_KEYS]
    return [
        ("Window", rows(WINDOW_KEYS)),
        ("Film", film),
        ("Stills viewer", rows(LIGHTBOX_KEYS)),
        ("Presenting", rows(PRESENT_KEYS)),
    ]


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keys — mediakit")
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # as compact as it reads
        columns = QHBoxLayout()
        columns.setSpacing(36)
        for heading, rows in help_sections():
            column = QVBoxLayout()
            column.addWidget(plain_label(heading, "subHeading", selectable=False))
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            for row, (keys, what) in enumerate(rows):
                key_label = plain_label(keys, "keyName")
                key_label.setWordWrap(False)
                grid.addWidget(key_label, row, 0)
                grid.addWidget(plain_label(what, "keyWhat"), row, 1)
            grid.setColumnMinimumWidth(1, 200)
            column.addLayout(grid)
            column.addStretch(1)
            columns.addLayout(column)
        layout.addLayout(columns)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
