"""Waiting, inside Qt's event loop, for an offscreen window to settle.

The window says only whether it is ``busy()`` (a kit, a thumbnail on screen or
the poster still on its way), with no signal for "settled". Rather than poll
it on a timer, the wait asks each time Qt's event loop has run what was queued
and is about to sleep (``QAbstractEventDispatcher.aboutToBlock``): work that
ends in a worker wakes the loop with its result, so the answer is read right
after the event that changed it, and the loop sleeps otherwise. A second timer
ends the wait at the deadline. A stop signal recorded meanwhile
(:func:`mediakit.stopsignals.deferred`) wakes the loop through Python's signal
wake-up descriptor, ends it, and is raised once Qt has returned, never inside
one of its callbacks.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable, Iterator

from mediakit import stopsignals

SETTLE_TIMEOUT_S = 30.0


class NotSettledError(Exception):
    """The deadline passed with the window still busy: no picture is to be written."""

    def __init__(self, waited_s: float) -> None:
        super().__init__(f"still busy after {waited_s:g} s")
        self.waited_s = waited_s
        # What was not ready, as the caller can tell ("the poster was"): for its message.
        self.what: str | None = None


@contextlib.contextmanager
def _woken_by_signals(wake: Callable[[], None]) -> Iterator[None]:
    """Within the block, a signal calls ``wake`` from Qt's event loop, which it
    wakes: Python writes to a socket that a ``QSocketNotifier`` watches (only
    the main thread may set that up; elsewhere the wait has no such wake)."""
    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        previous = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread
        reader.close()
        writer.close()
        yield
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def readable() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        wake()

    notifier.activated.connect(readable)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous)
        reader.close()
        writer.close()


def wait_until_settled(busy: Callable[[], bool], timeout_s: float | None = None) -> None:
    """Return once ``busy()`` is False; NotSettledError at the deadline (default
    :data:`SETTLE_TIMEOUT_S`); :class:`mediakit.stopsignals.Interrupted` on a stop signal."""
    from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEventLoop, QTimer

    loop = QEventLoop()
    settled = False
    failure: BaseException | None = None

    def check() -> None:
        nonlocal settled, failure
        if settled or failure is not None:
            return
        try:  # an exception raised in a Qt callback would be printed and dropped
            settled = stopsignals.pending() is not None or not busy()
        except BaseException as error:  # raised again below, once Qt has returned
            failure = error
        if settled or failure is not None:
            loop.quit()

    timeout_s = SETTLE_TIMEOUT_S if timeout_s is None else timeout_s
    check()  # settled already: no loop at all
    if not settled and failure is None:
        dispatcher = QAbstractEventDispatcher.instance()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        with _woken_by_signals(check):
            dispatcher.aboutToBlock.connect(check)
            try:
                deadline.start(round(1000 * timeout_s))
                loop.exec()
            finally:
                dispatcher.aboutToBlock.disconnect(check)
                deadline.stop()
    QCoreApplication.processEvents()  # what settling queued (a last paint)
    stopsignals.check()
    if failure is not None:
        raise failure
    if not settled:
        raise NotSettledError(timeout_s)
