"""Typography of kit texts as shown, whatever surface shows them.

French puts a space before ``: ; ! ? »`` and after ``«``; a line must never
begin with the mark, so where the author typed a plain space it becomes a
no-break one. Other languages are left as written.
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"
_FRENCH_SPACES = re.compile(r"(?<=«) | (?=[:;!?»])")


def typeset(text: str, language: str) -> str:
    """``text`` with the no-break spaces its language's typography asks for."""
    if language.lower().split("-")[0] != "fr" or " " not in text:
        return text
    return _FRENCH_SPACES.sub(NO_BREAK_SPACE, text)


COPYRIGHT_SIGN = "\N{COPYRIGHT SIGN}"


def credit_line(credit: str) -> str:
    """A still's credit as shown: "© " before it, unless it already has its ©."""
    if credit.lstrip().startswith(COPYRIGHT_SIGN):
        return credit
    return f"{COPYRIGHT_SIGN} {credit}"
