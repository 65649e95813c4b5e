"""A kit's markdown as HTML, with the window's rules (:mod:`mediakit.gui.markdown`).

CommonMark with GitHub's tables and strikethrough, as the window's Qt dialect;
raw HTML is not HTML but text; an image is its alt text only (nothing is ever
loaded from a kit's text); a link is a link only when it is http, https or
mailto (:mod:`mediakit.linkschemes`), else its words stay as text. Headings
are moved down under the page's own, in order: a text's ``#`` and ``###``
become the two levels after the section's heading, never a second ``<h1>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from mediakit.linkschemes import is_safe_url
from mediakit.publish.web.markup import Markup, text

MAX_HEADING = 6


def _image_as_alt(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """An image written in a kit text shows as its description, never loaded."""
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    return str(text(alt))


def _safe_link_attrs(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # Links leave the page for somewhere the kit chose: no referrer goes with them.
    tokens[idx].attrSet("rel", "noopener noreferrer")
    return self.renderToken(tokens, idx, options, env)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # Only the window's schemes make links; anything else is left as the words.
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    md.add_render_rule("image", _image_as_alt)
    md.add_render_rule("link_open", _safe_link_attrs)
    return md


_MD = _parser()


def _shift_headings(tokens: list[Token], first_level: int) -> None:
    """The text's heading levels, in order, as ``first_level`` and the ones after."""
    used = sorted({int(t.tag[1]) for t in tokens if t.type == "heading_open"})
    level_of = {used_level: min(first_level + i, MAX_HEADING) for i, used_level in enumerate(used)}
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{level_of[int(token.tag[1])]}"


def render(source: str, first_heading: int = 3) -> Markup:
    """``source`` (a kit's markdown) as safe HTML; its headings start at ``first_heading``."""
    env: dict[str, Any] = {}
    tokens = _MD.parse(source, env)
    _shift_headings(tokens, first_heading)
    return Markup(_MD.renderer.render(tokens, _MD.options, env))


def starts_with_heading(source: str) -> bool:
    """Whether the text opens with its own heading (an article carried as published)."""
    return source.lstrip().startswith("#")
