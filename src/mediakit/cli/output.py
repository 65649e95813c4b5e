"""Printing for the terminal: problems one per line, text made safe to show.

Kit text and file names come from strangers: control characters and bidi
overrides could rewrite what the terminal shows, so they are escaped.
"""

from __future__ import annotations

import sys
import unicodedata

from mediakit.kit.model import Problem

MAX_SHOWN_CHARS = 500


def safe(text: str) -> str:
    """``text`` with control and bidi-format characters escaped, long runs elided."""
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Zl", "Zp") and char != "\t":
            out.append(f"\\u{ord(char):04x}" if ord(char) > 0xFF else f"\\x{ord(char):02x}")
        else:
            out.append(char)
    shown = "".join(out)
    if len(shown) > MAX_SHOWN_CHARS:
        shown = shown[: MAX_SHOWN_CHARS - 1] + "…"
    return shown


def print_problems(problems: tuple[Problem, ...] | list[Problem], prefix: str) -> None:
    """Errors and warnings, one line each, to stderr (stdout stays for results)."""
    for problem in problems:
        kind = "" if problem.is_error else "warning: "
        print(safe(kind + problem.format(prefix)), file=sys.stderr)


def fail(message: str) -> None:
    print(f"mediakit: {safe(message)}", file=sys.stderr)
