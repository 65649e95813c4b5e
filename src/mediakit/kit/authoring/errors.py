"""The one error of editing: the edit cannot be made, and the text is left as it was."""

from __future__ import annotations

from mediakit.kit.message import Message


class DocumentError(Exception):
    """Why a text cannot be edited (or an edit made); ``line``/``column`` count from 1
    when the reason has a place in the text."""

    def __init__(self, message: Message, line: int | None = None, column: int | None = None):
        super().__init__(str(message) if line is None else f"{line}:{column}: {message}")
        self.message = message
        self.line = line
        self.column = column
