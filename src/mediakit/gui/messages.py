"""The one route for messages to the user: logged, then shown in the window.

Widgets never pop up dialogs for a kit's problems; they call
:meth:`MessageRoute.info` / :meth:`MessageRoute.error`, and the main window
decides where it shows (status bar, error banner). Modal dialogs are kept for
what truly stops the work (a crash report).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("mediakit")


class Level(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


# An optional button offered with a message: (label, what it does).
Action = tuple[str, Callable[[], None]] | None


class MessageRoute(QObject):
    """Emits ``posted(level, text, details, action)``; ``details`` may be empty."""

    posted = Signal(object, str, list, object)

    def info(self, text: str) -> None:
        self._post(Level.INFO, text, [])

    def warning(self, text: str, details: list[str] | None = None) -> None:
        self._post(Level.WARNING, text, details or [])

    def error(self, text: str, details: list[str] | None = None, action: Action = None) -> None:
        self._post(Level.ERROR, text, details or [], action)

    def _post(self, level: Level, text: str, details: list[str], action: Action = None) -> None:
        logged = {Level.INFO: logging.INFO, Level.WARNING: logging.WARNING}.get(
            level, logging.ERROR
        )
        log.log(logged, "%s%s", text, "".join(f"\n  {d}" for d in details))
        self.posted.emit(level, text, details, action)
