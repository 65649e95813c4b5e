"""The page's own words, in the language of the page (not the interface's).

Each is marked with ``QT_TRANSLATE_NOOP`` for ``pyside6-lupdate`` and looked
up with :func:`mediakit.catalog.translate_in`. Where the window already says
the same thing, the same context and source are used ("Sections",
"QuotesPage" …), so one translation serves both. Language names, quotation
marks and dates come from small tables here: the window asks ``QLocale``,
which this package (made without Qt) cannot.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mediakit.catalog import QT_TRANSLATE_NOOP, translate_in
from mediakit.kit.manifest.model import Quote
from mediakit.languages import primary
from mediakit.quotewords import translated_from
from mediakit.typography import typeset


class Word(NamedTuple):
    context: str
    source: str

    def in_(self, language: str) -> str:
        return translate_in(language, self.context, self.source)


def _w(context: str, source: str) -> Word:
    return Word(context, source)


# The sections, as the window's side list names them.
FILM = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Film"))
SYNOPSIS = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Synopsis"))
STATEMENT = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Statement"))
AI_USE = _w("Sections", QT_TRANSLATE_NOOP("Sections", "AI use"))
AI_HEADING = _w("Sections", QT_TRANSLATE_NOOP("Sections", "How AI was used"))
AI_INTRO = _w(
    "Sections",
    QT_TRANSLATE_NOOP(
        "Sections", "How generative AI was used to make this work, as its authors describe it."
    ),
)
CREDITS = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Credits"))
PEOPLE = _w("Sections", QT_TRANSLATE_NOOP("Sections", "People"))
AWARDS = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Awards"))
QUOTES = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Quotes"))
ARTICLES = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Articles"))
STILLS = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Stills"))
SPECS = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Technical details"))
CONTACTS = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Contacts"))
LINKS = _w("Sections", QT_TRANSLATE_NOOP("Sections", "Links"))

AI_BADGE = _w("KitHeader", QT_TRANSLATE_NOOP("KitHeader", "Made with generative AI — how"))
LANGUAGE = _w("KitHeader", QT_TRANSLATE_NOOP("KitHeader", "Language"))
SUBTITLES = _w("FilmPage", QT_TRANSLATE_NOOP("FilmPage", "Subtitles"))
COPY_QUOTE = _w("QuotesPage", QT_TRANSLATE_NOOP("QuotesPage", "Copy with attribution"))
COPY_QUOTE_N = _w("QuotesPage", QT_TRANSLATE_NOOP("QuotesPage", "Copy quote %1 with attribution"))
COPIED = _w("external", QT_TRANSLATE_NOOP("external", "Copied"))
OFFICIAL_SELECTION = _w("Awards", QT_TRANSLATE_NOOP("Awards", "Official selection"))
FILMOGRAPHY = _w("PeoplePage", QT_TRANSLATE_NOOP("PeoplePage", "Filmography"))
PHOTO_OF = _w("PeoplePage", QT_TRANSLATE_NOOP("PeoplePage", "Photo of %1"))
BY_AUTHOR = _w("ArticlesPage", QT_TRANSLATE_NOOP("ArticlesPage", "by %1"))
OPEN_ORIGINAL = _w("ArticlesPage", QT_TRANSLATE_NOOP("ArticlesPage", "Open original"))
EMAIL = _w("ContactsPage", QT_TRANSLATE_NOOP("ContactsPage", "Email"))
PHONE = _w("ContactsPage", QT_TRANSLATE_NOOP("ContactsPage", "Phone"))

# Only the web page says these.
SKIP = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "Skip to the content"))
SECTIONS = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "Sections"))
NO_VIDEO = _w(
    "WebPage",
    QT_TRANSLATE_NOOP("WebPage", "Your browser cannot play this video here: download the film."),
)
SUBTITLE_FILE = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "{language} (WebVTT)"))
DOWNLOAD = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "Download"))
FILM_FILE = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "The film ({size})"))
ARCHIVE_FILE = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "The whole press kit, {name} ({size})"))
ARCHIVE_HINT = _w(
    "WebPage",
    QT_TRANSLATE_NOOP(
        "WebPage", "Open it with mediakit; its SHA-256 checksum, to check it arrived whole:"
    ),
)
FULL_SIZE = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "Still {number} in full size"))
MADE_WITH = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "Press page made with mediakit."))
DATE = _w("WebPage", QT_TRANSLATE_NOOP("WebPage", "{day} {month} {year}"))
MONTHS = tuple(
    _w("WebPage", name)
    for name in (
        QT_TRANSLATE_NOOP("WebPage", "January"),
        QT_TRANSLATE_NOOP("WebPage", "February"),
        QT_TRANSLATE_NOOP("WebPage", "March"),
        QT_TRANSLATE_NOOP("WebPage", "April"),
        QT_TRANSLATE_NOOP("WebPage", "May"),
        QT_TRANSLATE_NOOP("WebPage", "June"),
        QT_TRANSLATE_NOOP("WebPage", "July"),
        QT_TRANSLATE_NOOP("WebPage", "August"),
        QT_TRANSLATE_NOOP("WebPage", "September"),
        QT_TRANSLATE_NOOP("WebPage", "October"),
        QT_TRANSLATE_NOOP("WebPage", "November"),
        QT_TRANSLATE_NOOP("WebPage", "December"),
    )
)

# Each language named in itself, as readers look for it (the window asks QLocale).
NATIVE_NAMES = {
    "ar": "العربية", "ca": "Català", "cs": "Čeština", "da": "Dansk", "de": "Deutsch",
    "el": "Ελληνικά", "en": "English", "es": "Español", "fi": "Suomi", "fr": "Français",
    "he": "עברית", "hi": "हिन्दी", "hu": "Magyar", "it": "Italiano", "ja": "日本語",
    "ko": "한국어", "nl": "Nederlands", "no": "Norsk", "pl": "Polski", "pt": "Português",
    "ro": "Română", "ru": "Русский", "sv": "Svenska", "tr": "Türkçe", "uk": "Українська",
    "zh": "中文",
}  # fmt: skip
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})

# Quotation marks (opening, closing); English's for any other language.
_MARKS = {
    "de": ("„", "“"), "es": ("«", "»"), "fr": ("«", "»"), "it": ("«", "»"), "ja": ("「", "」"),
    "nl": ("“", "”"), "pl": ("„", "”"), "pt": ("«", "»"), "ru": ("«", "»"), "zh": ("“", "”"),
}  # fmt: skip
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def language_name(code: str) -> str:
    """``fr`` → ``Français``; a language not in the table by its code."""
    return NATIVE_NAMES.get(primary(code), code)


def direction(code: str) -> str:
    return "rtl" if primary(code) in RIGHT_TO_LEFT else "ltr"


def quote_marks(language: str) -> tuple[str, str]:
    opening, closing = _MARKS.get(primary(language), ("“", "”"))
    marked = typeset(f"{opening}\0{closing}", language)  # French's no-break spaces
    before, _, after = marked.partition("\0")
    return before, after


def format_date(iso: str, language: str) -> str:
    """``2025-09-02`` → ``2 September 2025`` in ``language``; other forms as written."""
    found = _ISO_DATE.match(iso)
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return iso
    year, month, day = found.groups()
    return DATE.in_(language).format(
        day=int(day), month=MONTHS[int(month) - 1].in_(language), year=year
    )


def translation_note(quote: Quote, shown: str) -> str:
    """ "translated from French" in ``shown`` when the quote was said in another language."""
    if quote.original(shown) or quote.language is None:
        return ""
    return translated_from(quote.language, shown, language_name)


def attribution(quote: Quote, language: str, note: str = "") -> str:
    """Who, where and when, then ``note`` — as the window's quotes page writes it."""
    parts = [quote.by, quote.source or "", format_date(quote.date, language) if quote.date else ""]
    return ", ".join(part for part in [*parts, note] if part)
