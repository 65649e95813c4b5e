"""The kit domain: the format, loading and checking a kit. No Qt below here.

``load(path)`` turns a kit folder into a :class:`Kit` (see :mod:`.model`) or
the problems that stop it, each placed ``FILE:LINE:COL: FIELD: message``.
"""

from __future__ import annotations

from mediakit.kit.loader import load
from mediakit.kit.model import Kit, LoadResult, Problem, Severity

__all__ = ["Kit", "LoadResult", "Problem", "Severity", "load"]
