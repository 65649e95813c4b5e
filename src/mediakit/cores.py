"""How many cores this process may use, without Qt: what the one thread pool
(:mod:`mediakit.tasks`) and the library's reading processes are sized to."""

from __future__ import annotations

import os


def cpu_count() -> int:
    """The cores this process may run on: what decoding work is sized to.

    ``os.process_cpu_count`` (Python 3.13+) honours the affinity mask and
    ``PYTHON_CPU_COUNT``; before it, ``sched_getaffinity`` where the platform
    has it (a container or ``taskset`` limits it), else every core of the machine.
    """
    counted = getattr(os, "process_cpu_count", None)
    if counted is not None:
        found: int | None = counted()
    elif hasattr(os, "sched_getaffinity"):
        found = len(os.sched_getaffinity(0))
    else:
        found = os.cpu_count()
    return max(1, found or 1)
