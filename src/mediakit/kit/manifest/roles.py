"""Which credits are the film's direction, read from their roles' words.

The library (a tile's makers) and the web press page (schema.org's
``director``) both need it; the rule lives here, with the kit model, so that
neither has to import the other.
"""

from __future__ import annotations

import re

from mediakit.kit.manifest.model import Kit, Text
from mediakit.textfold import fold

# A credit's role that names the film's makers: any of these words (case and
# diacritics folded), unless a word says whose direction it is (photography, art…).
DIRECTION_WORDS = frozenset({
    "realisation", "realisateur", "realisatrice", "realisateurs", "realisatrices",
    "director", "directors", "directed", "direction", "regie", "regisseur", "regisseurin",
    "regisseure", "direccion", "directora", "directoras", "directores", "dirigida",
    "dirigido", "regia", "regista", "registi",
})  # fmt: skip
NOT_DIRECTION_WORDS = frozenset({
    "photography", "photographie", "photo", "image", "fotografia", "art", "artistique",
    "artistic", "arte", "artistica", "casting", "music", "musique", "musical", "musicale",
    "musica", "production", "produccion", "produzione", "technical", "technique", "tecnica",
    "assistant", "assistante", "assistente", "ayudante", "aiuto", "assistenz", "sound",
    "son", "sonido", "suono", "ton", "second", "premier", "first",
})  # fmt: skip
_FOLD_WORD = re.compile(r"[^\W_]+")


def _folded_words(text: str) -> set[str]:
    return set(_FOLD_WORD.findall(fold(text)))


def is_direction(role: Text) -> bool:
    """Whether a credit's role (in any of its languages) is the film's direction."""
    for text in role.values.values():
        words = _folded_words(text)
        if words & DIRECTION_WORDS and not words & NOT_DIRECTION_WORDS:
            return True
    return False


def direction_names(kit: Kit) -> list[str]:
    """The names of the direction credits, each once, in the kit's order."""
    names: list[str] = []
    for credit in kit.credits:
        if is_direction(credit.role):
            names += [name for name in credit.names if name.strip() and name not in names]
    return names
