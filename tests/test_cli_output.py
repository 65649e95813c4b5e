"""Text from a kit is made safe before it reaches a terminal."""

from __future__ import annotations

from mediakit.cli.output import MAX_SHOWN_CHARS, safe


def test_control_and_bidi_characters_are_escaped() -> None:
    assert safe("evil\x1b[2Jname") == "evil\\x1b[2Jname"
    assert safe("abc\u202edcba") == "abc\\u202edcba"
    assert safe("line\nbreak") == "line\\x0abreak"


def test_ordinary_unicode_is_kept() -> None:
    assert safe("Court-métrage « ROPED » 日本") == "Court-métrage « ROPED » 日本"


def test_long_names_are_elided() -> None:
    shown = safe("x" * 5000)
    assert len(shown) == MAX_SHOWN_CHARS and shown.endswith("…")
