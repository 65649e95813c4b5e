"""Field paths as problems print them: ``title``, ``logline.en``,
``credits[2].names[0]``, ``x-agency.note`` — to steps and back.

A key is any run of characters but ``.``, ``[`` and ``]`` (the loader writes
keys as they are, so a key holding one of them cannot be named: none of the
format's can); an index is written ``[N]`` with N from 0.
"""

from __future__ import annotations

from mediakit.kit.message import Message
from mediakit.kit.problems import authoring as say

Step = str | int
Steps = tuple[Step, ...]


class FieldPathError(ValueError):
    """``path`` is not a field path; ``message`` says what is wrong and where."""

    def __init__(self, path: str, message: Message) -> None:
        super().__init__(f"{path!r}: {message}")
        self.path = path
        self.message = message


def parse_path(path: str) -> Steps:
    """``credits[2].names[0]`` → ``("credits", 2, "names", 0)``; FieldPathError if malformed."""
    if not path:
        raise FieldPathError(path, say.PATH_EMPTY())
    steps: list[Step] = []
    at, end = 0, len(path)
    while at < end:
        if path[at] == "[":
            close = path.find("]", at)
            digits = path[at + 1 : close] if close > 0 else path[at + 1 :]
            if close < 0 or not digits.isascii() or not digits.isdigit():
                raise FieldPathError(path, say.PATH_BAD_INDEX(position=at + 1, text=digits))
            steps.append(int(digits))
            at = close + 1
        else:
            if steps:  # after a key or an index, a key needs its '.'
                if path[at] != ".":
                    raise FieldPathError(path, say.PATH_UNEXPECTED(char=path[at], position=at + 1))
                at += 1
            start = at
            while at < end and path[at] not in ".[]":
                at += 1
            if at == start:
                if at < end and path[at] == "]":
                    raise FieldPathError(path, say.PATH_UNEXPECTED(char="]", position=at + 1))
                raise FieldPathError(path, say.PATH_EMPTY_KEY(position=at + 1))
            steps.append(path[start:at])
    if isinstance(steps[0], int):
        raise FieldPathError(path, say.PATH_EMPTY_KEY(position=1))
    return tuple(steps)


def format_path(steps: Steps) -> str:
    """``("credits", 2, "names")`` → ``credits[2].names``, as problems write fields."""
    text = ""
    for step in steps:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else step
    return text
