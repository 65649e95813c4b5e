"""The presentation: slides that must name something the kit has."""

from __future__ import annotations

import re

from mediakit.kit.manifest.model import Slide
from mediakit.kit.manifest.rules.base import Context, check_keys, join, optional, required, string
from mediakit.kit.manifest.rules.text import TextReader, Warn
from mediakit.kit.manifest.yamlread import Map, Node, Seq
from mediakit.kit.message import Message
from mediakit.kit.problems import manifest as say

SECTIONS = (
    "title", "logline", "synopsis", "statement", "ai_disclosure",
    "credits", "quotes", "stills", "film", "trailer", "people", "awards",
)  # fmt: skip
ITEMS = ("still", "quote", "person")
SHOW_PATTERN = r"^(?:" + "|".join(SECTIONS) + r"|(?:" + "|".join(ITEMS) + r"):[1-9][0-9]*)$"
# One message for N items, one for a single item: an item's name -> the two.
_TOO_FEW = {
    "still": (say.SHOWS_STILLS_ONE, say.SHOWS_STILLS),
    "quote": (say.SHOWS_QUOTES_ONE, say.SHOWS_QUOTES),
    "person": (say.SHOWS_PEOPLE_ONE, say.SHOWS_PEOPLE),
}
_SHOW = re.compile(SHOW_PATTERN)


def _count(node: Node | None) -> int:
    """How many items the manifest writes in a list (0 when absent or not a list)."""
    return len(node.items) if isinstance(node, Seq) else 0


def available(root: Map) -> tuple[set[str], dict[str, int]]:
    """What a slide may show: sections present and item counts, as written."""
    present = {"title"}
    for name in ("logline", "synopsis", "statement", "ai_disclosure"):
        if optional(root, name) is not None:
            present.add(name)
    counts = {
        "still": _count(optional(root, "stills")),
        "quote": _count(optional(root, "quotes")),
        "person": _count(optional(root, "people")),
    }
    for name in ("credits", "quotes", "stills", "people", "awards"):
        if _count(optional(root, name)):
            present.add(name)
    film = optional(root, "film")
    if film is not None:
        present.add("film")
        if isinstance(film, Map) and optional(film, "trailer") is not None:
            present.add("trailer")
    return present, counts


def _lacks(show: str, present: set[str], counts: dict[str, int]) -> Message | None:
    """Why the kit cannot show ``show``, or None."""
    if ":" in show:
        item, number = show.split(":")
        have = counts[item]
        # No leading zero: a longer number is larger (and int() refuses 4,300+ digits).
        if len(number) > len(str(have)) or int(number) > have:
            one, many = _TOO_FEW[item]
            return (one if have == 1 else many)(show=show, count=have)
        return None
    if show in present:
        return None
    if show == "trailer":
        return say.SHOWS_NO_TRAILER()
    return say.SHOWS_ABSENT(show=show)


def slide(ctx: Context, texts: TextReader, m: Map, where: str, root: Map) -> Slide | None:
    check_keys(ctx, m, where, ("show", "notes"))
    show_node = required(ctx, m, where, "show", say.SLIDE_SHOW())
    show = string(ctx, show_node, join(where, "show"), numbers=False) if show_node else None
    if show is not None and not _SHOW.fullmatch(show):
        ctx.error(
            show_node,
            join(where, "show"),
            say.SLIDE_CANNOT_SHOW(show=show, sections=", ".join(SECTIONS)),
        )
        show = None
    elif show is not None:
        present, counts = available(root)
        reason = _lacks(show, present, counts)
        if reason is not None:
            ctx.error(show_node, join(where, "show"), reason)
            show = None
    notes_node = optional(m, "notes")
    notes = texts.text(notes_node, join(where, "notes"), Warn.NEVER) if notes_node else None
    return Slide(show, notes) if show is not None else None
