"""Text from a kit is made safe before it reaches a terminal or a label."""

from __future__ import annotations

from mediakit.cli.output import safe
from mediakit.textsafety import MAX_NAME_CHARS, MAX_SHOWN_CHARS, shown_name


def test_control_and_bidi_characters_are_escaped() -> None:
    assert safe("evil\x1b[2Jname") == "evil\\x1b[2Jname"
    assert safe("abc\u202edcba") == "abc\\u202edcba"
    assert safe("line\nbreak") == "line\\x0abreak"
    assert safe("zero\u200bwidth\u2028sep") == "zero\\u200bwidth\\u2028sep"


def test_ordinary_unicode_is_kept() -> None:
    assert safe("Court-métrage « ROPED » 日本\tok") == "Court-métrage « ROPED » 日本\tok"


def test_long_text_is_elided_in_the_middle() -> None:
    shown = safe("a" * 3000 + "END")
    assert len(shown) == MAX_SHOWN_CHARS and "…" in shown and shown.endswith("END")


def test_long_file_names_keep_their_start_and_extension() -> None:
    name = "stills/" + "x" * 400 + "\u202egpj.exe"
    shown = shown_name(name)
    assert len(shown) == MAX_NAME_CHARS
    assert shown.startswith("stills/xxx") and shown.endswith("\\u202egpj.exe")
