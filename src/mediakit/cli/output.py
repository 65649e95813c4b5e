"""Printing for the terminal: problems one per line, text made safe to show.

Kit text and file names come from strangers: control characters and bidi
overrides could rewrite what the terminal shows, so they are escaped.
"""

from __future__ import annotations

import sys

from mediakit.kit.model import Problem
from mediakit.textsafety import MAX_SHOWN_CHARS, shown

__all__ = ["MAX_SHOWN_CHARS", "fail", "print_problems", "safe"]


def safe(text: str) -> str:
    """``text`` with control and bidi-format characters escaped, long runs elided."""
    return shown(text)


def print_problems(problems: tuple[Problem, ...] | list[Problem], prefix: str) -> None:
    """Errors and warnings, one line each, to stderr (stdout stays for results)."""
    for problem in problems:
        kind = "" if problem.is_error else "warning: "
        print(safe(kind + problem.format(prefix)), file=sys.stderr)


def fail(message: str) -> None:
    print(f"mediakit: {safe(message)}", file=sys.stderr)
