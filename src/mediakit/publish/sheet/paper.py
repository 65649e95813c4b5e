"""Which paper the sheet is made for.

Paper: A4 unless asked, or unless the locale's territory is one of those that
print on US Letter (CLDR's ``paperSize`` "US" territories). The locale is read
as the C library reads LC_PAPER — ``LC_ALL``, then ``LC_PAPER``, then ``LANG``
— so ``LC_PAPER=en_US.UTF-8`` on a French desktop gives Letter. No Qt: the
command decides before Qt loads.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")

# CLDR supplementalData paperData, type "US-Letter".
LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)


def default_paper(environ: Mapping[str, str] = os.environ) -> Paper:
    """``letter`` when the paper locale's territory prints on it, else ``a4``."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = environ.get(variable, "")
        if value:
            territory = value.partition(".")[0].partition("@")[0].partition("_")[2]
            return "letter" if territory.upper() in LETTER_TERRITORIES else "a4"
    return "a4"
