"""Text folded for finding words: no case, no accents, no compatibility forms.

"René" is "rene", "ß" is "ss", a no-break space is a space, "ﬁ" is "fi". One
definition for every search of ours — find in a kit, the library's snippets,
the library's reading of credit roles — so that they all agree on what
matches. No Qt: the library and the kit domain's neighbours use it too.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """What ``char`` is for finding (maybe several characters, maybe none)."""
    decomposed = unicodedata.normalize("NFKD", char).casefold()
    # Case folding can bring combining marks back ("İ" → "i̇"): decompose again.
    decomposed = unicodedata.normalize("NFKD", decomposed)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """``text`` folded, a character at a time."""
    return "".join(map(fold_char, text))
