"""Lines of a YAML text by character index: where a line starts and ends, and
which lines above an entry are its comment."""

from __future__ import annotations

from dataclasses import dataclass

_BLANK = " \t\ufeff"


@dataclass(frozen=True)
class Lines:
    text: str

    def start(self, at: int) -> int:
        """Where the line holding ``at`` starts."""
        return max(self.text.rfind("\n", 0, at), self.text.rfind("\r", 0, at)) + 1

    def end(self, at: int) -> int:
        """Where the line holding ``at`` ends: at its line break, or the text's end."""
        text = self.text
        while at < len(text) and text[at] not in "\r\n":
            at += 1
        return at

    def after(self, at: int) -> int:
        """Just past the line break ending the line holding ``at``."""
        at = self.end(at)
        if self.text.startswith("\r\n", at):
            return at + 2
        return at + 1 if at < len(self.text) else at

    def previous(self, line_start: int) -> int:
        """Where the line before the one starting at ``line_start`` (> 0) starts."""
        crlf = self.text.startswith("\r\n", line_start - 2)
        return self.start(line_start - 2 if crlf else line_start - 1)

    def column(self, at: int) -> int:
        return at - self.start(at)

    def starts_line(self, at: int) -> bool:
        """Whether only blanks come before ``at`` on its line."""
        return not self.text[self.start(at) : at].strip(_BLANK)

    def rest(self, at: int) -> str:
        """The rest of the line after ``at`` (a comment, blanks, or nothing)."""
        return self.text[at : self.end(at)]

    def with_comment(self, at: int) -> int:
        """The start of the line of ``at``, or of the comment lines right above it at
        the same indentation: a comment written on an entry goes with it when it
        is deleted or moved, as it would read wrongly above whatever comes next.
        A comment from the first line of the file is its header and stays; so does
        one a blank line sets apart, which speaks of what follows as a whole."""
        start = self.start(at)
        column = at - start
        top = start
        while top > 0:
            above = self.previous(top)
            line = self.text[above : self.end(above)]
            indent = len(line) - len(line.lstrip(_BLANK))
            if not line.lstrip(_BLANK).startswith("#") or indent != column:
                break
            top = above
        if top == 0 and top != start:
            return start  # the file's header
        return top
