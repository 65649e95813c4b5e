"""AI use: how the authors say generative AI was used, and beside it what the
media themselves say in their Content Credentials."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mediakit.gui.credentials import KitCredentials
from mediakit.gui.keymap import Mode
from mediakit.gui.keymap.docs import with_keys
from mediakit.gui.pages.base import plain_label, reading_measure
from mediakit.gui.pages.lightbox import named
from mediakit.gui.pages.text import TextPage
from mediakit.gui.provenance_text import summary_text
from mediakit.gui.sections import AI_HEADING, AI_INTRO
from mediakit.gui.translation import translate


class AiUsePage(TextPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(AI_HEADING.shown(), lambda k: k.ai_disclosure, AI_INTRO.shown(), parent)
        self._credentials: KitCredentials | None = None
        self.summary = plain_label("", "credentialsSummary")
        self.summary.setMaximumWidth(reading_measure())
        self.details = named(
            QPushButton(QCoreApplication.translate("AiUsePage", "How this was made…")),
            "credentialsDetails",
        )
        self.details.setToolTip(
            with_keys(
                QCoreApplication.translate(
                    "AiUsePage",
                    "What each still, the poster and the film say of how they were made",
                ),
                Mode.WINDOW,
                "provenance",
            )
        )
        self.details.clicked.connect(self._ask_panel)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.details, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch()
        layout = cast(QVBoxLayout, self.layout())
        # Under the heading and intro, above the authors' text: the media's own word.
        layout.insertLayout(layout.count() - 1, row)
        for widget in (self.summary, self.details):
            widget.hide()
        # Tab follows the page as it reads: the button, then the authors' text.
        QWidget.setTabOrder(self.details, self.view.markdown)
        QWidget.setTabOrder(self.view.markdown, self.view.plain)

    def set_credentials(self, credentials: KitCredentials) -> None:
        self._credentials = credentials
        credentials.arrived.connect(self._update_summary)
        credentials.reset.connect(self._update_summary)
        self._update_summary()

    def refresh(self) -> None:
        super().refresh()
        self._update_summary()

    def _update_summary(self, _path: Path | None = None) -> None:
        credentials = self._credentials
        if credentials is None or not credentials.files:
            self.summary.hide()
            self.details.hide()
            return
        problem = credentials.unavailable()
        if problem is not None:
            text = QCoreApplication.translate(
                "AiUsePage", "Content Credentials cannot be read on this computer: {problem}"
            ).format(problem=problem.render(translate))
        else:
            text = summary_text(credentials.stills_summary(), credentials.done())
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.details.show()

    def _ask_panel(self) -> None:
        if self._credentials is not None:
            self._credentials.panel_requested.emit(None)
