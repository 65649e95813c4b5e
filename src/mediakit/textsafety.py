"""Text from a kit made safe to show, in the terminal and in the window.

Kit text and file names come from strangers. Control characters and bidi
overrides (U+202E…) could rewrite what a terminal or a label shows — a file
named ``photo\u202egpj.exe`` reading as ``photoexe.jpg`` — so they are shown
escaped; a name of hundreds of characters is elided in the middle, where
its start and its extension both stay visible. No Qt here: the CLI uses it too.
"""

from __future__ import annotations

import unicodedata

MAX_SHOWN_CHARS = 500
MAX_NAME_CHARS = 120

# Control, format (bidi overrides, zero-width), line and paragraph separators.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def escape_hidden(text: str) -> str:
    """``text`` with every invisible or direction-changing character written as an escape."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char != "\t" and unicodedata.category(char) in _HIDDEN_CATEGORIES:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def elide_middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    keep = limit - 1
    return text[: keep - keep // 3] + "…" + text[len(text) - keep // 3 :]


def shown(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """A line of kit-derived text as it may be shown: escaped, then elided."""
    return elide_middle(escape_hidden(text), limit)


def shown_name(name: str) -> str:
    """A file name or path as it may be shown in a list, a title or a tooltip."""
    return shown(name, MAX_NAME_CHARS)
