"""The presentation: which slides a pitch shows, and where the presenter is.

Pure logic, no Qt. :func:`build_sequence` turns the kit's ``presentation``
(or the default sequence) into one :class:`SlideSpec` per slide; a
:class:`Deck` walks them page by page, because a long text slide may need
several pages on a small screen — how many is the renderer's business, given
to the deck as a callable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from mediakit.kit.manifest.model import Kit, Text

# Without `presentation`, the format says a viewer shows these.
DEFAULT_SEQUENCE = ("title", "film", "stills", "quotes", "credits")
TEXT_FIELDS = ("logline", "synopsis", "statement", "ai_disclosure")


@dataclass(frozen=True)
class SlideSpec:
    """One slide. ``kind`` is what paints it: "title", "text", "still", "quote",
    "person", "credits", "awards", "film" or "trailer"; ``field`` names the text
    of a "text" slide; ``item`` is the 0-based still, quote or person; ``source``
    the ``show`` it came from."""

    kind: str
    field: str | None = None
    item: int | None = None
    notes: Text | None = None
    source: str = ""


def build_sequence(kit: Kit) -> tuple[SlideSpec, ...]:
    """The kit's slides in order; a section the kit lacks shows nothing.

    ``stills``/``quotes``/``people`` expand to one slide per item, the group's
    notes on the first. The loader already refuses slides naming what the kit lacks;
    skipping here keeps a hand-built Kit from crashing the show.
    """
    if kit.presentation:
        shows = [(slide.show, slide.notes) for slide in kit.presentation]
    else:
        shows = [(show, None) for show in DEFAULT_SEQUENCE]
    slides: list[SlideSpec] = []
    for show, notes in shows:
        slides.extend(_expand(kit, show, notes))
    if not slides:  # a kit always has a title: never an empty show
        slides.append(SlideSpec("title", source="title"))
    return tuple(slides)


def _items(kit: Kit, name: str) -> Sequence[object]:
    """The kit's list that ``name:N`` counts in."""
    return {"still": kit.stills, "quote": kit.quotes, "person": kit.people}[name]


# A group of items -> the kind of one item's slide.
_GROUPS = {"stills": "still", "quotes": "quote", "people": "person"}


def _expand(kit: Kit, show: str, notes: Text | None) -> Iterator[SlideSpec]:
    if ":" in show:
        name, number = show.split(":", 1)
        index = int(number) - 1
        if 0 <= index < len(_items(kit, name)):
            yield SlideSpec(name, item=index, notes=notes, source=show)
    elif show in _GROUPS:
        name = _GROUPS[show]
        count = len(_items(kit, name))
        for index in range(count):
            yield SlideSpec(name, item=index, notes=notes if index == 0 else None, source=show)
    elif show in TEXT_FIELDS:
        if getattr(kit, show) is not None:
            yield SlideSpec("text", field=show, notes=notes, source=show)
    elif show == "title":
        yield SlideSpec("title", notes=notes, source=show)
    elif show == "credits":
        if kit.credits:
            yield SlideSpec("credits", notes=notes, source=show)
    elif show == "awards":
        if kit.awards:
            yield SlideSpec("awards", notes=notes, source=show)
    elif show == "film":
        if kit.film is not None:
            yield SlideSpec("film", notes=notes, source=show)
    elif show == "trailer" and kit.film is not None and kit.film.trailer is not None:
        yield SlideSpec("trailer", notes=notes, source=show)


class Deck:
    """Position in a sequence of pages: ``(slide index, page index)``.

    ``pages_of(index)`` says how many pages slide ``index`` takes at the
    current screen size (the renderer's pagination); after a size change call
    :meth:`repaginate`.
    """

    def __init__(
        self, slides: Sequence[SlideSpec], pages_of: Callable[[int], int] = lambda i: 1
    ) -> None:
        if not slides:
            raise ValueError("a deck needs at least one slide")
        self.slides = tuple(slides)
        self.pages_of = pages_of
        self._slide = 0
        self._page = 0

    @property
    def position(self) -> tuple[int, int]:
        return self._slide, self._page

    @property
    def count(self) -> int:
        return len(self.slides)

    @property
    def label(self) -> str:
        """ "3 / 12", and "3 / 12 · 2/3" on the second of three pages."""
        text = f"{self._slide + 1} / {self.count}"
        pages = self._pages(self._slide)
        return f"{text} · {self._page + 1}/{pages}" if pages > 1 else text

    def _pages(self, index: int) -> int:
        return max(1, self.pages_of(index))

    def current(self) -> SlideSpec:
        return self.slides[self._slide]

    def next(self) -> bool:
        """The next page, else the next slide's first page; False at the end."""
        if self._page + 1 < self._pages(self._slide):
            self._page += 1
            return True
        if self._slide + 1 < self.count:
            self._slide, self._page = self._slide + 1, 0
            return True
        return False

    def previous(self) -> bool:
        """The previous page, else the previous slide's last page; False at the start."""
        if self._page > 0:
            self._page -= 1
            return True
        if self._slide > 0:
            self._slide -= 1
            self._page = self._pages(self._slide) - 1
            return True
        return False

    def first(self) -> None:
        self._slide, self._page = 0, 0

    def last(self) -> None:
        self._slide, self._page = self.count - 1, 0

    def go(self, number: int) -> bool:
        """Slide ``number`` counted from 1, at its first page; False (no move) if none."""
        if not 1 <= number <= self.count:
            return False
        self._slide, self._page = number - 1, 0
        return True

    def upcoming(self) -> tuple[SlideSpec, int] | None:
        """The page "next" would show, as (slide, page), or None at the end."""
        if self._page + 1 < self._pages(self._slide):
            return self.slides[self._slide], self._page + 1
        if self._slide + 1 < self.count:
            return self.slides[self._slide + 1], 0
        return None

    def repaginate(self) -> None:
        """After a size change: same slide, the page clamped to what it now has."""
        self._page = min(self._page, self._pages(self._slide) - 1)
