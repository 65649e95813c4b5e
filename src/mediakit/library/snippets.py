"""A hit's snippet: a short window of the text around its first match, each
match between :data:`MARK_START` and :data:`MARK_END`.

Made here, not with FTS5's ``snippet()``: that function evaluates the whole
query again for every row it is asked about, some milliseconds a row for a
word found in thousands of rows, and a search box asks on every keystroke.
The words are found as the index finds them — letters and digits, case and
diacritics folded, each query word a prefix of a word of the text — on a
folded copy of the text that keeps every character's place, so the marks
fall on the text as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mediakit.textfold import fold_char

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"
BEFORE = 40  # characters of context before the first match, at most
WIDTH = 140  # characters of the window, about


class _Folding(dict[int, str]):
    """``str.translate`` table: each character to its base letter, lower case
    (``É`` → ``e``), or itself when folding would change the text's length."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = fold_char(char)
        if len(base) != 1:
            lower = char.lower()
            base = lower if len(lower) == 1 else char
        self[code] = base
        return base


_FOLD = _Folding()


def fold(text: str) -> str:
    """``text`` without case or diacritics, each character in its place."""
    return text.translate(_FOLD)


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(fold(word)) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*")


def snippet(text: str, words: tuple[str, ...]) -> str:
    """The window of ``text`` around the first word that starts with one of
    ``words``, matches marked, whitespace runs made one space."""
    spans = [m.span() for m in _pattern(words).finditer(fold(text))] if words else []
    first = spans[0][0] if spans else 0
    start = 0
    if first > BEFORE:
        space = text.find(" ", first - BEFORE, first)
        start = space + 1 if space >= 0 else first
    end = len(text)
    if end - start > WIDTH:
        space = text.rfind(" ", max(first, start + WIDTH // 2), start + WIDTH)
        end = space if space > first else start + WIDTH
    parts = [ELLIPSIS] if start > 0 else []
    at = start
    for begin, finish in spans:
        if begin >= end:
            break
        if begin < start:
            continue
        parts += [text[at:begin], MARK_START, text[begin : min(finish, end)], MARK_END]
        at = min(finish, end)
    parts.append(text[at:end])
    if end < len(text):
        parts.append(ELLIPSIS)
    return " ".join("".join(parts).split())
