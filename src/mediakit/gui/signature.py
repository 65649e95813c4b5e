"""The signature badge in the header: who signed the archive on screen and
whether the reader trusts them — "Signed by press@agency.example — trusted",
"Signed by an unknown publisher (SHA256:…) — trust…", "Not signed",
"Signature broken — refused" — with the kit's content hash (the SHA-256 of
``checksums.sha256``, which signing does not change). A folder has no line.

Who is trusted is the reader's own list (:class:`TrustStore`), read in a
worker when a kit is shown and written there when the reader trusts a key
("Trust this publisher…": click, Enter or Space on the badge, or its context
menu). Nothing pops up on its own: the reader chooses, and a Cancel is kept
for this window, so the badge stops inviting for that key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from mediakit.gui.external import copy_from, copy_text
from mediakit.gui.messages import MessageRoute
from mediakit.gui.signature_text import SIGNATURE, describe
from mediakit.tasks import TaskRunner
from mediakit.textsafety import shown, shown_name

# Imported when a report is shown, not at start-up: the archive package and the
# signing modules (hashlib and all) are loaded by then, or only for a signed kit.
if TYPE_CHECKING:
    from mediakit.gui.trustdialog import TrustDialog
    from mediakit.kit.archive import ArchiveReport
    from mediakit.kit.signing.trust import TrustStore, Verdict

SHORT_HASH = 12  # hex digits of the content hash shown; the full one on hover, copied


class SignatureBadge(QPushButton):
    """Shown under the integrity badge for an archive; ``changed`` when what it says changed."""

    changed = Signal()

    def __init__(
        self,
        messages: MessageRoute | None = None,
        parent: QWidget | None = None,
        store: Callable[[], TrustStore] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureBadge")
        self.setAccessibleName(self.tr("Signature"))
        self.messages = messages or MessageRoute(self)
        self._store = store or _default_store
        self._runner = TaskRunner(1, parent=self)
        self._report: ArchiveReport | None = None
        self._verdict: Verdict | None = None
        self._unread = ""
        self._declined: set[tuple[str, str]] = set()  # (content hash, key): cancelled here
        self._pending = False
        self.state = ""
        self.dialog: TrustDialog | None = None
        self.clicked.connect(self._activate)
        self.hide()

    # -- what is shown ------------------------------------------------------

    def show_source(self, report: ArchiveReport | None) -> None:
        """The kit on screen came from ``report``'s archive (None: a folder)."""
        self._runner.cancel()  # a verdict for the kit shown before never lands here
        if self.dialog is not None:  # asked about the kit shown before: not an answer
            dialog, self.dialog = self.dialog, None
            dialog.blockSignals(True)
            dialog.reject()
            dialog.deleteLater()
        self._report, self._verdict, self._unread, self._pending = report, None, "", False
        if report is None:
            self.state = ""
            self.hide()
            self.changed.emit()
            return
        if report.signature is not None and SIGNATURE not in report.damaged:
            self._pending = True
            key = report.signature.public_key
            store = self._store
            self._runner.run(lambda: store().judge(key), self._on_verdict, self._on_unreadable)
        self._render()

    @property
    def busy(self) -> bool:
        """Whether the reader's list is still being read or written for the kit shown."""
        return self._pending

    @property
    def can_trust(self) -> bool:
        return self.state == "unknown" and not self._unread and not self._pending

    def _render(self) -> None:
        report = self._report
        if report is None:
            return
        if not report.intact and SIGNATURE not in report.damaged:
            # Damaged otherwise: the integrity badge says so; its signature was not judged.
            self.state = ""
            self.hide()
            self.changed.emit()
            return
        state, text, tip = describe(
            report, self._verdict, declined=self._declined_here(), unread=self._unread
        )
        self.state = state
        short = report.content_sha256[:SHORT_HASH]
        self.setText(f"{text} · {short}" if short and state != "broken" else text)
        self.setToolTip(tip)
        self.setAccessibleDescription(f"{text}\n{tip}")
        self.setProperty("state", state)
        self.style().unpolish(self)  # the style sheet's rules for the new state
        self.style().polish(self)
        self.show()
        self.changed.emit()

    def _declined_here(self) -> bool:
        report = self._report
        if report is None or report.signature is None:
            return False
        return (report.content_sha256, report.signature.fingerprint) in self._declined

    # -- the reader's actions -----------------------------------------------

    def _activate(self) -> None:
        if self.can_trust:
            self.ask_trust()
        elif self._report is not None and self._report.content_sha256:
            copy_from(self, self._report.content_sha256)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.click()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        report = self._report
        if report is None:
            return
        menu = QMenu(self)
        if self.can_trust:
            menu.addAction(self.tr("Trust this publisher…"), self.ask_trust)
        if report.signature is not None:
            key = report.signature.fingerprint
            menu.addAction(self.tr("Copy key fingerprint"), lambda: copy_text(key))
        if report.content_sha256:
            sha = report.content_sha256
            menu.addAction(self.tr("Copy content SHA-256"), lambda: copy_text(sha))
        if not menu.isEmpty():
            menu.exec(event.globalPos())

    def ask_trust(self) -> None:
        """ "Trust this publisher…": the key's fingerprint, and the name to trust it as."""
        report = self._report
        if not self.can_trust or report is None or report.signature is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        from mediakit.gui.trustdialog import TrustDialog, key_kind

        signature = report.signature
        try:
            where = self._store().allowed_path
        except RuntimeError as exc:  # no home folder to keep the list in
            self.messages.error(self.tr("Cannot trust a publisher: {why}").format(why=exc))
            return
        self.dialog = TrustDialog(
            signature.fingerprint, key_kind(signature.public_key), where, self.window()
        )
        self.dialog.finished.connect(self._on_answered)
        self.dialog.open()

    def _on_answered(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        report = self._report
        if dialog is None or report is None or report.signature is None:
            return
        dialog.deleteLater()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if result != QDialog.DialogCode.Accepted.value:
            # Kept for this window: the badge stops inviting; a click still asks.
            self._declined.add((report.content_sha256, report.signature.fingerprint))
            self._render()
            return
        principal, key = dialog.principal(), report.signature.public_key
        store = self._store

        def add() -> Verdict:
            from mediakit.gui.trustdialog import public_key_line
            from mediakit.kit.signing.trust import Status

            trusts = store()
            verdict = trusts.judge(key)
            if verdict.status is Status.UNKNOWN:  # trusted meanwhile, or revoked: left as is
                trusts.add(principal, public_key_line(key))
                verdict = trusts.judge(key)
            return verdict

        self._pending = True
        self._runner.run(
            add, self._on_trusted, lambda error: self._on_not_written(error, principal)
        )
        self._render()

    def _on_verdict(self, verdict: Verdict) -> None:
        self._verdict, self._pending = verdict, False
        self._render()

    def _on_trusted(self, verdict: Verdict) -> None:
        self._on_verdict(verdict)
        if self.state == "trusted":
            self.messages.info(
                self.tr("Trusted: {who} ({key})").format(
                    who=shown(verdict.principal or ""), key=verdict.fingerprint
                )
            )

    def _on_unreadable(self, error: BaseException) -> None:
        self._pending = False
        self._unread = _reason(error)
        self.messages.warning(
            self.tr("Your trusted publishers could not be read: {why}").format(why=self._unread)
        )
        self._render()

    def _on_not_written(self, error: BaseException, principal: str) -> None:
        self._pending = False
        self.messages.error(
            self.tr("Could not add {who} to your trusted publishers: {why}").format(
                who=shown(principal), why=_reason(error)
            )
        )
        self._render()


def _default_store() -> TrustStore:
    """The reader's own list, in their config folder."""
    from mediakit.kit.signing.trust import TrustStore

    return TrustStore.default()


def _reason(error: BaseException) -> str:
    """An error as one line: ``FILE: why`` for the system's, never a traceback."""
    if isinstance(error, OSError):
        where = shown_name(str(error.filename)) if error.filename else ""
        why = error.strerror or str(error)
        return f"{where}: {why}" if where else why
    return shown(str(error)) or type(error).__name__
