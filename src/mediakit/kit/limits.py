"""How much a kit may hold before we refuse it.

Each limit is above the format's minimums (kit-format.md, "Limits") and is
named in the message that refuses it, so the kit's author knows which one.
"""

from __future__ import annotations

MIB = 1024 * 1024

MANIFEST_BYTES = 4 * MIB  # the format asks for at least 1 MiB
NESTING_DEPTH = 64  # at least 32
ALIAS_NODES = 1_000_000  # at least 100,000 once aliases are expanded
LIST_ITEMS = 10_000  # at least 1,000 stills, credits, quotes or slides
TEXT_FILE_BYTES = 2 * MIB  # at least 1 MiB per text


def describe_bytes(count: int) -> str:
    """``4 MiB`` for messages."""
    if count % MIB == 0:
        return f"{count // MIB} MiB"
    return f"{count:,} bytes"
