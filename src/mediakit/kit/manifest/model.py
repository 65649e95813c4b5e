"""The kit as loaded: plain, frozen, typed objects with no Qt in sight.

Everything here is produced by :func:`mediakit.kit.load` and only read by the
rest of the program. Texts keep every language the kit gives; choosing one is
the viewer's job (:meth:`Text.pick`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from mediakit.kit.message import Message, Translate

MANIFEST = "kit.yaml"  # the manifest's name, at the root of a kit folder or archive


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or poor) in a kit, with the place it was found.

    ``file`` is relative to the kit root as written with ``/`` (``kit.yaml``,
    ``article.fr.md``); ``line`` and ``column`` count from 1; ``field`` is the
    manifest path with list indexes from 0 (``credits[2].names``). ``message``
    is an id with parameters, rendered in the front end's language (English by
    default: logs, ``--json``, tests).
    """

    file: str
    message: Message
    line: int | None = None
    column: int | None = None
    field: str | None = None
    severity: Severity = Severity.ERROR

    @property
    def id(self) -> str:
        return self.message.template.id

    def text(self, translate: Translate | None = None) -> str:
        """The message alone, in the language of ``translate`` (English without one)."""
        return self.message.render(translate)

    def format(self, prefix: str = "", translate: Translate | None = None) -> str:
        """``FILE:LINE:COL: FIELD: message`` per the format's command-line contract.

        ``prefix`` is prepended to the file (the kit path as the user gave it).
        """
        place = prefix + self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        parts = [place]
        if self.field:
            parts.append(self.field)
        parts.append(self.text(translate))
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.format()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class Text:
    """A text in one or more languages: language code as written -> string.

    A plain string in the manifest becomes ``{kit's first language: string}``.
    """

    values: Mapping[str, str]

    def pick(self, language: str | None, kit_languages: Sequence[str] = ()) -> str:
        """The language the reader picked, else the kit's first, else the first given."""
        key = self.picked(language, kit_languages)
        return self.values[key] if key is not None else ""

    def picked(self, language: str | None, kit_languages: Sequence[str] = ()) -> str | None:
        """The language :meth:`pick` shows, as the text writes it; None when it has none."""
        wanted = [language] if language else []
        wanted += list(kit_languages[:1])
        for code in wanted:
            for key in self.values:
                if key.lower() == code.lower():
                    return key
        return next(iter(self.values), None)

    def has(self, language: str) -> bool:
        return any(key.lower() == language.lower() for key in self.values)


@dataclass(frozen=True)
class KitFile:
    """A file the manifest names: the path as written and where it resolved."""

    written: str
    path: Path


@dataclass(frozen=True)
class Credit:
    role: Text
    names: tuple[str, ...]


@dataclass(frozen=True)
class Quote:
    text: Text
    by: str
    source: str | None = None
    date: str | None = None  # ISO 8601, checked
    url: str | None = None
    # The language the words were said or written in (one of the text's): the
    # text in any other language is a translation, and a viewer says so.
    language: str | None = None

    def original(self, code: str) -> bool:
        """Whether the text in ``code`` is the words as said (not a translation);
        True when the kit does not say which language they were said in."""
        return self.language is None or self.language.lower() == code.lower()


@dataclass(frozen=True)
class Article:
    title: Text
    publication: str
    body: Text  # markdown
    author: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None
    body_files: Mapping[str, KitFile] = field(default_factory=dict)  # language -> file


@dataclass(frozen=True)
class Still:
    file: KitFile
    caption: Text | None = None
    credit: str | None = None
    alt: Text | None = None


@dataclass(frozen=True)
class Subtitle:
    language: str
    file: KitFile


@dataclass(frozen=True)
class Film:
    file: KitFile
    poster: KitFile | None = None
    subtitles: tuple[Subtitle, ...] = ()
    trailer: KitFile | None = None


@dataclass(frozen=True)
class Spec:
    label: Text
    value: Text


@dataclass(frozen=True)
class Contact:
    name: str
    role: Text | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Link:
    label: Text
    url: str


@dataclass(frozen=True)
class Work:
    """One line of a filmography."""

    title: Text
    year: int | None = None
    kind: Text | None = None


@dataclass(frozen=True)
class Person:
    name: str
    roles: tuple[Text, ...] = ()
    bio: Text | None = None  # markdown
    photo: KitFile | None = None  # an image in the still formats
    filmography: tuple[Work, ...] = ()
    bio_files: Mapping[str, KitFile] = field(default_factory=dict)  # language -> file


@dataclass(frozen=True)
class Award:
    """A festival's selection (no ``prize``) or a prize."""

    event: Text
    year: int | None = None
    prize: Text | None = None
    place: Text | None = None


@dataclass(frozen=True)
class Slide:
    """``show`` is a section name (``stills``) or one item (``still:3``)."""

    show: str
    notes: Text | None = None


@dataclass(frozen=True)
class Kit:
    root: Path  # the folder holding kit.yaml
    version: int
    id: str
    title: Text
    languages: tuple[str, ...] = ("en",)
    kind: Text | None = None
    year: int | None = None
    runtime: str | None = None
    logline: Text | None = None
    synopsis: Text | None = None  # markdown
    statement: Text | None = None  # markdown
    ai_disclosure: Text | None = None  # markdown
    credits: tuple[Credit, ...] = ()
    quotes: tuple[Quote, ...] = ()
    articles: tuple[Article, ...] = ()
    stills: tuple[Still, ...] = ()
    film: Film | None = None
    specs: tuple[Spec, ...] = ()
    contacts: tuple[Contact, ...] = ()
    links: tuple[Link, ...] = ()
    people: tuple[Person, ...] = ()
    awards: tuple[Award, ...] = ()
    presentation: tuple[Slide, ...] = ()
    # Markdown fields given as {file: …}: field name -> language -> file.
    text_files: Mapping[str, Mapping[str, KitFile]] = field(default_factory=dict)

    @property
    def manifest(self) -> Path:
        return self.root / "kit.yaml"

    def files(self) -> list[KitFile]:
        """Every file the manifest names (stills, film files, markdown texts, photos)."""
        files = [still.file for still in self.stills]
        if self.film is not None:
            film = self.film
            files += [film.file] + [s.file for s in film.subtitles]
            files += [f for f in (film.poster, film.trailer) if f is not None]
        for by_language in self.text_files.values():
            files += by_language.values()
        for article in self.articles:
            files += article.body_files.values()
        for person in self.people:
            files += [person.photo] if person.photo is not None else []
            files += person.bio_files.values()
        return files

    def own_files(self) -> list[Path]:
        """The files a writer must never replace: the manifest and every file it names."""
        return [self.manifest, *(file.path for file in self.files())]

    def text(self, value: Text | None, language: str | None) -> str:
        """``value`` in ``language`` with the format's fallbacks; "" when absent."""
        return value.pick(language, self.languages) if value is not None else ""


@dataclass(frozen=True)
class LoadResult:
    """A kit, or why not. Warnings may come with a kit; errors never do."""

    kit: Kit | None
    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)

    @property
    def ok(self) -> bool:
        return self.kit is not None
