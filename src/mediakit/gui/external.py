"""Opening things outside the program: only on an explicit click, only for
schemes that cannot run or fetch anything on their own."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QAbstractButton

from mediakit.linkschemes import SAFE_SCHEMES

log = logging.getLogger(__name__)


def is_safe_link(url: QUrl | str) -> bool:
    qurl = QUrl(url) if isinstance(url, str) else url
    return qurl.isValid() and qurl.scheme().lower() in SAFE_SCHEMES


def open_link(url: QUrl | str) -> bool:
    """Hand ``url`` to the desktop's browser or mail program, if it is safe."""
    qurl = QUrl(url) if isinstance(url, str) else url
    if not is_safe_link(qurl):
        log.warning("refused to open %r: only http, https and mailto links open", qurl.toString())
        return False
    return QDesktopServices.openUrl(qurl)


COPIED_MS = 1500  # how long a copy button says "Copied"


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def copied_text() -> str:
    return QCoreApplication.translate("external", "Copied")


def copy_from(button: QAbstractButton, text: str) -> None:
    """Copy ``text`` and say so on ``button`` — its text turns to "Copied" for a
    moment, then back (non-modal: nothing to dismiss)."""
    copy_text(text)
    timer = button.findChild(QTimer, "copiedTimer")
    if timer is None:
        timer = QTimer(button)
        timer.setObjectName("copiedTimer")
        timer.setSingleShot(True)
        timer.setInterval(COPIED_MS)
        timer.timeout.connect(lambda: _restore(button))
        button.setProperty("textBeforeCopy", button.text())
        # Keep the width: the row does not jump while the button says "Copied".
        button.setMinimumWidth(button.sizeHint().width())
    button.setText(copied_text())
    timer.start()


def _restore(button: QAbstractButton) -> None:
    timer = button.findChild(QTimer, "copiedTimer")
    if timer is not None:
        timer.deleteLater()
        timer.setObjectName("")
    if button.text() == copied_text():  # unless its owner gave it another text since
        button.setText(str(button.property("textBeforeCopy")))
    button.setMinimumWidth(0)
