"""The start page: what mediakit is, Open, recent kits, and the drop hint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.pages.base import plain_label
from mediakit.textsafety import shown_name


class StartPage(QWidget):
    open_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addStretch(1)
        column.addWidget(plain_label("mediakit", "startTitle", selectable=False))
        column.addWidget(
            plain_label(
                self.tr(
                    "Open a press kit — a .mediakit file, or a folder with a kit.yaml — to read "
                    "its texts, credits and quotes, look at the stills and watch the film. "
                    "Everything stays offline."
                ),
                "intro",
                selectable=False,
            )
        )
        self.open_button = QPushButton(self.tr("Open a kit…"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_requested)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(
            plain_label(
                self.tr("or drop a kit — file or folder — on this window"), "hint", selectable=False
            )
        )
        self.recent_heading = plain_label(self.tr("Recent kits"), "subHeading", selectable=False)
        column.addWidget(self.recent_heading)
        self.recent = QListWidget()
        self.recent.setObjectName("recentKits")
        self.recent.setAccessibleName(self.tr("Recent kits"))
        self.recent.itemActivated.connect(self._on_activated)
        column.addWidget(self.recent)
        column.addStretch(2)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{shown_name(Path(path).name)}    {shown_name(path)}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(shown_name(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_heading.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(0)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
