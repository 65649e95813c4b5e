"""The integrity badge in the header: whether what is on screen is exactly
what was packed — "Verified — 27 files, SHA-256 checked" with the archive's
own hash, "Folder — not packed", or what failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from mediakit.gui.external import copy_from
from mediakit.textsafety import shown_name
from mediakit.units import plural

if TYPE_CHECKING:
    from mediakit.kit.archive import ArchiveReport

SHORT_HASH = 12  # hex digits shown; the full hash is on hover and copied


def describe(report: ArchiveReport | None) -> tuple[str, str, str]:
    """(state, badge text, tooltip) for an archive report, or a folder (None)."""
    if report is None:
        return (
            "folder",
            "Folder — not packed",
            "Opened from a folder: there is no packed archive whose checksums could be checked.",
        )
    short = report.sha256[:SHORT_HASH]
    if report.intact:
        files = plural(report.files, "file")
        return (
            "verified",
            f"Verified — {files}, SHA-256 checked · {short}",
            f"Every file matches the checksums packed with it.\n"
            f"Archive SHA-256: {report.sha256}\nClick to copy the hash.",
        )
    failed = sorted(report.damaged)
    count = plural(len(failed), "file")
    lines = "\n".join(f"  {shown_name(name)}" for name in failed[:20])
    more = f"\n  … and {len(failed) - 20} more" if len(failed) > 20 else ""
    return (
        "damaged",
        f"Damaged — {count} changed since packing · read-only",
        f"These files do not match the checksums packed with them:\n{lines}{more}\n"
        f"Archive SHA-256: {report.sha256}",
    )


class IntegrityBadge(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityBadge")
        self.setAccessibleName("Integrity")
        self._hash = ""
        self.clicked.connect(self._copy_hash)
        self.hide()

    def show_source(self, report: ArchiveReport | None) -> None:
        state, text, tip = describe(report)
        self._hash = report.sha256 if report is not None else ""
        self.setText(text)
        self.setToolTip(tip)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self._hash:
            return
        menu = QMenu(self)
        menu.addAction("Copy archive SHA-256", self._copy_hash)
        menu.exec(event.globalPos())

    def _copy_hash(self) -> None:
        if self._hash:
            copy_from(self, self._hash)
