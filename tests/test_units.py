"""Counts, sizes and durations read the same everywhere."""

from __future__ import annotations

from mediakit.units import format_time, human_size, plural


def test_plural() -> None:
    assert plural(1, "file") == "1 file"
    assert plural(0, "still") == "0 stills"
    assert plural(10_000, "quote") == "10,000 quotes"


def test_human_size_uses_binary_units() -> None:
    assert human_size(812) == "812 bytes"
    assert human_size(5.1 * (1 << 20)) == "5.1 MiB"
    assert human_size(2 * (1 << 30)) == "2 GiB"


def test_format_time_past_the_hour() -> None:
    assert format_time(61_000) == "1:01"
    assert format_time(3_723_000) == "1:02:03"
    assert format_time(-5) == "0:00"
