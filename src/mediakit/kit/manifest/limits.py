"""How much a kit may hold before we refuse it.

Each limit is above the format's minimums (kit-format.md, "Limits") and is
named in the message that refuses it, so the kit's author knows which one.
"""

from __future__ import annotations

MIB = 1024 * 1024

MANIFEST_BYTES = 4 * MIB  # the format asks for at least 1 MiB
NESTING_DEPTH = 64  # at least 32
ALIAS_NODES = 1_000_000  # at least 100,000 once aliases are expanded
LIST_ITEMS = 10_000  # at least 1,000 stills, credits, quotes, people, awards or slides
TEXT_BYTES = 2 * MIB  # at least 1 MiB per text, written inline or in a {file: x.md}
TEXT_FILE_BYTES = TEXT_BYTES


def text_too_long(text: str) -> bool:
    """More than TEXT_BYTES once encoded as UTF-8 (encoding only when it may be)."""
    if len(text) <= TEXT_BYTES // 4:
        return False
    return len(text) > TEXT_BYTES or len(text.encode("utf-8", "surrogatepass")) > TEXT_BYTES
