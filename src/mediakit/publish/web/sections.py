"""The page's sections, in the window's order (:mod:`mediakit.gui.sections`):
each a function of the kit, the page's language and the site's media
(:class:`~mediakit.publish.web.blocks.Context`), giving its HTML, or None
when the kit has nothing for it. The texts' sections are here; those made of
media are in :mod:`.media_sections`.
"""

from __future__ import annotations

from collections.abc import Callable

from mediakit.kit.manifest.model import Kit, Quote, Text
from mediakit.publish.web import markdown, words
from mediakit.publish.web.blocks import Context, link, other_language, prose, section, terms
from mediakit.publish.web.markup import Markup, element, join
from mediakit.publish.web.media_sections import download, film, people, stills


def _text_section(
    name: str, word: words.Word, field: Callable[[Kit], Text | None]
) -> Callable[[Context], Markup | None]:
    def build(c: Context) -> Markup | None:
        value = field(c.kit)
        if value is None:
            return None
        return section(name, c.w(word), prose(c.kit.text(value, c.language)))

    return build


synopsis = _text_section("synopsis", words.SYNOPSIS, lambda k: k.synopsis)
statement = _text_section("statement", words.STATEMENT, lambda k: k.statement)


def ai(c: Context) -> Markup | None:
    if c.kit.ai_disclosure is None:
        return None
    intro = element("p", c.w(words.AI_INTRO), class_="intro")
    return section(
        "ai", c.w(words.AI_HEADING), intro, prose(c.kit.text(c.kit.ai_disclosure, c.language))
    )


def credits(c: Context) -> Markup | None:
    if not c.kit.credits:
        return None
    rows = [(c.t(credit.role), ", ".join(credit.names)) for credit in c.kit.credits]
    return section("credits", c.w(words.CREDITS), terms(rows))


def awards(c: Context) -> Markup | None:
    if not c.kit.awards:
        return None
    rows: list[tuple[str, Markup | str]] = []
    for award in c.kit.awards:
        where = ", ".join(p for p in (c.t(award.event), c.t(award.place)) if p)
        prize = c.t(award.prize) or c.w(words.OFFICIAL_SELECTION)
        rows.append((str(award.year or ""), join([element("strong", prize), element("br"), where])))
    return section("awards", c.w(words.AWARDS), terms(rows))


def laurels(c: Context) -> str:
    """Every award on one line, as the window's header shows them."""
    out = []
    for award in c.kit.awards:
        prize = c.t(award.prize) or c.w(words.OFFICIAL_SELECTION)
        event = c.t(award.event)
        out.append(
            f"{prize} — {event} {award.year}" if award.year is not None else f"{prize} — {event}"
        )
    return "  ·  ".join(out)


def citation(c: Context, quote: Quote) -> str:
    """What "Copy with attribution" copies: the window's words (gui/pages/quotes.py)."""
    shown = quote.text.picked(c.language, c.kit.languages) or c.language
    opening, closing = words.quote_marks(shown)
    said = words.attribution(quote, shown, words.translation_note(quote, shown))
    copied = f"{opening}{c.t(quote.text)}{closing} — {said}"
    return f"{copied} ({quote.url})" if quote.url else copied


def quotes(c: Context) -> Markup | None:
    if not c.kit.quotes:
        return None
    figures = []
    for quote in c.kit.quotes:
        shown = quote.text.picked(c.language, c.kit.languages) or c.language
        opening, closing = words.quote_marks(shown)
        note = words.translation_note(quote, shown)
        said = words.attribution(quote, c.language, note)
        by = link(quote.url, f"— {said}") if quote.url else element("span", f"— {said}")
        figures.append(
            element(
                "figure",
                element(
                    "blockquote",
                    element("p", f"{opening}{c.t(quote.text)}{closing}"),
                    lang=other_language(shown, c.language),
                ),
                element("figcaption", by),
                class_="quote",
                data_citation=citation(c, quote),
                data_copy=c.w(words.COPY_QUOTE),
                data_copied=c.w(words.COPIED),
            )
        )
    return section("quotes", c.w(words.QUOTES), *figures)


def articles(c: Context) -> Markup | None:
    if not c.kit.articles:
        return None
    cards = []
    # The reader's language first, as the window opens on it; the kit's order otherwise.
    ordered = sorted(c.kit.articles, key=lambda a: (a.language or c.language) != c.language)
    for article in ordered:
        body = c.kit.text(article.body, c.language)
        own_heading = markdown.starts_with_heading(body)
        byline = [article.publication]
        if article.author:
            byline.append(c.w(words.BY_AUTHOR).replace("%1", article.author))
        if article.date:
            byline.append(words.format_date(article.date, c.language))
        shown = article.body.picked(c.language, c.kit.languages)
        cards.append(
            element(
                "article",
                None if own_heading else element("h3", c.t(article.title)),
                element("p", " · ".join(byline), class_="byline"),
                element("p", link(article.url, c.w(words.OPEN_ORIGINAL))) if article.url else None,
                prose(body, 3 if own_heading else 4, other_language(shown, c.language)),
                class_="card article",
            )
        )
    return section("articles", c.w(words.ARTICLES), *cards)


def specs(c: Context) -> Markup | None:
    if not c.kit.specs:
        return None
    return section(
        "specs", c.w(words.SPECS), terms([(c.t(s.label), c.t(s.value)) for s in c.kit.specs])
    )


def contacts(c: Context) -> Markup | None:
    if not c.kit.contacts:
        return None
    cards = []
    for contact in c.kit.contacts:
        details: list[tuple[str, Markup | str]] = []
        if contact.email:
            details.append((c.w(words.EMAIL), link(f"mailto:{contact.email}", contact.email)))
        if contact.phone:
            tel = "".join(ch for ch in contact.phone if ch.isdigit() or ch == "+")
            number = element("a", contact.phone, href=f"tel:{tel}") if tel else contact.phone
            details.append((c.w(words.PHONE), number))
        role = c.t(contact.role)
        cards.append(
            element(
                "article",
                element("h3", contact.name),
                element("p", role, class_="role") if role else None,
                terms(details) if details else None,
                class_="card",
            )
        )
    return section("contacts", c.w(words.CONTACTS), *cards)


def links(c: Context) -> Markup | None:
    if not c.kit.links:
        return None
    items = [element("li", link(item.url, c.t(item.label) or item.url)) for item in c.kit.links]
    return section("links", c.w(words.LINKS), element("ul", *items, class_="links"))


# (id, the word of its link in the sections list, the builder), in reading order.
SECTIONS: tuple[tuple[str, words.Word, Callable[[Context], Markup | None]], ...] = (
    ("film", words.FILM, film),
    ("synopsis", words.SYNOPSIS, synopsis),
    ("statement", words.STATEMENT, statement),
    ("ai", words.AI_USE, ai),
    ("credits", words.CREDITS, credits),
    ("people", words.PEOPLE, people),
    ("awards", words.AWARDS, awards),
    ("quotes", words.QUOTES, quotes),
    ("articles", words.ARTICLES, articles),
    ("stills", words.STILLS, stills),
    ("specs", words.SPECS, specs),
    ("contacts", words.CONTACTS, contacts),
    ("links", words.LINKS, links),
    ("download", words.DOWNLOAD, download),
)


def built(c: Context) -> list[tuple[str, str, Markup]]:
    """(id, link label, HTML) of every section the kit has."""
    out = []
    for name, word, build in SECTIONS:
        html = build(c)
        if html is not None:
            out.append((name, c.w(word), html))
    return out
