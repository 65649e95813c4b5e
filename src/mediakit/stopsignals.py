"""Ctrl+C, SIGTERM and SIGHUP: stop cleanly, whatever is running.

By default (:func:`raise_on_signals`) a signal raises :class:`Interrupted` in
the main thread, which unwinds every ``finally`` — half-written files are
removed — up to the command line's boundary, which exits 128 + the signal.

While Qt has control that would not work: PySide reports and drops an
exception raised inside a Qt callback, so the command would go on (a
snapshot written after Ctrl+C). Inside :func:`deferred` a signal is only
recorded; loops that hand control to Qt call :func:`check` on each turn, and
an event loop polls :func:`pending` with a timer.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

_NAMES = ("SIGINT", "SIGTERM", "SIGHUP")
_pending: list[int] = []


class Interrupted(BaseException):
    """A signal asked the program to stop; ``code`` is the exit status to give."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.code = 128 + signum


def _numbers() -> list[int]:
    return [number for name in _NAMES if (number := getattr(signal, name, None)) is not None]


def _raise(signum: int, _frame: FrameType | None) -> None:
    _pending.append(signum)
    raise Interrupted(signum)


def _record(signum: int, _frame: FrameType | None) -> None:
    _pending.append(signum)


def raise_on_signals() -> None:
    """Each stop signal raises :class:`Interrupted` in the main thread."""
    for number in _numbers():
        signal.signal(number, _raise)


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Within the block stop signals are only recorded (see the module)."""
    previous = {number: signal.getsignal(number) for number in _numbers()}
    for number in previous:
        signal.signal(number, _record)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        check()


def pending() -> int | None:
    """The first stop signal received, if any."""
    return _pending[0] if _pending else None


def check() -> None:
    """Raise :class:`Interrupted` if a stop signal came."""
    if _pending:
        raise Interrupted(_pending[0])
