"""``tr()`` outside a class, for module-level code of the window and the player.

lupdate files a bare ``tr("…")`` call under the empty context and reads
plurals (``%n``) only in calls of that name, so every module that translates
outside a class imports this one function rather than writing its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)
