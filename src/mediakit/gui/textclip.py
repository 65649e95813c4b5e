"""Kit text cut down to what a label or a slide can lay out quickly.

A kit's title, logline, quote or caption may be 2 MiB. A word-wrapped label
lays its text out several times to find its height (about 10 µs a character:
seconds for a long one), and a slide lays out every page of its text before
the first is shown. Far longer than any real one, these bounds only ever cut
a hostile text, and say so with an ellipsis.
"""

from __future__ import annotations

import re

LABEL_CHARS = 3000  # a long quote or a crew list is under 2,000
LABEL_LINES = 200  # each line of a label is laid out apart; a cast list is under 100
ELLIPSIS = "…"
# A break opportunity that shows nothing, for slides' runs longer than a line.
_INVISIBLE_BREAK = "\u200b"
_RUN = re.compile(r"[^ \t\n\r\u2028\u2029\u200b]+")


def clipped(text: str, limit: int, lines: int | None = None) -> str:
    """``text`` if it is at most ``limit`` characters (and ``lines`` lines), else
    its start, cut after a word when one ends near the limit, and an ellipsis."""
    if lines is not None:
        end = -1
        for _ in range(lines):
            end = text.find("\n", end + 1)
            if end < 0:
                break
        else:
            limit = min(limit, end + len(ELLIPSIS))
    if len(text) <= limit:
        return text
    keep = limit - len(ELLIPSIS)
    space = text.rfind(" ", keep - keep // 10, keep)
    return text[: space if space > 0 else keep].rstrip() + ELLIPSIS


def label_text(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` as a label may show it: at most ``limit`` characters and LABEL_LINES lines."""
    return clipped(text, limit, LABEL_LINES)


def breakable(text: str, longest: int) -> str:
    """``text`` with an invisible break after every ``longest`` characters of a
    run that has none: a line can end there instead of running off the slide."""

    def cut(match: re.Match[str]) -> str:
        run = match.group()
        if len(run) <= longest:
            return run
        return _INVISIBLE_BREAK.join(run[i : i + longest] for i in range(0, len(run), longest))

    return _RUN.sub(cut, text) if len(text) > longest else text
