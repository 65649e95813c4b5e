"""Where the command line meets the system: the one error boundary.

Every command runs inside :func:`guarded`. Whatever escapes it becomes a
message and an exit code, never a traceback: an ``OSError`` names its file
and reason; a closed pipe (``mediakit info --json | head``) ends the command
silently, as it ends ``cat``; Ctrl+C, SIGTERM and SIGHUP (:mod:`mediakit.stopsignals`) unwind
through every ``finally`` (so half-written files are removed) and exit
128 + the signal.
A bug of ours prints one line (``MEDIAKIT_DEBUG=1`` lets the traceback
through) and exits 70. Output that the terminal's encoding cannot hold is written with escapes
rather than failing.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, interrupted
from mediakit.cli.output import fail
from mediakit.stopsignals import Interrupted


def _safe_streams() -> None:
    """An ASCII or Latin-1 terminal gets ``\\u2014`` for a dash instead of an error."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that Python's own flush
    at exit has nowhere to fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


class OutputError(OSError):
    """Writing to stdout failed (a full disk, an I/O error): not a file of the kit."""


class _Output:
    """stdout, with its failures told apart from those of the files we read."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def _guard(self, action: Callable[[], object]) -> object:
        try:
            return action()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror or str(exc)) from None

    def write(self, text: str) -> int:
        written = self._guard(lambda: self._stream.write(text))
        return written if isinstance(written, int) else len(text)

    def flush(self) -> None:
        self._guard(self._stream.flush)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _exit_code(result: list[int]) -> Iterator[None]:
    try:
        yield
        sys.stdout.flush()  # inside the boundary: a full disk or a closed pipe is caught
    except Interrupted as stop:
        result[0] = stop.code
    except KeyboardInterrupt:
        result[0] = interrupted(signal.SIGINT)
    except BrokenPipeError:
        _silence_stdout()
        result[0] = interrupted(getattr(signal, "SIGPIPE", 13))
    except OSError as exc:
        if isinstance(exc, OutputError):
            fail(translate("cli", "cannot write the output: {reason}").format(reason=exc.strerror))
        elif exc.filename:
            fail(f"{exc.filename}: {exc.strerror or exc}")
        else:
            fail(exc.strerror or str(exc))
        _silence_stdout()  # what stdout still holds cannot be written either
        result[0] = ExitStatus.PROBLEMS
    except Exception as exc:  # a bug of ours: one line, the traceback only on request
        if os.environ.get("MEDIAKIT_DEBUG"):
            raise
        bug = translate("cli", "internal error ({error}); MEDIAKIT_DEBUG=1 shows where")
        fail(bug.format(error=f"{type(exc).__name__}: {exc}"))
        result[0] = ExitStatus.SOFTWARE


def guarded(command: Callable[[], int]) -> int:
    """``command()``'s exit code, or the one its failure calls for (see the module)."""
    _safe_streams()
    stdout = sys.stdout
    sys.stdout = _Output(stdout)
    result: list[int] = [ExitStatus.PROBLEMS]
    try:
        with _exit_code(result):
            result[0] = command()
    finally:
        sys.stdout = stdout
    return result[0]
