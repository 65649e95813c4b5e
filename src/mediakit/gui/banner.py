"""The problems banner: a kit's errors or warnings, in the window, each
naming file and place; dismissible, never modal."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.messages import Action, Level
from mediakit.gui.pages.base import plain_label
from mediakit.textsafety import shown

MAX_SHOWN = 12  # the rest is summarised; `mediakit validate` lists them all


class ProblemBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGINS[0], 10, 24, 10)
        text = QVBoxLayout()
        self.summary = plain_label("", "bannerSummary")
        self.details = plain_label("", "bannerDetails")
        text.addWidget(self.summary)
        text.addWidget(self.details)
        layout.addLayout(text, 1)
        self.action = QPushButton()
        self.action.setObjectName("bannerAction")
        self.action.clicked.connect(self._run_action)
        layout.addWidget(self.action)
        self._action: Action = None
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss the message"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def show_message(
        self, level: Level, summary: str, details: list[str], action: Action = None
    ) -> None:
        self._action = action
        self.action.setVisible(action is not None)
        if action is not None:
            self.action.setText(action[0])
        self.setProperty("level", level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.summary.setText(shown(summary))
        lines = [shown(line) for line in details[:MAX_SHOWN]]
        if len(details) > MAX_SHOWN:
            more = len(details) - MAX_SHOWN
            lines.append(
                self.tr("… and %n more (run `mediakit validate` for the full list)", None, more)
            )
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.show()

    def _run_action(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action[1]()
