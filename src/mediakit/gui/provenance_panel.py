"""The "How this was made" panel: the Content Credentials of every still, the
poster and the film, one file at a time, beside the list of them.

Not modal: a journalist keeps it open while going through the stills. It
follows the reader (:class:`mediakit.gui.credentials.KitCredentials`) as
readings arrive, and says why when the C2PA library cannot be loaded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.credentials import KitCredentials
from mediakit.gui.provenance_text import details_html, mark, one_line, summary_text
from mediakit.gui.translation import translate


class ProvenancePanel(QDialog):
    def __init__(self, credentials: KitCredentials, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provenancePanel")
        self.setWindowTitle(self.tr("How this was made — Content Credentials"))
        self._credentials = credentials
        self.summary = QLabel()
        self.summary.setObjectName("provenanceSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.files = QListWidget()
        self.files.setObjectName("provenanceFiles")
        self.files.setAccessibleName(self.tr("Files"))
        self.files.setMaximumWidth(260)
        self.files.currentRowChanged.connect(self._show_row)
        self.details = QTextBrowser()
        self.details.setObjectName("provenanceDetails")
        self.details.setAccessibleName(self.tr("Content Credentials"))
        self.details.setOpenLinks(False)  # a manifest's text is never followed anywhere
        body = QHBoxLayout()
        body.addWidget(self.files)
        body.addWidget(self.details, 1)
        note = QLabel(
            self.tr(
                "Content Credentials (C2PA) are signed statements a file carries about how "
                "it was made. mediakit checks them offline: a valid signature proves the "
                "statement was not changed, not that its signer is who they say."
            )
        )
        note.setObjectName("provenanceNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(theme.SPACING["l"],) * 4)
        layout.setSpacing(theme.SPACING["m"])
        body.setSpacing(theme.SPACING["m"])
        self.files.setSpacing(3)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(900, 560)
        credentials.arrived.connect(self._on_arrived)
        credentials.reset.connect(self.refresh)
        self.refresh()

    def show_file(self, path: Path | None = None) -> None:
        """Show the panel at ``path`` (the first file when None) and bring it up."""
        paths = [media.path for media in self._credentials.files]
        self.files.setCurrentRow(paths.index(path) if path in paths else 0)
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise, and says so
            self.raise_()
        self.activateWindow()

    def refresh(self) -> None:
        row = max(0, self.files.currentRow())
        self.files.blockSignals(True)
        self.files.clear()
        for media in self._credentials.files:
            item = QListWidgetItem(self._item_text(media.label, media.path))
            item.setData(Qt.ItemDataRole.UserRole, str(media.path))
            self.files.addItem(item)
        self.files.blockSignals(False)
        if self.files.count():
            self.files.setCurrentRow(min(row, self.files.count() - 1))
        self._show_row(self.files.currentRow())
        self._update_summary()

    def _item_text(self, label: str, path: Path) -> str:
        found = mark(self._credentials.reading(path))
        return f"{label}    {found[0]}" if found else label

    def _on_arrived(self, path: Path) -> None:
        for row, media in enumerate(self._credentials.files):
            if media.path == path:
                self.files.item(row).setText(self._item_text(media.label, path))
                self.files.item(row).setToolTip(one_line(self._credentials.reading(path)))
                if row == self.files.currentRow():
                    self._show_row(row)
        self._update_summary()

    def _show_row(self, row: int) -> None:
        files = self._credentials.files
        if not 0 <= row < len(files):
            self.details.clear()
            return
        media = files[row]
        self.details.setHtml(details_html(media.label, self._credentials.reading(media.path)))

    def _update_summary(self) -> None:
        problem = self._credentials.unavailable()
        if problem is not None:
            self.summary.setText(
                self.tr("Content Credentials cannot be read on this computer: {problem}").format(
                    problem=problem.render(translate)
                )
            )
            return
        self.summary.setText(
            summary_text(self._credentials.stills_summary(), self._credentials.done())
        )
