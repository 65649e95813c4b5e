"""Problems made printable: one line, no raw control, bidi or surrogate character.

Messages quote what a kit holds (keys, values, file and entry names); a
stranger's ``\\n`` or U+202E must not split a problem over two lines or turn
the terminal's text around. Escaping here, where problems leave the loader
and the archive reader, keeps ``Problem.format()`` one clean line for every
caller (the CLI, the window, the logs); it is idempotent.
"""

from __future__ import annotations

from dataclasses import replace

from mediakit.kit.manifest.model import Problem
from mediakit.textsafety import escape_hidden


def printable(text: str) -> str:
    """``text`` with hidden characters (and tabs) written as escapes."""
    return escape_hidden(text).replace("\t", "\\t")


def printable_problem(problem: Problem, *, file: bool = True) -> Problem:
    """``problem`` with its message, field and (if ``file``) file made printable."""
    field = printable(problem.field) if problem.field is not None else None
    name = printable(problem.file) if file else problem.file
    message = printable(problem.message)
    if (name, message, field) == (problem.file, problem.message, problem.field):
        return problem
    return replace(problem, file=name, message=message, field=field)
