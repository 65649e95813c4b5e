"""How long Qt would keep the window frozen laying a kit text out as
markdown — estimated in Python, before Qt is given the text.

Qt parses and lays out markdown on the GUI thread, and some shapes cost far
more than their size says: a run of letters with no break in it (each wrapped
line rescans the rest of the run: the square of its length), a table (laid
out whole, cell by cell), dense emphasis, links or entities (each one a new
format to parse and shape), text that changes script at every letter (each
change shaped apart), many short blocks. The estimate adds unit costs measured
on a 2-core machine (bench/text_layout.py) for what Python counts quickly, and
errs high: a text over the budget is shown plain rather than formatted.

No Qt here, and every count is a pass in C (str.count, re, split) or a loop
over at most a few thousand lines: estimating a 2 MiB text takes milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The longest the window may stay frozen on a formatted text (parse and one
# full layout: what a resize scrolled to the end costs; showing costs less).
BUDGET_MS = 200.0

# Microseconds, measured in the page (parse, paragraph spacing and layout).
CHAR_US = 0.75  # any character
NON_ASCII_US = 3.0  # more for a character outside ASCII (shaping, fallback fonts)
SCRIPT_RUN_US = 10.0  # each run of one script (a new item to itemize and shape)
MARKUP_US = 15.0  # each markup character: emphasis, code, link, entity, escape
BLOCK_US = 30.0  # each line or list marker (a block to create, space and lay out)
TABLE_CELL_US = 250.0  # each table cell (a table is laid out at once, twice on a resize)
RUN_SQUARED_US = 2e-4  # times the square of each run with no break opportunity

_MARKUP = "*_`[]&~<\\"
_LIST_MARKERS = ("- ", "* ", "+ ", ". ", ") ", "-\t", "*\t", "+\t", ".\t", ")\t")
# Only ASCII whitespace counts as a break: no-break spaces, word joiners and
# zero-width marks do not break, and treating none of them as breaks errs high.
_BREAKS = re.compile(r"[ \t\n\r]+")
_RUN_FLOOR = 64  # shorter runs cost nothing worth counting

# Scripts, by Unicode block, that Qt shapes as one item however long the run:
# characters of another script, or of none listed, start a new run each.
_NEUTRAL = (
    "\x00-\x40\x5b-\x60\x7b-\xbf\xd7\xf7\u0300-\u036f\u2000-\u206f\u20d0-\u20ff"
    "\u3000-\u303f\ufe00-\ufe0f\ufe20-\ufe2f\ufeff"
)
_SCRIPTS = (
    # Latin
    "A-Za-z\xaa\xba\xc0-\xd6\xd8-\xf6\xf8-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff"
    "\uab30-\uab6f\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a",
    "\u0370-\u03ff\u1f00-\u1fff",  # Greek
    "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",  # Cyrillic
    "\u0530-\u058f",  # Armenian
    "\u0590-\u05ff\ufb1d-\ufb4f",  # Hebrew
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdcf\ufdf0-\ufdff\ufe70-\ufefe",  # Arabic
    "\u0700-\u074f",  # Syriac
    "\u0780-\u07bf",  # Thaana
    *(f"{chr(block)}-{chr(block + 0x7F)}" for block in range(0x0900, 0x0E00, 0x80)),  # Indic
    "\u0e00-\u0e7f",  # Thai
    "\u0e80-\u0eff",  # Lao
    "\u0f00-\u0fff",  # Tibetan
    "\u1000-\u109f",  # Myanmar
    "\u10a0-\u10ff\u2d00-\u2d2f",  # Georgian
    "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff",  # Hangul
    "\u1200-\u139f",  # Ethiopic
    "\u1780-\u17ff",  # Khmer
    # Han, kana and fullwidth forms: one font, measured as one run
    "\u2e80-\u2fdf\u3040-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff00-\uff20\uff3b-\uff40\uff5b-\uffef\U00020000-\U0003ffff",
)
_SCRIPT_RUN = re.compile(
    "|".join(f"[{chars}][{chars}{_NEUTRAL}]*" for chars in _SCRIPTS) + f"|[{_NEUTRAL}]+|.",
    re.DOTALL,
)


@dataclass(frozen=True)
class LayoutCost:
    """Estimated milliseconds of frozen window, and what weighs most in it."""

    ms: float
    worst: str

    @property
    def too_costly(self) -> bool:
        return self.ms > BUDGET_MS


def markdown_cost(text: str) -> LayoutCost:
    """The estimated cost of showing ``text`` as markdown in a page."""
    # Cheap counts first: past the budget on them alone, nothing else is scanned.
    parts = {"size": len(text) * CHAR_US}
    if _total(parts) <= BUDGET_MS:
        parts["lines"] = (text.count("\n") + sum(map(text.count, _LIST_MARKERS))) * BLOCK_US
        parts["markup"] = sum(map(text.count, _MARKUP)) * MARKUP_US
        parts["scripts"] = (len(text) - len(text.encode("ascii", "ignore"))) * NON_ASCII_US
    if _total(parts) <= BUDGET_MS:
        # Now the text is short and has few lines: the slower counts stay quick.
        parts["scripts"] += _script_runs(text) * SCRIPT_RUN_US
        parts["run"] = _squared_runs(text) * RUN_SQUARED_US
        parts["table"] = table_cells(text) * TABLE_CELL_US
    return LayoutCost(_total(parts), max(parts, key=parts.__getitem__))


def too_costly_for_markdown(text: str) -> bool:
    return markdown_cost(text).too_costly


def _total(parts: dict[str, float]) -> float:
    return sum(parts.values()) / 1000


def _script_runs(text: str) -> int:
    return _SCRIPT_RUN.subn("", text)[1]


def _squared_runs(text: str) -> int:
    return sum(n * n for n in map(len, _BREAKS.split(text)) if n >= _RUN_FLOOR)


def table_cells(text: str) -> int:
    """Cells of every table, counted high: a line that could be a table's
    delimiter row (``|---|:--:|``, maybe in a quote) gives its columns to the
    line above it (the header) and to every line below it in its paragraph."""
    cells = 0
    rows_below = 0  # non-blank lines after the current one, within its paragraph
    for line in reversed(text.split("\n")):
        if not line.strip(" \t\r"):
            rows_below = 0
            continue
        if "-" in line and not line.strip(" \t>|:-"):
            columns = sum("-" in cell for cell in line.split("|"))
            cells += columns * (rows_below + 1)
        rows_below += 1
    return cells
