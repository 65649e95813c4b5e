"""How counts, sizes and durations read, the same in the window and the CLI."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """``1 file``, ``3 files``."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def human_size(count: float) -> str:
    """``5.1 MiB``, ``4 MiB``, ``1,000 bytes``: the one way a size reads, in messages too."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{int(count):,} bytes"


def format_time(ms: int) -> str:
    """A film time: ``1:05``, or ``1:02:05`` past the hour."""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
