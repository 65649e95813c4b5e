"""The editor's banner: what the author must know before going on (read-only,
the file changed on disk), with the choices it offers as buttons. Styled as
the reading window's banner; never modal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mediakit.gui import theme
from mediakit.gui.messages import Level
from mediakit.textsafety import shown

Choice = tuple[str, Callable[[], None]]


class EditorBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(theme.PAGE_MARGINS[0], 10, 24, 10)
        self.text = QLabel()
        self.text.setObjectName("bannerSummary")
        self.text.setWordWrap(True)
        self._row.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        self.kind = ""  # what the banner says now: "read_only", "external" …
        self.hide()

    def say(self, kind: str, level: Level, text: str, choices: Sequence[Choice] = ()) -> None:
        self.kind = kind
        self.setProperty("level", level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(shown(text))
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for label, act in choices:
            button = QPushButton(label)
            button.setObjectName("bannerAction")
            button.setAccessibleName(label)
            button.clicked.connect(act)
            self._row.addWidget(button)
            self.buttons.append(button)
        self.show()

    def button(self, label: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text() == label), None)

    def clear(self, kind: str | None = None) -> None:
        if kind is None or kind == self.kind:
            self.kind = ""
            self.hide()
