"""HTML built so that a kit's text can never become markup.

Every string given to :func:`element` is escaped unless it is :class:`Markup`
— what this module (or the markdown renderer) produced itself. Kits come from
strangers: a title of ``"><img src=x onerror=…>`` must reach the page as
those characters, never as an element, and no call site has to remember to
escape it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from urllib.parse import quote


class Markup(str):
    """HTML that is already safe: made here, never from unescaped kit text."""

    __slots__ = ()


# Elements that have no end tag.
_VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


def text(value: str) -> Markup:
    """``value`` as HTML text, in content or a double-quoted attribute: ``&``, ``<``,
    ``>`` and ``"`` escaped (``'`` needs none: attributes are always in ``"``)."""
    if isinstance(value, Markup):
        return value
    return Markup(escape(value, quote=False).replace('"', "&quot;"))


def join(parts: Iterable[str | Markup | None], separator: str = "") -> Markup:
    """The parts (text escaped, markup kept) one after the other; None skipped."""
    return Markup(text(separator).join(text(part) for part in parts if part is not None))


def attributes(attrs: Mapping[str, str | int | bool | None]) -> Markup:
    """`` name="value"`` for each; True gives a bare name, False and None nothing.
    A trailing ``_`` is dropped (``class_``) and ``_`` inside becomes ``-``."""
    out = []
    for raw, value in attrs.items():
        if value is None or value is False:
            continue
        name = raw.rstrip("_").replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{text(str(value))}"')
    return Markup("".join(out))


def element(tag: str, *content: str | Markup | None, **attrs: str | int | bool | None) -> Markup:
    """``<tag attrs>content</tag>``: the content's text escaped, its markup kept."""
    opening = f"<{tag}{attributes(attrs)}>"
    if tag in _VOID:
        return Markup(opening)
    return Markup(f"{opening}{join(content)}</{tag}>")


def lines(parts: Iterable[str | Markup | None]) -> Markup:
    """Parts one a line (the page's source stays readable)."""
    return join(parts, "\n")


def href(relative: str) -> str:
    """A path inside the site as a URL: each segment percent-encoded, so that a
    file name with ``#``, ``?`` or a space still names the file."""
    return "/".join(quote(segment, safe="") for segment in relative.split("/"))
