"""What the editor shows: its sections, and the fields of each, as data.

Every field of the format is here once, with its kind (how it is edited)
and its label; the forms, the problem map and the tests read this table.
Labels are translated when shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from mediakit.gui.keymap.registry import QT_TRANSLATE_NOOP, Message
from mediakit.kit.manifest.rules.kit import TOP_KEYS


class Kind(Enum):
    LINE = "line"  # a plain string
    NUMBER = "number"  # an integer (digits), else kept as written for the checker to name
    TEXT = "text"  # a text, one line, in the language being edited
    LONG_TEXT = "long_text"  # a text over several lines
    MARKDOWN = "markdown"  # a markdown text, with its preview
    NAMES = "names"  # a list of strings, one a line
    CODES = "codes"  # a list of language codes, separated by commas


@dataclass(frozen=True)
class Field:
    key: str  # relative to the section's or the list item's path
    label: Message
    kind: Kind = Kind.LINE
    hint: Message | None = None
    picks: str | None = None  # a file chosen with a picker is copied into this kit folder
    probe: bool = False  # VLC tries the file (the film, the trailer)


@dataclass(frozen=True)
class ListSpec:
    """A list of items edited one at a time: ``key`` is the list's path."""

    key: str
    fields: tuple[Field, ...]
    summary: tuple[str, ...]  # the keys whose values name an item in the list
    new_item: dict[str, Any] = field(default_factory=dict)
    heading: Message | None = None  # when the list comes after fields of its own section


@dataclass(frozen=True)
class Section:
    name: str
    label: Message
    fields: tuple[Field, ...] = ()
    items: ListSpec | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        """The top-level keys of kit.yaml this section edits (for problems)."""
        own = tuple(f.key.split(".")[0].split("[")[0] for f in self.fields)
        return own + ((self.items.key.split(".")[0],) if self.items else ())


def T(text: str) -> Message:
    return QT_TRANSLATE_NOOP("editor", text)


ROLE = Field("role", QT_TRANSLATE_NOOP("editor", "Role"), Kind.TEXT)
LABEL = Field("label", QT_TRANSLATE_NOOP("editor", "Label"), Kind.TEXT)

_ALL_SECTIONS: tuple[Section, ...] = (
    Section(
        "kit",
        QT_TRANSLATE_NOOP("editor", "Kit"),
        (
            Field("title", QT_TRANSLATE_NOOP("editor", "Title"), Kind.TEXT),
            Field(
                "kind",
                QT_TRANSLATE_NOOP("editor", "Kind"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("editor", "Short film, Campaign…"),
            ),
            Field("year", QT_TRANSLATE_NOOP("editor", "Year"), Kind.NUMBER),
            Field(
                "runtime",
                QT_TRANSLATE_NOOP("editor", "Running time"),
                Kind.LINE,
                QT_TRANSLATE_NOOP("editor", "M:SS or H:MM:SS"),
            ),
            Field(
                "languages",
                QT_TRANSLATE_NOOP("editor", "Languages"),
                Kind.CODES,
                QT_TRANSLATE_NOOP("editor", "The original first: fr, en"),
            ),
            Field(
                "id",
                QT_TRANSLATE_NOOP("editor", "Identifier"),
                Kind.LINE,
                QT_TRANSLATE_NOOP("editor", "Lower-case letters, digits and -"),
            ),
        ),
    ),
    Section(
        "texts",
        QT_TRANSLATE_NOOP("editor", "Texts"),
        (
            Field(
                "logline",
                QT_TRANSLATE_NOOP("editor", "Logline"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("editor", "One sentence"),
            ),
            Field("synopsis", QT_TRANSLATE_NOOP("editor", "Synopsis"), Kind.MARKDOWN),
            Field("statement", QT_TRANSLATE_NOOP("editor", "Statement"), Kind.MARKDOWN),
            Field(
                "ai_disclosure",
                QT_TRANSLATE_NOOP("editor", "AI use"),
                Kind.MARKDOWN,
                QT_TRANSLATE_NOOP("editor", "How generative AI was used"),
            ),
        ),
    ),
    Section(
        "credits",
        QT_TRANSLATE_NOOP("editor", "Credits"),
        items=ListSpec(
            "credits",
            (
                ROLE,
                Field(
                    "names",
                    QT_TRANSLATE_NOOP("editor", "Names"),
                    Kind.NAMES,
                    QT_TRANSLATE_NOOP("editor", "One name a line"),
                ),
            ),
            ("role", "names"),
            {"role": "", "names": []},
        ),
    ),
    Section(
        "quotes",
        QT_TRANSLATE_NOOP("editor", "Quotes"),
        items=ListSpec(
            "quotes",
            (
                Field("text", QT_TRANSLATE_NOOP("editor", "Quote"), Kind.LONG_TEXT),
                Field("by", QT_TRANSLATE_NOOP("editor", "By")),
                Field("source", QT_TRANSLATE_NOOP("editor", "Source")),
                Field(
                    "date",
                    QT_TRANSLATE_NOOP("editor", "Date"),
                    hint=QT_TRANSLATE_NOOP("editor", "YYYY-MM-DD"),
                ),
                Field("url", QT_TRANSLATE_NOOP("editor", "Address")),
                Field(
                    "language",
                    QT_TRANSLATE_NOOP("editor", "Said in"),
                    hint=QT_TRANSLATE_NOOP("editor", "The language of the words: fr"),
                ),
            ),
            ("by", "text"),
            {"text": "", "by": ""},
        ),
    ),
    Section(
        "articles",
        QT_TRANSLATE_NOOP("editor", "Articles"),
        items=ListSpec(
            "articles",
            (
                Field("title", QT_TRANSLATE_NOOP("editor", "Title"), Kind.TEXT),
                Field("publication", QT_TRANSLATE_NOOP("editor", "Publication")),
                Field("author", QT_TRANSLATE_NOOP("editor", "Author")),
                Field(
                    "date",
                    QT_TRANSLATE_NOOP("editor", "Date"),
                    hint=QT_TRANSLATE_NOOP("editor", "YYYY-MM-DD"),
                ),
                Field("language", QT_TRANSLATE_NOOP("editor", "Language")),
                Field("url", QT_TRANSLATE_NOOP("editor", "Address")),
                Field("body", QT_TRANSLATE_NOOP("editor", "Article"), Kind.MARKDOWN),
            ),
            ("title", "publication"),
            {"title": "", "publication": "", "body": ""},
        ),
    ),
    Section(
        "stills",
        QT_TRANSLATE_NOOP("editor", "Stills"),
        items=ListSpec(
            "stills",
            (
                Field("file", QT_TRANSLATE_NOOP("editor", "File"), picks="stills"),
                Field("caption", QT_TRANSLATE_NOOP("editor", "Caption"), Kind.LONG_TEXT),
                Field("credit", QT_TRANSLATE_NOOP("editor", "Credit")),
                Field(
                    "alt",
                    QT_TRANSLATE_NOOP("editor", "Description for screen readers"),
                    Kind.LONG_TEXT,
                ),
            ),
            ("caption", "file"),
            {"file": ""},
        ),
    ),
    Section(
        "film",
        QT_TRANSLATE_NOOP("editor", "Film"),
        (
            Field("film.file", QT_TRANSLATE_NOOP("editor", "Film"), picks="film", probe=True),
            Field("film.poster", QT_TRANSLATE_NOOP("editor", "Poster"), picks="film"),
            Field("film.trailer", QT_TRANSLATE_NOOP("editor", "Trailer"), picks="film", probe=True),
        ),
        ListSpec(
            "film.subtitles",
            (
                Field("language", QT_TRANSLATE_NOOP("editor", "Language")),
                Field("file", QT_TRANSLATE_NOOP("editor", "File"), picks="film"),
            ),
            ("language", "file"),
            {"language": "", "file": ""},
            QT_TRANSLATE_NOOP("editor", "Subtitles"),
        ),
    ),
    Section(
        "people",
        QT_TRANSLATE_NOOP("editor", "People"),
        items=ListSpec(
            "people",
            (
                Field("name", QT_TRANSLATE_NOOP("editor", "Name")),
                Field(
                    "roles",
                    QT_TRANSLATE_NOOP("editor", "Roles"),
                    Kind.NAMES,
                    QT_TRANSLATE_NOOP("editor", "One role a line"),
                ),
                Field("bio", QT_TRANSLATE_NOOP("editor", "Biography"), Kind.MARKDOWN),
                Field("photo", QT_TRANSLATE_NOOP("editor", "Photo"), picks="people"),
            ),
            ("name", "roles"),
            {"name": ""},
        ),
    ),
    Section(
        "awards",
        QT_TRANSLATE_NOOP("editor", "Awards"),
        items=ListSpec(
            "awards",
            (
                Field("event", QT_TRANSLATE_NOOP("editor", "Event"), Kind.TEXT),
                Field("year", QT_TRANSLATE_NOOP("editor", "Year"), Kind.NUMBER),
                Field(
                    "prize",
                    QT_TRANSLATE_NOOP("editor", "Prize"),
                    Kind.TEXT,
                    QT_TRANSLATE_NOOP("editor", "Empty for a selection"),
                ),
                Field("place", QT_TRANSLATE_NOOP("editor", "Place"), Kind.TEXT),
            ),
            ("event", "prize"),
            {"event": ""},
        ),
    ),
    Section(
        "specs",
        QT_TRANSLATE_NOOP("editor", "Technical sheet"),
        items=ListSpec(
            "specs",
            (LABEL, Field("value", QT_TRANSLATE_NOOP("editor", "Value"), Kind.TEXT)),
            ("label", "value"),
            {"label": "", "value": ""},
        ),
    ),
    Section(
        "contacts",
        QT_TRANSLATE_NOOP("editor", "Contacts"),
        items=ListSpec(
            "contacts",
            (
                Field("name", QT_TRANSLATE_NOOP("editor", "Name")),
                ROLE,
                Field("email", QT_TRANSLATE_NOOP("editor", "Email")),
                Field("phone", QT_TRANSLATE_NOOP("editor", "Phone")),
            ),
            ("name", "role"),
            {"name": ""},
        ),
    ),
    Section(
        "links",
        QT_TRANSLATE_NOOP("editor", "Links"),
        items=ListSpec(
            "links",
            (LABEL, Field("url", QT_TRANSLATE_NOOP("editor", "Address"))),
            ("label", "url"),
            {"label": "", "url": ""},
        ),
    ),
    Section(
        "presentation",
        QT_TRANSLATE_NOOP("editor", "Presentation"),
        items=ListSpec(
            "presentation",
            (
                Field(
                    "show",
                    QT_TRANSLATE_NOOP("editor", "Shows"),
                    hint=QT_TRANSLATE_NOOP("editor", "title, film, stills, quote:1…"),
                ),
                Field("notes", QT_TRANSLATE_NOOP("editor", "Presenter's notes"), Kind.LONG_TEXT),
            ),
            ("show", "notes"),
            {"show": "title"},
        ),
    ),
)

# Only what this version's reader takes: a section for keys it refuses (people
# and awards, added to the format after it was written) would let an author
# write what `validate` then calls unknown. They appear when the reader reads them.
SECTIONS: tuple[Section, ...] = tuple(
    section for section in _ALL_SECTIONS if set(section.keys) <= set(TOP_KEYS)
)

BY_NAME = {section.name: section for section in SECTIONS}


def section_of(field_path: str) -> Section | None:
    """The section that edits ``field_path`` (``credits[2].names`` → credits)."""
    top = field_path.split(".")[0].split("[")[0]
    if field_path.startswith("film.subtitles") or top == "film":
        return BY_NAME["film"]
    return next((s for s in SECTIONS if top in s.keys), None)
