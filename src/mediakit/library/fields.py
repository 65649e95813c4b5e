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
from typing import Any, NamedTuple

from mediakit.kit.manifest.model import Kit, Text
from mediakit.kit.manifest.roles import direction_names

# The header's "section": title, kind, year … are shown above every page. The
# others are the window's section names (mediakit.gui.sections, which imports Qt:
# not imported here; tests/gui/test_library_page.py checks they are the same).
HEADER = ""

# Markdown marks that would only clutter a snippet: emphasis, headings, quotes,
# code and a link's target (its words stay).
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(?m)^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+|[*_`~]+")


class Row(NamedTuple):
    field: str  # the manifest path: title, credits[0].names[1], articles[0].body
    section: str  # the window's section name, "" for the header
    language: str  # the text's language as the kit writes it, "" for none
    text: str


def plain(markdown: str) -> str:
    """Markdown's words without its marks, for the index and its snippets."""
    return _MARKS.sub("", _LINK.sub(r"\1", markdown))


def rows(kit: Kit) -> list[Row]:
    """Every searchable text of ``kit``, in every language it gives."""
    found = _Rows()
    found.kit(kit)
    return found.rows


class _Rows:
    """Appends a kit's rows to one list (a thousand kits are indexed at a time: one
    list and no generators halved this, measured here), blank texts left out."""

    __slots__ = ("rows",)

    def __init__(self) -> None:
        self.rows: list[Row] = []

    def text(self, field: str, section: str, value: Text | None, markdown: bool = False) -> None:
        if value is None:
            return
        for language, text in value.values.items():
            if markdown:
                text = plain(text)
            if text.strip():
                self.rows.append(Row(field, section, language, text))

    def plain(self, field: str, section: str, value: object) -> None:
        if value is None or value == "":
            return
        text = str(value)
        if text.strip():
            self.rows.append(Row(field, section, "", text))

    def maybe_text(self, field: str, section: str, value: Any, markdown: bool = False) -> None:
        """A value that a newer model gives as a Text and an older one as a string."""
        if isinstance(value, Text):
            self.text(field, section, value, markdown)
        else:
            self.plain(field, section, value)

    def kit(self, kit: Kit) -> None:
        text, plain = self.text, self.plain
        text("title", HEADER, kit.title)
        text("kind", HEADER, kit.kind)
        plain("year", HEADER, kit.year)
        plain("runtime", HEADER, kit.runtime)
        plain("languages", HEADER, " ".join(kit.languages))
        text("logline", HEADER, kit.logline)
        text("synopsis", "synopsis", kit.synopsis, markdown=True)
        text("statement", "statement", kit.statement, markdown=True)
        text("ai_disclosure", "ai", kit.ai_disclosure, markdown=True)
        for i, credit in enumerate(kit.credits):
            text(f"credits[{i}].role", "credits", credit.role)
            for j, name in enumerate(credit.names):
                plain(f"credits[{i}].names[{j}]", "credits", name)
        self.people(getattr(kit, "people", ()) or ())
        self.awards(getattr(kit, "awards", ()) or ())
        for i, quote in enumerate(kit.quotes):
            self.quote_text(f"quotes[{i}].text", quote.text, getattr(quote, "language", None))
            plain(f"quotes[{i}].by", "quotes", quote.by)
            plain(f"quotes[{i}].source", "quotes", quote.source)
        for i, article in enumerate(kit.articles):
            text(f"articles[{i}].title", "articles", article.title)
            plain(f"articles[{i}].publication", "articles", article.publication)
            plain(f"articles[{i}].author", "articles", article.author)
            text(f"articles[{i}].body", "articles", article.body, markdown=True)
        for i, still in enumerate(kit.stills):
            text(f"stills[{i}].caption", "stills", still.caption)
            text(f"stills[{i}].alt", "stills", still.alt)
            plain(f"stills[{i}].credit", "stills", still.credit)
        for i, spec in enumerate(kit.specs):
            text(f"specs[{i}].label", "specs", spec.label)
            text(f"specs[{i}].value", "specs", spec.value)
        for i, contact in enumerate(kit.contacts):
            plain(f"contacts[{i}].name", "contacts", contact.name)
            text(f"contacts[{i}].role", "contacts", contact.role)
            plain(f"contacts[{i}].email", "contacts", contact.email)
            plain(f"contacts[{i}].phone", "contacts", contact.phone)

    def quote_text(self, field: str, value: Text, said_in: object) -> None:
        # A quote's own language first: its words as said, then the translations.
        start = len(self.rows)
        self.text(field, "quotes", value)
        if isinstance(said_in, str):
            said = said_in.lower()
            self.rows[start:] = sorted(self.rows[start:], key=lambda r: r.language.lower() != said)

    def people(self, people: Any) -> None:
        for i, person in enumerate(people):
            self.plain(f"people[{i}].name", "people", getattr(person, "name", None))
            for j, role in enumerate(getattr(person, "roles", ()) or ()):
                self.maybe_text(f"people[{i}].roles[{j}]", "people", role)
            bio = getattr(person, "bio", None)
            self.maybe_text(f"people[{i}].bio", "people", bio, markdown=True)
            for j, work in enumerate(getattr(person, "filmography", ()) or ()):
                here = f"people[{i}].filmography[{j}]"
                self.maybe_text(f"{here}.title", "people", getattr(work, "title", None))
                self.plain(f"{here}.year", "people", getattr(work, "year", None))
                self.maybe_text(f"{here}.kind", "people", getattr(work, "kind", None))

    def awards(self, awards: Any) -> None:
        for i, award in enumerate(awards):
            for key in ("event", "prize", "place"):
                self.maybe_text(f"awards[{i}].{key}", "awards", getattr(award, key, None))
            self.plain(f"awards[{i}].year", "awards", getattr(award, "year", None))


def thumbnail_file(kit: Kit) -> str | None:
    """The poster, else the first still, as kit.yaml writes its path (None: no picture)."""
    if kit.film is not None and kit.film.poster is not None:
        return kit.film.poster.written
    return kit.stills[0].file.written if kit.stills else None


def makers(kit: Kit) -> str:
    """Who made the film, for a tile: the names of the direction credits, else the
    first credit's names; joined "A, B" ("" without credits)."""
    names = direction_names(kit)
    if not names and kit.credits:
        names = list(dict.fromkeys(name for name in kit.credits[0].names if name.strip()))
    return ", ".join(names)


def ai_used(kit: Kit) -> bool:
    """Whether the kit says AI was used in making the film (it has an AI disclosure)."""
    return kit.ai_disclosure is not None and any(
        text.strip() for text in kit.ai_disclosure.values.values()
    )
