"""Progress of opening a kit, in the status bar: how far, and Cancel.

Shown only once an open has taken a moment, so that opening a folder or a
cached archive — instant — does not flash a bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from mediakit.textsafety import shown_name
from mediakit.units import human_size

SHOW_AFTER_MS = 300


class OpenProgress(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(220)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel opening the kit"))
        self.cancel.clicked.connect(self.cancel_requested)
        for widget in (self.label, self.bar, self.cancel):
            layout.addWidget(widget)
        self._clock = QElapsedTimer()
        self._name = ""
        self.hide()

    def start(self, path: Path) -> None:
        self._name = shown_name(path.name)
        self._clock.start()
        self.bar.setRange(0, 0)  # busy until the first figures arrive

    def show_progress(self, done: int, total: int) -> None:
        if not self._clock.isValid() or self._clock.elapsed() < SHOW_AFTER_MS:
            return
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(1000 * min(done, total) / total))
        self.label.setText(
            self.tr("Opening {name}: {done} of {total}").format(
                name=self._name, done=human_size(done), total=human_size(total)
            )
        )
        self.show()

    def finish(self) -> None:
        self._clock.invalidate()
        self.hide()
