"""The integrity badge in the header: whether what is on screen is exactly
what was packed — "Verified — 27 files, SHA-256 checked" with the archive's
own hash, "Folder — not packed", or what failed. Who signed it is the
signature badge's (:mod:`mediakit.gui.signature`), just under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from mediakit.gui.external import copy_from
from mediakit.qttranslate import tr
from mediakit.textsafety import shown_name

if TYPE_CHECKING:
    from mediakit.kit.archive import ArchiveReport


def describe(report: ArchiveReport | None) -> tuple[str, str, str]:
    """(state, badge text, tooltip) for an archive report, or a folder (None)."""
    if report is None:
        return (
            "folder",
            QCoreApplication.translate("IntegrityBadge", "Folder — not packed"),
            QCoreApplication.translate(
                "IntegrityBadge",
                "Opened from a folder: there is no packed archive whose checksums "
                "could be checked.",
            ),
        )
    if report.intact:
        # No hash in the text: the signature badge beside it shows the kit's content
        # hash (which signing does not change); two short hashes side by side would
        # only puzzle. The archive file's hash is on hover and copied on click.
        return (
            "verified",
            tr("Verified — %n file(s), SHA-256 checked", None, report.files),
            QCoreApplication.translate(
                "IntegrityBadge",
                "Every file matches the checksums packed with it.\n"
                "Archive SHA-256: {sha256}\nClick to copy the hash.",
            ).format(sha256=report.sha256),
        )
    from mediakit.kit.archive.rules import SIGNATURE  # loaded with the report: costs nothing

    failed = sorted(report.damaged - {SIGNATURE})
    if not failed and SIGNATURE in report.damaged:
        # Only the signature: the files match checksums that nobody vouches for.
        return (
            "damaged",
            tr("Damaged — signature broken · read-only"),
            tr(
                "The signature entry, {entry}, does not verify: the checksums the files were "
                "checked against may not be the ones that were signed.\nArchive SHA-256: {sha256}"
            ).format(entry=SIGNATURE, sha256=report.sha256),
        )
    lines = "\n".join(f"  {shown_name(name)}" for name in failed[:20])
    left_out = len(failed) - 20
    more = "\n  " + tr("… and %n more", None, left_out) if left_out > 0 else ""
    return (
        "damaged",
        tr("Damaged — %n file(s) changed since packing · read-only", None, len(failed)),
        QCoreApplication.translate(
            "IntegrityBadge",
            "These files do not match the checksums packed with them:\n{lines}\n"
            "Archive SHA-256: {sha256}",
        ).format(lines=lines + more, sha256=report.sha256),
    )


class IntegrityBadge(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityBadge")
        self.setAccessibleName(self.tr("Integrity"))
        self._hash = ""
        self.clicked.connect(self._copy_hash)
        self.hide()

    def show_source(self, report: ArchiveReport | None) -> None:
        state, text, tip = describe(report)
        self._hash = report.sha256 if report is not None else ""
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleDescription(f"{text}\n{tip}")
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self._hash:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Copy archive SHA-256"), self._copy_hash)
        menu.exec(event.globalPos())

    def _copy_hash(self) -> None:
        if self._hash:
            copy_from(self, self._hash)
