"""The keys overlay: every table of key bindings, read from the tables the
window and pages actually use, so the help never drifts from the code."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QGridLayout, QPushButton, QVBoxLayout, QWidget

from mediakit.gui.keys import WINDOW_KEYS, Binding, describe
from mediakit.gui.pages.base import plain_label


def help_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(keys, what they do)]) for the window, the film and the lightbox."""
    from mediakit.gui.pages.film import FILM_KEYS
    from mediakit.gui.pages.lightbox import LIGHTBOX_KEYS

    def rows(table: Iterable[Binding]) -> list[tuple[str, str]]:
        return [(describe(b.keys), b.description) for b in table]

    film = [(key.label, key.description) for key in FILM_KEYS]
    return [("Window", rows(WINDOW_KEYS)), ("Film", film), ("Stills viewer", rows(LIGHTBOX_KEYS))]


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keys — mediakit")
        layout = QVBoxLayout(self)
        for heading, rows in help_sections():
            layout.addWidget(plain_label(heading, "subHeading", selectable=False))
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            for row, (keys, what) in enumerate(rows):
                grid.addWidget(plain_label(keys, "keyName"), row, 0)
                grid.addWidget(plain_label(what, "keyWhat"), row, 1)
            layout.addLayout(grid)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout.addWidget(close)
