"""What goes on the press sheet, in what order, already cut to size — plain data,
no Qt: the drawing (:mod:`.render`) only places it.

A sheet is for a journalist's desk, not the whole kit: the short synopsis
(its first paragraphs up to :data:`SYNOPSIS_CHARS`, never cut inside a word,
"…" where it was cut), the first :data:`MAIN_CREDITS` credits — the direction's
first, then the kit's own order (production, music …) —, one or two quotes, the
AI use in a line, the specs, the contacts and the content hash. Every text is
bounded here so that a hostile kit (a 1 MiB synopsis, a 10,000-character word)
costs the layout no more than an ordinary one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from mediakit.kit.manifest.model import Kit, Text
from mediakit.kit.manifest.model import Quote as KitQuote
from mediakit.kit.manifest.roles import is_direction
from mediakit.quotewords import translated_from
from mediakit.typography import credit_line, typeset

SYNOPSIS_CHARS = 900  # the short synopsis: about a third of a column at body size
MAIN_CREDITS = 10
NAMES_PER_CREDIT = 6
QUOTES = 2
QUOTE_CHARS = 420
AI_CHARS = 220
SPECS = 12
CONTACTS = 6
LINE_CHARS = 300  # any other single text: a title, a logline, a spec's value
SHORT_CHARS = 120  # a name, a role, a label
_PARSED_CHARS = 40 * SYNOPSIS_CHARS  # markdown read at most: what could ever be shown
ELLIPSIS = "…"


@dataclass(frozen=True)
class Credit:
    role: str
    names: str


@dataclass(frozen=True)
class Quote:
    text: str
    attribution: str  # who, where; the date stays ISO for the drawing to format
    date: str | None
    note: str  # "translated from French", or ""


@dataclass(frozen=True)
class Spec:
    label: str
    value: str


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class SheetContent:
    language: str  # the kit's language the sheet is in
    title: str
    kind: str
    year: str
    runtime: str
    logline: str
    synopsis: tuple[str, ...]  # paragraphs
    credits: tuple[Credit, ...]
    more_credits: int  # credits of the kit left off the sheet
    quotes: tuple[Quote, ...]
    ai_use: str
    specs: tuple[Spec, ...]
    contacts: tuple[Contact, ...]
    content_hash: str  # hex SHA-256, "" when it could not be had
    packed: bool  # the hash is the archive's (False: what the folder would pack to)
    image: Path | None  # the poster, else the first still
    image_credit: str  # "© …" of that still, "" for none
    author: str  # the PDF's Author: see :func:`author`


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, cut after a whole word
    with "…" (a word longer than a fifth of the limit is cut inside: it must end
    somewhere), never between a character and its combining marks."""
    text = " ".join(text[: limit * 4].split()) if len(text) > limit or "\n" in text else text
    if len(text) <= limit:
        return text
    end = limit - 1
    space = text.rfind(" ", 0, end)
    if space >= limit * 4 // 5:
        end = space
    while end > 0 and (unicodedata.combining(text[end]) or "\udc00" <= text[end] <= "\udfff"):
        end -= 1  # the character after the cut belongs to the one before it
    return text[:end].rstrip(" ,;:.-–—") + ELLIPSIS


def paragraphs(markdown: str, limit: int = _PARSED_CHARS) -> list[str]:
    """The paragraphs of ``markdown`` (list items and headings too) as plain text,
    marks dropped, words kept; only its first ``limit`` characters are read."""
    tokens = MarkdownIt("commonmark").parse(markdown[:limit])
    found = []
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        words = []
        for child in token.children:
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
        line = " ".join("".join(words).split())
        if line:
            found.append(line)
    return found


def short_synopsis(markdown: str, budget: int = SYNOPSIS_CHARS) -> tuple[str, ...]:
    """Whole first paragraphs while they fit ``budget``, then as much of the next as
    fits (cut after a word, "…"); "…" ends the last kept one if none of it does."""
    kept: list[str] = []
    left = budget
    parts = paragraphs(markdown)
    for index, paragraph in enumerate(parts):
        if len(paragraph) <= left:
            kept.append(paragraph)
            left -= len(paragraph)
            continue
        if left >= 80 or not kept:
            kept.append(shorten(paragraph, max(left, 80)))
        elif index < len(parts):
            kept[-1] = kept[-1].rstrip() + " " + ELLIPSIS
        break
    return tuple(kept)


def ai_line(markdown: str) -> str:
    """The AI use in one line: the disclosure's first paragraph, shortened."""
    first = paragraphs(markdown, 4 * AI_CHARS)
    return shorten(first[0], AI_CHARS) if first else ""


def author(kit: Kit) -> str:
    """Who the PDF says wrote it: the kit's first contact — whom the kit puts
    first to reach for it (a press agent, a producer) — else the names of its
    first credit, else "". The format has no publisher or company field."""
    if kit.contacts:
        return shorten(kit.contacts[0].name, SHORT_CHARS)
    if kit.credits:
        return shorten(", ".join(kit.credits[0].names), SHORT_CHARS)
    return ""


def plan(kit: Kit, language: str, content_hash: str, *, packed: bool) -> SheetContent:
    """The sheet of ``kit`` in ``language`` (one of the kit's)."""

    def text(value: Text | None, limit: int = LINE_CHARS) -> str:
        return typeset(shorten(kit.text(value, language), limit), language)

    # The direction first (as the library's tiles and the web page read it), then the
    # rest in the kit's own order: the author's, production and music usually next.
    ordered = sorted(kit.credits, key=lambda credit: not is_direction(credit.role))
    credits = tuple(
        Credit(text(c.role, SHORT_CHARS), _names(c.names)) for c in ordered[:MAIN_CREDITS]
    )
    return SheetContent(
        language=language,
        title=shorten(kit.text(kit.title, language), LINE_CHARS),
        kind=text(kit.kind, SHORT_CHARS),
        year=str(kit.year) if kit.year is not None else "",
        runtime=shorten(kit.runtime or "", SHORT_CHARS),
        logline=text(kit.logline),
        synopsis=tuple(
            typeset(p, language) for p in short_synopsis(kit.text(kit.synopsis, language))
        ),
        credits=credits,
        more_credits=max(0, len(kit.credits) - MAIN_CREDITS),
        quotes=tuple(_quote(kit, q, language) for q in kit.quotes[:QUOTES]),
        ai_use=typeset(ai_line(kit.text(kit.ai_disclosure, language)), language),
        specs=tuple(Spec(text(s.label, SHORT_CHARS), text(s.value)) for s in kit.specs[:SPECS]),
        contacts=tuple(
            Contact(
                shorten(c.name, SHORT_CHARS),
                text(c.role, SHORT_CHARS),
                shorten(c.email or "", SHORT_CHARS),
                shorten(c.phone or "", SHORT_CHARS),
            )
            for c in kit.contacts[:CONTACTS]
        ),
        content_hash=content_hash,
        packed=packed,
        image=_image(kit),
        image_credit=_image_credit(kit),
        author=author(kit),
    )


def _names(names: tuple[str, ...]) -> str:
    shown = ", ".join(shorten(name, SHORT_CHARS) for name in names[:NAMES_PER_CREDIT])
    return shown + (", " + ELLIPSIS if len(names) > NAMES_PER_CREDIT else "")


def _quote(kit: Kit, quote: KitQuote, language: str) -> Quote:
    shown = quote.text.picked(language, kit.languages) or language
    note = "" if quote.original(shown) else translated_from(quote.language or "", shown)
    who = [shorten(quote.by, SHORT_CHARS)]
    if quote.source:
        who.append(shorten(quote.source, SHORT_CHARS))
    return Quote(
        text=typeset(shorten(quote.text.pick(language, kit.languages), QUOTE_CHARS), shown),
        attribution=", ".join(who),
        date=quote.date,
        note=note,
    )


def _image(kit: Kit) -> Path | None:
    if kit.film is not None and kit.film.poster is not None:
        return kit.film.poster.path
    return kit.stills[0].file.path if kit.stills else None


def _image_credit(kit: Kit) -> str:
    if kit.film is not None and kit.film.poster is not None:
        return ""  # a poster carries its own credits
    credit = kit.stills[0].credit if kit.stills else None
    return credit_line(shorten(credit, SHORT_CHARS)) if credit else ""
