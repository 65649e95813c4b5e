"""Printing for the terminal: problems one per line, text made safe to show.

Kit text and file names come from strangers: control characters and bidi
overrides could rewrite what the terminal shows, so they are escaped.
"""

from __future__ import annotations

import sys
from typing import TextIO

from mediakit.catalog import translate
from mediakit.kit.manifest.model import Problem
from mediakit.textsafety import MAX_SHOWN_CHARS, shown

__all__ = ["MAX_SHOWN_CHARS", "fail", "print_problems", "safe"]


def safe(text: str) -> str:
    """``text`` with control and bidi-format characters escaped, long runs elided."""
    return shown(text)


def print_problems(
    problems: tuple[Problem, ...] | list[Problem], prefix: str, to: TextIO | None = None
) -> None:
    """Errors and warnings, one line each: to stderr unless ``to`` says otherwise —
    ``validate`` and ``verify`` print them on stdout, as linters do, since they
    are what those commands report; the others keep stdout for their result."""
    for problem in problems:
        kind = "" if problem.is_error else translate("cli", "warning: ")
        line = problem.format(prefix, translate=translate)  # the kit's words, ours translated
        print(safe(kind + line), file=sys.stderr if to is None else to)


def fail(message: str) -> None:
    """A message about the command itself, not the kit's content: always on stderr."""
    print(f"mediakit: {safe(message)}", file=sys.stderr)
