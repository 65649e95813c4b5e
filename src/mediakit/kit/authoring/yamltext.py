"""YAML scalars written so that the kit's reader reads back exactly the string given.

A value is written plain only when it cannot be taken for anything but a
string (it starts with a letter and holds only letters, digits, spaces and
``. _ - /``); anything else is double-quoted with escapes, so a caption with
``: ``, ``#``, quotes or a line break round-trips. Characters YAML does not
allow in a document (C0 and C1 controls but tab and line feed, U+FFFE/FFFF,
lone surrogates) are dropped: metadata carries such junk, a kit cannot.
"""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[^\W\d_][\w.\-/ ]*", re.UNICODE)
# Words a YAML reader (1.2 core or 1.1) could take for a boolean or null.
_RESERVED = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n"})
_NOT_ALLOWED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
    "\ufeff": "\\uFEFF",
}
_TO_ESCAPE = re.compile("|".join(re.escape(char) for char in _ESCAPES))


def clean(value: str) -> str:
    """``value`` without the characters a YAML document cannot hold."""
    return _NOT_ALLOWED.sub("", value)


def scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when unambiguous, else double-quoted."""
    value = clean(value)
    if _PLAIN.fullmatch(value) and not value.endswith(" ") and value.lower() not in _RESERVED:
        return value
    return '"' + _TO_ESCAPE.sub(lambda found: _ESCAPES[found.group()], value) + '"'


def flow_list(values: list[str]) -> str:
    """``[fr, en]``."""
    return "[" + ", ".join(scalar(value) for value in values) + "]"
