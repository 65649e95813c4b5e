"""The keys dialog: every mode's keys in force, from the key registry, so the
help never drifts from what the keys do (and shows the user's own keys).

It fits the screen it opens on, from 1024×640 up: as many columns as the width
takes, scrolled when taller than the screen, its Close button always in view;
Esc closes it, as any dialog.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.keymap.docs import sections

COLUMN_WIDTH = 460  # room for a mode's keys and descriptions, read without crowding
KEYS_CHARACTERS = 28  # a longer list of keys goes on two lines, leaving room to what they do
SCREEN_MARGIN = 24  # kept free around the dialog, for the window manager's frame


def _label(text: str, object_name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # "<" in a translation stays a "<"
    label.setWordWrap(wrap)
    return label


def _mode_keys(heading: str, rows: list[tuple[str, str]]) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(_label(heading, "subHeading"))
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    for row, (keys, what) in enumerate(rows):
        # Broken between keys only: "Ctrl+Shift+Tab" stays whole.
        lines = textwrap.fill(keys, KEYS_CHARACTERS, break_long_words=False)
        grid.addWidget(_label(lines, "keyName", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(_label(what, "keyWhat"), row, 1, Qt.AlignmentFlag.AlignTop)
    grid.setColumnStretch(1, 1)
    column.addLayout(grid)
    return box


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # F1 again builds a fresh one
        self.setWindowTitle(QCoreApplication.translate("KeysDialog", "Keys — mediakit"))
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        modes = sections()
        columns = max(1, min(len(modes), (available.width() - 2 * SCREEN_MARGIN) // COLUMN_WIDTH))
        self.body = QWidget()
        grid = QGridLayout(self.body)
        grid.setHorizontalSpacing(36)
        grid.setVerticalSpacing(12)
        for index, (heading, rows) in enumerate(modes):
            cell = _mode_keys(heading, rows)
            grid.addWidget(cell, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(columns):
            grid.setColumnStretch(column, 1)  # descriptions wrap rather than push a column out
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.close_button = QPushButton(QCoreApplication.translate("KeysDialog", "Close"))
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.fit_into(available)

    def fit_into(self, available: QRect) -> None:
        """As large as the keys need, no larger than ``available`` (less a margin),
        centred in it; as wide as it may be when it must scroll."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        wanted_width = self.body.sizeHint().width() + bar + margins.left() + margins.right()
        wanted_height = (
            self.body.sizeHint().height()
            + layout.spacing()
            + self.close_button.sizeHint().height()
            + margins.top()
            + margins.bottom()
        )
        room = available.adjusted(SCREEN_MARGIN, SCREEN_MARGIN, -SCREEN_MARGIN, -SCREEN_MARGIN)
        scrolls = wanted_height > room.height()
        width = room.width() if scrolls else min(wanted_width, room.width())
        self.resize(width, min(wanted_height, room.height()))
        frame = self.frameGeometry()
        frame.moveCenter(room.center())
        self.move(frame.topLeft())
