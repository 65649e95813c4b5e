"""Finding words in what the pages show: folding and matching, no Qt.

A text and the query are *folded* alike (:mod:`mediakit.textfold`: no case,
no accents, no compatibility forms; "René" is "rene"). Folding is done a character
at a time so that every folded character knows the character of the original
it came from: a match in the folded text is a span of the original, which
is what the pages highlight. Spans are in code points (Python's offsets).

A text is folded once (:class:`Folded`, cached by the caller for a kit and a
language), each distinct character once and the text in one ``translate``;
a query then costs one ``str.find`` loop per text.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from mediakit.textfold import fold, fold_char

CHUNK = 16_384  # characters folded in one call: a few milliseconds
MAX_MATCHES = 1000  # as browsers count: more is of no use to a reader, and costs highlighting


@dataclass(frozen=True)
class Folded:
    """``text`` folded; ``origin[i]`` is the offset in ``text`` of the folded
    character ``i`` (None: the text is ASCII, the offsets are the same)."""

    text: str
    folded: str
    origin: array[int] | None

    @classmethod
    def of(cls, text: str) -> Folded:
        if text.isascii():
            return cls(text, text.lower(), None)  # casefold is lower for ASCII
        # Each distinct character folded once; the text then translated, a
        # chunk at a time: a worker folding a long text lets the GUI thread
        # have the interpreter between chunks (one call would hold it throughout).
        chunks = [text[at : at + CHUNK] for at in range(0, len(text), CHUNK)]
        chars: set[str] = set()
        for chunk in chunks:
            chars.update(chunk)
        table = {ord(c): f for c in chars if (f := fold_char(c)) != c}
        folded = "".join(chunk.translate(table) for chunk in chunks)
        odd = "".join(chr(code) for code, f in table.items() if len(f) != 1)
        if not odd:  # one character for one: the offsets are the same
            return cls(text, folded, None)
        origin = array("l")
        at = 0
        for found in re.finditer(f"[{re.escape(odd)}]", text):
            offset = found.start()
            origin.extend(range(at, offset))
            origin.extend([offset] * len(table[ord(text[offset])]))
            at = offset + 1
        origin.extend(range(at, len(text)))
        return cls(text, folded, origin)

    def spans(self, query: str, limit: int = MAX_MATCHES) -> list[tuple[int, int]]:
        """Where the folded ``query`` occurs, as (start, end) offsets of :attr:`text`,
        not overlapping, first to last; at most ``limit`` of them."""
        found: list[tuple[int, int]] = []
        if not query:
            return found
        at = self.folded.find(query)
        while at >= 0 and len(found) < limit:
            end = at + len(query)
            if self.origin is None:
                found.append((at, end))
            else:
                found.append((self.origin[at], self._end(end)))
            at = self.folded.find(query, end)
        return found

    def _end(self, end: int) -> int:
        """The offset in :attr:`text` after folded character ``end - 1``, with the
        marks that folded to nothing after it ("e" + U+0301 is found whole)."""
        assert self.origin is not None
        last = self.origin[end - 1]
        if end < len(self.origin):
            after = self.origin[end]
            return after if after > last else last + 1
        return len(self.text)


@dataclass(frozen=True)
class Match:
    """One match: in section ``section``, passage ``passage`` of that page's
    passages, ``text[start:end]`` of that passage."""

    section: str
    passage: int
    start: int
    end: int


def fold_sections(sections: Sequence[tuple[str, Sequence[str]]]) -> list[tuple[str, list[Folded]]]:
    """Each section's passages folded (in a worker: plain strings in, plain data out)."""
    return [(name, [Folded.of(text) for text in texts]) for name, texts in sections]


def find_matches(
    sections: Sequence[tuple[str, Sequence[Folded]]], query: str, limit: int = MAX_MATCHES
) -> list[Match]:
    """Every match of ``query`` (as typed; folded here) in ``sections`` — (name,
    folded passages) in the window's order — in section order, then passage
    order, then position; at most ``limit``. Blank queries match nothing."""
    wanted = fold(query)
    if not wanted.strip():
        return []
    found: list[Match] = []
    for name, passages in sections:
        for index, passage in enumerate(passages):
            for start, end in passage.spans(wanted, limit - len(found)):
                found.append(Match(name, index, start, end))
            if len(found) >= limit:
                return found
    return found


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Code point offsets of ``text`` → UTF-16 offsets (Qt's): a character past
    U+FFFF is two UTF-16 units. Found once for the text, then a bisection."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)


def utf16_offset(text: str, offset: int) -> int:
    """The UTF-16 offset (Qt's) of code point ``offset`` of ``text``."""
    return Utf16Offsets(text[:offset])(offset)
