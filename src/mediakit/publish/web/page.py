"""One language's page: ``index.html`` for the kit's original, ``index.LANG.html``
for the others, each linking to the rest.

The head carries what machines read (``<html lang>``, Open Graph, a
schema.org ``Movie`` in JSON-LD) and the Content-Security-Policy; the body is
the window's arrangement: the header (title, facts, laurels, logline, the
languages, the AI notice), the sections list, the sections, a footer.
"""

from __future__ import annotations

from collections.abc import Sequence

from mediakit.kit.manifest.model import Kit
from mediakit.publish.web import jsonld, sections, words
from mediakit.publish.web.blocks import Context
from mediakit.publish.web.files import SiteMedia
from mediakit.publish.web.markup import Markup, element, href, join, lines

STYLESHEET = "style.css"
SCRIPT = "page.js"
ICON = "favicon.svg"

# Nothing from elsewhere, ever: pictures, the film, the stylesheet and the script
# from the site itself. Chromium matches file: URLs against 'self' on a page opened
# from disk (tested: tests/browser), so one policy serves file:// and any host.
# data: for media only, for the subtitles inlined in <track> (webvtt.data_url).
# The JSON-LD <script> is data (its type is not JavaScript): CSP does not apply.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src 'self'; media-src 'self' data:; style-src 'self'; "
    "script-src 'self'; base-uri 'none'; form-action 'none'"
)


def page_file(language: str, original: str) -> str:
    """``index.html`` for the original language, ``index.en.html`` for the others."""
    return "index.html" if language == original else f"index.{language}.html"


def _facts(c: Context) -> str:
    """Kind · year · runtime · languages: the window's header line (gui/header.meta_line)."""
    kit = c.kit
    parts = [c.t(kit.kind), str(kit.year) if kit.year is not None else "", kit.runtime or ""]
    parts.append(" / ".join(code.upper() for code in kit.languages))
    return "  ·  ".join(part for part in parts if part)


def _head(c: Context, languages: Sequence[str], original: str) -> Markup:
    kit, media = c.kit, c.media
    title = c.t(kit.title)
    description = c.t(kit.logline)
    pictures = [media.poster, *media.stills]
    image = next((picture.original for picture in pictures if picture is not None), None)
    alternates = [
        element("link", rel="alternate", hreflang=code, href=page_file(code, original))
        for code in languages
        if code != c.language
    ]
    og = [
        element("meta", property="og:type", content="video.movie"),
        element("meta", property="og:title", content=title),
        element("meta", property="og:description", content=description) if description else None,
        element("meta", property="og:image", content=href(image)) if image else None,
        element("meta", property="og:locale", content=c.language.replace("-", "_")),
        *(
            element("meta", property="og:locale:alternate", content=code.replace("-", "_"))
            for code in languages
            if code != c.language
        ),
    ]
    data = jsonld.movie(kit, c.language, href(image) if image else None)
    return element(
        "head",
        lines(
            [
                element("meta", charset="utf-8"),
                element("meta", name="viewport", content="width=device-width, initial-scale=1"),
                element(
                    "meta", http_equiv="Content-Security-Policy", content=CONTENT_SECURITY_POLICY
                ),
                element("meta", name="referrer", content="no-referrer"),
                element("meta", name="color-scheme", content="light dark"),
                element("meta", name="generator", content="mediakit"),
                element("title", title),
                element("meta", name="description", content=description) if description else None,
                *og,
                *alternates,
                element("link", rel="icon", href=ICON, type="image/svg+xml"),
                element("link", rel="stylesheet", href=STYLESHEET),
                element("script", jsonld.script_body(data), type="application/ld+json"),
                element("script", src=SCRIPT, defer=True),
            ]
        ),
    )


def _header(c: Context, languages: Sequence[str], original: str) -> Markup:
    kit = c.kit
    logline = c.t(kit.logline)
    laurels = sections.laurels(c)
    text = element(
        "div",
        element("h1", c.t(kit.title), class_="title"),
        element("p", _facts(c), class_="meta"),
        element("p", laurels, class_="laurels") if laurels else None,
        element("p", logline, class_="logline") if logline else None,
        class_="kit-header-text",
    )
    side = []
    if len(languages) > 1:
        items = [
            element(
                "li",
                element(
                    "a",
                    words.language_name(code),
                    href=page_file(code, original),
                    hreflang=code,
                    lang=code,
                    aria_current="page" if code == c.language else None,
                ),
            )
            for code in languages
        ]
        side.append(
            element(
                "nav", element("ul", *items), class_="languages", aria_label=c.w(words.LANGUAGE)
            )
        )
    if kit.ai_disclosure is not None:
        side.append(element("a", c.w(words.AI_BADGE), href="#ai", class_="ai-badge"))
    inner = element(
        "div",
        text,
        element("div", *side, class_="kit-header-side") if side else None,
        class_="kit-header-inner",
    )
    return element("header", inner, class_="kit-header")


def render_page(kit: Kit, language: str, media: SiteMedia, languages: Sequence[str]) -> str:
    """The whole HTML of the page in ``language``; ``languages`` are the site's,
    the first being the original (``index.html``)."""
    c = Context(kit, language, media)
    original = languages[0]
    built = sections.built(c)
    nav = element(
        "nav",
        element(
            "ul", *(element("li", element("a", label, href=f"#{name}")) for name, label, _ in built)
        ),
        class_="sections",
        aria_label=c.w(words.SECTIONS),
    )
    main = element("main", lines(html for _, _, html in built), id="main")
    body = element(
        "body",
        lines(
            [
                element("a", c.w(words.SKIP), href="#main", class_="skip"),
                _header(c, languages, original),
                element("div", nav, main, class_="layout"),
                element("footer", element("p", c.w(words.MADE_WITH))),
            ]
        ),
    )
    document = join(
        [
            Markup("<!DOCTYPE html>\n"),
            element(
                "html",
                Markup("\n"),
                _head(c, languages, original),
                Markup("\n"),
                body,
                Markup("\n"),
                lang=language,
                dir=words.direction(language),
            ),
            Markup("\n"),
        ]
    )
    return str(document)
