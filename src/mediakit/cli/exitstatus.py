"""How a command ends: the exit statuses of the kit format's contract, defined once.

``128 + N`` for signal N is not a member: :func:`interrupted` computes it
where a signal is met (:class:`mediakit.stopsignals.Interrupted` carries it).
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0  # done (warnings may have been printed)
    PROBLEMS = 1  # the kit or archive has problems, or the output could not be written
    USAGE = 2  # the command line is wrong, PATH cannot be reached, or there is no display
    SOFTWARE = 70  # a bug of ours (sysexits.h: EX_SOFTWARE)


def interrupted(signum: int) -> int:
    """The status of a command that signal ``signum`` stopped: 130 for Ctrl+C, as shells say."""
    return 128 + signum


class UsageError(Exception):
    """The command line asks for what cannot be (``--lang de`` for a kit without
    German): its message is printed and the command ends with USAGE."""
