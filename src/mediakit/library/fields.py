"""What the library indexes of a loaded kit: one :class:`Row` per (field, language, text).

A row names the field as problems name it (the manifest path, list indexes
from 0: ``credits[2].names[0]``, ``quotes[1].text``), the language of the text
(``""`` for what has none: names, years, publications) and the window's
section that shows it (:data:`mediakit.gui.sections.SECTIONS` names; ``""``
for the header: title, kind, year, runtime, languages, logline). A search hit
then says where it was found and which page to open.

``people``, ``awards`` and a quote's ``language`` are read with ``getattr``:
the model may not have them yet, and a kit without them indexes the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from mediakit.kit.manifest.model import Kit, Text
from mediakit.textfold import fold

# The window's sections (mediakit.gui.sections, which imports Qt: not imported here).
HEADER = ""
SECTION_OF = {
    "title": HEADER,
    "kind": HEADER,
    "year": HEADER,
    "runtime": HEADER,
    "languages": HEADER,
    "logline": HEADER,
    "synopsis": "synopsis",
    "statement": "statement",
    "ai_disclosure": "ai",
    "credits": "credits",
    "people": "people",
    "awards": "awards",
    "quotes": "quotes",
    "articles": "articles",
    "stills": "stills",
    "film": "film",
    "specs": "specs",
    "contacts": "contacts",
}
# Markdown marks that would only clutter a snippet: emphasis, headings, quotes,
# code and a link's target (its words stay).
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(?m)^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+|[*_`~]+")


@dataclass(frozen=True)
class Row:
    field: str  # the manifest path: title, credits[0].names[1], articles[0].body
    section: str  # the window's section name, "" for the header
    language: str  # the text's language as the kit writes it, "" for none
    text: str


def plain(markdown: str) -> str:
    """Markdown's words without its marks, for the index and its snippets."""
    return _MARKS.sub("", _LINK.sub(r"\1", markdown))


def rows(kit: Kit) -> list[Row]:
    """Every searchable text of ``kit``, in every language it gives."""
    return [row for row in _rows(kit) if row.text.strip()]


def _text(field: str, value: Text | None, markdown: bool = False) -> Iterator[Row]:
    if value is None:
        return
    section = SECTION_OF[field.split("[", 1)[0].split(".", 1)[0]]
    for language, text in value.values.items():
        yield Row(field, section, language, plain(text) if markdown else text)


def _plain(field: str, value: object) -> Iterator[Row]:
    if value is None or value == "":
        return
    yield Row(field, SECTION_OF[field.split("[", 1)[0].split(".", 1)[0]], "", str(value))


def _rows(kit: Kit) -> Iterator[Row]:
    yield from _text("title", kit.title)
    yield from _text("kind", kit.kind)
    yield from _plain("year", kit.year)
    yield from _plain("runtime", kit.runtime)
    yield from _plain("languages", " ".join(kit.languages))
    yield from _text("logline", kit.logline)
    yield from _text("synopsis", kit.synopsis, markdown=True)
    yield from _text("statement", kit.statement, markdown=True)
    yield from _text("ai_disclosure", kit.ai_disclosure, markdown=True)
    for i, credit in enumerate(kit.credits):
        yield from _text(f"credits[{i}].role", credit.role)
        for j, name in enumerate(credit.names):
            yield from _plain(f"credits[{i}].names[{j}]", name)
    yield from _people(getattr(kit, "people", ()) or ())
    yield from _awards(getattr(kit, "awards", ()) or ())
    for i, quote in enumerate(kit.quotes):
        yield from _quote_text(f"quotes[{i}].text", quote.text, getattr(quote, "language", None))
        yield from _plain(f"quotes[{i}].by", quote.by)
        yield from _plain(f"quotes[{i}].source", quote.source)
    for i, article in enumerate(kit.articles):
        yield from _text(f"articles[{i}].title", article.title)
        yield from _plain(f"articles[{i}].publication", article.publication)
        yield from _plain(f"articles[{i}].author", article.author)
        yield from _text(f"articles[{i}].body", article.body, markdown=True)
    for i, still in enumerate(kit.stills):
        yield from _text(f"stills[{i}].caption", still.caption)
        yield from _text(f"stills[{i}].alt", still.alt)
        yield from _plain(f"stills[{i}].credit", still.credit)
    for i, spec in enumerate(kit.specs):
        yield from _text(f"specs[{i}].label", spec.label)
        yield from _text(f"specs[{i}].value", spec.value)
    for i, contact in enumerate(kit.contacts):
        yield from _plain(f"contacts[{i}].name", contact.name)
        yield from _text(f"contacts[{i}].role", contact.role)
        yield from _plain(f"contacts[{i}].email", contact.email)
        yield from _plain(f"contacts[{i}].phone", contact.phone)


def _quote_text(field: str, text: Text, said_in: object) -> Iterator[Row]:
    # A quote's own language first: its words as said, then the translations.
    rows = list(_text(field, text))
    if isinstance(said_in, str):
        rows.sort(key=lambda row: row.language.lower() != said_in.lower())
    yield from rows


def _maybe_text(field: str, value: Any, markdown: bool = False) -> Iterator[Row]:
    """A value that a newer model gives as a Text and an older one may give as a string."""
    if isinstance(value, Text):
        yield from _text(field, value, markdown)
    else:
        yield from _plain(field, value)


def _people(people: Any) -> Iterator[Row]:
    for i, person in enumerate(people):
        yield from _plain(f"people[{i}].name", getattr(person, "name", None))
        for j, role in enumerate(getattr(person, "roles", ()) or ()):
            yield from _maybe_text(f"people[{i}].roles[{j}]", role)
        yield from _maybe_text(f"people[{i}].bio", getattr(person, "bio", None), markdown=True)
        for j, work in enumerate(getattr(person, "filmography", ()) or ()):
            here = f"people[{i}].filmography[{j}]"
            yield from _maybe_text(f"{here}.title", getattr(work, "title", None))
            yield from _plain(f"{here}.year", getattr(work, "year", None))
            yield from _maybe_text(f"{here}.kind", getattr(work, "kind", None))


def _awards(awards: Any) -> Iterator[Row]:
    for i, award in enumerate(awards):
        for key in ("event", "prize", "place"):
            yield from _maybe_text(f"awards[{i}].{key}", getattr(award, key, None))
        yield from _plain(f"awards[{i}].year", getattr(award, "year", None))


def thumbnail_file(kit: Kit) -> str | None:
    """The poster, else the first still, as kit.yaml writes its path (None: no picture)."""
    if kit.film is not None and kit.film.poster is not None:
        return kit.film.poster.written
    return kit.stills[0].file.written if kit.stills else None


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


def makers(kit: Kit) -> str:
    """Who made the film, for a tile: the names of the direction credits, else the
    first credit's names; joined "A, B" ("" without credits)."""
    chosen = [c for c in kit.credits if is_direction(c.role)] or list(kit.credits[:1])
    names: list[str] = []
    for credit in chosen:
        names += [name for name in credit.names if name.strip() and name not in names]
    return ", ".join(names)


def ai_used(kit: Kit) -> bool:
    """Whether the kit says AI was used in making the film (it has an AI disclosure)."""
    return kit.ai_disclosure is not None and any(
        text.strip() for text in kit.ai_disclosure.values.values()
    )
