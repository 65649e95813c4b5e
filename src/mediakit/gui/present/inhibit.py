"""Keeping the screen awake while presenting.

On Linux (and the BSDs) this asks the desktop through the freedesktop
``org.freedesktop.ScreenSaver`` D-Bus interface (``Inhibit`` → a cookie,
``UnInhibit(cookie)`` after), over QtDBus, without blocking the GUI thread:
the calls are asynchronous. GNOME, KDE, Xfce and most others implement it.
The calls go over a connection of our own, closed after ``UnInhibit``: the
services drop a client's inhibitions when it leaves the bus, so the screen
is released even where ``UnInhibit`` is refused (PySide6 can only send the
cookie as a signed int, ``i``, where the interface says ``u``).

Elsewhere (Windows, macOS) this is a no-op that says so in the log: Windows
would need ``SetThreadExecutionState`` and macOS an IOKit power assertion,
neither reachable through Qt. With no session bus (tests, CI, a bare X
session) it degrades silently: a log line, never an error on screen.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
TIMEOUT_MS = 2000
CONNECTION = "mediakit-screensaver"


class ScreenSaverInhibitor(QObject):
    """``inhibit()`` while presenting, ``release()`` after; both safe to repeat."""

    changed = Signal(bool)  # whether the desktop granted the inhibition

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        address: str | None = None,
        application: str = "mediakit",
    ) -> None:
        super().__init__(parent)
        self._address = address  # a bus address (tests); None: the session bus
        self._bus: QDBusConnection | None = None
        self._application = application
        self._cookie: int | None = None
        self._wanted = False
        self._watchers: list[QDBusPendingCallWatcher] = []
        self._name = f"{CONNECTION}-{id(self):x}"  # ours alone: closing it frees the screen

    @property
    def active(self) -> bool:
        return self._cookie is not None

    def _connection(self) -> QDBusConnection | None:
        if sys.platform in ("win32", "darwin"):
            log.info("screensaver: not inhibited (no freedesktop D-Bus on %s)", sys.platform)
            return None
        if self._bus is None:
            self._bus = (
                QDBusConnection.connectToBus(self._address, self._name)
                if self._address is not None
                else QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, self._name)
            )
        bus = self._bus
        if not bus.isConnected():
            log.info("screensaver: no D-Bus session bus, the screen may blank while presenting")
            self.close()
            return None
        return bus

    def inhibit(self, reason: str = "Presenting a media kit") -> None:
        if self._wanted:
            return
        self._wanted = True
        bus = self._connection()
        if bus is None:
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        message.setArguments([self._application, reason])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, TIMEOUT_MS), self)
        watcher.finished.connect(lambda w=watcher: self._on_inhibited(w))
        self._watchers.append(watcher)

    def _on_inhibited(self, watcher: QDBusPendingCallWatcher) -> None:
        self._forget(watcher)
        if watcher.isError():
            log.info("screensaver: could not inhibit: %s", watcher.error().message())
            return
        arguments = watcher.reply().arguments()
        cookie = int(arguments[0]) if arguments else 0
        if self._wanted:
            self._cookie = cookie
            log.info("screensaver: inhibited (cookie %d)", cookie)
            self.changed.emit(True)
        else:  # released before the desktop answered: give it straight back
            self._uninhibit(cookie)

    def release(self) -> None:
        self._wanted = False
        if self._cookie is not None:
            cookie, self._cookie = self._cookie, None
            self._uninhibit(cookie)
            self.changed.emit(False)
        elif not self._watchers:
            self.close()

    def _uninhibit(self, cookie: int) -> None:
        bus = self._connection()
        if bus is None:
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "UnInhibit")
        message.setArguments([cookie])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, TIMEOUT_MS), self)
        watcher.finished.connect(lambda w=watcher: self._on_uninhibited(w))
        self._watchers.append(watcher)
        log.info("screensaver: released (cookie %d)", cookie)

    def _on_uninhibited(self, watcher: QDBusPendingCallWatcher) -> None:
        self._forget(watcher)
        if watcher.isError():
            log.info(
                "screensaver: UnInhibit refused (%s); leaving the bus", watcher.error().message()
            )
        if not self._wanted and not self._watchers:
            self.close()

    def close(self) -> None:
        """Leave the bus: the desktop drops whatever we still hold."""
        if self._bus is not None:
            QDBusConnection.disconnectFromBus(self._name)
            self._bus = None

    def _forget(self, watcher: QDBusPendingCallWatcher) -> None:
        if watcher in self._watchers:
            self._watchers.remove(watcher)
        watcher.deleteLater()
