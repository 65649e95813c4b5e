"""Typography of kit texts as shown, whatever surface shows them.

French puts a space before ``: ; ! ? »`` and after ``«``; a line must never
begin with the mark, so where the author typed a plain space it becomes a
no-break one, and guillemets typed tight (``«mot»``, as ``QLocale.quoteString``
gives them) get theirs. Other languages are left as written.
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"
_FRENCH_SPACES = re.compile(r"(?<=«) | (?=[:;!?»])")
# A guillemet with no space at all on its inner side (a narrow no-break one counts).
_TIGHT_OPENING = re.compile("«(?=[^ \u00a0\u202f])")
_TIGHT_CLOSING = re.compile("(?<=[^ \u00a0\u202f])»")


def typeset(text: str, language: str) -> str:
    """``text`` with the no-break spaces its language's typography asks for."""
    if language.lower().split("-")[0] != "fr":
        return text
    if "«" in text or "»" in text:
        text = _TIGHT_OPENING.sub("«" + NO_BREAK_SPACE, text)
        text = _TIGHT_CLOSING.sub(NO_BREAK_SPACE + "»", text)
    return _FRENCH_SPACES.sub(NO_BREAK_SPACE, text) if " " in text else text


COPYRIGHT_SIGN = "\N{COPYRIGHT SIGN}"


def credit_line(credit: str) -> str:
    """A still's credit as shown: "© " before it, unless it already has its ©."""
    if credit.lstrip().startswith(COPYRIGHT_SIGN):
        return credit
    return f"{COPYRIGHT_SIGN} {credit}"
