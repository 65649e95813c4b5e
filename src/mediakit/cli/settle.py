"""Waiting, inside Qt's event loop, for an offscreen window to settle.

The window says only whether it is ``busy()`` (a kit, a thumbnail or the
poster still on its way), with no signal for "settled": a timer polls it
inside a :class:`QEventLoop`, which runs Qt's work in between without
sleeping, and a second timer ends the wait at the deadline. A stop signal
recorded meanwhile (:func:`mediakit.stopsignals.deferred`) ends the loop too
and is raised once Qt has returned, never inside one of its callbacks.
"""

from __future__ import annotations

from collections.abc import Callable

from mediakit import stopsignals

SETTLE_TIMEOUT_S = 30.0
POLL_MS = 10


class NotSettledError(Exception):
    """The deadline passed with the window still busy: no picture is to be written."""

    def __init__(self, waited_s: float) -> None:
        super().__init__(f"still busy after {waited_s:g} s")
        self.waited_s = waited_s


def wait_until_settled(busy: Callable[[], bool], timeout_s: float | None = None) -> None:
    """Return once ``busy()`` is False; NotSettledError at the deadline (default
    :data:`SETTLE_TIMEOUT_S`); :class:`mediakit.stopsignals.Interrupted` on a stop signal."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    loop = QEventLoop()
    settled = False
    failure: BaseException | None = None

    def poll() -> None:
        nonlocal settled, failure
        try:  # an exception raised in a Qt callback would be printed and dropped
            settled = stopsignals.pending() is not None or not busy()
        except BaseException as error:  # raised again below, once Qt has returned
            failure = error
        if settled or failure is not None:
            loop.quit()

    timeout_s = SETTLE_TIMEOUT_S if timeout_s is None else timeout_s
    poller = QTimer()
    poller.setInterval(POLL_MS)
    poller.timeout.connect(poll)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll()  # settled already: no loop at all
    if not settled and failure is None:
        poller.start()
        deadline.start(round(1000 * timeout_s))
        loop.exec()
        poller.stop()
        deadline.stop()
    QCoreApplication.processEvents()  # what settling queued (a last paint)
    stopsignals.check()
    if failure is not None:
        raise failure
    if not settled:
        raise NotSettledError(timeout_s)
