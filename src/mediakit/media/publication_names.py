"""Names of a publication export's files, and writing them without ever
replacing a file that is there.

A still is named ``<kit-id>_<NN>_<credit slug>.<ext>``: NN its place in the
kit (two digits, three when the kit has more than 99 stills), the slug its
credit in ASCII (diacritics folded, lower case, hyphens, at most
:data:`SLUG_CHARS`), ``uncredited`` without one.

A name already taken in the folder is never overwritten: the file gets the
next free ``-2``, ``-3`` … before its extension (no question asked: the same
rule on the command line and in the window, and the report says which name
each file got). The name is claimed with an exclusive create
(:func:`mediakit.safeio.claim_new`), then the data written whole or not at all
(:func:`mediakit.safeio.atomic_write`).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from pathlib import Path

from mediakit.safeio import atomic_write, claim_new

SLUG_CHARS = 48
UNCREDITED = "uncredited"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = SLUG_CHARS, empty: str = UNCREDITED) -> str:
    """``text`` as a file name part: ``Élodie Müller (AOC)`` → ``elodie-muller-aoc``."""
    folded = unicodedata.normalize("NFKD", text.replace("©", " "))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    words = _NOT_SLUG.sub("-", ascii_only).strip("-")
    if len(words) > limit:  # cut at a hyphen where there is one near the end
        cut = words[: limit + 1].rfind("-")
        words = words[: cut if cut > limit // 2 else limit].strip("-")
    return words or empty


def still_name(kit_id: str, number: int, count: int, credit: str, extension: str) -> str:
    """``roped_01_jane-doe.jpg``: ``number`` from 1, ``count`` the kit's stills."""
    digits = 3 if count > 99 else 2
    return f"{slug(kit_id, empty='kit')}_{number:0{digits}d}_{slug(credit)}{extension.lower()}"


def write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as a new file ``folder/name`` (or ``-N``); where it went."""
    target = claim_new(folder, name)
    try:
        with atomic_write(target) as pending:
            pending.file.write(data)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return target
