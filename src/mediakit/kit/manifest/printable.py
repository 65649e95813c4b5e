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
from mediakit.kit.message import Message, Param
from mediakit.textsafety import escape_hidden


def printable(text: str) -> str:
    """``text`` with hidden characters (and tabs) written as escapes."""
    return escape_hidden(text).replace("\t", "\\t")


def printable_problem(problem: Problem, *, file: bool = True) -> Problem:
    """``problem`` with its message, field and (if ``file``) file made printable."""
    field = printable(problem.field) if problem.field is not None else None
    name = printable(problem.file) if file else problem.file
    message = printable_message(problem.message)
    if (name, message, field) == (problem.file, problem.message, problem.field):
        return problem
    return replace(problem, file=name, message=message, field=field)


def printable_message(message: Message) -> Message:
    """``message`` with every text parameter (nested ones too) made printable:
    the parameters carry what the kit holds; the templates are ours."""
    params = {name: _printable_param(value) for name, value in message.params.items()}
    return message if params == dict(message.params) else Message(message.template, params)


def _printable_param(value: Param) -> Param:
    if isinstance(value, Message):
        return printable_message(value)
    return printable(value) if isinstance(value, str) else value
