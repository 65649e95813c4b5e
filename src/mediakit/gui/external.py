"""Opening things outside the program: only on an explicit click, only for
schemes that cannot run or fetch anything on their own."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

log = logging.getLogger(__name__)

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


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


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
