"""The pieces every section of the page is built of: the context (kit, language,
media), a section with its heading, links only when safe, confined markdown,
label/value lists and pictures with their thumbnails. Kit text goes in through
:mod:`mediakit.publish.web.markup` (escaped) or :mod:`.markdown` (confined).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from mediakit.kit.manifest.model import Kit, Text
from mediakit.languages import match
from mediakit.linkschemes import is_safe_url
from mediakit.publish.web import markdown, words
from mediakit.publish.web.files import Picture, SiteMedia
from mediakit.publish.web.markup import Markup, element, href, join
from mediakit.typography import typeset

# How wide a gallery thumbnail shows (style.css: columns of at least 17rem, up to the page).
GALLERY_SIZES = "(min-width: 960px) 22rem, (min-width: 600px) 45vw, 100vw"


@dataclass(frozen=True)
class Context:
    kit: Kit
    language: str
    media: SiteMedia

    def t(self, value: Text | None) -> str:
        """A kit text in the page's language (the window's fallbacks), typeset."""
        return typeset(self.kit.text(value, self.language), self.language)

    def w(self, word: words.Word) -> str:
        return word.in_(self.language)


def section(name: str, heading: str, *content: Markup | str | None) -> Markup:
    return element(
        "section",
        element("h2", heading, id=f"{name}-heading"),
        *content,
        id=name,
        aria_labelledby=f"{name}-heading",
    )


def other_language(shown: str | None, page: str) -> str | None:
    """``shown`` when a text falls back to another language than the page's, else None."""
    return shown if shown and match(shown, [page]) is None else None


def outside_href(url: str) -> str:
    """A kit's address as a valid URL: characters a URL may not hold (``<``, spaces,
    quotes, non-ASCII) percent-encoded, the rest kept as written."""
    return quote(url.strip(), safe="!#$%&'()*+,/:;=?@[]~")


def link(url: str, label: str | None = None) -> Markup:
    """An outside link when ``url`` is safe, else its words only (as the window does)."""
    if not is_safe_url(url):
        return element("span", label or url)
    return element("a", label or url, href=outside_href(url), rel="noopener noreferrer")


def prose(source: str, first_heading: int = 3, lang: str | None = None) -> Markup:
    """Kit markdown; ``lang`` when it is in another language than the page (a fallback)."""
    return element("div", markdown.render(source, first_heading), class_="prose", lang=lang)


def terms(rows: Sequence[tuple[str, Markup | str]]) -> Markup:
    return element(
        "dl", *(join([element("dt", a), element("dd", b)]) for a, b in rows), class_="terms"
    )


def picture_img(picture: Picture, alt: str, sizes: str, **attrs: str | int | bool | None) -> Markup:
    """The thumbnails as one ``<img srcset>``, the smallest as ``src``."""
    small = picture.thumbs[0]
    largest = picture.thumbs[-1]
    srcset = ", ".join(f"{href(path)} {width}w" for path, width, _h in picture.thumbs)
    return element(
        "img",
        src=href(small[0]),
        srcset=srcset,
        sizes=sizes,
        width=largest[1],
        height=largest[2],
        alt=alt,
        **attrs,
    )
